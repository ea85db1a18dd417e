package com.fours.workbench.qc.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.MaintenanceInterval;
import com.fours.workbench.qc.RoadTestOperation;
import com.fours.workbench.qc.RoadTestRule;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.ui.FieldErrors;

/**
 * The store's service rules, for MANAGE_QC_CHECKLISTS: which work needs a road test (a repair
 * category or a labour operation) and the maintenance interval of each brand or model.
 */
public final class ServiceRulesViewModel {

    private final QcContext context;
    private final Messages messages;
    private final ObservableList<RoadTestRule> rules = FXCollections.observableArrayList();
    private final ObservableList<RoadTestOperation> operations = FXCollections.observableArrayList();
    private final ObservableList<MaintenanceInterval> intervals = FXCollections.observableArrayList();
    private final ObjectProperty<RoadTestRule> selectedRule = new SimpleObjectProperty<>(this, "selectedRule");
    private final ObjectProperty<RepairCategory> ruleCategory = new SimpleObjectProperty<>(this, "ruleCategory");
    private final ObjectProperty<RoadTestOperation> ruleOperation = new SimpleObjectProperty<>(this, "ruleOperation");
    private final ObjectProperty<MaintenanceInterval> selectedInterval = new SimpleObjectProperty<>(this, "selectedInterval");
    private final StringProperty brand = new SimpleStringProperty(this, "brand", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty everyKm = new SimpleStringProperty(this, "everyKm", "");
    private final StringProperty everyMonths = new SimpleStringProperty(this, "everyMonths", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();

    public ServiceRulesViewModel(QcContext context) {
        this.context = context;
        this.messages = context.messages();
        // one of the two names the work: choosing a category clears the operation and the other way round
        ruleCategory.addListener((obs, old, now) -> {
            if (now != null) {
                ruleOperation.set(null);
            }
        });
        ruleOperation.addListener((obs, old, now) -> {
            if (now != null) {
                ruleCategory.set(null);
            }
        });
        selectedInterval.addListener((obs, old, now) -> {
            errors.clear();
            brand.set(now == null ? "" : now.brand());
            model.set(now == null ? "" : now.model());
            everyKm.set(now == null || now.everyKm() == null ? "" : String.valueOf(now.everyKm()));
            everyMonths.set(now == null || now.everyMonths() == null ? "" : String.valueOf(now.everyMonths()));
        });
    }

    public ObservableList<RoadTestRule> rules() {
        return rules;
    }

    public ObservableList<RoadTestOperation> operations() {
        return operations;
    }

    public ObservableList<MaintenanceInterval> intervals() {
        return intervals;
    }

    public ObjectProperty<RoadTestRule> selectedRuleProperty() {
        return selectedRule;
    }

    public ObjectProperty<RepairCategory> ruleCategoryProperty() {
        return ruleCategory;
    }

    public ObjectProperty<RoadTestOperation> ruleOperationProperty() {
        return ruleOperation;
    }

    public ObjectProperty<MaintenanceInterval> selectedIntervalProperty() {
        return selectedInterval;
    }

    public StringProperty brandProperty() {
        return brand;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty everyKmProperty() {
        return everyKm;
    }

    public StringProperty everyMonthsProperty() {
        return everyMonths;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorOf(String field) {
        return errors.of(field);
    }

    private record Loaded(List<RoadTestRule> rules, List<RoadTestOperation> operations,
                          List<MaintenanceInterval> intervals) {
    }

    public void refresh() {
        context.background().run(() -> new Loaded(context.roadTests().rules(), context.roadTests().operations(),
                context.intervals().intervals()), loaded -> {
            rules.setAll(loaded.rules());
            operations.setAll(loaded.operations());
            intervals.setAll(loaded.intervals());
        }, this::fail);
    }

    public void addRule() {
        RepairCategory category = ruleCategory.get();
        RoadTestOperation operation = ruleOperation.get();
        errors.clear();
        message.set("");
        context.background().run(() -> context.roadTests().addRule(category, operation == null ? null : operation.id()),
                added -> {
                    message.set(messages.get("qc.ui.rules.ruleAdded", rule(added)));
                    ruleCategory.set(null);
                    ruleOperation.set(null);
                    refresh();
                }, this::fail);
    }

    public void removeRule() {
        RoadTestRule rule = selectedRule.get();
        if (rule == null) {
            return;
        }
        errors.clear();
        message.set("");
        context.background().run(() -> {
            context.roadTests().removeRule(rule.id());
            return rule;
        }, removed -> {
            message.set(messages.get("qc.ui.rules.ruleRemoved", rule(removed)));
            refresh();
        }, this::fail);
    }

    public void newInterval() {
        selectedInterval.set(null);
        message.set("");
    }

    public void saveInterval() {
        String b = brand.get();
        String m = model.get();
        String km = everyKm.get();
        String months = everyMonths.get();
        errors.clear();
        message.set("");
        context.background().run(() -> context.intervals().save(b, m, km, months), saved -> {
            message.set(messages.get("qc.ui.rules.intervalSaved", carModel(saved), interval(saved)));
            selectedInterval.set(null);
            refresh();
        }, this::fail);
    }

    public void removeInterval() {
        MaintenanceInterval chosen = selectedInterval.get();
        if (chosen == null) {
            return;
        }
        errors.clear();
        message.set("");
        context.background().run(() -> {
            context.intervals().remove(chosen.id());
            return chosen;
        }, removed -> {
            message.set(messages.get("qc.ui.rules.intervalRemoved", carModel(removed)));
            selectedInterval.set(null);
            refresh();
        }, this::fail);
    }

    /** "Level-2 maintenance" or "PLUG-01 火花塞更换": the work a rule names. */
    public String rule(RoadTestRule r) {
        return r.category() != null ? messages.get("qc.ui.rules.everyCategory", messages.of(r.category()))
                : messages.get("qc.ui.rules.operation", r.operationCode(), r.operationName());
    }

    public String operation(RoadTestOperation o) {
        if (o == null) {
            return "";
        }
        boolean chinese = Messages.CHINESE.equals(messages.locale());
        return o.code() + " " + (chinese || o.nameEn() == null ? o.nameZh() : o.nameEn());
    }

    public String categoryName(RepairCategory c) {
        return c == null ? "" : messages.of(c);
    }

    public String carModel(MaintenanceInterval i) {
        return i.model().isEmpty() ? messages.get("qc.ui.rules.everyModel", i.brand()) : i.brand() + " " + i.model();
    }

    public String interval(MaintenanceInterval i) {
        String km = i.everyKm() == null ? "" : messages.get("qc.ui.rules.everyKm", i.everyKm());
        String months = i.everyMonths() == null ? "" : messages.get("qc.ui.rules.everyMonths", i.everyMonths());
        return km.isEmpty() ? months : months.isEmpty() ? km : messages.get("qc.ui.rules.whicheverFirst", km, months);
    }

    private void fail(Throwable error) {
        context.refusals().show(error, errors, message);
    }
}
