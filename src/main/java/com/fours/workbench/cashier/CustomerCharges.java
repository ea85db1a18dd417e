package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.VatSplit;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;

/**
 * What a maker or insurer refused on a claim and the store charges the customer (decision 0112): a
 * customer's bill of the same repair order in the invoice (JS) series, written like the desk's own
 * bills (the year's locked counter, insert-only, audited), so the desk pays, puts on account, refunds
 * and voids it as any bill and the cash-up counts it.
 */
public final class CustomerCharges {

    private CustomerCharges() {
    }

    /**
     * Issues, in the caller's transaction, the customer's bill of {@code amount} (tax included) for the
     * repair order of {@code claimedBillId}, with one fee line described by {@code description}. Returns its id.
     */
    public static long issue(Handle handle, AuditTrail audit, Clock clock, long claimedBillId, String code,
                             String description, Money amount, String reason, AuthenticatedUser user) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A charge must be positive: " + amount);
        }
        CashierDao dao = handle.attach(CashierDao.class);
        Bill claimed = CashierService.requireBill(handle, claimedBillId);
        if (PartsSaleBills.isPartsSale(claimed)) {
            throw new BusinessRuleException("cashier.bill.notFound", String.valueOf(claimedBillId));
        }
        LocalDate day = LocalDate.now(clock);
        PaymentService.requireOpenDay(handle, day);
        String customerName = dao.customer(claimed.customerId()).name();
        BigDecimal vatRate = dao.vatRate().orElse(com.fours.workbench.store.StoreProfile.DEFAULT_VAT_RATE);
        VatSplit vat = amount.splitIncludedVat(vatRate);
        BillLine line = new BillLine(1, null, BillLineKind.FEE, code, description, null, null, BigDecimal.ONE, amount,
                amount, Money.ZERO, amount);
        InvoiceNumber number = InvoiceNumber.next(handle, day.getYear());
        long id = dao.insertBill(number.text(), number.year(), number.sequence(), BillKind.BILL.name(),
                claimed.repairOrderId(), claimed.customerId(), Payer.CUSTOMER.name(), customerName, null,
                BigDecimal.ZERO, vatRate, BigDecimal.ZERO, BigDecimal.ZERO, amount.amount(), BigDecimal.ZERO,
                amount.amount(), vat.net().amount(), vat.tax().amount(), day, user.username(), clock.instant(), null,
                reason, null);
        dao.insertLines(id, List.of(line));
        audit.record(handle, CashierAuditAction.BILL_ISSUED, "bill", number.text(), null,
                "charge of " + claimed.number() + " (" + code + "), payer=" + customerName + ", total="
                        + amount.toPlainString() + ", net=" + vat.net().toPlainString() + ", tax="
                        + vat.tax().toPlainString());
        return id;
    }
}
