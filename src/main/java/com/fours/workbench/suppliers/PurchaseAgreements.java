package com.fours.workbench.suppliers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.OrderWarning;
import com.fours.workbench.parts.PurchaseTerms;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Purchase agreements (采购协议): entered by a permitted role, one valid at a time per supplier; the
 * agreed prices and the warnings purchasing asks for ({@link PurchaseTerms}), the agreements that
 * end soon, and the payment terms the payables read.
 */
public final class PurchaseAgreements implements PurchaseTerms {

    /** Agreements ending within this many days are listed as expiring. */
    public static final int EXPIRING_WITHIN_DAYS = 30;
    private static final int MAX_DAYS = 3650;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public PurchaseAgreements(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The payment terms (days after the invoice) of the supplier's agreement valid on the day; empty
     * when none is valid. Public for the payables (no permission: the caller has checked its own).
     */
    public Optional<Integer> paymentTermsDays(long supplierId, LocalDate onDate) {
        return transactions.read(handle -> paymentTermsDays(handle, supplierId, onDate));
    }

    /** The same in the caller's transaction. */
    public static Optional<Integer> paymentTermsDays(Handle handle, long supplierId, LocalDate onDate) {
        return handle.attach(SuppliersDao.class).validOn(supplierId, onDate).map(SuppliersDao.AgreementRow::paymentDays);
    }

    public PurchaseAgreement create(AgreementInput input) {
        session.require(Permission.MANAGE_PURCHASE_AGREEMENTS);
        String user = session.requireUser().username();
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String number = errors.check(AgreementInput.NUMBER, () -> Typed.requiredText(input.number(), 30));
        LocalDate from = errors.check(AgreementInput.VALID_FROM, () -> requiredDate(input.validFrom()));
        LocalDate to = errors.check(AgreementInput.VALID_TO, () -> requiredDate(input.validTo()));
        if (from != null && to != null && to.isBefore(from)) {
            errors.reject(AgreementInput.VALID_TO, new InvalidValueException("agreement.endBeforeStart"));
        }
        Integer paymentDays = errors.check(AgreementInput.PAYMENT_DAYS, () -> requiredDays(input.paymentDays()));
        Integer leadDays = errors.check(AgreementInput.LEAD_DAYS, () -> requiredDays(input.leadDays()));
        String notes = Typed.optionalText(input.notes(), 300);
        List<SuppliersDao.StoredPrice> prices = new ArrayList<>();
        Set<Long> parts = new HashSet<>();
        for (AgreementInput.PriceInput price : input.prices()) {
            Money amount = errors.check(AgreementInput.PRICE, () -> agreedPrice(price.unitPrice()));
            if (!parts.add(price.partId())) {
                errors.reject(AgreementInput.PRICE, new InvalidValueException("agreement.partTwice"));
            }
            if (amount != null) {
                prices.add(new SuppliersDao.StoredPrice(0, price.partId(), amount.amount()));
            }
        }
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            SuppliersDao dao = handle.attach(SuppliersDao.class);
            SuppliersDao.SupplierRow supplier = dao.supplier(input.supplierId())
                    .orElseThrow(() -> new BusinessRuleException("supplier.notFound", String.valueOf(input.supplierId())));
            if (dao.numbered(number) > 0) {
                throw new InvalidFieldsException(java.util.Map.of(AgreementInput.NUMBER,
                        new InvalidValueException("agreement.numberTaken", number)));
            }
            for (SuppliersDao.StoredPrice price : prices) {
                requirePart(dao, price.partId());
            }
            List<String> overlapping = dao.overlapping(supplier.id(), from, to);
            if (!overlapping.isEmpty()) {
                throw new BusinessRuleException("agreement.overlaps", supplier.name(), String.join(", ", overlapping));
            }
            long id = dao.insertAgreement(number, supplier.id(), from, to, paymentDays, leadDays, notes, user,
                    clock.instant());
            dao.insertPrices(prices.stream().map(p -> new SuppliersDao.StoredPrice(id, p.partId(), p.unitPrice())).toList());
            audit.record(handle, SupplierAuditAction.AGREEMENT_CREATED, "purchase_agreement", id, null,
                    number + " " + supplier.code() + " " + from + ".." + to + " pay " + paymentDays + "d lead "
                            + leadDays + "d, " + prices.size() + " prices");
            return load(handle, id);
        });
    }

    /** Sets (or adds) the agreed price of a part; audited with the price before. */
    public PurchaseAgreement setPrice(long agreementId, int expectedVersion, long partId, String typedPrice) {
        session.require(Permission.MANAGE_PURCHASE_AGREEMENTS);
        Money price;
        try {
            price = agreedPrice(typedPrice);
        } catch (BusinessRuleException e) {
            throw new InvalidFieldsException(java.util.Map.of(AgreementInput.PRICE, e));
        }
        return transactions.inTransaction(handle -> {
            SuppliersDao dao = handle.attach(SuppliersDao.class);
            PurchaseAgreement before = load(handle, agreementId);
            if (dao.touch(agreementId, expectedVersion) == 0) {
                throw new ConcurrentChangeException(before.agreementNumber());
            }
            Optional<AgreedPrice> old = before.prices().stream().filter(p -> p.partId() == partId).findFirst();
            if (old.isEmpty()) {
                requirePart(dao, partId);
            }
            if (old.isPresent()) {
                dao.updatePrice(agreementId, partId, price.amount());
            } else {
                dao.insertPrices(List.of(new SuppliersDao.StoredPrice(agreementId, partId, price.amount())));
            }
            PurchaseAgreement after = load(handle, agreementId);
            String part = after.prices().stream().filter(p -> p.partId() == partId).findFirst()
                    .map(AgreedPrice::partNumber).orElse(String.valueOf(partId));
            audit.record(handle, SupplierAuditAction.AGREEMENT_PRICE_SET, "purchase_agreement", agreementId,
                    old.map(p -> part + " " + p.unitPrice().toPlainString()).orElse(null),
                    part + " " + price.amount().toPlainString());
            return after;
        });
    }

    private static void requirePart(SuppliersDao dao, long partId) {
        if (dao.partCount(partId) == 0) {
            throw new BusinessRuleException("part.notFound", String.valueOf(partId));
        }
    }

    public List<PurchaseAgreement> agreements() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> {
            SuppliersDao dao = handle.attach(SuppliersDao.class);
            return dao.agreements().stream().map(row -> row.with(dao.prices(row.id()))).toList();
        });
    }

    /** Agreements ending from today to {@value #EXPIRING_WITHIN_DAYS} days on, the soonest first. */
    public List<PurchaseAgreement> expiring() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        LocalDate today = LocalDate.now(clock);
        return transactions.read(handle -> handle.attach(SuppliersDao.class)
                .ending(today, today.plusDays(EXPIRING_WITHIN_DAYS)).stream().map(row -> row.with(List.of())).toList());
    }

    static PurchaseAgreement load(Handle handle, long id) {
        SuppliersDao dao = handle.attach(SuppliersDao.class);
        return dao.agreement(id).orElseThrow(() -> new BusinessRuleException("agreement.notFound", String.valueOf(id)))
                .with(dao.prices(id));
    }

    // ---- what purchasing asks

    @Override
    public Optional<BigDecimal> agreedPrice(Handle handle, long supplierId, long partId, LocalDate onDate) {
        return handle.attach(SuppliersDao.class).agreedPrice(supplierId, partId, onDate);
    }

    /**
     * An order to a supplier whose agreements have all ended warns once for the whole order (a
     * supplier that never had one does not: buying without an agreement is allowed); a line priced
     * above the valid agreement's price warns on that line.
     */
    @Override
    public List<OrderWarning> warnings(Handle handle, long supplierId, List<OrderLineInput> lines, LocalDate onDate) {
        SuppliersDao dao = handle.attach(SuppliersDao.class);
        List<OrderWarning> warnings = new ArrayList<>();
        Optional<SuppliersDao.AgreementRow> valid = dao.validOn(supplierId, onDate);
        if (valid.isEmpty()) {
            dao.lastEndedBefore(supplierId, onDate).ifPresent(ended -> warnings.add(new OrderWarning(null,
                    "agreement.warn.expired", List.of(ended.agreementNumber(), ended.validTo().toString()))));
            return warnings;
        }
        List<AgreedPrice> prices = dao.prices(valid.get().id());
        for (int i = 0; i < lines.size(); i++) {
            OrderLineInput line = lines.get(i);
            if (line == null || line.unitPrice() == null) {
                continue;
            }
            for (AgreedPrice agreed : prices) {
                if (agreed.partId() == line.partId() && line.unitPrice().amount().compareTo(agreed.unitPrice()) > 0) {
                    warnings.add(new OrderWarning(i, "agreement.warn.aboveAgreed", List.of(agreed.partNumber(),
                            line.unitPrice().amount().toPlainString(), agreed.unitPrice().toPlainString(),
                            valid.get().agreementNumber())));
                }
            }
        }
        return warnings;
    }

    // ---- checks of what was typed

    static LocalDate requiredDate(String typed) {
        LocalDate day = Typed.optionalDate(typed);
        if (day == null) {
            throw new InvalidValueException("field.required");
        }
        return day;
    }

    static Integer requiredDays(String typed) {
        Integer days = Typed.optionalWholeNumber(typed, MAX_DAYS);
        if (days == null) {
            throw new InvalidValueException("field.required");
        }
        return days;
    }

    /** An agreed price: at most two decimals (a third is refused, never rounded), not negative. */
    static Money agreedPrice(String typed) {
        Money price = Money.parse(typed);
        if (price.isNegative()) {
            throw new InvalidValueException("price.invalid.negative");
        }
        return price.storable();
    }
}
