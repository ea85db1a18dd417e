package com.fours.workbench.repair.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.CannedJob;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LabourOperationInput;
import com.fours.workbench.repair.LabourRate;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.ui.FieldErrors;

/** The labour catalog screen: operations, the rate of each repair category, the approval margin, canned jobs. */
public final class CatalogViewModel {

    private final RepairContext context;
    private final Messages messages;
    private final ObservableList<LabourOperation> operations = FXCollections.observableArrayList();
    private final ObservableList<LabourRate> rates = FXCollections.observableArrayList();
    private final ObservableList<CannedJob> cannedJobs = FXCollections.observableArrayList();
    private final ObjectProperty<LabourOperation> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty nameZh = new SimpleStringProperty(this, "nameZh", "");
    private final StringProperty nameEn = new SimpleStringProperty(this, "nameEn", "");
    private final ObjectProperty<RepairCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty hours = new SimpleStringProperty(this, "hours", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final ObjectProperty<RepairCategory> rateCategory = new SimpleObjectProperty<>(this, "rateCategory");
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final StringProperty margin = new SimpleStringProperty(this, "margin", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();

    public CatalogViewModel(RepairContext context) {
        this.context = context;
        this.messages = context.messages();
        selected.addListener((obs, old, now) -> {
            errors.clear();
            if (now == null) {
                code.set("");
                nameZh.set("");
                nameEn.set("");
                category.set(null);
                hours.set("");
                active.set(true);
            } else {
                code.set(now.code());
                nameZh.set(now.nameZh());
                nameEn.set(now.nameEn() == null ? "" : now.nameEn());
                category.set(now.category());
                hours.set(now.standardHours().stripTrailingZeros().toPlainString());
                active.set(now.active());
            }
        });
        rateCategory.addListener((obs, old, now) -> rates.stream().filter(r -> r.category() == now).findFirst()
                .ifPresent(r -> rate.set(r.own() ? r.hourlyRate().toPlainString() : "")));
    }

    public ObservableList<LabourOperation> operations() {
        return operations;
    }

    public ObservableList<LabourRate> rates() {
        return rates;
    }

    public ObservableList<CannedJob> cannedJobs() {
        return cannedJobs;
    }

    public ObjectProperty<LabourOperation> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameZhProperty() {
        return nameZh;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public ObjectProperty<RepairCategory> categoryProperty() {
        return category;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObjectProperty<RepairCategory> rateCategoryProperty() {
        return rateCategory;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty marginProperty() {
        return margin;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FieldErrors errors() {
        return errors;
    }

    public void refresh() {
        context.background().run(() -> new Loaded(context.catalog().operations(), context.catalog().rates(),
                context.catalog().cannedJobs(), context.catalog().approvalMarginPercent().stripTrailingZeros()
                .toPlainString()), loaded -> {
                    operations.setAll(loaded.operations());
                    rates.setAll(loaded.rates());
                    cannedJobs.setAll(loaded.cannedJobs());
                    margin.set(loaded.margin());
                }, this::fail);
    }

    private record Loaded(List<LabourOperation> operations, List<LabourRate> rates, List<CannedJob> cannedJobs,
                          String margin) {
    }

    public void newOperation() {
        selected.set(null);
    }

    public void saveOperation() {
        LabourOperation current = selected.get();
        LabourOperationInput input = new LabourOperationInput(code.get(), nameZh.get(), nameEn.get(), category.get(),
                hours.get(), current == null ? null : current.workGroupId(), active.get());
        errors.clear();
        context.background().run(() -> context.catalog().saveOperation(current == null ? null : current.id(),
                current == null ? 0 : current.version(), input), saved -> {
                    message.set(messages.get("repair.ui.catalog.saved", saved.code()));
                    refresh();
                }, this::fail);
    }

    public void saveRate() {
        RepairCategory c = rateCategory.get();
        String typed = rate.get();
        context.background().run(() -> {
            context.catalog().setRate(c, typed);
            return c;
        }, done -> {
            message.set(messages.get("repair.ui.catalog.rateSaved"));
            refresh();
        }, this::fail);
    }

    public void saveMargin() {
        String typed = margin.get();
        context.background().run(() -> {
            context.catalog().setApprovalMarginPercent(typed);
            return typed;
        }, done -> {
            message.set(messages.get("repair.ui.catalog.marginSaved"));
            refresh();
        }, this::fail);
    }

    private void fail(Throwable error) {
        if (error instanceof InvalidFieldsException refused) {
            if (!errors.show(refused, messages)) {
                message.set(messages.of(refused.byField().values().iterator().next()));
            }
        } else if (error instanceof BusinessRuleException refused) {
            message.set(messages.of(refused));
        } else {
            context.errors().report(context.window(), error);
        }
    }
}
