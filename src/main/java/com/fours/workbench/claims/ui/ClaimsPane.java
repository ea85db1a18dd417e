package com.fours.workbench.claims.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.claims.Claim;
import com.fours.workbench.claims.ClaimDecision;
import com.fours.workbench.claims.ClaimDraft;
import com.fours.workbench.claims.ClaimPart;
import com.fours.workbench.claims.ClaimPayment;
import com.fours.workbench.claims.ClaimState;
import com.fours.workbench.claims.ClaimableBill;
import com.fours.workbench.claims.ShortfallChoice;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/**
 * Claims (索赔) in the Cashier tab beside Receivables: the maker's and insurers' claims by state with
 * their age, the bills on their account still without a claim, and the chosen claim's next step:
 * draft (fault code, cause, the old parts' shelf and return day), submit (the payer's claim number),
 * record the decision (approved amount; for what was refused a reason and absorb or charge), record
 * the payment (a receipt of the ledger), print the summary.
 */
public final class ClaimsPane implements Section {

    private final ClaimsContext context;
    private final Messages messages;
    private final Formats formats;
    private final ClaimsViewModel model;

    public ClaimsPane(ClaimsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new ClaimsViewModel(context);
    }

    @Override
    public String id() {
        return "cashierTab-claims";
    }

    @Override
    public String title() {
        return messages.get("claims.ui.tab");
    }

    @Override
    public Node build() {
        Label message = FormControls.message("claimsMessage", model.messageProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        ComboBox<ClaimsViewModel.ClaimList> filter = FormControls.choice("claimsFilter",
                List.of(ClaimsViewModel.ClaimList.values()), model.filterProperty(), messages);
        Button refresh = FormControls.button("claimsRefresh", messages.get("claims.ui.refresh"),
                Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        HBox top = new HBox(10, FormControls.heading(messages.get("claims.ui.claims")), filter, refresh, busy);
        top.setAlignment(Pos.CENTER_LEFT);

        Label detail = new Label();
        detail.setId("claimDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add(Styles.TITLE_4);
        detail.textProperty().bind(model.detailProperty());

        VBox left = new VBox(8, claims(), detail, FormControls.heading(messages.get("claims.ui.oldParts")), parts(),
                FormControls.heading(messages.get("claims.ui.bills")), bills());
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox lower = new HBox(16, left, forms());
        VBox content = new VBox(10, top, message, lower);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("claimsPane");
        model.refresh();
        return scroll;
    }

    @Override
    public void activate() {
        model.refresh();
    }

    private Node claims() {
        TableView<Claim> table = new TableView<>(model.claims());
        table.setId("claimsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(messages.get("claims.ui.noClaims")));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("claims.ui.col.number"), Claim::number),
                Columns.status(messages.get("claims.ui.col.state"), Claim::state, messages),
                Columns.text(messages.get("claims.ui.col.bill"), Claim::billNumber),
                Columns.text(messages.get("claims.ui.col.plate"), Claim::plate),
                Columns.money(messages.get("claims.ui.col.claimed"), Claim::claimed, formats),
                Columns.number(messages.get("claims.ui.col.approved"),
                        c -> c.approved() == null ? "" : formats.money(c.approved())),
                Columns.money(messages.get("claims.ui.col.paid"), Claim::paid, formats),
                Columns.number(messages.get("claims.ui.col.age"), c -> formats.count(model.age(c))),
                Columns.status(messages.get("claims.ui.col.kind"), Claim::kind, messages),
                Columns.longText(messages.get("claims.ui.col.payer"), Claim::payerName, 160)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.claimProperty().set(now);
            }
        });
        model.claimProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() == null
                    || table.getSelectionModel().getSelectedItem().id() != now.id()) {
                table.getItems().stream().filter(c -> c.id() == now.id()).findFirst()
                        .ifPresent(c -> table.getSelectionModel().select(c));
            }
        });
        return table;
    }

    private Node parts() {
        TableView<ClaimPart> table = new TableView<>(model.parts());
        table.setId("claimParts");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(120);
        table.setPlaceholder(new Label(messages.get("claims.ui.noParts")));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("claims.ui.col.tag"), ClaimPart::tag),
                Columns.text(messages.get("claims.ui.col.place"), ClaimPart::place),
                Columns.date(messages.get("claims.ui.col.returnBy"), ClaimPart::returnBy, formats),
                Columns.quantity(messages.get("claims.ui.col.quantity"), ClaimPart::quantity, formats),
                Columns.longText(messages.get("claims.ui.col.part"), ClaimPart::description, 160)));
        return table;
    }

    private Node bills() {
        TableView<ClaimableBill> table = new TableView<>(model.bills());
        table.setId("claimableBills");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(160);
        table.setPlaceholder(new Label(messages.get("claims.ui.noBills")));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("claims.ui.col.bill"), ClaimableBill::billNumber),
                Columns.text(messages.get("claims.ui.col.plate"), ClaimableBill::plate),
                Columns.date(messages.get("claims.ui.col.billed"), ClaimableBill::billedOn, formats),
                Columns.money(messages.get("claims.ui.col.claimed"), ClaimableBill::amount, formats),
                Columns.status(messages.get("claims.ui.col.kind"), ClaimableBill::kind, messages),
                Columns.longText(messages.get("claims.ui.col.payer"), ClaimableBill::payerName, 160)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.billProperty().set(now));
        return table;
    }

    private Node forms() {
        FormGrid form = new FormGrid();
        var errors = model.errors();
        var claim = model.claimProperty();

        form.addWide(FormControls.heading(messages.get("claims.ui.draft")));
        form.addField(messages.get("claims.ui.faultCode"), FormControls.text("claimFaultCode",
                model.faultCodeProperty()), errors.of(ClaimDraft.FAULT_CODE));
        form.addField(messages.get("claims.ui.cause"), FormControls.text("claimCause", model.causeProperty()),
                errors.of(ClaimDraft.CAUSE));
        form.addField(messages.get("claims.ui.assessor"), FormControls.text("claimAssessor",
                model.assessorProperty()), errors.of(ClaimDraft.ASSESSOR));
        form.addField(messages.get("claims.ui.place"), FormControls.text("claimPlace", model.placeProperty()),
                errors.of(ClaimDraft.PLACE));
        DatePicker returnBy = FormControls.datePicker("claimReturnBy");
        returnBy.valueProperty().bindBidirectional(model.returnByProperty());
        form.addField(messages.get("claims.ui.returnBy"), returnBy, errors.of(ClaimDraft.RETURN_BY));
        Button draft = FormControls.button("claimDraft", messages.get("claims.ui.draftButton"),
                Material2OutlinedAL.ASSIGNMENT);
        draft.disableProperty().bind(model.billProperty().isNull());
        draft.setOnAction(e -> model.draft());
        form.addWide(draft);

        form.addWide(FormControls.heading(messages.get("claims.ui.submit")));
        form.addField(messages.get("claims.ui.payerNumber"), FormControls.text("claimPayerNumber",
                model.payerNumberProperty()), errors.of("claimPayerNumber"));
        Button submit = FormControls.button("claimSubmit", messages.get("claims.ui.submitButton"),
                Material2OutlinedMZ.SEND);
        submit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> claim.get() == null || claim.get().state() != ClaimState.DRAFTED, claim));
        submit.setOnAction(e -> model.submit());
        form.addWide(submit);

        form.addWide(FormControls.heading(messages.get("claims.ui.decision")));
        form.addField(messages.get("claims.ui.approved"), FormControls.text("claimApproved",
                model.approvedProperty()), errors.of(ClaimDecision.APPROVED));
        form.addField(messages.get("claims.ui.reason"), FormControls.text("claimReason", model.reasonProperty()),
                errors.of(ClaimDecision.REASON));
        form.addField(messages.get("claims.ui.choice"), FormControls.choice("claimChoice",
                List.of(ShortfallChoice.values()), model.choiceProperty(), messages), errors.of(ClaimDecision.CHOICE));
        Button decide = FormControls.button("claimDecide", messages.get("claims.ui.decideButton"),
                Material2OutlinedAL.GAVEL);
        decide.disableProperty().bind(Bindings.createBooleanBinding(
                () -> claim.get() == null || claim.get().state() != ClaimState.SUBMITTED, claim));
        decide.setOnAction(e -> model.decide());
        form.addWide(decide);

        form.addWide(FormControls.heading(messages.get("claims.ui.payment")));
        form.addField(messages.get("claims.ui.paidAmount"), FormControls.text("claimPaidAmount",
                model.paidAmountProperty()), errors.of(ClaimPayment.AMOUNT));
        form.addField(messages.get("claims.ui.paidReference"), FormControls.text("claimPaidReference",
                model.paidReferenceProperty()), errors.of(ClaimPayment.REFERENCE));
        DatePicker paidDay = FormControls.datePicker("claimPaidDay");
        paidDay.valueProperty().bindBidirectional(model.paidDayProperty());
        form.addField(messages.get("claims.ui.paidDay"), paidDay, errors.of(ClaimPayment.DAY));
        Button pay = FormControls.button("claimPay", messages.get("claims.ui.payButton"),
                Material2OutlinedMZ.PAYMENTS);
        pay.disableProperty().bind(Bindings.createBooleanBinding(
                () -> claim.get() == null || !claim.get().state().payable(), claim));
        pay.setOnAction(e -> model.pay());
        Button print = FormControls.button("claimPrint", messages.get("claims.ui.print"), Material2OutlinedMZ.PRINT);
        print.disableProperty().bind(claim.isNull());
        print.setOnAction(e -> model.print(this::preview));
        form.addWide(new HBox(8, pay, print));
        form.setMinWidth(360);
        form.setPrefWidth(380);
        return form;
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }
}
