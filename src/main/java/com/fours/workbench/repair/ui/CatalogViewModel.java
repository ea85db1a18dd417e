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

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import java.math.BigDecimal;

import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.repair.CannedJob;
import com.fours.workbench.repair.CannedJobInput;
import com.fours.workbench.repair.CannedJobItem;
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
    private final ObjectProperty<CannedJob> selectedJob = new SimpleObjectProperty<>(this, "selectedJob");
    private final StringProperty jobCode = new SimpleStringProperty(this, "jobCode", "");
    private final StringProperty jobName = new SimpleStringProperty(this, "jobName", "");
    private final StringProperty jobModel = new SimpleStringProperty(this, "jobModel", "");
    private final StringProperty jobItems = new SimpleStringProperty(this, "jobItems", "");
    private final FieldErrors jobErrors = new FieldErrors();
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
        selectedJob.addListener((obs, old, now) -> {
            jobErrors.clear();
            jobCode.set(now == null ? "" : now.code());
            jobName.set(now == null ? "" : now.nameZh());
            jobModel.set(now == null || now.vehicleModel() == null ? "" : now.vehicleModel());
            jobItems.set(now == null ? "" : now.items().stream()
                    .map(i -> i.code() + " " + i.quantity().stripTrailingZeros().toPlainString())
                    .collect(java.util.stream.Collectors.joining("\n")));
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

    public ObjectProperty<CannedJob> selectedJobProperty() {
        return selectedJob;
    }

    public StringProperty jobCodeProperty() {
        return jobCode;
    }

    public StringProperty jobNameProperty() {
        return jobName;
    }

    public StringProperty jobModelProperty() {
        return jobModel;
    }

    /** One item a line: an operation code and its hours, or a part number and its quantity. */
    public StringProperty jobItemsProperty() {
        return jobItems;
    }

    public FieldErrors jobErrors() {
        return jobErrors;
    }

    public void newJob() {
        selectedJob.set(null);
    }

    /** Saves the canned job; each typed line is found in the catalog (operation) or the warehouse (part). */
    public void saveJob() {
        CannedJob current = selectedJob.get();
        String code = jobCode.get();
        String name = jobName.get();
        String model = jobModel.get();
        String typed = jobItems.get() == null ? "" : jobItems.get();
        List<LabourOperation> known = List.copyOf(operations);
        jobErrors.clear();
        context.background().run(() -> {
            List<CannedJobItem> items = new java.util.ArrayList<>();
            for (String line : typed.split("\\R")) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 0 || parts[0].isEmpty()) {
                    continue;
                }
                BigDecimal quantity;
                try {
                    quantity = parts.length > 1 ? new BigDecimal(parts[1]) : BigDecimal.ONE;
                } catch (NumberFormatException e) {
                    throw new InvalidFieldsException(java.util.Map.of(CannedJobInput.ITEMS,
                            new InvalidValueException("repair.ui.catalog.badItem", line.strip())));
                }
                String itemCode = parts[0].toUpperCase(java.util.Locale.ROOT);
                var op = known.stream().filter(o -> o.code().equals(itemCode)).findFirst();
                if (op.isPresent()) {
                    items.add(CannedJobItem.operation(op.get().id(), quantity));
                    continue;
                }
                var part = context.orders().findParts(itemCode, 5).stream()
                        .filter(p -> p.partNumber().equalsIgnoreCase(itemCode)).findFirst()
                        .orElseThrow(() -> new InvalidFieldsException(java.util.Map.of(CannedJobInput.ITEMS,
                                new InvalidValueException("repair.ui.catalog.badItem", line.strip()))));
                items.add(CannedJobItem.part(part.id(), quantity));
            }
            return context.catalog().saveCannedJob(current == null ? null : current.id(),
                    current == null ? 0 : current.version(), new CannedJobInput(code, name, null, model, true, items));
        }, saved -> {
            message.set(messages.get("repair.ui.catalog.saved", saved.code()));
            refresh();
        }, error -> context.refusals().show(error, jobErrors, message));
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
        context.refusals().show(error, errors, message);
    }
}
