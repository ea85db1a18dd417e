package com.fours.workbench.inspection.ui;

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
import com.fours.workbench.inspection.ChecklistItemInput;
import com.fours.workbench.inspection.FiveSArea;
import com.fours.workbench.inspection.FiveSChecklist;
import com.fours.workbench.inspection.FiveSChecklists;
import com.fours.workbench.inspection.FiveSItem;
import com.fours.workbench.inspection.FiveSPillar;
import com.fours.workbench.ui.FieldErrors;

/**
 * The area's checklist as the manager edits it (the items, each with its heading, text, scale and
 * weight), saved as the next version when the one shown has been used; refusals show under the
 * item's field. Never touches a control.
 */
public final class FiveSChecklistViewModel {

    /** One item as typed. */
    public static final class Row {
        private final ObjectProperty<FiveSPillar> pillar = new SimpleObjectProperty<>(this, "pillar");
        private final StringProperty text = new SimpleStringProperty(this, "text", "");
        private final StringProperty scale = new SimpleStringProperty(this, "scale", "");
        private final StringProperty weight = new SimpleStringProperty(this, "weight", "");

        public ObjectProperty<FiveSPillar> pillarProperty() { return pillar; }
        public StringProperty textProperty() { return text; }
        public StringProperty scaleProperty() { return scale; }
        public StringProperty weightProperty() { return weight; }

        ChecklistItemInput input() {
            return new ChecklistItemInput(pillar.get(), text.get(), scale.get(), weight.get());
        }
    }

    private static final String DEFAULT_SCALE = "5";
    private static final String DEFAULT_WEIGHT = "10";

    private final FiveSContext context;
    private final Messages messages;
    private final Runnable reload;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FiveSArea> area = new SimpleObjectProperty<>(this, "area");
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();
    private Long basedOn;

    /** {@code reload}: reads the section again after a save (the inspection form scores the new version). */
    public FiveSChecklistViewModel(FiveSContext context, Runnable reload) {
        this.context = context;
        this.messages = context.messages();
        this.reload = reload;
    }

    public ObservableList<Row> rows() { return rows; }
    public StringProperty headingProperty() { return heading; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }

    /** The error shown under the item at {@code index} (from 0), {@code part} one of FiveSChecklists' parts. */
    public StringProperty error(int index, String part) {
        return errors.of(FiveSChecklists.field(index + 1, part));
    }

    /** Shows the area's current checklist (null: none yet) as the rows to edit; what was typed is replaced. */
    public void show(FiveSArea shownArea, FiveSChecklist checklist) {
        area.set(shownArea);
        basedOn = checklist == null ? null : checklist.id();
        errors.clear();
        heading.set(checklist == null ? messages.get("fiveS.edit.headingNew", messages.of(shownArea))
                : messages.get("fiveS.edit.heading", messages.of(shownArea), checklist.versionNo()));
        rows.setAll(checklist == null ? List.of(new Row()) : checklist.items().stream().map(this::row).toList());
    }

    private Row row(FiveSItem item) {
        Row row = new Row();
        row.pillar.set(item.pillar());
        row.text.set(item.text());
        row.scale.set(String.valueOf(item.scaleMax()));
        row.weight.set(item.weight().stripTrailingZeros().toPlainString());
        return row;
    }

    /** A new empty item at the end, under the heading of the last one. */
    public void addRow() {
        Row row = new Row();
        row.pillar.set(rows.isEmpty() ? FiveSPillar.SEIRI : rows.get(rows.size() - 1).pillar.get());
        row.scale.set(rows.isEmpty() ? DEFAULT_SCALE : rows.get(rows.size() - 1).scale.get());
        row.weight.set(DEFAULT_WEIGHT);
        rows.add(row);
        errors.clear();
    }

    public void removeRow(Row row) {
        rows.remove(row);
        errors.clear();
    }

    /** Saves the rows as the area's checklist; the inspections already made keep the version they used. */
    public void save() {
        FiveSArea shownArea = area.get();
        if (busy.get() || shownArea == null) {
            return;
        }
        errors.clear();
        message.set("");
        List<ChecklistItemInput> items = rows.stream().map(Row::input).toList();
        Long seen = basedOn;
        busy.set(true);
        context.background().run(() -> context.checklists().save(shownArea, seen, items), saved -> {
            busy.set(false);
            message.set(messages.get("fiveS.edit.saved", messages.of(saved.area()), saved.versionNo(),
                    saved.items().size()));
            reload.run();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, errors, message);
        });
    }

    public String pillarText(FiveSPillar pillar) {
        return pillar == null ? "" : messages.of(pillar);
    }
}
