package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.VatSplit;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;

/**
 * The bills of parts sales (decision 0103), issued in the caller's transaction: rows of {@code bill}
 * like a repair order's, so payment, on-account, refunds, the cash-up and the receivables ledger treat
 * them as every bill; numbered in their own gapless series ({@code XS2026-000001}) by the same
 * counter mechanism as the JS invoice numbers. A void is a reversal in the same series; a return is a
 * credit bill (kind CREDIT, negated lines) whose refund is a negative payment on it.
 */
public final class PartsSaleBills {

    public static final String BILL_SERIES = "XS";
    public static final String ORDER_SERIES = "XD";

    private PartsSaleBills() {
    }

    /** A number of one of the parts sales' series: series + year + {@code -} + six digits. */
    public record Number(String series, int year, int sequence) {
        public String text() {
            return String.format("%s%d-%06d", series, year, sequence);
        }
    }

    /** A part as billed: the unit price is the agreed price per unit, tax included. */
    public record SaleLine(String code, String description, String brandSpec, String unit, BigDecimal quantity,
                           Money unitPrice) {
        Money amount() {
            return unitPrice.times(quantity);
        }
    }

    /** The next number of the series for the year; the counter row stays locked until the transaction ends. */
    public static Number next(Handle handle, String series, int year) {
        PartsSaleBillDao dao = handle.attach(PartsSaleBillDao.class);
        dao.ensureCounter(series, year);
        if (dao.advanceCounter(series, year) != 1) {
            throw new IllegalStateException("No " + series + " counter for " + year);
        }
        return new Number(series, year, dao.lastNumber(series, year));
    }

    /**
     * Issues the bill of a picked sales order with a manual discount (zero for none) spread over its
     * lines. The discount is held to the user's limit as at the repair desk (decision 45): above it,
     * {@link DiscountApprovalNeededException}, and a user with APPROVE_DISCOUNTS confirms as
     * {@code approver}. Returns the bill's id.
     */
    public static long issue(Handle handle, AuditTrail audit, Clock clock, long saleId, String saleNumber, Long customerId,
                             String payerName, List<SaleLine> sold, Money manualDiscount, String reason,
                             AuthenticatedUser user, AuthenticatedUser approver) {
        Money limit = CashierService.limitOf(handle, user);
        String approvedBy = null;
        if (manualDiscount.compareTo(limit) > 0) {
            if (approver == null) {
                throw new DiscountApprovalNeededException(manualDiscount, limit);
            }
            if (!approver.may(Permission.APPROVE_DISCOUNTS)) {
                throw new BusinessRuleException("cashier.discount.approverNotAllowed", approver.displayName());
            }
            approvedBy = approver.username();
        }
        LocalDate day = LocalDate.now(clock);
        PaymentService.requireOpenDay(handle, day);
        Issued issued = insert(handle, saleId, customerId, payerName, sold, manualDiscount, day, user.username(),
                clock.instant());
        long id = issued.id();
        Number number = issued.number();
        Money total = issued.total();
        VatSplit vat = issued.vat();
        CashierDao dao = handle.attach(CashierDao.class);
        if (manualDiscount.isPositive()) {
            dao.insertDiscount(id, DiscountKind.MANUAL.name(), manualDiscount.amount(), null, reason, user.username(),
                    approvedBy);
            audit.record(handle, CashierAuditAction.DISCOUNT_GIVEN, "bill", number.text(), null,
                    "kind=MANUAL, amount=" + manualDiscount.toPlainString() + (reason == null ? "" : ", reason=" + reason)
                            + (approvedBy == null ? "" : ", approvedBy=" + approvedBy));
        }
        audit.record(handle, CashierAuditAction.BILL_ISSUED, "bill", number.text(), null,
                "partsSale=" + saleNumber + ", payer=" + payerName + ", total=" + total.toPlainString() + ", net="
                        + vat.net().toPlainString() + ", tax=" + vat.tax().toPlainString());
        return id;
    }

    /** A bill as written: its id and number, its total and VAT. */
    public record Issued(long id, Number number, Money total, VatSplit vat) {
    }

    /**
     * Writes a parts-sale bill from checked input in the caller's transaction, by {@code username}, without
     * a session, an audit row or a limit check: {@link #issue} does those, and the demo (nobody logged in)
     * calls this directly. The discount is spread over the lines; the total is the sum of the lines.
     */
    public static Issued insert(Handle handle, long saleId, Long customerId, String payerName, List<SaleLine> sold,
                                Money manualDiscount, LocalDate day, String username, Instant at) {
        List<BillLine> lines = new ArrayList<>();
        for (SaleLine s : sold) {
            Money amount = s.amount();
            lines.add(new BillLine(lines.size() + 1, null, BillLineKind.PART, s.code(), s.description(), s.brandSpec(),
                    s.unit(), s.quantity(), s.unitPrice(), amount, Money.ZERO, amount));
        }
        Money gross = SettlementCalculator.sum(lines);
        if (manualDiscount.compareTo(gross) > 0) {
            throw new BusinessRuleException("partsSale.discount.aboveTotal", manualDiscount.toPlainString(),
                    gross.toPlainString());
        }
        List<Money> shares = SettlementCalculator.spread(manualDiscount, lines.stream().map(BillLine::amount).toList());
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i).withDiscount(shares.get(i)));
        }
        Money total = SettlementCalculator.sum(lines);
        BigDecimal vatRate = vatRate(handle);
        VatSplit vat = total.splitIncludedVat(vatRate);
        Number number = next(handle, BILL_SERIES, day.getYear());
        long id = handle.attach(PartsSaleBillDao.class).insertBill(number.text(), number.series(), number.year(),
                number.sequence(), BillKind.BILL.name(), saleId, customerId, payerName, vatRate, gross.amount(),
                manualDiscount.amount(), total.amount(), vat.net().amount(), vat.tax().amount(), day, username, at, null,
                null, null);
        handle.attach(CashierDao.class).insertLines(id, lines);
        return new Issued(id, number, total, vat);
    }

    /** The reversal (红字) of a parts-sale bill, numbered in the parts sales' series; called by the desk's void. */
    static long reverse(Handle handle, Bill bill, LocalDate day, String issuedBy, Instant at, String reason,
                        String confirmedBy) {
        long saleId = handle.attach(PartsSaleBillDao.class).saleIdOfBill(bill.id()).orElseThrow();
        Number number = next(handle, BILL_SERIES, day.getYear());
        long id = handle.attach(PartsSaleBillDao.class).insertBill(number.text(), number.series(), number.year(),
                number.sequence(), BillKind.REVERSAL.name(), saleId, customerOf(bill), bill.payerName(), bill.vatRate(),
                bill.partsAmount().negate().amount(), bill.discountAmount().negate().amount(),
                bill.total().negate().amount(), bill.net().negate().amount(), bill.tax().negate().amount(), day, issuedBy,
                at, bill.id(), reason, confirmedBy);
        CashierDao dao = handle.attach(CashierDao.class);
        dao.insertLines(id, dao.lines(bill.id()).stream().map(BillLine::negated).toList());
        return id;
    }

    /** A bill with its lines and payments, read in the caller's transaction. */
    public static BillDetails details(Handle handle, long billId) {
        return CashierService.details(handle, CashierService.requireBill(handle, billId));
    }

    /** Whether a bill is a parts sale's (it has no repair order). */
    public static boolean isPartsSale(Bill bill) {
        return bill.repairOrderId() == 0;
    }

    /**
     * A return of sold parts: a credit bill (kind CREDIT, in the XS series) with the returned quantities
     * of the bill's lines at what the customer paid for them (the discount share comes back too), and
     * the money given back on it in the way the bill was paid: off the open item when it was put on
     * account, else by the method that took most. The bill must be live and paid in full.
     * {@code returned} maps a bill line number to the quantity coming back. Returns the credit bill.
     */
    public static BillDetails credit(Handle handle, AuditTrail audit, Clock clock, AccountLedger ledger, long billId,
                                     Map<Integer, BigDecimal> returned, String reason, AuthenticatedUser user) {
        CashierDao dao = handle.attach(CashierDao.class);
        dao.lockBill(billId).orElseThrow(() -> new BusinessRuleException("cashier.bill.notFound", String.valueOf(billId)));
        Bill bill = CashierService.requireBill(handle, billId);
        BillDetails details = CashierService.details(handle, bill);
        if (!details.live() || bill.kind() != BillKind.BILL) {
            throw new BusinessRuleException("partsSale.return.billNotLive", bill.number());
        }
        if (details.due().isPositive()) {
            throw new BusinessRuleException("partsSale.return.billUnpaid", bill.number(), details.due().toPlainString());
        }
        List<BillLine> credit = new ArrayList<>();
        for (BillLine line : details.lines()) {
            BigDecimal q = returned.get(line.lineNo());
            if (q == null || q.signum() == 0) {
                continue;
            }
            Money amount = line.unitPrice().times(q);
            Money total = Money.of(line.total().amount().multiply(q).divide(line.quantity(), 2, RoundingMode.HALF_UP));
            credit.add(new BillLine(credit.size() + 1, null, BillLineKind.PART, line.code(), line.description(),
                    line.brandSpec(), line.unit(), q.negate(), line.unitPrice(), amount.negate(),
                    amount.minus(total).negate(), total.negate()));
        }
        Money total = SettlementCalculator.sum(credit);
        Money discount = Money.sum(credit.stream().map(BillLine::discount).toList());
        Money parts = Money.sum(credit.stream().map(BillLine::amount).toList());
        LocalDate day = LocalDate.now(clock);
        PaymentService.requireOpenDay(handle, day);
        VatSplit vat = total.splitIncludedVat(bill.vatRate());
        Number number = next(handle, BILL_SERIES, day.getYear());
        long saleId = handle.attach(PartsSaleBillDao.class).saleIdOfBill(billId).orElseThrow();
        Instant now = clock.instant();
        long id = handle.attach(PartsSaleBillDao.class).insertBill(number.text(), number.series(), number.year(),
                number.sequence(), BillKind.CREDIT.name(), saleId, customerOf(bill), bill.payerName(), bill.vatRate(),
                parts.amount(), discount.amount(), total.amount(), vat.net().amount(), vat.tax().amount(), day,
                user.username(), now, null, reason, null);
        dao.insertLines(id, credit);
        PaymentMethod method = refundMethod(details);
        Money refund = total.negate();
        if (method == PaymentMethod.ON_ACCOUNT) {
            ledger.onAccount(handle, bill, total, day);
        }
        dao.insertPayment(id, method.name(), total.amount(), null, null, null, reason, day, user.username(), now);
        audit.record(handle, CashierAuditAction.BILL_ISSUED, "bill", number.text(), null,
                "credit of " + bill.number() + ", total=" + total.toPlainString() + ", reason=" + reason);
        audit.record(handle, CashierAuditAction.PAYMENT_REFUNDED, "bill", number.text(), null,
                "method=" + method + ", amount=" + refund.toPlainString() + ", day=" + day);
        return CashierService.details(handle, CashierService.requireBill(handle, id));
    }

    private static PaymentMethod refundMethod(BillDetails details) {
        PaymentMethod best = null;
        Money most = Money.ZERO;
        for (PaymentMethod m : PaymentMethod.values()) {
            Money by = Money.sum(details.payments().stream().filter(p -> p.method() == m).map(Payment::amount).toList());
            if (by.compareTo(most) > 0) {
                best = m;
                most = by;
            }
        }
        if (best == null) {
            throw new BusinessRuleException("partsSale.return.billUnpaid", details.number(), details.due().toPlainString());
        }
        return best;
    }

    private static Long customerOf(Bill bill) {
        return bill.customerId() == 0 ? null : bill.customerId();
    }

    private static BigDecimal vatRate(Handle handle) {
        return handle.attach(CashierDao.class).vatRate().orElse(com.fours.workbench.store.StoreProfile.DEFAULT_VAT_RATE);
    }
}
