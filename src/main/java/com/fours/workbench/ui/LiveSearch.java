package com.fours.workbench.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A search that answers as the user types, as a screen binds it: the text typed, the hits for it,
 * and a line saying what happened (too short, nothing found, how many). One feature's screens get
 * another's search through this, made in app/.
 */
public interface LiveSearch<H> {

    StringProperty queryProperty();

    ObservableList<H> hits();

    ReadOnlyStringProperty statusProperty();
}
