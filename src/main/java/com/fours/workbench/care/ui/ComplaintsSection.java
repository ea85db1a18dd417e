package com.fours.workbench.care.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.care.Complaint;
import com.fours.workbench.care.ComplaintFilter;
import com.fours.workbench.care.ComplaintInput;
import com.fours.workbench.care.ComplaintOwner;
import com.fours.workbench.care.ComplaintRow;
import com.fours.workbench.care.ComplaintStep;
import com.fours.workbench.care.CorrectiveAction;
import com.fours.workbench.care.CorrectiveActions;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.Role;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ConfirmStep;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/**
 * Complaints (投诉) in the Customer care tab: the lists (open, overdue in red, mine, closed) and the
 * chosen complaint's record with its steps and the commands for the next one. Only binds to its view model.
 */
public final class ComplaintsSection implements Section {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final ComplaintsContext context;
    private final Messages messages;
    private final Formats formats;
    private final ComplaintsViewModel model;

    public ComplaintsSection(ComplaintsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new ComplaintsViewModel(context);
    }

    @Override
    public String id() {
        return "careTab-complaints";
    }

    @Override
    public String title() {
        return messages.get("care.ui.tab.complaints");
    }

    /** Shows a complaint's record (one raised from a callback, opened from the call pane). */
    public void open(Complaint complaint) {
        model.open(complaint);
    }

    /** Chooses this complaint in the list once the list is read again (a link of the home page). */
    public void open(long complaintId) {
        model.open(complaintId);
    }

    @Override
    public void activate() {
        model.refresh();
    }

    @Override
    public Node build() {
        ComboBox<ComplaintFilter> filter = FormControls.choice("complaintFilter", List.of(ComplaintFilter.values()),
                model.filterProperty(), messages);
        TableView<ComplaintRow> table = new TableView<>(model.rows());
        table.setId("complaints");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("care.ui.col.number"), (ComplaintRow r) -> r.complaint().number()),
                Columns.text(messages.get("care.ui.col.plate"), (ComplaintRow r) -> r.complaint().plate()),
                Columns.status(messages.get("care.ui.col.status"), (ComplaintRow r) -> r.complaint().status(), messages),
                Columns.text(messages.get("care.ui.col.deadline"), (ComplaintRow r) -> (r.overdue()
                        ? messages.get("care.ui.overdue") + " " : "")
                        + formats.dateTime(r.complaint().resolveBy(), context.zone())),
                Columns.status(messages.get("care.ui.col.category"), (ComplaintRow r) -> r.complaint().category(), messages),
                Columns.secondary(Columns.text(messages.get("care.ui.col.owner"), (ComplaintRow r) -> r.complaint().ownerName())),
                Columns.longText(messages.get("care.ui.col.words"), (ComplaintRow r) -> r.complaint().customerWords())));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ComplaintRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        // a complaint chosen by the model (opened from the home page) is shown chosen in the list
        model.selectedProperty().addListener((o, was, now) -> {
            ComplaintRow row = table.getSelectionModel().getSelectedItem();
            if (now != null && (row == null || row.complaint().id() != now.id())) {
                table.getItems().stream().filter(r -> r.complaint().id() == now.id()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        Label empty = new Label(messages.get("care.ui.noComplaints"));
        table.setPlaceholder(empty);
        HBox top = new HBox(8, FormControls.fieldName(messages.get("care.ui.show")), filter);
        VBox left = new VBox(8, top, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        SplitPane split = new SplitPane(left, record());
        split.setDividerPositions(0.5);
        model.refresh();
        return split;
    }

    private Node record() {
        Label title = FormControls.heading("");
        title.setId("complaintTitle");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Complaint c = model.selectedProperty().get();
            return c == null ? messages.get("care.ui.chooseComplaint")
                    : messages.get("care.ui.recordTitle", c.number(), c.plate(), c.customerName(), messages.of(c.status()));
        }, model.selectedProperty()));
        Label facts = new Label();
        facts.setId("complaintFacts");
        facts.setWrapText(true);
        facts.textProperty().bind(Bindings.createStringBinding(() -> facts(model.selectedProperty().get(),
                model.selectedOverdueProperty().get()), model.selectedProperty(), model.selectedOverdueProperty()));

        TableView<ComplaintStep> steps = new TableView<>(model.steps());
        steps.setId("complaintSteps");
        steps.setPrefHeight(170);
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        steps.getColumns().addAll(List.of(
                Columns.dateTime(messages.get("care.ui.col.when"), ComplaintStep::doneAt, context.zone(), formats),
                Columns.status(messages.get("care.ui.col.step"), ComplaintStep::kind, messages),
                Columns.secondary(Columns.text(messages.get("care.ui.col.by"), ComplaintStep::doneByName)),
                Columns.longText(messages.get("care.ui.col.detail"), ComplaintStep::detail)));

        FormGrid form = new FormGrid();
        var errors = model.errors();
        form.addField(messages.get("care.ui.note"), FormControls.text("complaintNote", model.noteProperty()),
                errors.of("note"));
        form.addField(messages.get("care.ui.investigation"), FormControls.text("complaintInvestigation",
                model.investigationProperty()), errors.of("investigation"));
        form.addField(messages.get("care.ui.cause"), FormControls.text("complaintCause", model.causeProperty()),
                errors.of("cause"));
        form.addField(messages.get("care.ui.responsible"), FormControls.text("complaintResponsible",
                model.responsibleProperty()), errors.of("responsible"));
        form.addField(messages.get("care.ui.solution"), FormControls.area("complaintSolution", model.solutionProperty(),
                null), errors.of("solution"));
        form.addField(messages.get("care.ui.goodwillKind"), FormControls.choice("goodwillKind",
                List.of(CouponKind.values()), model.goodwillKindProperty(), messages), errors.of("goodwillKind"));
        form.addField(messages.get("care.ui.goodwillAmount"), FormControls.text("goodwillAmount",
                model.goodwillAmountProperty()), errors.of("goodwillAmount"));
        form.addField(messages.get("care.ui.goodwillUntil"), FormControls.text("goodwillUntil",
                model.goodwillUntilProperty(), messages.get("care.ui.datePrompt")), errors.of("goodwillUntil"));
        form.addField(messages.get("care.ui.goodwillDescription"), FormControls.text("goodwillDescription",
                model.goodwillDescriptionProperty()), errors.of("goodwillDescription"));

        Button acknowledge = FormControls.button("complaintAcknowledge", messages.get("care.ui.acknowledge"), null);
        acknowledge.setOnAction(e -> model.acknowledge());
        Button investigate = FormControls.button("complaintInvestigate", messages.get("care.ui.saveInvestigation"), null);
        investigate.setOnAction(e -> model.investigate());
        Button solve = FormControls.button("complaintSolve", messages.get("care.ui.agreeSolution"), null);
        solve.setOnAction(e -> model.agreeSolution());
        Button goodwill = FormControls.button("complaintGoodwill", messages.get("care.ui.giveGoodwill"), null);
        goodwill.setOnAction(e -> model.giveGoodwill());
        Button comeback = FormControls.button("complaintComeback", messages.get("care.ui.comeback"), null);
        comeback.setOnAction(e -> model.requestComeback());
        Button satisfied = FormControls.button("complaintSatisfied", messages.get("care.ui.satisfied"), null);
        satisfied.setOnAction(e -> model.confirm(true));
        Button notSatisfied = FormControls.button("complaintNotSatisfied", messages.get("care.ui.notSatisfied"), null);
        notSatisfied.setOnAction(e -> model.confirm(false));
        Button close = FormControls.button("complaintClose", messages.get("care.ui.close"), null);
        close.setOnAction(e -> model.close());
        boolean manager = context.session().user().map(u -> u.roles().contains(Role.SERVICE_MANAGER)).orElse(false);
        close.setVisible(manager);
        close.setManaged(manager);
        Button reopen = FormControls.button("complaintReopen", messages.get("care.ui.reopen"), null);
        StringProperty reason = new SimpleStringProperty("");
        reopen.setOnAction(e -> new ConfirmStep("complaintReopen", messages.get("care.ui.reopen"),
                messages.get("care.ui.reopenQuestion"), messages.get("care.ui.reopen"), messages.get("care.ui.keep"))
                .reason("complaintReopenReason", messages.get("care.ui.reason"), "", reason, errors.of("reason"))
                .show(context.window(), () -> model.reopen(reason.get())));
        ComboBox<ComplaintOwner> owner = FormControls.choice("complaintNewOwner", List.of(), model.newOwnerProperty(),
                ComplaintOwner::name);
        owner.setItems(model.owners());
        Button changeOwner = FormControls.button("complaintChangeOwner", messages.get("care.ui.changeOwner"), null);
        changeOwner.setOnAction(e -> model.changeOwner());
        FormGrid ownerForm = new FormGrid();
        ownerForm.addField(messages.get("care.ui.col.owner"), owner, errors.of(ComplaintInput.OWNER));
        ownerForm.addWide(changeOwner);
        ownerForm.setVisible(manager);
        ownerForm.setManaged(manager);
        if (manager) {
            model.loadOwners();
        }
        Button print = FormControls.button("complaintPrint", messages.get("care.ui.printComplaint"),
                Material2OutlinedMZ.PRINT);
        print.setOnAction(e -> model.print(this::preview));
        print.disableProperty().bind(model.selectedProperty().isNull());
        FlowPane commands = new FlowPane(8, 8, acknowledge, investigate, solve, goodwill, comeback, satisfied, notSatisfied,
                close, reopen, print);
        var none = model.selectedProperty().isNull();
        var closedNow = Bindings.createBooleanBinding(model::closed, model.selectedProperty());
        for (Button b : List.of(acknowledge, investigate, solve, goodwill, comeback, satisfied, notSatisfied, close,
                changeOwner)) {
            b.disableProperty().bind(none.or(closedNow));
        }
        reopen.disableProperty().bind(closedNow.not());

        Label message = FormControls.message("complaintMessage", model.messageProperty());

        TableView<CorrectiveAction> actions = new TableView<>(model.actions());
        actions.setId("complaintActions");
        actions.setPrefHeight(110);
        actions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        actions.getColumns().addAll(List.of(
                Columns.longText(messages.get("care.ui.col.what"), CorrectiveAction::what),
                Columns.text(messages.get("care.ui.col.who"), CorrectiveAction::who),
                Columns.date(messages.get("care.ui.col.due"), CorrectiveAction::dueOn, formats),
                Columns.text(messages.get("care.ui.col.done"), (CorrectiveAction a) -> a.done()
                        ? formats.date(a.doneAt(), context.zone()) : "")));
        FormGrid actionForm = new FormGrid();
        actionForm.addField(messages.get("care.ui.col.what"), FormControls.text("actionWhat", model.actionWhatProperty()),
                errors.of(CorrectiveActions.WHAT));
        actionForm.addField(messages.get("care.ui.col.who"), FormControls.text("actionWho", model.actionWhoProperty()),
                errors.of(CorrectiveActions.WHO));
        actionForm.addField(messages.get("care.ui.col.due"), FormControls.text("actionDue", model.actionDueProperty(),
                messages.get("care.ui.datePrompt")), errors.of(CorrectiveActions.DUE));
        Button addAction = FormControls.button("actionAdd", messages.get("care.ui.addAction"), null);
        addAction.setOnAction(e -> model.addAction());
        addAction.disableProperty().bind(closedNow.not());

        VBox record = new VBox(8, title, facts, message, commands, ownerForm, form, steps,
                FormControls.heading(messages.get("care.ui.actions")), actions, actionForm, addAction);
        record.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(record);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }

    private String facts(Complaint c, boolean overdue) {
        if (c == null) {
            return "";
        }
        return messages.get("care.ui.facts", messages.of(c.channel()), messages.of(c.category()), messages.of(c.severity()),
                c.repairOrderNumber() == null ? "—" : c.repairOrderNumber(), c.ownerName(),
                formats.dateTime(c.receivedAt(), context.zone()), formats.dateTime(c.acknowledgeBy(), context.zone()),
                formats.dateTime(c.solutionBy(), context.zone()), formats.dateTime(c.resolveBy(), context.zone()),
                c.goodwillCoupon() == null ? "—" : c.goodwillCoupon(),
                c.comebackOrderNumber() == null ? (c.comebackRequested() ? messages.get("care.ui.comebackAwaited") : "—")
                        : c.comebackOrderNumber())
                + (overdue ? "\n" + messages.get("care.ui.overdue") : "")
                + "\n" + c.customerWords();
    }
}
