package com.fours.workbench.suppliers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The supplier evaluation (供应商评价) of a period, decision 0111:
 * <ul>
 * <li>on time: a delivery against an order is on time when it comes on or before the order day
 * (sent, or written if never sent) plus the lead time of the agreement valid that day, or the
 * store's default lead time without one; counted per delivery received in the period;</li>
 * <li>fill rate: of the orders sent in the period and due by today (order day + lead time, as for on
 * time), what had come by the period's end, or by the due day when that is later, over what was
 * ordered (a line counts at most its ordered quantity), per line and overall; an order not yet due
 * is left out, not counted unfilled;</li>
 * <li>price: each received line against the agreed price valid that day, or the ordered price
 * without one; the rate is the share of lines at or below it, the difference its sum in yuan;</li>
 * <li>faulty returns: RETURN_TO_SUPPLIER movements of the period naming the receipt they came with,
 * over the quantity received in the period; the rate counts 100 minus the returned share.</li>
 * </ul>
 * The score is the weighted mean of the rates that have data, with the store's weights.
 */
public final class SupplierEvaluation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_WEIGHT = 100;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public SupplierEvaluation(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public ScoreWeights weights() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(SuppliersDao.class).weights());
    }

    /** Saves the weights as typed (whole numbers 0-100, at least one above zero) and the default lead time. */
    public ScoreWeights saveWeights(String onTime, String fillRate, String price, String returns, String defaultLeadDays,
                                    int expectedVersion) {
        session.require(Permission.MANAGE_PURCHASE_AGREEMENTS);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Integer w1 = errors.check(ScoreWeights.ON_TIME, () -> weight(onTime));
        Integer w2 = errors.check(ScoreWeights.FILL_RATE, () -> weight(fillRate));
        Integer w3 = errors.check(ScoreWeights.PRICE, () -> weight(price));
        Integer w4 = errors.check(ScoreWeights.RETURNS, () -> weight(returns));
        Integer lead = errors.check(ScoreWeights.DEFAULT_LEAD_DAYS, () -> PurchaseAgreements.requiredDays(defaultLeadDays));
        errors.throwIfAny();
        if (w1 + w2 + w3 + w4 == 0) {
            throw new BusinessRuleException("evaluation.weightsAllZero");
        }
        return transactions.inTransaction(handle -> {
            SuppliersDao dao = handle.attach(SuppliersDao.class);
            ScoreWeights before = dao.weights();
            if (dao.saveWeights(w1, w2, w3, w4, lead, expectedVersion) == 0) {
                throw new ConcurrentChangeException("supplier_score_weights");
            }
            ScoreWeights after = dao.weights();
            audit.record(handle, SupplierAuditAction.SCORE_WEIGHTS_CHANGED, "supplier_score_weights", 1,
                    before.toString(), after.toString());
            return after;
        });
    }

    private static Integer weight(String typed) {
        Integer value = Typed.optionalWholeNumber(typed, MAX_WEIGHT);
        if (value == null) {
            throw new InvalidValueException("field.required");
        }
        return value;
    }

    /** Every supplier with something to measure in the period (days from-to, both included), best score first. */
    public List<SupplierScore> evaluate(LocalDate from, LocalDate to) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        if (from == null || to == null) {
            throw new InvalidValueException("field.required");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("evaluation.endBeforeStart");
        }
        return transactions.read(handle -> evaluate(handle, from, to, LocalDate.now(clock), clock.getZone()));
    }

    /** One supplier's figures for the period (with nothing measured when it had no business then). */
    public SupplierScore scorecard(long supplierId, LocalDate from, LocalDate to) {
        List<SupplierScore> all = evaluate(from, to);
        return all.stream().filter(s -> s.supplierId() == supplierId).findFirst().orElseGet(() -> transactions.read(
                handle -> {
                    SuppliersDao.SupplierRow row = handle.attach(SuppliersDao.class).supplier(supplierId).orElseThrow(
                            () -> new BusinessRuleException("supplier.notFound", String.valueOf(supplierId)));
                    return new Builder(row, from, to).build(handle.attach(SuppliersDao.class).weights());
                }));
    }

    static List<SupplierScore> evaluate(Handle handle, LocalDate from, LocalDate to, LocalDate today, ZoneId zone) {
        SuppliersDao dao = handle.attach(SuppliersDao.class);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        ScoreWeights weights = dao.weights();
        List<SuppliersDao.AgreementRow> agreements = dao.agreements();
        Map<Long, Map<Long, BigDecimal>> pricesByAgreement = new HashMap<>();
        for (AgreedPrice p : dao.allPrices()) {
            pricesByAgreement.computeIfAbsent(p.agreementId(), k -> new HashMap<>()).put(p.partId(), p.unitPrice());
        }
        Map<Long, SuppliersDao.SupplierRow> suppliers = new HashMap<>();
        dao.suppliers().forEach(s -> suppliers.put(s.id(), s));
        Map<Long, Builder> builders = new LinkedHashMap<>();
        java.util.function.Function<Long, Builder> of = id -> builders.computeIfAbsent(id,
                k -> new Builder(suppliers.get(k), from, to));

        for (SuppliersDao.DeliveryRow d : dao.deliveries(start, end)) {
            LocalDate ordered = LocalDate.ofInstant(d.orderedAt(), zone);
            int lead = validOn(agreements, d.supplierId(), ordered).map(SuppliersDao.AgreementRow::leadDays)
                    .orElse(weights.defaultLeadDays());
            of.apply(d.supplierId()).deliveries.add(new SupplierScore.Delivery(d.orderNumber(), ordered, lead,
                    ordered.plusDays(lead), LocalDate.ofInstant(d.receivedAt(), zone)));
        }
        Map<Long, SupplierScore.FillLine> lines = new LinkedHashMap<>();
        Map<Long, Long> lineSupplier = new HashMap<>();
        for (SuppliersDao.OrderedLineRow l : dao.orderedLines(start, end)) {
            LocalDate sent = LocalDate.ofInstant(l.sentAt(), zone);
            LocalDate due = sent.plusDays(validOn(agreements, l.supplierId(), sent).map(SuppliersDao.AgreementRow::leadDays)
                    .orElse(weights.defaultLeadDays()));
            if (due.isAfter(today)) {
                continue; // not yet due: neither filled nor unfilled
            }
            Instant counted = (due.isAfter(to) ? due : to).plusDays(1).atStartOfDay(zone).toInstant();
            BigDecimal received = l.receivedAt() != null && l.receivedAt().isBefore(counted) ? l.received() : BigDecimal.ZERO;
            SupplierScore.FillLine before = lines.get(l.lineId());
            lines.put(l.lineId(), new SupplierScore.FillLine(l.orderNumber(), l.lineNo(), l.partNumber(), l.quantity(),
                    before == null ? received : before.received().add(received)));
            lineSupplier.put(l.lineId(), l.supplierId());
        }
        lines.forEach((line, fill) -> of.apply(lineSupplier.get(line)).fills.add(fill));
        for (SuppliersDao.ReceivedLineRow r : dao.receivedLines(start, end)) {
            LocalDate day = LocalDate.ofInstant(r.receivedAt(), zone);
            Builder b = of.apply(r.supplierId());
            b.received = b.received.add(r.quantity());
            BigDecimal agreed = validOn(agreements, r.supplierId(), day)
                    .map(a -> pricesByAgreement.getOrDefault(a.id(), Map.of()).get(r.partId())).orElse(null);
            BigDecimal reference = agreed != null ? agreed : r.orderedPrice();
            if (reference != null) {
                b.prices.add(new SupplierScore.PriceLine(day, r.partNumber(), r.partName(), r.quantity(), r.unitPrice(),
                        reference, agreed != null));
            }
        }
        for (SuppliersDao.ReturnRow r : dao.returns(start, end)) {
            Builder b = of.apply(r.supplierId());
            b.returned = b.returned.add(r.returned());
        }
        List<SupplierScore> scores = new ArrayList<>();
        for (Builder b : builders.values()) {
            scores.add(b.build(weights));
        }
        scores.sort(java.util.Comparator.comparing((SupplierScore s) -> s.score() == null ? BigDecimal.valueOf(-1) : s.score())
                .reversed().thenComparing(SupplierScore::supplierCode));
        return scores;
    }

    private static Optional<SuppliersDao.AgreementRow> validOn(List<SuppliersDao.AgreementRow> agreements, long supplierId,
                                                               LocalDate day) {
        return agreements.stream().filter(a -> a.supplierId() == supplierId && !day.isBefore(a.validFrom())
                && !day.isAfter(a.validTo())).findFirst();
    }

    private static final class Builder {
        final SuppliersDao.SupplierRow supplier;
        final LocalDate from;
        final LocalDate to;
        final List<SupplierScore.Delivery> deliveries = new ArrayList<>();
        final List<SupplierScore.FillLine> fills = new ArrayList<>();
        final List<SupplierScore.PriceLine> prices = new ArrayList<>();
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;

        Builder(SuppliersDao.SupplierRow supplier, LocalDate from, LocalDate to) {
            this.supplier = supplier;
            this.from = from;
            this.to = to;
        }

        SupplierScore build(ScoreWeights w) {
            int onTime = (int) deliveries.stream().filter(SupplierScore.Delivery::onTime).count();
            BigDecimal ordered = BigDecimal.ZERO;
            BigDecimal filled = BigDecimal.ZERO;
            for (SupplierScore.FillLine f : fills) {
                ordered = ordered.add(f.ordered());
                filled = filled.add(f.received().min(f.ordered()));
            }
            int atAgreed = (int) prices.stream().filter(p -> p.unitPrice().compareTo(p.reference()) <= 0).count();
            Money difference = Money.sum(prices.stream().map(SupplierScore.PriceLine::difference).toList());
            BigDecimal onTimeRate = SupplierScore.percent(BigDecimal.valueOf(onTime), BigDecimal.valueOf(deliveries.size()));
            BigDecimal fillRate = SupplierScore.percent(filled, ordered);
            BigDecimal priceRate = SupplierScore.percent(BigDecimal.valueOf(atAgreed), BigDecimal.valueOf(prices.size()));
            BigDecimal returnRate = SupplierScore.percent(returned, received);
            BigDecimal weighted = BigDecimal.ZERO;
            int weightSum = 0;
            Object[][] parts = {{onTimeRate, w.onTime()}, {fillRate, w.fillRate()}, {priceRate, w.price()},
                    {returnRate == null ? null : HUNDRED.subtract(returnRate).max(BigDecimal.ZERO), w.faultyReturns()}};
            for (Object[] part : parts) {
                if (part[0] != null && (Integer) part[1] > 0) {
                    weighted = weighted.add(((BigDecimal) part[0]).multiply(BigDecimal.valueOf((Integer) part[1])));
                    weightSum += (Integer) part[1];
                }
            }
            BigDecimal score = weightSum == 0 ? null
                    : weighted.divide(BigDecimal.valueOf(weightSum), 1, RoundingMode.HALF_UP);
            return new SupplierScore(supplier.id(), supplier.code(), supplier.name(), from, to, deliveries.size(), onTime,
                    ordered, filled, prices.size(), atAgreed, difference, received, returned, onTimeRate, fillRate,
                    priceRate, returnRate, score, deliveries, fills, prices);
        }
    }
}
