package com.fours.workbench.appointments.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.LiveUpdates;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;
import com.fours.workbench.ui.StyleClasses;

/**
 * The Appointments tab: its sections over one planner view model, the plan of a day or a week,
 * today's arrivals, tomorrow's calls, cars due for service, the figures, and the workshop's set-up
 * for who may change it. Ctrl+N books from any of them; a booking changed elsewhere is read again.
 */
public final class AppointmentsView {

    private final AppointmentsContext context;
    private final PlannerViewModel model;
    private final BookingActions bookings;
    private final LiveUpdates live;
    private Node root;
    private SectionTabs tabs;

    public AppointmentsView(AppointmentsContext context) {
        this.context = context;
        this.model = new PlannerViewModel(context);
        this.bookings = new BookingActions(context, model);
        this.live = new LiveUpdates(context.changes(), Set.of(ChangeTopic.BOOKING), () -> root, changes -> model.refresh());
    }

    public Parent build() {
        List<Section> sections = new ArrayList<>(List.of(
                new PlanSection(context.messages(), model, bookings),
                new ArrivalsSection(context.messages(), model, bookings),
                new CallsSection(context, model),
                new DueForServiceSection(context, model, bookings),
                new FiguresSection(context.messages(), model)));
        if (context.may(Permission.MANAGE_WORKSHOP_CAPACITY)) {
            sections.add(new WorkshopView(context));
        }
        tabs = new SectionTabs("appointmentTabs", sections);
        BorderPane root = new BorderPane(tabs.build());
        root.getStyleClass().add(StyleClasses.APPOINTMENTS);
        // Ctrl+N books from anywhere in the tab: the advisor is on the phone
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
                e.consume();
                bookings.book(model.dateProperty().get(), null, null);
            }
        });
        model.refresh();
        this.root = root;
        live.start();
        return root;
    }

    /** Brings a section to the front (the arrivals): a link of the home page. */
    public void show(String sectionId) {
        if (tabs != null) {
            tabs.select(sectionId);
        }
    }

    public void activate() {
        model.refresh();
        live.start();
    }
}
