package com.fours.workbench.cashier.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierOrderRow;
import com.fours.workbench.cashier.Payment;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.cashier.DeliveryService;
import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ConfirmStep;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.LiveUpdates;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;
import com.fours.workbench.ui.StyleClasses;

/**
 * The cashier's tab: orders at the desk on the left; on the right the settlement list of the chosen
 * order (labour and materials apart, discounts, payer split), its bills with payments and change,
 * void, the prints, and the hand-back at the gate. Only binds to {@link CashierViewModel}. Beside
 * the desk, as sub-tabs, the sections the user may use: the discount policy, the cash-up, the
 * health records.
 */
public final class CashierView {

    private static final double DESK_MIN_WIDTH = 400;

    private final CashierContext context;
    private final Messages messages;
    private final Formats formats;
    private final CashierViewModel model;
    private final List<Section> sections;
    private SectionTabs tabs;
    private Node root;
    private final LiveUpdates live;

    /** {@code sections}: other features' sub-tabs beside the desk (the cash-up, the health records). */
    public CashierView(CashierContext context, List<Section> sections) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new CashierViewModel(context);
        this.sections = List.copyOf(sections);
        this.live = new LiveUpdates(context.changes(), Set.of(ChangeTopic.REPAIR_ORDER, ChangeTopic.BILL), () -> root,
                changes -> model.refresh());
    }

    public CashierViewModel model() {
        return model;
    }

    public Node build() {
        SplitPane split = new SplitPane(orderList(), desk());
        // the order list keeps number, plate, status and amount whole in either language at 1280 wide;
        // the desk beside it scrolls
        split.setDividerPositions(0.43);
        split.setId("cashierPane");
        model.refresh();
        live.start();
        List<Section> beside = new ArrayList<>();
        if (context.may(Permission.MANAGE_DISCOUNT_POLICY)) {
            beside.add(new DiscountPolicyPane(context));
        }
        beside.addAll(sections);
        if (beside.isEmpty()) {
            root = split;
            return split;
        }
        // the desk first; the other sections are built when first chosen and told when shown again
        beside.add(0, new Desk(split));
        tabs = new SectionTabs("cashierSections", beside);
        root = tabs.build();
        return root;
    }

    /** The desk as the first section: built with the tab, so it is only handed over. */
    private final class Desk implements Section {
        private final Node content;

        Desk(Node content) {
            this.content = content;
        }

        @Override
        public String id() {
            return "cashierTab-desk";
        }

        @Override
        public String title() {
            return messages.get("cashier.ui.tab.desk");
        }

        @Override
        public Node build() {
            return content;
        }
    }

    /**
     * Brings a section to the front (the desk when there are no others), and opens the order at the
     * desk when one is named: a link of the home page.
     */
    public void show(String sectionId, Long orderId) {
        if (tabs != null) {
            tabs.select(sectionId);
        }
        if (orderId != null) {
            model.open(orderId);
        }
    }

    /** The Cashier tab is shown again: the desk's orders, or the section on screen, are read again. */
    public void activate() {
        model.refresh();
        live.start();
        if (tabs != null) {
            tabs.activate();
        }
    }

    private Node orderList() {
        TextField search = FormControls.text("cashierSearch", model.searchProperty(),
                messages.get("cashier.ui.searchPrompt"));
        search.setOnAction(e -> model.refresh());
        CheckBox settled = new CheckBox(messages.get("cashier.ui.alsoSettled"));
        settled.setId("cashierAlsoSettled");
        settled.selectedProperty().bindBidirectional(model.alsoSettledProperty());
        settled.setOnAction(e -> model.refresh());
        TableView<CashierOrderRow> table = new TableView<>(model.orders());
        table.setId("cashierOrders");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("cashier.ui.noOrders")));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("cashier.ui.col.order"), CashierOrderRow::number),
                Columns.text(messages.get("cashier.ui.col.plate"), CashierOrderRow::plate),
                Columns.text(messages.get("cashier.ui.col.status"), r -> messages.of(r.status())),
                Columns.money(messages.get("cashier.ui.col.total"), r -> r.total(), formats)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !model.replacingList()) {
                model.open(now.id());
            }
        });
        // a reload keeps the order at the desk selected, wherever it now is in the list
        model.orders().addListener((ListChangeListener<CashierOrderRow>) change -> model.orders().stream()
                .filter(r -> r.id() == model.openOrderId()).findFirst()
                .ifPresentOrElse(table.getSelectionModel()::select, table.getSelectionModel()::clearSelection));
        VBox left = new VBox(6, search, settled, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        return left;
    }

    private Node desk() {
        Label title = new Label();
        title.setId("cashierTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(model.titleProperty());
        Label message = FormControls.message("cashierMessage", model.messageProperty());
        message.getStyleClass().add(Styles.ACCENT);

        VBox content = new VBox(10, title, message, approval(), settlement(), bills());
        content.setPadding(new Insets(8, 12, 12, 12));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.setId("cashierDesk");
        // a scroll pane is as wide as its content at least: the desk scrolls before it cuts the order list
        scroller.setMinWidth(DESK_MIN_WIDTH);
        return scroller;
    }

    /** A manager confirms a discount above the user's limit, or a void, at this desk (name and password). */
    private Node approval() {
        Label warning = new Label();
        warning.setId("cashierApprovalNeeded");
        warning.setWrapText(true);
        warning.getStyleClass().add(Styles.DANGER);
        warning.textProperty().bind(model.approvalNeededProperty());
        TextField name = FormControls.text("cashierApprover", model.approverNameProperty(),
                messages.get("cashier.ui.approval.manager"));
        PasswordField password = new PasswordField();
        password.setId("cashierApproverPassword");
        password.setPromptText(messages.get("cashier.ui.approval.password"));
        password.textProperty().bindBidirectional(model.approverPasswordProperty());
        HBox fields = new HBox(8, new Label(messages.get("cashier.ui.approval.label")), name, password);
        fields.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, warning, fields);
        box.setId("cashierApproval");
        box.getStyleClass().add(StyleClasses.OVERBOOK_PANE);
        box.visibleProperty().bind(model.approvalNeededProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node settlement() {
        FormGrid discounts = new FormGrid();
        CheckBox member = new CheckBox(messages.get("cashier.ui.memberDiscount"));
        member.setId("cashierMemberDiscount");
        member.selectedProperty().bindBidirectional(model.memberDiscountProperty());
        member.setOnAction(e -> model.preview());
        discounts.addWide(member);
        field(discounts, "cashier.ui.coupon", "cashierCoupon", model.couponProperty(), SettlementInput.COUPON);
        discounts.addWide(new GoodwillOffer(context, model).build());
        field(discounts, "cashier.ui.manualDiscount", "cashierManualDiscount", model.manualDiscountProperty(),
                SettlementInput.MANUAL_DISCOUNT);
        field(discounts, "cashier.ui.manualReason", "cashierManualReason", model.manualReasonProperty(),
                SettlementInput.MANUAL_REASON);
        FormGrid payers = new FormGrid();
        field(payers, "cashier.ui.warrantyMaker", "cashierWarrantyMaker", model.warrantyMakerProperty(),
                SettlementInput.WARRANTY_MAKER);
        field(payers, "cashier.ui.warrantyClaim", "cashierWarrantyClaim", model.warrantyClaimProperty(),
                SettlementInput.WARRANTY_CLAIM);
        field(payers, "cashier.ui.insurer", "cashierInsurer", model.insurerProperty(), SettlementInput.INSURER);
        field(payers, "cashier.ui.insuranceClaim", "cashierInsuranceClaim", model.insuranceClaimProperty(),
                SettlementInput.INSURANCE_CLAIM);
        field(payers, "cashier.ui.excess", "cashierExcess", model.excessProperty(), SettlementInput.EXCESS);
        HBox forms = new HBox(16, discounts, payers);
        HBox.setHgrow(discounts, Priority.ALWAYS);
        HBox.setHgrow(payers, Priority.ALWAYS);
        Button preview = FormControls.button("cashierPreview", messages.get("cashier.ui.preview"),
                Material2OutlinedMZ.REFRESH);
        preview.setOnAction(e -> model.preview());
        Button settle = FormControls.button("cashierSettle", messages.get("cashier.ui.settle"),
                Material2OutlinedMZ.RECEIPT_LONG);
        settle.getStyleClass().add(Styles.ACCENT);
        settle.setOnAction(e -> model.settle());
        settle.disableProperty().bind(context.background().busyProperty());
        Label totals = new Label();
        totals.setId("cashierPreviewTotals");
        totals.setWrapText(true);
        totals.getStyleClass().add(Styles.TEXT_BOLD);
        totals.textProperty().bind(model.previewTotalsProperty());
        HBox.setHgrow(totals, Priority.ALWAYS);
        totals.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(8, totals, preview, settle);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<CashierViewModel.PreviewRow> lines = new TableView<>(model.previewLines());
        lines.setId("cashierPreviewLines");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.setPrefHeight(200);
        lines.getColumns().addAll(List.of(
                Columns.text(messages.get("cashier.ui.col.kind"), CashierViewModel.PreviewRow::kind),
                Columns.longText(messages.get("cashier.ui.col.description"), CashierViewModel.PreviewRow::description, 180),
                Columns.number(messages.get("cashier.ui.col.quantity"), CashierViewModel.PreviewRow::quantity),
                Columns.number(messages.get("cashier.ui.col.unitPrice"), CashierViewModel.PreviewRow::unitPrice),
                Columns.number(messages.get("cashier.ui.col.amount"), CashierViewModel.PreviewRow::amount),
                Columns.number(messages.get("cashier.ui.col.discount"), CashierViewModel.PreviewRow::discount),
                Columns.number(messages.get("cashier.ui.col.lineTotal"), CashierViewModel.PreviewRow::total),
                // each payer's bill below names it again; beside a narrow desk it may need a scroll
                Columns.secondary(Columns.text(messages.get("cashier.ui.col.payer"), CashierViewModel.PreviewRow::payer))));

        VBox section = new VBox(8, FormControls.heading(messages.get("cashier.ui.section.settlement")), lines, actions,
                forms);
        section.setId("cashierSettlement");
        section.visibleProperty().bind(model.settleableProperty());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private void field(FormGrid form, String labelKey, String id, javafx.beans.property.StringProperty value,
                       String errorField) {
        TextField field = FormControls.text(id, value);
        field.setOnAction(e -> model.preview());
        form.addField(messages.get(labelKey), field, model.errors().of(errorField));
    }

    private Node bills() {
        TableView<BillDetails> table = new TableView<>(model.bills());
        table.setId("cashierBills");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(100);
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("cashier.ui.col.bill"), BillDetails::number),
                Columns.text(messages.get("cashier.ui.col.kind"), b -> messages.of(b.bill().kind())),
                Columns.text(messages.get("cashier.ui.col.payer"), b -> messages.of(b.bill().payer())),
                Columns.money(messages.get("cashier.ui.col.total"), b -> b.bill().total(), formats),
                Columns.money(messages.get("cashier.ui.col.paid"), b -> b.paid(), formats),
                Columns.money(messages.get("cashier.ui.col.due"), b -> b.due(), formats),
                Columns.text(messages.get("cashier.ui.col.state"), b -> b.bill().reversal()
                        ? messages.get("cashier.ui.bill.reversal") : b.voided()
                        ? messages.get("cashier.ui.bill.voided", b.reversedByNumber()) : "")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selectedBillProperty().get()) {
                model.selectedBillProperty().set(now);
            }
        });
        model.selectedBillProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        Label summary = new Label();
        summary.setId("cashierBillSummary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(model.billSummaryProperty());
        Label account = new Label();
        account.setId("cashierAccountLine");
        account.setWrapText(true);
        account.textProperty().bind(model.accountLineProperty());
        account.visibleProperty().bind(model.accountLineProperty().isNotEmpty());
        account.managedProperty().bind(account.visibleProperty());

        TableView<Payment> paid = new TableView<>(model.payments());
        paid.setId("cashierPayments");
        paid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        paid.setPrefHeight(124);
        paid.setPlaceholder(new Label(messages.get("cashier.ui.noPayments")));
        paid.getColumns().addAll(List.of(
                Columns.text(messages.get("cashier.ui.col.method"), p -> messages.of(p.method())),
                Columns.money(messages.get("cashier.ui.col.amount"), p -> p.amount(), formats),
                Columns.money(messages.get("cashier.ui.col.change"), p -> p.changeGiven(), formats),
                Columns.date(messages.get("cashier.ui.col.day"), p -> p.businessDay(), formats),
                Columns.longText(messages.get("cashier.ui.col.reference"), p -> p.reference() == null
                        ? p.reason() == null ? "" : p.reason() : p.reference(), 120)));

        FormGrid form = new FormGrid();
        ComboBox<PaymentMethod> method = FormControls.choice("cashierPayMethod", List.of(PaymentMethod.values()),
                model.payMethodProperty(), messages);
        form.addField(messages.get("cashier.ui.payMethod"), method, model.errors().of(PaymentInput.METHOD));
        TextField amount = FormControls.text("cashierPayAmount", model.payAmountProperty());
        amount.setOnAction(e -> model.pay());
        form.addField(messages.get("cashier.ui.payAmount"), amount, model.errors().of(PaymentInput.AMOUNT));
        form.addField(messages.get("cashier.ui.payReference"), FormControls.text("cashierPayReference",
                model.payReferenceProperty()), model.errors().of(PaymentInput.REFERENCE));
        form.addField(messages.get("cashier.ui.payDay"), FormControls.text("cashierPayDay", model.payDayProperty(),
                messages.get("cashier.ui.payDayPrompt")), model.errors().of(PaymentInput.BUSINESS_DAY));
        Button pay = FormControls.button("cashierPay", messages.get("cashier.ui.pay"), Material2OutlinedMZ.PAYMENTS);
        pay.getStyleClass().add(Styles.ACCENT);
        pay.setOnAction(e -> model.pay());
        // a paid, voided or reversal bill offers no step that no longer applies to it
        pay.disableProperty().bind(model.payableProperty().not());
        Button printBill = FormControls.button("cashierPrintBill", messages.get("cashier.ui.printBill"),
                Material2OutlinedMZ.PRINT);
        printBill.setOnAction(e -> model.printBill(this::preview));
        Button printReceipt = FormControls.button("cashierPrintReceipt", messages.get("cashier.ui.printReceipt"),
                Material2OutlinedMZ.RECEIPT);
        printReceipt.setOnAction(e -> model.printReceipt(this::preview));
        form.addWide(pay);
        FormGrid corrections = new FormGrid();
        corrections.addWide(new HBox(8, printBill, printReceipt));
        corrections.addField(messages.get("cashier.ui.voidReason"), FormControls.text("cashierVoidReason",
                model.voidReasonProperty()), model.errors().of(PaymentInput.REASON));
        Button voidBill = FormControls.button("cashierVoid", messages.get("cashier.ui.void"),
                Material2OutlinedAL.BLOCK);
        voidBill.getStyleClass().add(Styles.DANGER);
        voidBill.setOnAction(e -> confirmVoid());
        voidBill.disableProperty().bind(model.voidableProperty().not());
        Button reissue = FormControls.button("cashierReissue", messages.get("cashier.ui.reissue"),
                Material2OutlinedMZ.REPLAY);
        reissue.setOnAction(e -> model.reissue());
        reissue.disableProperty().bind(model.reissuableProperty().not());
        Button refund = FormControls.button("cashierRefund", messages.get("cashier.ui.refund"),
                Material2OutlinedMZ.UNDO);
        refund.setOnAction(e -> model.refund());
        refund.disableProperty().bind(model.refundableProperty().not());
        corrections.addWide(new HBox(8, refund, voidBill, reissue));

        VBox left = new VBox(8, paid, form);
        VBox right = new VBox(12, corrections, delivery());
        HBox columns = new HBox(16, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(420);
        VBox section = new VBox(8, FormControls.heading(messages.get("cashier.ui.section.bills")), table, summary, account,
                columns);
        section.setId("cashierBillsSection");
        section.visibleProperty().bind(model.settledProperty());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    /**
     * Voiding undoes a bill: asked for with the bill named, the reason, and, where the user may not
     * void alone, the manager's name and password in the same dialog.
     */
    private void confirmVoid() {
        if (model.selectedBillProperty().get() == null) {
            return;
        }
        model.startVoid();
        ConfirmStep step = new ConfirmStep("voidBill", messages.get("cashier.ui.voidStep.title"), model.voidQuestion(),
                messages.get("cashier.ui.voidStep.confirm"), messages.get("cashier.ui.voidStep.keep"))
                .reason("voidBillReason", messages.get("cashier.ui.voidStep.reason"),
                        messages.get("cashier.ui.voidStep.reasonPrompt"), model.voidReasonProperty(),
                        model.errors().of(PaymentInput.REASON))
                .until(model.voidDoneProperty(), model.voidRefusalProperty());
        if (model.voidNeedsManager()) {
            TextField name = FormControls.text("voidBillApprover", model.approverNameProperty(),
                    messages.get("cashier.ui.approval.manager"));
            PasswordField password = new PasswordField();
            password.setId("voidBillApproverPassword");
            password.setPromptText(messages.get("cashier.ui.approval.password"));
            password.textProperty().bindBidirectional(model.approverPasswordProperty());
            Label why = new Label(messages.get("cashier.ui.voidStep.manager"));
            why.setWrapText(true);
            HBox fields = new HBox(8, name, password);
            step.detail(new VBox(4, why, fields));
        }
        step.show(context.window(), model::voidBill);
    }

    private Node delivery() {
        Label gate = new Label();
        gate.setId("cashierGate");
        gate.setWrapText(true);
        gate.textProperty().bind(model.gateProperty());
        FormGrid form = new FormGrid();
        ComboBox<Integer> score = FormControls.choice("cashierSatisfaction", List.of(5, 4, 3, 2, 1),
                s -> messages.get("cashier.ui.satisfactionScore", s));
        score.valueProperty().bindBidirectional(model.satisfactionProperty());
        form.addField(messages.get("cashier.ui.satisfaction"), score, model.errors().of(DeliveryService.SATISFACTION));
        form.addField(messages.get("cashier.ui.remark"), FormControls.text("cashierRemark", model.remarkProperty()),
                model.errors().of(DeliveryService.REMARK));
        form.addWide(handBackItems());
        Button deliver = FormControls.button("cashierDeliver", messages.get("cashier.ui.deliver"),
                Material2OutlinedAL.DIRECTIONS_CAR);
        deliver.getStyleClass().add(Styles.SUCCESS);
        deliver.setOnAction(e -> model.deliver(this::preview));
        deliver.disableProperty().bind(model.gateOpenProperty().not());
        form.addWide(deliver);
        VBox section = new VBox(8, FormControls.heading(messages.get("cashier.ui.section.delivery")), gate, form);
        section.setId("cashierDelivery");
        section.visibleProperty().bind(model.gateProperty().isNotEmpty()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> context.may(Permission.DELIVER_VEHICLES))));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    /** The keys and documents to tick back, one row each; kept ones need their reason. */
    private Node handBackItems() {
        VBox rows = new VBox(4);
        rows.setId("cashierHandBack");
        Runnable rebuild = () -> {
            rows.getChildren().setAll(FormControls.fieldName(messages.get("intake.ui.handBack.heading")));
            for (HandBackItems.Row row : model.handBack().rows()) {
                String kind = row.item().kind().name();
                CheckBox back = new CheckBox(row.name());
                back.setId("handBack-" + kind);
                back.selectedProperty().bindBidirectional(row.returnedProperty());
                back.setMinWidth(Region.USE_PREF_SIZE);
                TextField kept = FormControls.text("handBackKept-" + kind, row.keptReasonProperty(),
                        messages.get("intake.ui.handBack.keptPrompt"));
                kept.disableProperty().bind(row.returnedProperty());
                HBox line = new HBox(8, back, kept);
                HBox.setHgrow(kept, Priority.ALWAYS);
                rows.getChildren().add(line);
            }
        };
        model.handBack().rows().addListener((javafx.collections.ListChangeListener<HandBackItems.Row>) c -> rebuild.run());
        rebuild.run();
        rows.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.handBack().rows()));
        rows.managedProperty().bind(rows.visibleProperty());
        return rows;
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }
}
