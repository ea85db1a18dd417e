package com.fours.workbench.cashier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Payments and refunds on issued bills. Several payments may settle one bill; card and e-payments
 * may not take more than is due, cash gives change. Every payment carries its business day: today
 * by the clock, or an earlier day the cash-up has not closed. A day the cash-up closed
 * ({@code cash_day_close}) takes no money any more, in or out.
 */
public final class PaymentService {

    private static final int MAX_REFERENCE = 100;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountLedger ledger;

    public PaymentService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                          AccountLedger ledger) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses money movements into a day the cash-up has closed: "that day is closed". */
    public static void requireOpenDay(Handle handle, LocalDate day) {
        lockDay(handle, day);
        if (handle.attach(CashierDao.class).dayClosed(day)) {
            throw new InvalidFieldsException(Map.of(PaymentInput.BUSINESS_DAY,
                    new InvalidValueException("cashier.dayClosed", day)));
        }
    }

    /**
     * Holds the business day's row until the caller's transaction ends. Every money movement takes it
     * before it checks the day is open, and the cash-up before it closes the day: a close waits for a
     * payment in flight and counts it, a payment after the close waits and is refused.
     */
    public static void lockDay(Handle handle, LocalDate day) {
        CashierDao dao = handle.attach(CashierDao.class);
        dao.ensureDay(day);
        dao.lockDay(day);
    }

    public boolean dayClosed(LocalDate day) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.attach(CashierDao.class).dayClosed(day));
    }

    /** Takes a payment for a bill; returns the bill as it stands after it (the payment with its change last). */
    public BillDetails pay(long billId, PaymentInput input) {
        return pay(billId, input, null);
    }

    /**
     * As above; {@code approver}, a manager who confirmed it at the desk (MANAGE_DISCOUNT_POLICY),
     * lets an on-account amount go beyond the customer's credit limit, audited.
     */
    public BillDetails pay(long billId, PaymentInput input, AuthenticatedUser approver) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        if (input == null) {
            throw new InvalidFieldsException(java.util.Map.of(PaymentInput.AMOUNT,
                    new InvalidValueException("money.invalid.empty")));
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.method() == null) {
            errors.reject(PaymentInput.METHOD, new InvalidValueException("field.required"));
        }
        Money amount = errors.check(PaymentInput.AMOUNT, () -> positive(input.amount()));
        String reference = errors.check(PaymentInput.REFERENCE, () -> Typed.optionalText(input.reference(),
                MAX_REFERENCE));
        LocalDate day = errors.check(PaymentInput.BUSINESS_DAY, () -> businessDay(input.businessDay()));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            Bill bill = lockBill(handle, billId);
            requireOpenDay(handle, day);
            CashierDao dao = handle.attach(CashierDao.class);
            Money due = bill.total().minus(Money.of(dao.paid(billId)));
            if (!due.isPositive()) {
                throw new BusinessRuleException("cashier.payment.nothingDue", bill.number());
            }
            Money taken = amount;
            Money tendered = null;
            Money change = null;
            if (input.method() == PaymentMethod.CASH) {
                tendered = amount;
                taken = amount.compareTo(due) > 0 ? due : amount;
                change = tendered.minus(taken);
            } else if (amount.compareTo(due) > 0) {
                throw new InvalidFieldsException(Map.of(PaymentInput.AMOUNT, new InvalidValueException(
                        "cashier.payment.aboveDue", amount.toPlainString(), due.toPlainString())));
            }
            if (input.method() == PaymentMethod.ON_ACCOUNT && bill.payer() == Payer.CUSTOMER) {
                AccountCustomer account = DiscountPolicyService.account(handle, bill.customerId(), ledger)
                        .orElseThrow(() -> new InvalidFieldsException(Map.of(PaymentInput.METHOD,
                                new InvalidValueException("cashier.account.notAllowed", bill.payerName()))));
                Money after = account.outstanding().plus(taken);
                if (after.compareTo(account.creditLimit()) > 0) {
                    if (approver == null) {
                        throw new CreditLimitExceededException(account.creditLimit(), account.outstanding());
                    }
                    if (!approver.may(Permission.MANAGE_DISCOUNT_POLICY)) {
                        throw new BusinessRuleException("cashier.account.overrideNotAllowed", approver.displayName());
                    }
                    audit.record(handle, CashierAuditAction.CREDIT_LIMIT_OVERRIDDEN, "bill", bill.number(),
                            "limit=" + account.creditLimit().toPlainString() + ", owed="
                                    + account.outstanding().toPlainString(),
                            "onAccount=" + taken.toPlainString() + ", approvedBy=" + approver.username());
                }
            }
            dao.insertPayment(billId, input.method().name(), taken.amount(), tendered == null ? null : tendered.amount(),
                    change == null ? null : change.amount(), reference, null, day, user.username(), clock.instant());
            if (input.method() == PaymentMethod.ON_ACCOUNT) {
                ledger.onAccount(handle, bill, taken, day);
            }
            audit.record(handle, CashierAuditAction.PAYMENT_TAKEN, "bill", bill.number(), "due=" + due.toPlainString(),
                    "method=" + input.method() + ", amount=" + taken.toPlainString()
                            + (change == null ? "" : ", tendered=" + tendered.toPlainString() + ", change="
                                    + change.toPlainString()) + ", day=" + day);
            return CashierService.details(handle, bill);
        });
    }

    /**
     * Gives money back on a bill by the way it was paid: at most what that method took, net of
     * earlier refunds; with a reason.
     */
    public BillDetails refund(long billId, PaymentMethod method, String amount, String reason, String businessDay) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (method == null) {
            errors.reject(PaymentInput.METHOD, new InvalidValueException("field.required"));
        }
        Money refund = errors.check(PaymentInput.AMOUNT, () -> positive(amount));
        String why = errors.check(PaymentInput.REASON, () -> Typed.requiredText(reason, CashierService.MAX_REASON));
        LocalDate day = errors.check(PaymentInput.BUSINESS_DAY, () -> businessDay(businessDay));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            Bill bill = CashierService.requireBill(handle, billId);
            requireOpenDay(handle, day);
            CashierDao dao = handle.attach(CashierDao.class);
            Money byMethod = Money.sum(dao.payments(billId).stream().filter(p -> p.method() == method)
                    .map(Payment::amount).toList());
            if (refund.compareTo(byMethod) > 0) {
                throw new InvalidFieldsException(Map.of(PaymentInput.AMOUNT, new InvalidValueException(
                        "cashier.refund.abovePaid", refund.toPlainString(), byMethod.toPlainString())));
            }
            dao.insertPayment(billId, method.name(), refund.negate().amount(), null, null, null, why, day,
                    user.username(), clock.instant());
            if (method == PaymentMethod.ON_ACCOUNT) {
                ledger.onAccount(handle, bill, refund.negate(), day);
            }
            audit.record(handle, CashierAuditAction.PAYMENT_REFUNDED, "bill", bill.number(),
                    "paidBy" + method + "=" + byMethod.toPlainString(),
                    "refund=" + refund.toPlainString() + ", reason=" + why + ", day=" + day);
            return CashierService.details(handle, bill);
        });
    }

    /** The bill, refused if it is a reversal or voided; its row is locked so two payments on it queue. */
    private static Bill lockBill(Handle handle, long billId) {
        handle.attach(CashierDao.class).lockBill(billId).orElseThrow(() -> new BusinessRuleException("cashier.bill.notFound", String.valueOf(billId)));
        Bill bill = CashierService.requireBill(handle, billId);
        if (bill.reversal() || handle.attach(CashierDao.class).reversed(billId)) {
            throw new BusinessRuleException("cashier.payment.billVoided", bill.number());
        }
        return bill;
    }

    private static Money positive(String typed) {
        Money amount = Money.parse(typed);
        if (!amount.isPositive()) {
            throw new InvalidValueException("cashier.amount.positive");
        }
        return amount;
    }

    private LocalDate businessDay(String typed) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = Typed.optionalDate(typed);
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("cashier.businessDay.future", day);
        }
        return day;
    }
}
