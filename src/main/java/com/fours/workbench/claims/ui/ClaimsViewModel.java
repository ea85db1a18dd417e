package com.fours.workbench.claims.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

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
import com.fours.workbench.ui.FieldErrors;

/**
 * Claims to the maker and insurers: the list by state, the longest waiting first with its age; the
 * bills on their account still without a claim; the chosen claim's next step (submit, decide, pay)
 * and its summary printed. Never touches a control.
 */
public final class ClaimsViewModel {

    /** The list's filter: the claims still waiting for something, or one state, or all. */
    public enum ClaimList {
        WAITING, DRAFTED, SUBMITTED, APPROVED, PARTLY_APPROVED, REJECTED, PAID, ALL;

        Set<ClaimState> states() {
            return switch (this) {
                case WAITING -> Set.of(ClaimState.DRAFTED, ClaimState.SUBMITTED, ClaimState.APPROVED,
                        ClaimState.PARTLY_APPROVED);
                case ALL -> Set.of();
                default -> Set.of(ClaimState.valueOf(name()));
            };
        }
    }

    private final ClaimsContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final ObservableList<ClaimableBill> bills = FXCollections.observableArrayList();
    private final ObservableList<ClaimPart> parts = FXCollections.observableArrayList();
    private final ObjectProperty<ClaimList> filter = new SimpleObjectProperty<>(this, "filter", ClaimList.WAITING);
    private final ObjectProperty<Claim> claim = new SimpleObjectProperty<>(this, "claim");
    private final ObjectProperty<ClaimableBill> bill = new SimpleObjectProperty<>(this, "bill");
    private final StringProperty faultCode = new SimpleStringProperty(this, "faultCode", "");
    private final StringProperty cause = new SimpleStringProperty(this, "cause", "");
    private final StringProperty assessor = new SimpleStringProperty(this, "assessor", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final ObjectProperty<LocalDate> returnBy = new SimpleObjectProperty<>(this, "returnBy");
    private final StringProperty payerNumber = new SimpleStringProperty(this, "payerNumber", "");
    private final StringProperty approved = new SimpleStringProperty(this, "approved", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ObjectProperty<ShortfallChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final StringProperty paidAmount = new SimpleStringProperty(this, "paidAmount", "");
    private final StringProperty paidReference = new SimpleStringProperty(this, "paidReference", "");
    private final ObjectProperty<LocalDate> paidDay = new SimpleObjectProperty<>(this, "paidDay");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();

    public ClaimsViewModel(ClaimsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        filter.addListener((obs, old, now) -> refresh());
        claim.addListener((obs, old, now) -> showClaim(now));
    }

    public ObservableList<Claim> claims() { return claims; }
    public ObservableList<ClaimableBill> bills() { return bills; }
    public ObservableList<ClaimPart> parts() { return parts; }
    public ObjectProperty<ClaimList> filterProperty() { return filter; }
    public ObjectProperty<Claim> claimProperty() { return claim; }
    public ObjectProperty<ClaimableBill> billProperty() { return bill; }
    public StringProperty faultCodeProperty() { return faultCode; }
    public StringProperty causeProperty() { return cause; }
    public StringProperty assessorProperty() { return assessor; }
    public StringProperty placeProperty() { return place; }
    public ObjectProperty<LocalDate> returnByProperty() { return returnBy; }
    public StringProperty payerNumberProperty() { return payerNumber; }
    public StringProperty approvedProperty() { return approved; }
    public StringProperty reasonProperty() { return reason; }
    public ObjectProperty<ShortfallChoice> choiceProperty() { return choice; }
    public StringProperty paidAmountProperty() { return paidAmount; }
    public StringProperty paidReferenceProperty() { return paidReference; }
    public ObjectProperty<LocalDate> paidDayProperty() { return paidDay; }
    public StringProperty messageProperty() { return message; }
    public StringProperty detailProperty() { return detail; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }

    /** Reads the list and the bills without a claim again, keeping the chosen claim. */
    public void refresh() {
        Long chosen = claim.get() == null ? null : claim.get().id();
        Set<ClaimState> states = filter.get().states();
        busy.set(true);
        context.background().run(() -> new Lists(context.claims().claims(states), context.claims().claimable()),
                loaded -> {
                    busy.set(false);
                    claims.setAll(loaded.claims());
                    bills.setAll(loaded.bills());
                    claim.set(loaded.claims().stream().filter(c -> chosen != null && c.id() == chosen).findFirst()
                            .orElse(null));
                }, this::fail);
    }

    private record Lists(List<Claim> claims, List<ClaimableBill> bills) {
    }

    /** Days the claim has waited (since sent, or since drafted). */
    public long age(Claim c) {
        return c.ageDays(LocalDate.now(context.clock()));
    }

    private void showClaim(Claim c) {
        parts.clear();
        errors.clear();
        if (c == null) {
            detail.set("");
            return;
        }
        payerNumber.set(c.payerClaimNo() == null ? "" : c.payerClaimNo());
        approved.set(c.state() == ClaimState.SUBMITTED ? c.claimed().toPlainString() : "");
        paidAmount.set(c.state().payable() ? c.due().toPlainString() : "");
        detail.set(describe(c));
        context.background().run(() -> context.claims().parts(c.id()), loaded -> {
            if (claim.get() != null && claim.get().id() == c.id()) {
                parts.setAll(loaded);
            }
        }, this::fail);
    }

    /** The claim in one paragraph: state, money, what was refused and what the store does with it. */
    public String describe(Claim c) {
        String text = messages.get("claims.ui.detail", c.number(), messages.of(c.state()), c.payerName(),
                formats.money(c.claimed()), c.approved() == null ? "-" : formats.money(c.approved()),
                formats.money(c.paid()));
        if (c.shortfall().isPositive()) {
            text += " " + messages.get("claims.ui.detailShortfall", formats.money(c.shortfall()),
                    messages.of(c.shortfallChoice()), c.reason());
        }
        if (c.chargeBillNumber() != null) {
            text += " " + (c.chargeDue().isPositive()
                    ? messages.get("claims.ui.detailCharge", c.chargeBillNumber(), formats.money(c.chargeDue()))
                    : messages.get("claims.ui.detailChargePaid", c.chargeBillNumber()));
        }
        if (c.excess().isPositive()) {
            text += " " + messages.get("claims.ui.detailExcess", formats.money(c.excess()));
        }
        return text;
    }

    /** Drafts the claim of the chosen bill. */
    public void draft() {
        ClaimableBill chosen = bill.get();
        if (chosen == null || busy.get()) {
            return;
        }
        ClaimDraft input = new ClaimDraft(faultCode.get(), cause.get(), assessor.get(), place.get(),
                returnBy.get() == null ? "" : returnBy.get().toString());
        step(() -> context.claims().draft(chosen.billId(), input), done -> {
            message.set(messages.get("claims.ui.drafted", done.number(), chosen.billNumber()));
            faultCode.set("");
            cause.set("");
            assessor.set("");
            place.set("");
            returnBy.set(null);
        });
    }

    public void submit() {
        Claim chosen = claim.get();
        if (chosen == null || busy.get()) {
            return;
        }
        String number = payerNumber.get();
        step(() -> context.claims().submit(chosen.id(), chosen.version(), number),
                done -> message.set(messages.get("claims.ui.submitted", done.number(), done.payerClaimNo())));
    }

    public void decide() {
        Claim chosen = claim.get();
        if (chosen == null || busy.get()) {
            return;
        }
        ClaimDecision input = new ClaimDecision(approved.get(), reason.get(), choice.get());
        step(() -> context.claims().decide(chosen.id(), chosen.version(), input), done -> {
            message.set(messages.get("claims.ui.decided", done.number(), messages.of(done.state()),
                    formats.money(done.approved()), formats.money(done.shortfall())));
            reason.set("");
            choice.set(null);
        });
    }

    public void pay() {
        Claim chosen = claim.get();
        if (chosen == null || busy.get()) {
            return;
        }
        ClaimPayment input = new ClaimPayment(paidAmount.get(), paidReference.get(),
                paidDay.get() == null ? "" : paidDay.get().toString());
        step(() -> context.claims().pay(chosen.id(), chosen.version(), input), done -> {
            message.set(messages.get("claims.ui.paid", done.number(), formats.money(done.paid()),
                    messages.of(done.state())));
            paidReference.set("");
            paidDay.set(null);
        });
    }

    /** The chosen claim's summary for the maker or insurer. */
    public void print(Consumer<RenderedReport> show) {
        Claim chosen = claim.get();
        if (chosen == null) {
            return;
        }
        context.background().run(() -> context.print().render(context.claims().summary(chosen.id()), messages), show,
                this::fail);
    }

    private void step(java.util.concurrent.Callable<Claim> work, Consumer<Claim> after) {
        message.set("");
        errors.clear();
        busy.set(true);
        context.background().run(work, done -> {
            busy.set(false);
            after.accept(done);
            claim.set(done);
            refresh();
        }, this::fail);
    }

    private void fail(Throwable error) {
        busy.set(false);
        context.refusals().show(error, errors, message);
    }
}
