package com.fours.workbench.qc.ui;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.ChecklistItem;
import com.fours.workbench.qc.GuaranteePeriod;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.ui.FieldErrors;

/** Checklist items per category and the store's guarantee periods, for MANAGE_QC_CHECKLISTS. */
public final class ChecklistViewModel {

    /** "Every order" in the category choice. */
    static final String EVERY_ORDER = "";

    private final QcContext context;
    private final Messages messages;
    private final ObservableList<ChecklistItem> items = FXCollections.observableArrayList();
    private final ObservableList<GuaranteePeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<RepairCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty position = new SimpleStringProperty(this, "position", "");
    private final StringProperty textZh = new SimpleStringProperty(this, "textZh", "");
    private final StringProperty textEn = new SimpleStringProperty(this, "textEn", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final ObjectProperty<RepairCategory> periodCategory = new SimpleObjectProperty<>(this, "periodCategory");
    private final StringProperty days = new SimpleStringProperty(this, "days", "");
    private final StringProperty km = new SimpleStringProperty(this, "km", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();

    public ChecklistViewModel(QcContext context) {
        this.context = context;
        this.messages = context.messages();
        selected.addListener((obs, old, now) -> {
            errors.clear();
            category.set(now == null ? null : now.category());
            position.set(now == null ? "" : String.valueOf(now.position()));
            textZh.set(now == null ? "" : now.textZh());
            textEn.set(now == null ? "" : now.textEn());
            active.set(now == null || now.active());
        });
        periodCategory.addListener((obs, old, now) -> {
            GuaranteePeriod p = periods.stream().filter(g -> g.category() == now).findFirst().orElse(null);
            days.set(p == null ? "" : String.valueOf(p.days()));
            km.set(p == null ? "" : String.valueOf(p.km()));
        });
    }

    public ObservableList<ChecklistItem> items() {
        return items;
    }

    public ObservableList<GuaranteePeriod> periods() {
        return periods;
    }

    public ObjectProperty<ChecklistItem> selectedProperty() {
        return selected;
    }

    public ObjectProperty<RepairCategory> categoryProperty() {
        return category;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty textZhProperty() {
        return textZh;
    }

    public StringProperty textEnProperty() {
        return textEn;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObjectProperty<RepairCategory> periodCategoryProperty() {
        return periodCategory;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public StringProperty kmProperty() {
        return km;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorOf(String field) {
        return errors.of(field);
    }

    public void refresh() {
        context.background().run(() -> new Loaded(context.checklists().checklistItems(), context.periods().guaranteePeriods()), l -> {
            items.setAll(l.items());
            periods.setAll(l.periods());
        }, this::fail);
    }

    private record Loaded(List<ChecklistItem> items, List<GuaranteePeriod> periods) {
    }

    public void newItem() {
        selected.set(null);
        message.set("");
    }

    public void save() {
        ChecklistItem editing = selected.get();
        RepairCategory c = category.get();
        String pos = position.get();
        String zh = textZh.get();
        String en = textEn.get();
        boolean on = active.get();
        errors.clear();
        message.set("");
        context.background().run(() -> context.checklists().saveChecklistItem(editing == null ? null : editing.id(),
                editing == null ? 0 : editing.version(), c, pos, zh, en, on), saved -> {
            message.set(messages.get("qc.ui.checklist.saved", saved.textZh()));
            refresh();
            selected.set(null);
        }, this::fail);
    }

    public void setPeriod() {
        RepairCategory c = periodCategory.get();
        if (c == null) {
            return;
        }
        String d = days.get();
        String k = km.get();
        errors.clear();
        message.set("");
        context.background().run(() -> context.periods().setGuaranteePeriod(c, d, k), p -> {
            message.set(messages.get("qc.ui.checklist.periodSet", messages.of(p.category()), p.days(), p.km()));
            refresh();
        }, this::fail);
    }

    public String category(ChecklistItem item) {
        return item.category() == null ? messages.get("qc.ui.checklist.everyOrder") : messages.of(item.category());
    }

    public String categoryName(RepairCategory c) {
        return c == null ? messages.get("qc.ui.checklist.everyOrder") : messages.of(c);
    }

    private void fail(Throwable error) {
        context.refusals().show(error, errors, message);
    }
}
