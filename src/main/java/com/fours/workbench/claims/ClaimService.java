package com.fours.workbench.claims;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.cashier.Bill;
import com.fours.workbench.cashier.BillLine;
import com.fours.workbench.cashier.BillLineKind;
import com.fours.workbench.cashier.CashierDao;
import com.fours.workbench.cashier.CustomerCharges;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.openitems.Applied;
import com.fours.workbench.receivables.OpenItem;
import com.fours.workbench.receivables.Receipt;
import com.fours.workbench.receivables.ReceiptInput;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.receivables.ReceiptService;
import com.fours.workbench.receivables.ReceivablesAuditAction;
import com.fours.workbench.receivables.ReceivablesDao;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Warranty claims (索赔) to the maker and insurance claims to an insurer: one claim per bill on their
 * account, drafted (its old parts tagged on a shelf), submitted with the payer's claim number, decided
 * (in full, in part, rejected, the refused part absorbed or charged to the customer and taken off
 * the payer's open item) and paid by a receipt of the receivables ledger applied to that item. Each
 * step one transaction, audited; a step out of order is refused and nothing is written.
 */
public final class ClaimService {

    /** Days the maker gives to send old parts back when the user names no day. */
    public static final int DEFAULT_RETURN_DAYS = 30;
    /** The most claims one list shows. */
    public static final int LIST_LIMIT = 500;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public ClaimService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** The claims in these states (all when empty), the longest waiting first. */
    public List<Claim> claims(Collection<ClaimState> states) {
        session.require(Permission.USE_CASHIER);
        List<String> wanted = (states == null || states.isEmpty() ? List.of(ClaimState.values())
                : List.copyOf(states)).stream().map(Enum::name).toList();
        return transactions.read(handle -> handle.attach(ClaimsDao.class).claims(wanted, LIST_LIMIT));
    }

    /** The maker's and insurers' bills on account that have no claim yet. */
    public List<ClaimableBill> claimable() {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.attach(ClaimsDao.class).claimable(LIST_LIMIT));
    }

    public Claim claim(long id) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> find(handle, id));
    }

    public List<ClaimPart> parts(long claimId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.attach(ClaimsDao.class).parts(claimId));
    }

    /** The claim with its bill's lines and old parts, for the print. */
    public ClaimPrint.Summary summary(long claimId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> {
            Claim claim = find(handle, claimId);
            return new ClaimPrint.Summary(claim, handle.attach(CashierDao.class).lines(claim.billId()),
                    handle.attach(ClaimsDao.class).parts(claimId));
        });
    }

    /**
     * Drafts the claim of a maker's or insurer's bill on account for what is still open on it; its
     * parts lines become the old parts kept.
     */
    public Claim draft(long billId, ClaimDraft input) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        LocalDate today = LocalDate.now(clock);
        Checked checked = check(input, today);
        return transactions.inTransaction(handle -> {
            Claim claim = insertDraft(handle, billId, checked, today, user.username());
            audit.record(handle, ClaimsAuditAction.CLAIM_DRAFTED, "claim", claim.number(), null,
                    "bill=" + claim.billNumber() + ", payer=" + claim.payerName() + ", claimed="
                            + claim.claimed().toPlainString() + ", fault=" + claim.faultCode() + ", parts="
                            + handle.attach(ClaimsDao.class).parts(claim.id()).size() + ", place=" + checked.place()
                            + ", returnBy=" + checked.returnBy());
            return claim;
        });
    }

    /** A draft as checked: text cleaned, the return day known. */
    public record Checked(String faultCode, String cause, String assessor, String place, LocalDate returnBy) {
    }

    private static Checked check(ClaimDraft input, LocalDate today) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String fault = errors.check(ClaimDraft.FAULT_CODE, () -> Typed.optionalText(input.faultCode(), 30));
        String cause = errors.check(ClaimDraft.CAUSE, () -> Typed.optionalMultilineText(input.cause(), 500));
        String assessor = errors.check(ClaimDraft.ASSESSOR, () -> Typed.optionalText(input.assessor(), 100));
        String place = errors.check(ClaimDraft.PLACE, () -> Typed.optionalText(input.place(), 60));
        LocalDate returnBy = errors.check(ClaimDraft.RETURN_BY, () -> {
            LocalDate day = Typed.optionalDate(input.returnBy());
            if (day != null && day.isBefore(today)) {
                throw new InvalidValueException("claims.returnBy.past", day);
            }
            return day == null ? today.plusDays(DEFAULT_RETURN_DAYS) : day;
        });
        errors.throwIfAny();
        return new Checked(fault, cause, assessor, place, returnBy);
    }

    /**
     * Writes a checked draft in the caller's transaction (no audit: the demo's too). A warranty claim
     * needs the maker's fault code and the cause, and a shelf when the bill has parts to keep.
     */
    public static Claim insertDraft(Handle handle, long billId, Checked input, LocalDate today, String by) {
        ClaimsDao dao = handle.attach(ClaimsDao.class);
        CashierDao bills = handle.attach(CashierDao.class);
        Bill bill = bills.bill(billId).orElseThrow(() -> new BusinessRuleException("claims.bill.notFound",
                String.valueOf(billId)));
        if (bill.payer() != Payer.WARRANTY && bill.payer() != Payer.INSURANCE) {
            throw new BusinessRuleException("claims.bill.notClaimable", bill.number());
        }
        var earlier = dao.claimOfBill(billId);
        if (earlier.isPresent()) {
            throw new BusinessRuleException("claims.bill.twice", bill.number(), earlier.get());
        }
        ReceivablesDao ledger = handle.attach(ReceivablesDao.class);
        long itemId = ledger.lockItemOfBill(billId).orElseThrow(() -> new BusinessRuleException(
                "claims.bill.notOnAccount", bill.number()));
        OpenItem item = ledger.item(itemId).orElseThrow();
        if (!item.openAmount().isPositive()) {
            throw new BusinessRuleException("claims.bill.settled", bill.number());
        }
        List<BillLine> parts = bills.lines(billId).stream().filter(l -> l.kind() == BillLineKind.PART).toList();
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (bill.payer() == Payer.WARRANTY) {
            if (input.faultCode() == null) {
                errors.reject(ClaimDraft.FAULT_CODE, new InvalidValueException("field.required"));
            }
            if (input.cause() == null) {
                errors.reject(ClaimDraft.CAUSE, new InvalidValueException("field.required"));
            }
        }
        if (!parts.isEmpty() && input.place() == null) {
            errors.reject(ClaimDraft.PLACE, new InvalidValueException("claims.place.required", parts.size()));
        }
        errors.throwIfAny();
        int last = dao.lockCounter() + 1;
        dao.setCounter(last);
        String number = String.format("SP%06d", last);
        long id = dao.insert(number, bill.payer().name(), billId, itemId, item.payerId(), item.openAmount().amount(),
                bill.excess().amount(), input.faultCode(), input.cause(), bill.claimReference(), input.assessor(),
                today, by);
        List<ClaimPart> kept = new ArrayList<>();
        int n = 0;
        for (BillLine line : parts) {
            n++;
            kept.add(new ClaimPart(0, id, n, line.code(), line.description(), line.quantity(), number + "-" + n,
                    input.place(), input.returnBy()));
        }
        if (!kept.isEmpty()) {
            dao.insertParts(kept);
        }
        return dao.claim(id).orElseThrow();
    }

    /** Sends a draft to the maker or insurer under their claim number. */
    public Claim submit(long claimId, int version, String payerClaimNo) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String number = errors.check("claimPayerNumber", () -> Typed.requiredText(payerClaimNo, 60));
        errors.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(handle -> {
            Claim claim = locked(handle, claimId, version, ClaimState.DRAFTED);
            handle.attach(ClaimsDao.class).submit(claimId, version, number, today);
            audit.record(handle, ClaimsAuditAction.CLAIM_SUBMITTED, "claim", claim.number(), "state=DRAFTED",
                    "state=SUBMITTED, payerClaimNo=" + number + ", by=" + user.username());
            return find(handle, claimId);
        });
    }

    /**
     * Records the maker's or assessor's decision. What is refused (claimed less approved) needs a
     * reason and the store's choice, and is taken off the payer's open item so the ledger owes no more
     * than was granted.
     */
    public Claim decide(long claimId, int version, ClaimDecision input) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Money approved = errors.check(ClaimDecision.APPROVED, () -> {
            Money m = Money.parse(input.approved());
            if (m.isNegative()) {
                throw new InvalidValueException("claims.approved.negative");
            }
            return m;
        });
        String reason = errors.check(ClaimDecision.REASON, () -> Typed.optionalMultilineText(input.reason(), 500));
        errors.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(handle -> {
            Claim claim = locked(handle, claimId, version, ClaimState.SUBMITTED);
            if (approved.compareTo(claim.claimed()) > 0) {
                throw new InvalidFieldsException(Map.of(ClaimDecision.APPROVED, new InvalidValueException(
                        "claims.approved.aboveClaimed", approved.toPlainString(), claim.claimed().toPlainString())));
            }
            Money shortfall = claim.claimed().minus(approved);
            ShortfallChoice choice = shortfall.isPositive() ? input.choice() : null;
            if (shortfall.isPositive()) {
                InvalidFieldsException.Collector missing = new InvalidFieldsException.Collector();
                if (reason == null) {
                    missing.reject(ClaimDecision.REASON, new InvalidValueException("claims.reason.required"));
                }
                if (choice == null) {
                    missing.reject(ClaimDecision.CHOICE, new InvalidValueException("claims.choice.required",
                            shortfall.toPlainString()));
                }
                missing.throwIfAny();
            }
            ClaimState state = !shortfall.isPositive() ? ClaimState.APPROVED
                    : approved.isZero() ? ClaimState.REJECTED : ClaimState.PARTLY_APPROVED;
            handle.attach(ClaimsDao.class).decide(claimId, version, state.name(), approved.amount(), reason,
                    choice == null ? null : choice.name(), today);
            if (shortfall.isPositive()
                    && handle.attach(ReceivablesDao.class).changeAmount(claim.itemId(), shortfall.negate().amount()) != 1) {
                throw new BusinessRuleException("claims.shortfall.aboveOpen", claim.number(), shortfall.toPlainString());
            }
            Long charge = null;
            if (choice == ShortfallChoice.CHARGE_CUSTOMER) {
                // the customer's share becomes a bill the desk settles as any other, in the same transaction
                charge = CustomerCharges.issue(handle, audit, clock, claim.billId(), claim.number(),
                        chargeDescription(claim, state), shortfall, reason, user);
                handle.attach(ClaimsDao.class).charged(claimId, charge);
            }
            audit.record(handle, ClaimsAuditAction.CLAIM_DECIDED, "claim", claim.number(),
                    "state=SUBMITTED, claimed=" + claim.claimed().toPlainString(),
                    "state=" + state + ", approved=" + approved.toPlainString() + ", shortfall="
                            + shortfall.toPlainString() + ", choice=" + choice + ", reason=" + reason
                            + (charge == null ? "" : ", chargeBill=" + find(handle, claimId).chargeBillNumber()));
            return find(handle, claimId);
        });
    }

    /** The fee line of the customer's bill: the claim, its payer's number and what was refused (Chinese, as every bill). */
    private static String chargeDescription(Claim claim, ClaimState state) {
        String kind = claim.kind() == Payer.WARRANTY ? "索赔" : "保险理赔";
        String refused = state == ClaimState.REJECTED ? "拒赔" : "部分拒赔";
        String text = kind + refused + "由客户承担 " + claim.number()
                + (claim.payerClaimNo() == null ? "" : "（" + claim.payerClaimNo() + "）") + " 原结算单 " + claim.billNumber();
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /**
     * Records the payer's remittance for an approved claim as a receipt of the ledger applied to the
     * claim's open item; the claim is paid when all that was approved has come.
     */
    public Claim pay(long claimId, int version, ClaimPayment input) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        LocalDate today = LocalDate.now(clock);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Money amount = errors.check(ClaimPayment.AMOUNT, () -> {
            Money m = Money.parse(input.amount());
            if (!m.isPositive()) {
                throw new InvalidValueException("cashier.amount.positive");
            }
            return m;
        });
        String reference = errors.check(ClaimPayment.REFERENCE, () -> Typed.requiredText(input.reference(), 100));
        LocalDate day = errors.check(ClaimPayment.DAY, () -> {
            LocalDate d = Typed.optionalDate(input.day());
            if (d != null && d.isAfter(today)) {
                throw new InvalidValueException("receivables.day.future", d);
            }
            return d == null ? today : d;
        });
        errors.throwIfAny();
        Instant now = clock.instant();
        return transactions.inTransaction(handle -> {
            Claim claim = find(handle, claimId);
            if (!claim.state().payable()) {
                throw new BusinessRuleException("claims.state.jump", claim.number(), claim.state(),
                        ClaimState.APPROVED);
            }
            claim = locked(handle, claimId, version, claim.state());
            if (amount.compareTo(claim.due()) > 0) {
                throw new InvalidFieldsException(Map.of(ClaimPayment.AMOUNT, new InvalidValueException(
                        "claims.paid.aboveApproved", amount.toPlainString(), claim.approved().toPlainString(),
                        claim.paid().toPlainString())));
            }
            Receipt receipt;
            try {
                receipt = ReceiptService.insert(handle, claim.payerId(), ReceiptMethod.BANK_TRANSFER, amount,
                        reference, day, List.of(new Applied(claim.itemId(), amount.amount())),
                        user.username(), now);
            } catch (InvalidFieldsException refused) {
                throw onThisForm(refused);
            }
            ClaimsDao dao = handle.attach(ClaimsDao.class);
            if (dao.pay(claimId, version, amount.amount(), day) != 1) {
                throw new ConcurrentChangeException(claim.number());
            }
            dao.insertPayment(claimId, receipt.id());
            audit.record(handle, ReceivablesAuditAction.RECEIPT_RECORDED, "receipt", receipt.number(), null,
                    "payer=" + claim.payerId() + ", method=BANK_TRANSFER, amount=" + amount.toPlainString()
                            + ", reference=" + reference + ", day=" + day + ", claim=" + claim.number());
            Claim after = find(handle, claimId);
            audit.record(handle, ClaimsAuditAction.CLAIM_PAID, "claim", claim.number(),
                    "state=" + claim.state() + ", paid=" + claim.paid().toPlainString(),
                    "state=" + after.state() + ", paid=" + after.paid().toPlainString() + ", receipt="
                            + receipt.number());
            return after;
        });
    }

    /** The ledger's refusal of the receipt (the same reference twice, more than is open) under this form's fields. */
    private static InvalidFieldsException onThisForm(InvalidFieldsException refused) {
        Map<String, BusinessRuleException> byField = new java.util.LinkedHashMap<>();
        refused.byField().forEach((field, reason) -> byField.put(switch (field) {
            case ReceiptInput.REFERENCE -> ClaimPayment.REFERENCE;
            case ReceiptInput.RECEIVED_ON -> ClaimPayment.DAY;
            default -> ClaimPayment.AMOUNT;
        }, reason));
        return new InvalidFieldsException(byField);
    }

    /** Locks the claim and checks it is where the user saw it: in {@code expected}, at {@code version}. */
    private static Claim locked(Handle handle, long claimId, int version, ClaimState expected) {
        ClaimsDao dao = handle.attach(ClaimsDao.class);
        dao.lock(claimId).orElseThrow(() -> new BusinessRuleException("claims.notFound", String.valueOf(claimId)));
        Claim claim = dao.claim(claimId).orElseThrow();
        if (claim.state() != expected) {
            throw new BusinessRuleException("claims.state.jump", claim.number(), claim.state(), expected);
        }
        if (claim.version() != version) {
            throw new ConcurrentChangeException(claim.number());
        }
        return claim;
    }

    private static Claim find(Handle handle, long claimId) {
        return handle.attach(ClaimsDao.class).claim(claimId).orElseThrow(() -> new BusinessRuleException(
                "claims.notFound", String.valueOf(claimId)));
    }
}
