package com.fours.workbench.intake.ui;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.intake.CarView;
import com.fours.workbench.intake.DamageMarker;
import com.fours.workbench.intake.DamageType;

/** A marker on the form: where it sits is fixed once placed; its type and note can be changed. */
public final class MarkerItem {

    private final IntegerProperty number = new SimpleIntegerProperty(this, "number");
    private final CarView view;
    private final double x;
    private final double y;
    private final ObjectProperty<DamageType> type = new SimpleObjectProperty<>(this, "type");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    MarkerItem(int number, CarView view, double x, double y, DamageType type, String note) {
        this.number.set(number);
        this.view = view;
        this.x = x;
        this.y = y;
        this.type.set(type);
        this.note.set(note == null ? "" : note);
    }

    static MarkerItem of(DamageMarker marker) {
        return new MarkerItem(marker.number(), marker.view(), marker.x(), marker.y(), marker.type(), marker.note());
    }

    DamageMarker toMarker() {
        return new DamageMarker(number.get(), view, x, y, type.get(), note.get());
    }

    public IntegerProperty numberProperty() {
        return number;
    }

    public CarView view() {
        return view;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    public ObjectProperty<DamageType> typeProperty() {
        return type;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
