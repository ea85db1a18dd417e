package com.fours.workbench.cashier.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierOrderRow;
import com.fours.workbench.cashier.CreditLimitExceededException;
import com.fours.workbench.cashier.DiscountApprovalNeededException;
import com.fours.workbench.cashier.GateCheck;
import com.fours.workbench.cashier.GatePass;
import com.fours.workbench.cashier.Payment;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.Settlement;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.intake.ItemReturn;
import com.fours.workbench.intake.TakenItem;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.FieldErrors;

/**
 * The cashier's desk: the orders waiting, the settlement of the chosen one with its discounts and
 * payers, the bills with their payments, void, prints and the hand-back at the gate. Holds the
 * properties the view binds; never touches a control.
 */
public final class CashierViewModel {

    private static final int LIST_LIMIT = 200;

    /** A line of the settlement preview, formatted for the table. */
    public record PreviewRow(String payer, String kind, String description, String quantity, String unitPrice,
                             String amount, String discount, String total) {
    }

    private final CashierContext context;
    private final Messages messages;
    private final CashierWording wording;
    private final FieldErrors errors = new FieldErrors();

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty alsoSettled = new SimpleBooleanProperty(this, "alsoSettled", true);
    private final ObservableList<CashierOrderRow> orders = FXCollections.observableArrayList();
    private boolean replacingList;
    private long openOrderId = -1;
    private final ObjectProperty<RepairPlan> order = new SimpleObjectProperty<>(this, "order");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty settleable = new SimpleBooleanProperty(this, "settleable");
    private final BooleanProperty settled = new SimpleBooleanProperty(this, "settled");

    private final BooleanProperty memberDiscount = new SimpleBooleanProperty(this, "memberDiscount");
    private final StringProperty coupon = new SimpleStringProperty(this, "coupon", "");
    private final StringProperty manualDiscount = new SimpleStringProperty(this, "manualDiscount", "");
    private final StringProperty manualReason = new SimpleStringProperty(this, "manualReason", "");
    private final StringProperty warrantyMaker = new SimpleStringProperty(this, "warrantyMaker", "");
    private final StringProperty warrantyClaim = new SimpleStringProperty(this, "warrantyClaim", "");
    private final StringProperty insurer = new SimpleStringProperty(this, "insurer", "");
    private final StringProperty insuranceClaim = new SimpleStringProperty(this, "insuranceClaim", "");
    private final StringProperty excess = new SimpleStringProperty(this, "excess", "");
    private final ObservableList<PreviewRow> previewLines = FXCollections.observableArrayList();
    private final StringProperty previewTotals = new SimpleStringProperty(this, "previewTotals", "");

    private final StringProperty approvalNeeded = new SimpleStringProperty(this, "approvalNeeded", "");
    private final StringProperty approverName = new SimpleStringProperty(this, "approverName", "");
    private final StringProperty approverPassword = new SimpleStringProperty(this, "approverPassword", "");

    private final ObservableList<BillDetails> bills = FXCollections.observableArrayList();
    private final ObjectProperty<BillDetails> selectedBill = new SimpleObjectProperty<>(this, "selectedBill");
    private final ObservableList<Payment> payments = FXCollections.observableArrayList();
    private final ObjectProperty<PaymentMethod> payMethod = new SimpleObjectProperty<>(this, "payMethod",
            PaymentMethod.CASH);
    private final StringProperty payAmount = new SimpleStringProperty(this, "payAmount", "");
    private final StringProperty payReference = new SimpleStringProperty(this, "payReference", "");
    private final StringProperty payDay = new SimpleStringProperty(this, "payDay", "");
    private final StringProperty billSummary = new SimpleStringProperty(this, "billSummary", "");
    private final StringProperty accountLine = new SimpleStringProperty(this, "accountLine", "");
    private final StringProperty voidReason = new SimpleStringProperty(this, "voidReason", "");
    private final BooleanProperty voidDone = new SimpleBooleanProperty(this, "voidDone");
    private final StringProperty voidRefusal = new SimpleStringProperty(this, "voidRefusal", "");
    private final BooleanProperty payable = new SimpleBooleanProperty(this, "payable");
    private final BooleanProperty refundable = new SimpleBooleanProperty(this, "refundable");
    private final BooleanProperty voidable = new SimpleBooleanProperty(this, "voidable");
    private final BooleanProperty reissuable = new SimpleBooleanProperty(this, "reissuable");
    /** Set while the form is filled by the screen itself (an order opened), not typed: no recompute. */
    private boolean fillingForm;
    /** Counts the recomputes asked for: an answer to an older one is dropped, it describes inputs since changed. */
    private long previewRound;

    private final StringProperty gate = new SimpleStringProperty(this, "gate", "");
    private final BooleanProperty gateOpen = new SimpleBooleanProperty(this, "gateOpen");
    private final ObjectProperty<Integer> satisfaction = new SimpleObjectProperty<>(this, "satisfaction");
    private final StringProperty remark = new SimpleStringProperty(this, "remark", "");
    private final HandBackItems handBack;

    public CashierViewModel(CashierContext context) {
        this.context = context;
        this.messages = context.messages();
        this.wording = new CashierWording(messages);
        this.handBack = new HandBackItems(messages);
        selectedBill.addListener((obs, old, now) -> showBill(now));
        // the totals, the limit and the manager's prompt follow the inputs as they are typed
        memberDiscount.addListener((obs, old, now) -> inputsChanged());
        for (StringProperty input : List.of(coupon, manualDiscount, manualReason, warrantyMaker, warrantyClaim, insurer,
                insuranceClaim, excess)) {
            input.addListener((obs, old, now) -> inputsChanged());
        }
    }

    // ---- properties

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty alsoSettledProperty() {
        return alsoSettled;
    }

    public ObservableList<CashierOrderRow> orders() {
        return orders;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty settleableProperty() {
        return settleable;
    }

    public BooleanProperty settledProperty() {
        return settled;
    }

    public BooleanProperty memberDiscountProperty() {
        return memberDiscount;
    }

    /** The order open at the desk, as last loaded. */
    public javafx.beans.property.ReadOnlyObjectProperty<RepairPlan> orderProperty() {
        return order;
    }

    public StringProperty couponProperty() {
        return coupon;
    }

    public StringProperty manualDiscountProperty() {
        return manualDiscount;
    }

    public StringProperty manualReasonProperty() {
        return manualReason;
    }

    public StringProperty warrantyMakerProperty() {
        return warrantyMaker;
    }

    public StringProperty warrantyClaimProperty() {
        return warrantyClaim;
    }

    public StringProperty insurerProperty() {
        return insurer;
    }

    public StringProperty insuranceClaimProperty() {
        return insuranceClaim;
    }

    public StringProperty excessProperty() {
        return excess;
    }

    public ObservableList<PreviewRow> previewLines() {
        return previewLines;
    }

    public StringProperty previewTotalsProperty() {
        return previewTotals;
    }

    public StringProperty approvalNeededProperty() {
        return approvalNeeded;
    }

    public StringProperty approverNameProperty() {
        return approverName;
    }

    public StringProperty approverPasswordProperty() {
        return approverPassword;
    }

    public ObservableList<BillDetails> bills() {
        return bills;
    }

    public ObjectProperty<BillDetails> selectedBillProperty() {
        return selectedBill;
    }

    public ObservableList<Payment> payments() {
        return payments;
    }

    public ObjectProperty<PaymentMethod> payMethodProperty() {
        return payMethod;
    }

    public StringProperty payAmountProperty() {
        return payAmount;
    }

    public StringProperty payReferenceProperty() {
        return payReference;
    }

    public StringProperty payDayProperty() {
        return payDay;
    }

    public StringProperty billSummaryProperty() {
        return billSummary;
    }

    public StringProperty voidReasonProperty() {
        return voidReason;
    }

    /** True once the void asked for in the confirmation is done: the dialog closes. */
    public BooleanProperty voidDoneProperty() {
        return voidDone;
    }

    /** Why the void was refused, shown in the confirmation (a manager's password, a bill already paid). */
    public StringProperty voidRefusalProperty() {
        return voidRefusal;
    }

    /** Whether the logged-in user may void alone; if not, a manager confirms in the void's dialog. */
    public boolean voidNeedsManager() {
        return !context.may(Permission.VOID_INVOICES);
    }

    /** The chosen bill is live and owes money: paying it applies. */
    public BooleanProperty payableProperty() {
        return payable;
    }

    /** The chosen bill is live and has money on it: a refund applies. */
    public BooleanProperty refundableProperty() {
        return refundable;
    }

    /** The chosen bill is live (not voided, not a reversal): voiding it applies. */
    public BooleanProperty voidableProperty() {
        return voidable;
    }

    /** The chosen bill was voided and its payer has no live bill: issuing it again applies. */
    public BooleanProperty reissuableProperty() {
        return reissuable;
    }

    /** The question of the void's confirmation, naming the bill and what it comes to. */
    public String voidQuestion() {
        BillDetails bill = selectedBill.get();
        return bill == null ? "" : messages.get("cashier.ui.voidStep.question", bill.number(),
                messages.of(bill.bill().payer()), money(bill.bill().total()));
    }

    public StringProperty gateProperty() {
        return gate;
    }

    public BooleanProperty gateOpenProperty() {
        return gateOpen;
    }

    /** The keys and documents to tick back at the hand-back. */
    public HandBackItems handBack() {
        return handBack;
    }

    public ObjectProperty<Integer> satisfactionProperty() {
        return satisfaction;
    }

    public StringProperty remarkProperty() {
        return remark;
    }

    // ---- the list

    public void refresh() {
        String text = search.get();
        boolean settledToo = alsoSettled.get();
        context.background().run(() -> context.cashier().orders(text, settledToo, LIST_LIMIT), this::showOrders,
                this::fail);
    }

    private void showOrders(List<CashierOrderRow> rows) {
        replacingList = true;
        try {
            orders.setAll(rows);
        } finally {
            replacingList = false;
        }
    }

    /**
     * True while the list is replaced (by a refresh, perhaps another workstation's change): a
     * selection that moves meanwhile is the table's doing, not the cashier's, and opens nothing.
     */
    public boolean replacingList() {
        return replacingList;
    }

    /** The order open at the desk, or -1. */
    public long openOrderId() {
        return openOrderId;
    }

    /** Shows an order: the preview if it waits for settlement, its bills and the gate if settled. */
    public void open(long orderId) {
        openOrderId = orderId;
        message.set("");
        errors.clear();
        approvalNeeded.set("");
        fillingForm = true;
        try {
            clearSettlementForm();
        } finally {
            fillingForm = false;
        }
        previewRound++;
        context.background().run(() -> load(orderId), this::show, this::fail);
    }

    private record Loaded(RepairPlan plan, Settlement preview, List<BillDetails> bills, GateCheck gate,
                          List<TakenItem> keysAndDocuments) {
    }

    private Loaded load(long orderId) {
        RepairPlan plan = context.cashier().order(orderId);
        Settlement preview = plan.status() == RepairOrderStatus.READY_FOR_SETTLEMENT
                ? context.cashier().preview(orderId, SettlementInput.plain()) : null;
        List<BillDetails> issued = context.cashier().bills(orderId);
        GateCheck gateCheck = plan.status() == RepairOrderStatus.SETTLED && context.may(Permission.DELIVER_VEHICLES)
                ? context.deliveries().gate(orderId) : null;
        return new Loaded(plan, preview, issued, gateCheck,
                gateCheck == null ? List.of() : context.deliveries().keysAndDocuments(orderId));
    }

    private void show(Loaded loaded) {
        RepairPlan plan = loaded.plan();
        order.set(plan);
        title.set(wording.orderTitle(plan));
        settleable.set(plan.status() == RepairOrderStatus.READY_FOR_SETTLEMENT);
        settled.set(!loaded.bills().isEmpty());
        if (loaded.preview() != null) {
            showPreview(loaded.preview());
        } else {
            previewLines.clear();
            previewTotals.set("");
        }
        Long selectedId = selectedBill.get() == null ? null : selectedBill.get().id();
        bills.setAll(loaded.bills());
        BillDetails again = loaded.bills().stream().filter(b -> selectedId != null && b.id() == selectedId).findFirst()
                .orElse(loaded.bills().stream().filter(b -> b.live() && b.due().isPositive()).findFirst()
                        .orElse(loaded.bills().isEmpty() ? null : loaded.bills().get(0)));
        selectedBill.set(null);
        selectedBill.set(again);
        showGate(loaded.gate());
        handBack.show(loaded.keysAndDocuments());
    }

    private void showGate(GateCheck check) {
        if (check == null) {
            gate.set("");
            gateOpen.set(false);
            return;
        }
        gateOpen.set(check.open());
        gate.set(wording.gate(check));
    }

    private void showPreview(Settlement settlement) {
        // the limit is checked at each recompute: its message sits under the field and the manager's prompt shows
        if (settlement.needsApproval()) {
            errors.of(SettlementInput.MANUAL_DISCOUNT).set(messages.get("cashier.ui.discountAboveLimit",
                    money(settlement.approvalLimit())));
            approvalNeeded.set(messages.get("cashier.discount.needsApproval", manualDiscount.get().strip(),
                    settlement.approvalLimit().toPlainString()));
        } else {
            approvalNeeded.set("");
        }
        previewLines.setAll(wording.previewRows(settlement));
        previewTotals.set(wording.previewTotals(settlement));
    }

    private String money(Money amount) {
        return wording.money(amount);
    }

    /** A customer on account: what it owes now and its limit, beside the bill the cashier is taking. */
    private void showAccount(BillDetails bill) {
        accountLine.set("");
        if (bill.bill().payer() != com.fours.workbench.repair.Payer.CUSTOMER || !bill.live()) {
            return;
        }
        long customerId = bill.bill().customerId();
        context.background().run(() -> context.policy().account(customerId), account -> {
            BillDetails now = selectedBill.get();
            if (now != null && now.bill().customerId() == customerId) {
                accountLine.set(account.map(a -> messages.get("cashier.ui.account.limit", money(a.outstanding()),
                        money(a.creditLimit()))).orElse(""));
            }
        }, this::fail);
    }

    public StringProperty accountLineProperty() {
        return accountLine;
    }

    private void showBill(BillDetails bill) {
        if (bill == null) {
            payments.clear();
            accountLine.set("");
            billSummary.set("");
            payable.set(false);
            refundable.set(false);
            voidable.set(false);
            reissuable.set(false);
            return;
        }
        payments.setAll(bill.payments());
        payable.set(bill.live() && bill.due().isPositive());
        refundable.set(bill.live() && bill.paid().isPositive());
        voidable.set(bill.live());
        reissuable.set(bill.voided() && !bill.bill().reversal() && bills.stream()
                .noneMatch(b -> b.live() && b.bill().payer() == bill.bill().payer()));
        billSummary.set(wording.billSummary(bill));
        showAccount(bill);
        payAmount.set(bill.live() && bill.due().isPositive() ? bill.due().toPlainString() : "");
    }

    private SettlementInput input() {
        return new SettlementInput(memberDiscount.get(), coupon.get(), manualDiscount.get(), manualReason.get(),
                warrantyMaker.get(), warrantyClaim.get(), insurer.get(), insuranceClaim.get(), excess.get());
    }

    private void clearSettlementForm() {
        memberDiscount.set(false);
        coupon.set("");
        manualDiscount.set("");
        manualReason.set("");
        warrantyMaker.set("");
        warrantyClaim.set("");
        insurer.set("");
        insuranceClaim.set("");
        excess.set("");
        voidReason.set("");
        satisfaction.set(null);
        handBack.clear();
        remark.set("");
        payReference.set("");
        payDay.set("");
    }

    // ---- commands

    /** An input of the settlement changed: recompute, unless the screen itself is filling the form. */
    private void inputsChanged() {
        if (!fillingForm && settleable.get()) {
            preview();
        }
    }

    /**
     * Recomputes the bills with the discounts and claims as typed; nothing is saved. Runs at each
     * change of an input; what an input no longer allows (a total, a manager's prompt) goes with it.
     */
    public void preview() {
        RepairPlan current = order.get();
        if (current == null) {
            return;
        }
        SettlementInput input = input();
        long round = ++previewRound;
        message.set("");
        context.background().run(() -> context.cashier().preview(current.id(), input), settlement -> {
            if (round == previewRound) {
                errors.clear();
                showPreview(settlement);
            }
        }, error -> {
            if (round != previewRound) {
                return;
            }
            errors.clear();
            // no totals rather than the totals of inputs no longer there
            previewLines.clear();
            previewTotals.set("");
            approvalNeeded.set("");
            fail(error);
        });
    }

    /** Issues the bills (with a manager's confirmation when the discount needs it) and settles the order. */
    public void settle() {
        RepairPlan current = order.get();
        if (current == null) {
            return;
        }
        SettlementInput input = input();
        Approver approver = approver(Permission.APPROVE_DISCOUNTS);
        // a recompute still on its way describes the same inputs and must not wipe what settling answers
        previewRound++;
        run(() -> context.cashier().settle(current.id(), current.version(), input, approver.confirm()),
                issued -> {
                    message.set(messages.get("cashier.ui.settled", issued.stream().map(BillDetails::number)
                            .collect(Collectors.joining("、"))));
                    approvalNeeded.set("");
                    reload(current.id());
                    refresh();
                });
    }

    public void pay() {
        BillDetails bill = selectedBill.get();
        if (bill == null) {
            return;
        }
        PaymentInput input = new PaymentInput(payMethod.get(), payAmount.get(), payReference.get(), payDay.get());
        Approver approver = approver(Permission.MANAGE_DISCOUNT_POLICY);
        run(() -> context.payments().pay(bill.id(), input, approver.confirm()), after -> {
            approvalNeeded.set("");
            Payment last = after.payments().get(after.payments().size() - 1);
            message.set(last.changeGiven() != null && last.changeGiven().isPositive()
                    ? messages.get("cashier.ui.paid.change", money(last.amount()), money(last.changeGiven()))
                    : messages.get("cashier.ui.paid", money(last.amount()), messages.of(last.method())));
            payReference.set("");
            reload(after.bill().repairOrderId());
        });
    }

    /** Gives money back on the chosen bill by the method chosen, with the reason typed. */
    public void refund() {
        BillDetails bill = selectedBill.get();
        if (bill == null) {
            return;
        }
        PaymentMethod method = payMethod.get();
        String amount = payAmount.get();
        String reason = voidReason.get();
        String day = payDay.get();
        run(() -> context.payments().refund(bill.id(), method, amount, reason, day), after -> {
            message.set(messages.get("cashier.ui.refunded", money(Money.parse(amount)), messages.of(method)));
            reload(after.bill().repairOrderId());
        });
    }

    /** Before the void's confirmation opens: nothing refused yet, no password left from before. */
    public void startVoid() {
        voidDone.set(false);
        voidRefusal.set("");
        approverPassword.set("");
    }

    /**
     * Voids the chosen bill with the reason typed, confirmed in its dialog: by the user where they may
     * void, else by the manager named there with their password. A refusal shows in the dialog.
     */
    public void voidBill() {
        BillDetails bill = selectedBill.get();
        if (bill == null) {
            return;
        }
        String reason = voidReason.get();
        String managerName = voidNeedsManager() ? approverName.get() : "";
        char[] password = approverPassword.get().toCharArray();
        approverPassword.set("");
        message.set("");
        voidRefusal.set("");
        errors.clear();
        context.background().run(() -> context.cashier().voidBill(bill.id(), reason, managerName.isBlank() ? null
                : context.authentication().approve(managerName, password, Permission.VOID_INVOICES)), reversal -> {
                    voidDone.set(true);
                    message.set(messages.get("cashier.ui.voided", bill.number(), reversal.number()));
                    voidReason.set("");
                    reload(bill.bill().repairOrderId());
                    refresh();
                }, error -> context.refusals().show(error, errors, voidRefusal));
    }

    /** Issues a voided bill's payer again with the discounts and claims as typed. */
    public void reissue() {
        BillDetails bill = selectedBill.get();
        if (bill == null) {
            return;
        }
        SettlementInput input = input();
        Approver approver = approver(Permission.APPROVE_DISCOUNTS);
        run(() -> context.cashier().reissue(bill.id(), input, approver.confirm()), again -> {
            message.set(messages.get("cashier.ui.reissued", bill.number(), again.number()));
            approvalNeeded.set("");
            reload(bill.bill().repairOrderId());
            refresh();
        });
    }

    public void printBill(Consumer<RenderedReport> preview) {
        BillDetails bill = selectedBill.get();
        if (bill != null) {
            context.background().run(() -> context.prints().bill(bill.id()), preview, this::fail);
        }
    }

    public void printReceipt(Consumer<RenderedReport> preview) {
        BillDetails bill = selectedBill.get();
        if (bill != null) {
            context.background().run(() -> context.prints().receipt(bill.id()), preview, this::fail);
        }
    }

    /** Hands the car back and shows its gate pass. */
    public void deliver(Consumer<RenderedReport> preview) {
        RepairPlan current = order.get();
        if (current == null) {
            return;
        }
        Integer score = satisfaction.get();
        String note = remark.get();
        List<ItemReturn> returns = handBack.returns();
        run(() -> {
            GatePass pass = context.deliveries().deliver(current.id(), current.version(), score, note, returns);
            return new Delivered(pass, context.prints().gatePass(pass));
        }, delivered -> {
            message.set(messages.get("cashier.ui.delivered", delivered.pass().number()));
            preview.accept(delivered.print());
            reload(current.id());
            refresh();
        });
    }

    private record Delivered(GatePass pass, RenderedReport print) {
    }

    private void reload(long orderId) {
        context.background().run(() -> load(orderId), this::show, this::fail);
    }

    /** The manager typed at the desk, confirmed with their password when the step runs. */
    private final class Approver {
        private final String name;
        private final char[] password;
        private final Permission needed;

        Approver(String name, char[] password, Permission needed) {
            this.name = name;
            this.password = password;
            this.needed = needed;
        }

        AuthenticatedUser confirm() {
            if (name.isBlank()) {
                return null;
            }
            return context.authentication().approve(name, password, needed);
        }
    }

    private Approver approver(Permission needed) {
        Approver approver = new Approver(approvalNeeded.get().isEmpty() ? "" : approverName.get(),
                approverPassword.get().toCharArray(), needed);
        approverPassword.set("");
        return approver;
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        message.set("");
        errors.clear();
        context.background().run(work, done, error -> {
            if (error instanceof DiscountApprovalNeededException needs) {
                approvalNeeded.set(messages.of(needs));
            } else if (error instanceof CreditLimitExceededException over) {
                approvalNeeded.set(messages.of(over.byField().get(PaymentInput.AMOUNT)));
            } else if (error instanceof BusinessRuleException refused
                    && "cashier.void.notAllowed".equals(refused.messageKey())) {
                approvalNeeded.set(messages.of(refused));
            } else {
                fail(error);
            }
        });
    }

    private void fail(Throwable error) {
        context.refusals().show(error, errors, message);
    }
}
