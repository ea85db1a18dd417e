package com.fours.workbench.partsales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.cashier.AccountLedger;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.PartsSaleBills;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.parts.Lots;
import com.fours.workbench.parts.MovementType;
import com.fours.workbench.parts.NewMovement;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.parts.ReservationDao;
import com.fours.workbench.parts.ReservationService;
import com.fours.workbench.parts.StockLedger;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Priced parts sales (配件销售, decision 0103): the clerk writes a sales order whose lines are reserved
 * at once (more than is available is refused), picks it, and the cashier's desk bills it in the parts
 * sales' own number series and takes the money through the desk's payments (or on account, an open
 * item of the receivables ledger). A return brings the parts back into stock and gives a credit bill.
 * Each step is one transaction with its audit rows: a refusal leaves nothing half-posted.
 */
public final class PartsSaleService {

    public static final String CUSTOMER = "customer";
    public static final String LINES = "lines";
    public static final String DISCOUNT = "discount";
    public static final String REASON = "reason";
    public static final String TRADE_PERCENT = "tradePercent";
    public static final int MAX_LINES = 100;
    public static final int MAX_NAME = 200;
    public static final int MAX_REASON = 500;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReservationService reservations;
    private final AccountLedger ledger;

    public PartsSaleService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                            ReservationService reservations, AccountLedger ledger) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.reservations = reservations;
        this.ledger = ledger;
    }

    // ---- trade customers

    /**
     * Flags a customer as trade (another garage) with its discount in percent off the retail price;
     * an empty percent takes the flag off. Kept by MANAGE_DISCOUNT_POLICY, like the member discounts.
     */
    public void setTradeDiscount(long customerId, String typedPercent) {
        AuthenticatedUser user = session.require(Permission.MANAGE_DISCOUNT_POLICY);
        String text = Typed.clean(typedPercent);
        BigDecimal percent = text.isEmpty() ? null : percent(text);
        transactions.useTransaction(handle -> {
            PartsSaleDao dao = handle.attach(PartsSaleDao.class);
            String name = dao.customerName(customerId)
                    .orElseThrow(() -> new BusinessRuleException("customer.notFound", String.valueOf(customerId)));
            BigDecimal before = dao.tradeDiscount(customerId).orElse(null);
            dao.removeTrade(customerId);
            if (percent != null) {
                dao.insertTrade(customerId, percent, user.username(), clock.instant());
            }
            audit.record(handle, PartsSalesAuditAction.TRADE_DISCOUNT_CHANGED, "customer", customerId,
                    before == null ? null : name + " " + before.toPlainString() + "%",
                    percent == null ? null : name + " " + percent.toPlainString() + "%");
        });
    }

    /** The trade discount of a customer in percent, empty when it is not a trade customer. */
    public java.util.Optional<BigDecimal> tradeDiscount(long customerId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(PartsSaleDao.class).tradeDiscount(customerId));
    }

    private static BigDecimal percent(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace('%', ' ').strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldsException(Map.of(TRADE_PERCENT, new InvalidValueException("partsSale.trade.percent")));
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) >= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldsException(Map.of(TRADE_PERCENT, new InvalidValueException("partsSale.trade.percent")));
        }
        return value.setScale(2);
    }

    /** A trade customer (another garage) as the counter offers it: its discount off the retail price. */
    public record TradeCustomer(long id, String name, BigDecimal percent) {
    }

    /** The trade customers by name, for the counter's choice of customer. */
    public List<TradeCustomer> tradeCustomers() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(PartsSaleDao.class).tradeCustomers());
    }

    /** The price per unit the policy gives this customer (null: a walk-in) for the part, as the order would take it. */
    public Money quote(long partId, Long customerId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> {
            BigDecimal trade = customerId == null ? BigDecimal.ZERO
                    : handle.attach(PartsSaleDao.class).tradeDiscount(customerId).orElse(BigDecimal.ZERO);
            return policyPrice(handle, PartsService.load(handle, partId), trade);
        });
    }

    // ---- pricing

    /**
     * The price per unit the policy gives this customer: the part's retail price (its fixed list price
     * or cost plus the category's margin), less the trade discount for a trade customer, half-up to the fen.
     */
    public static Money policyPrice(Handle handle, Part part, BigDecimal tradePercent) {
        Money retail = PartsService.retailPrice(handle, part);
        if (tradePercent.signum() == 0) {
            return retail;
        }
        return Money.of(retail.amount().multiply(HUNDRED.subtract(tradePercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    // ---- the order

    /**
     * Writes a sales order for a customer of the archive ({@code customerId}) or a walk-in (the name
     * typed, or 散客 when empty), reserving every line. A typed price may be above the policy price,
     * never below it (a lower price is a discount at the desk, within the cashier's limit).
     */
    public PartsSale create(Long customerId, String walkInName, List<SaleLineInput> input) {
        AuthenticatedUser user = session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> create(handle, user, customerId, walkInName, input));
    }

    private PartsSale create(Handle handle, AuthenticatedUser user, Long customerId, String walkInName,
                             List<SaleLineInput> input) {
        if (input == null || input.isEmpty()) {
            throw new InvalidFieldsException(Map.of(LINES, new InvalidValueException("partsSale.noLines")));
        }
        if (input.size() > MAX_LINES) {
            throw new InvalidFieldsException(Map.of(LINES, new InvalidValueException("partsSale.tooManyLines", MAX_LINES)));
        }
        PartsSaleDao dao = handle.attach(PartsSaleDao.class);
        String name;
        BigDecimal trade = BigDecimal.ZERO;
        if (customerId != null) {
            name = dao.customerName(customerId).orElseThrow(() -> new InvalidFieldsException(Map.of(CUSTOMER,
                    new InvalidValueException("customer.notFound", String.valueOf(customerId)))));
            trade = dao.tradeDiscount(customerId).orElse(BigDecimal.ZERO);
        } else {
            InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
            String typed = errors.check(CUSTOMER, () -> Typed.optionalText(walkInName, MAX_NAME));
            errors.throwIfAny();
            name = typed == null ? "散客" : typed;
        }
        record Priced(Part part, BigDecimal quantity, Money list, Money price) {
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        List<Priced> priced = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            SaleLineInput line = input.get(i);
            Part part = PartsService.load(handle, line.partId());
            BigDecimal quantity = errors.check(SaleLineInput.quantityField(i), () -> Quantity.parse(line.quantity(), part.unit()));
            Money list = PartsService.retailPrice(handle, part);
            Money policy = policyPrice(handle, part, trade);
            int index = i;
            Money price = errors.check(SaleLineInput.priceField(i), () -> typedPrice(line.unitPrice(), policy, part));
            if (quantity != null && price != null) {
                priced.add(new Priced(part, quantity, list, price));
            }
            if (price != null && price.compareTo(policy) != 0) {
                audit.record(handle, PartsSalesAuditAction.PARTS_SALE_PRICE_SET, "part", part.id(),
                        "policy=" + policy.toPlainString(), "line=" + (index + 1) + ", price=" + price.toPlainString());
            }
        }
        errors.throwIfAny();
        PartsSaleBills.Number number = PartsSaleBills.next(handle, PartsSaleBills.ORDER_SERIES,
                LocalDate.now(clock).getYear());
        long saleId = dao.insertSale(number.text(), customerId, name, trade, user.username(), clock.instant());
        int no = 0;
        for (Priced p : priced) {
            long lineId = dao.insertLine(saleId, ++no, p.part().id(), p.quantity(), p.list().amount(), p.price().amount());
            reservations.reserveForSale(handle, lineId, p.part().id(), p.quantity());
        }
        PartsSale sale = load(handle, saleId);
        audit.record(handle, PartsSalesAuditAction.PARTS_SALE_CREATED, "partsSale", number.text(), null,
                "customer=" + name + (trade.signum() == 0 ? "" : ", trade=" + trade.toPlainString() + "%") + ", lines="
                        + sale.lines().size() + ", total=" + sale.total().toPlainString());
        return sale;
    }

    private static Money typedPrice(String typed, Money policy, Part part) {
        if (Typed.clean(typed).isEmpty()) {
            return policy;
        }
        Money price = Money.parse(typed);
        if (price.isNegative()) {
            throw new InvalidValueException("partsSale.price.negative");
        }
        if (price.compareTo(policy) < 0) {
            throw new InvalidValueException("partsSale.price.belowPolicy", part.partNumber(), policy.toPlainString());
        }
        return Money.exact(price.amount());
    }

    /** The clerk picks every line from the bins that hold it: stock goes out as PARTS_SALE. */
    public PartsSale pick(long saleId, int version) {
        AuthenticatedUser user = session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> pick(handle, user, saleId, version));
    }

    private PartsSale pick(Handle handle, AuthenticatedUser user, long saleId, int version) {
        PartsSaleDao dao = handle.attach(PartsSaleDao.class);
        PartsSale sale = load(handle, saleId);
        move(handle, sale, version, PartsSaleStatus.OPEN, PartsSaleStatus.PICKED, user.username());
        for (PartsSaleLine line : sale.lines()) {
            reservations.pickForSale(handle, line.id(), sale.number());
        }
        dao.pickedInFull(saleId);
        audit.record(handle, PartsSalesAuditAction.PARTS_SALE_PICKED, "partsSale", sale.number(), null,
                sale.lines().stream().map(l -> l.partNumber() + "×" + Quantity.display(l.quantity())).toList().toString());
        return load(handle, saleId);
    }

    /** An order not yet picked is cancelled: its reservations are released. */
    public PartsSale cancel(long saleId, int version) {
        AuthenticatedUser user = session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> {
            PartsSale sale = load(handle, saleId);
            move(handle, sale, version, PartsSaleStatus.OPEN, PartsSaleStatus.CANCELLED, null);
            for (PartsSaleLine line : sale.lines()) {
                reservations.releaseForSale(handle, line.id());
            }
            audit.record(handle, PartsSalesAuditAction.PARTS_SALE_CANCELLED, "partsSale", sale.number(),
                    PartsSaleStatus.OPEN.name(), PartsSaleStatus.CANCELLED.name() + " by " + user.username());
            return load(handle, saleId);
        });
    }

    private void move(Handle handle, PartsSale sale, int version, PartsSaleStatus from, PartsSaleStatus to,
                             String pickedBy) {
        if (sale.status() != from) {
            throw new BusinessRuleException("partsSale.wrongStatus", sale.number(), sale.status().name());
        }
        int moved = handle.attach(PartsSaleDao.class).transition(sale.id(), version, from.name(), to.name(), pickedBy,
                pickedBy == null ? null : clock.instant());
        if (moved != 1) {
            throw new BusinessRuleException("partsSale.changed", sale.number());
        }
    }

    // ---- at the desk

    /**
     * Bills a picked order at the cashier's desk with a manual discount in yuan (empty for none) and
     * its reason; above the user's discount limit a manager confirms as {@code approver}. Refused when
     * the order already has a live bill. Pay it with the desk's payments ({@code PaymentService.pay}).
     */
    public BillDetails bill(long saleId, String manualDiscount, String reason, AuthenticatedUser approver) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Money discount = errors.check(DISCOUNT, () -> optionalAmount(manualDiscount));
        String why = errors.check(REASON, () -> Typed.optionalText(reason, MAX_REASON));
        if (discount != null && discount.isPositive() && why == null) {
            errors.reject(REASON, new InvalidValueException("cashier.discount.reasonRequired"));
        }
        errors.throwIfAny();
        return transactions.inTransaction(handle -> bill(handle, user, approver, saleId, discount, why));
    }

    private BillDetails bill(Handle handle, AuthenticatedUser user, AuthenticatedUser approver, long saleId, Money discount,
                             String why) {
        PartsSaleDao dao = handle.attach(PartsSaleDao.class);
        dao.lock(saleId).orElseThrow(() -> new BusinessRuleException("partsSale.notFound", String.valueOf(saleId)));
        PartsSale sale = load(handle, saleId);
        if (sale.status() != PartsSaleStatus.PICKED) {
            throw new BusinessRuleException("partsSale.notPicked", sale.number());
        }
        if (sale.billed()) {
            throw new BusinessRuleException("partsSale.alreadyBilled", sale.number(), sale.billNumber());
        }
        List<PartsSaleBills.SaleLine> lines = billLines(sale);
        long billId = PartsSaleBills.issue(handle, audit, clock, saleId, sale.number(), sale.customerId(),
                sale.customerName(), lines, discount, why, user, approver);
        return billOf(handle, billId);
    }

    /**
     * A quick sale over the counter (the old 柜台销售): the order written, picked and billed in one
     * transaction by the clerk, without a discount; the money is then taken at the desk.
     */
    public PartsSale quickSale(Long customerId, String walkInName, List<SaleLineInput> input) {
        AuthenticatedUser user = session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> {
            PartsSale sale = create(handle, user, customerId, walkInName, input);
            sale = pick(handle, user, sale.id(), sale.version());
            PartsSaleBills.issue(handle, audit, clock, sale.id(), sale.number(), sale.customerId(), sale.customerName(),
                    billLines(sale), Money.ZERO, null, user, null);
            return load(handle, sale.id());
        });
    }

    /**
     * Sold parts come back: {@code quantities} maps a line's id to the quantity returned (typed).
     * The parts go back into the bin they were picked from at the cost they left with, and a credit
     * bill gives the money back the way the bill was paid. More than was sold is refused.
     */
    public BillDetails returnParts(long saleId, Map<Long, String> quantities, String reason) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String why = errors.check(REASON, () -> Typed.requiredText(reason, MAX_REASON));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            PartsSaleDao dao = handle.attach(PartsSaleDao.class);
            dao.lock(saleId).orElseThrow(() -> new BusinessRuleException("partsSale.notFound", String.valueOf(saleId)));
            PartsSale sale = load(handle, saleId);
            if (!sale.billed()) {
                throw new BusinessRuleException("partsSale.return.notBilled", sale.number());
            }
            InvalidFieldsException.Collector lineErrors = new InvalidFieldsException.Collector();
            Map<Integer, BigDecimal> byBillLine = new HashMap<>();
            List<String> done = new ArrayList<>();
            for (int i = 0; i < sale.lines().size(); i++) {
                PartsSaleLine line = sale.lines().get(i);
                String typed = quantities.get(line.id());
                if (typed == null || Typed.clean(typed).isEmpty()) {
                    continue;
                }
                BigDecimal q = lineErrors.check(SaleLineInput.quantityField(i), () -> Quantity.parse(typed, line.unit()));
                if (q == null) {
                    continue;
                }
                if (dao.returned(line.id(), q) != 1) {
                    lineErrors.reject(SaleLineInput.quantityField(i), new InvalidValueException("partsSale.return.aboveSold",
                            line.partNumber(), Quantity.display(line.returnable()), Quantity.display(q)));
                    continue;
                }
                reservations.returnFromSale(handle, line.id(), line.partId(), q, sale.number());
                byBillLine.put(line.lineNo(), q);
                done.add(line.partNumber() + "×" + Quantity.display(q));
            }
            lineErrors.throwIfAny();
            if (byBillLine.isEmpty()) {
                throw new InvalidFieldsException(Map.of(LINES, new InvalidValueException("partsSale.return.nothing")));
            }
            BillDetails credit = PartsSaleBills.credit(handle, audit, clock, ledger, sale.billId(), byBillLine, why, user);
            audit.record(handle, PartsSalesAuditAction.PARTS_SALE_RETURNED, "partsSale", sale.number(), null,
                    done + ", credit=" + credit.number() + ", reason=" + why);
            return credit;
        });
    }

    /** A line checked by the caller: the part, the quantity, the agreed price per unit. */
    public record CheckedLine(Part part, BigDecimal quantity, Money unitPrice) {
    }

    /**
     * Writes a sales order from checked input in the caller's transaction, as {@code username} at
     * {@code when}, without a session or audit rows: reserved, and picked from {@code binId} when
     * {@code picked}. The demo's path (nobody is logged in); the screens go through {@link #create}.
     */
    public static PartsSale insertOrder(Handle handle, StockLedger ledger, String username, java.time.ZonedDateTime when,
                                        Long customerId, String name, BigDecimal tradePercent, List<CheckedLine> lines,
                                        boolean picked) {
        PartsSaleDao dao = handle.attach(PartsSaleDao.class);
        java.time.Instant at = when.toInstant();
        PartsSaleBills.Number number = PartsSaleBills.next(handle, PartsSaleBills.ORDER_SERIES, when.getYear());
        long saleId = dao.insertSale(number.text(), customerId, name, tradePercent, username, at);
        ReservationDao reservations = handle.attach(ReservationDao.class);
        List<NewMovement> picks = new ArrayList<>();
        List<Long> reservationIds = new ArrayList<>();
        int no = 0;
        for (CheckedLine l : lines) {
            long lineId = dao.insertLine(saleId, ++no, l.part().id(), l.quantity(),
                    PartsService.retailPrice(handle, l.part()).amount(), l.unitPrice().amount());
            long reservation = reservations.insertForSale(lineId, l.part().id(), l.quantity(), username, at);
            reservationIds.add(reservation);
            if (picked) {
                long bin = dao.binHolding(l.part().id(), l.quantity()).orElseThrow(() -> new BusinessRuleException(
                        "partsSale.notAvailable", l.part().partNumber(), "0", Quantity.display(l.quantity())));
                picks.add(NewMovement.of(l.part().id(), bin, MovementType.PARTS_SALE, l.quantity().negate())
                        .withRepairOrder(null, null, reservation).withReference(number.text()).at(at));
            }
        }
        if (picked) {
            List<Long> movements = ledger.post(handle, picks, username);
            for (int i = 0; i < picks.size(); i++) {
                reservations.issuedInFull(reservationIds.get(i));
                Lots.consume(handle, picks.get(i).partId(), movements.get(i), picks.get(i).quantity().negate());
            }
            dao.pickedInFull(saleId);
            dao.transition(saleId, 0, PartsSaleStatus.OPEN.name(), PartsSaleStatus.PICKED.name(), username, at);
        }
        return load(handle, saleId);
    }

    /** The lines of a picked order as its bill lists them. */
    public static List<PartsSaleBills.SaleLine> billLines(PartsSale sale) {
        return sale.lines().stream().map(l -> new PartsSaleBills.SaleLine(l.partNumber(), l.partName(), brandSpec(l),
                l.unit().name(), l.quantity(), l.unitPrice())).toList();
    }

    // ---- reading

    public PartsSale sale(long saleId) {
        requireWarehouseOrDesk();
        return transactions.read(handle -> load(handle, saleId));
    }

    /** Orders whose number or customer contains the text, newest first; {@code statuses} empty for all. */
    public List<PartsSale> sales(String text, List<PartsSaleStatus> statuses, int limit) {
        requireWarehouseOrDesk();
        String like = "%" + Typed.clean(text).toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        List<String> names = (statuses == null || statuses.isEmpty() ? List.of(PartsSaleStatus.values()) : statuses)
                .stream().map(Enum::name).toList();
        return transactions.read(handle -> handle.attach(PartsSaleDao.class).find(names, like, limit).stream()
                .map(id -> load(handle, id)).toList());
    }

    /** Orders the warehouse still has to pick or hand to the desk (not yet billed), newest first. */
    public List<PartsSale> atWarehouse(int limit) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(PartsSaleDao.class).atWarehouse(limit).stream()
                .map(id -> load(handle, id)).toList());
    }

    /** Picked orders the desk still has to bill or take money for, oldest first. */
    public List<PartsSale> toSettle(int limit) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.attach(PartsSaleDao.class).toSettle(limit).stream()
                .map(id -> load(handle, id)).toList());
    }

    private void requireWarehouseOrDesk() {
        if (!session.may(Permission.USE_CASHIER)) {
            session.require(Permission.USE_PARTS_WAREHOUSE);
        }
    }

    static PartsSale load(Handle handle, long saleId) {
        PartsSaleDao dao = handle.attach(PartsSaleDao.class);
        PartsSale.Header h = dao.header(saleId)
                .orElseThrow(() -> new BusinessRuleException("partsSale.notFound", String.valueOf(saleId)));
        PartsSaleDao.LiveBill bill = dao.liveBills(List.of(saleId)).stream().findFirst().orElse(null);
        return new PartsSale(h.id(), h.number(), h.customerId(), h.customerName(), h.tradeDiscountPercent(), h.status(),
                h.createdBy(), h.createdAt(), h.pickedBy(), h.pickedAt(), h.version(), dao.lines(saleId),
                bill == null ? null : bill.billId(), bill == null ? null : bill.number(),
                bill == null ? Money.ZERO : bill.due());
    }

    private BillDetails billOf(Handle handle, long billId) {
        return PartsSaleBills.details(handle, billId);
    }

    static String brandSpec(PartsSaleLine l) {
        String brand = l.brand();
        String spec = l.specification();
        return brand == null ? spec : spec == null ? brand : brand + " " + spec;
    }

    private static Money optionalAmount(String typed) {
        if (Typed.clean(typed).isEmpty()) {
            return Money.ZERO;
        }
        Money amount = Money.parse(typed);
        if (amount.isNegative()) {
            throw new InvalidValueException("cashier.amount.positive");
        }
        return amount;
    }
}
