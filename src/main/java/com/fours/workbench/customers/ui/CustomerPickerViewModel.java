package com.fours.workbench.customers.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import com.fours.workbench.customers.SearchHit;

/**
 * Picks a customer through the same fragment search as the archive: every hit names its owner,
 * so the hits are folded into one line per customer with the plates of their vehicles.
 */
public final class CustomerPickerViewModel {

    /** One customer to choose: name, phone as this user may see it, and their plates. */
    public record Choice(long customerId, String name, String phone, String vehicles) {
    }

    private final ArchiveSearchViewModel search;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>(this, "selected");
    private final Set<Long> excluded;

    public CustomerPickerViewModel(CustomersContext context, Set<Long> excluded) {
        this.excluded = Set.copyOf(excluded);
        this.search = ArchiveSearchViewModel.of(context);
        search.hits().addListener((ListChangeListener<SearchHit>) change -> rebuild());
    }

    private void rebuild() {
        Map<Long, List<SearchHit>> byCustomer = new LinkedHashMap<>();
        for (SearchHit hit : search.hits()) {
            if (!excluded.contains(hit.customerId())) {
                byCustomer.computeIfAbsent(hit.customerId(), id -> new ArrayList<>()).add(hit);
            }
        }
        List<Choice> folded = new ArrayList<>();
        byCustomer.forEach((id, hits) -> {
            SearchHit first = hits.get(0);
            List<String> plates = hits.stream().filter(h -> h.vehicleId() != null)
                    .map(h -> h.plate() != null ? h.plate() : h.vin()).toList();
            folded.add(new Choice(id, first.ownerName(), first.phone() == null ? "" : first.phone(),
                    String.join("、", plates)));
        });
        Choice before = selected.get();
        choices.setAll(folded);
        if (before != null && !folded.contains(before)) {
            selected.set(null);
        }
    }

    public ArchiveSearchViewModel search() {
        return search;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }
}
