package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.core.Typed;

/**
 * Parts for repair orders: a repair-order line reserves a quantity, the clerk picks it by bin and
 * issues it (typing or scanning the part number or a barcode), unused parts come back. A part the
 * store does not have raises a purchase request. This is the API the repair-order module calls.
 */
public final class ReservationService {

    private final Transactions transactions;
    private final Session session;
    private final StockLedger ledger;
    private final Clock clock;

    public ReservationService(Transactions transactions, Session session, StockLedger ledger, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Reserves a part for a repair-order line. What the store cannot cover now (on hand less what
     * other open reservations still need) becomes a purchase request; the reservation stands anyway,
     * so the part is issued when it arrives.
     */
    public ReservationResult reserve(long repairOrderId, long repairOrderLineId, long partId, BigDecimal quantity) {
        if (!session.may(Permission.USE_REPAIR_ORDERS)) {
            session.require(Permission.USE_PARTS_WAREHOUSE);
        }
        return transactions.inTransaction(handle -> reserve(handle, repairOrderId, repairOrderLineId, partId, quantity));
    }

    /** The same reservation in the caller's transaction: a repair-order line and its reservation, all or nothing. */
    public ReservationResult reserve(Handle handle, long repairOrderId, long repairOrderLineId, long partId,
                                     BigDecimal quantity) {
        if (!session.may(Permission.USE_REPAIR_ORDERS)) {
            session.require(Permission.USE_PARTS_WAREHOUSE);
        }
        String user = session.requireUser().username();
        StockService.positive(quantity);
        Part part = PartsService.load(handle, partId);
        Quantity.check(quantity, part.unit());
        if (!part.active()) {
            throw new BusinessRuleException("reservation.inactivePart", part.partNumber());
        }
        if (handle.createQuery("SELECT COUNT(*) FROM stock_reservation WHERE repair_order_line_id = :line")
                .bind("line", repairOrderLineId).mapTo(Integer.class).one() > 0) {
            throw new BusinessRuleException("reservation.lineReserved", String.valueOf(repairOrderLineId));
        }
        BigDecimal available = available(handle, partId);
        boolean fromStock = available.compareTo(quantity) >= 0;
        long id = handle.createUpdate("""
                INSERT INTO stock_reservation (repair_order_id, repair_order_line_id, part_id, quantity, status,
                    served_from_stock, created_by, created_at)
                VALUES (:ro, :line, :part, :quantity, 'OPEN', :fromStock, :user, :at)
                """).bind("ro", repairOrderId).bind("line", repairOrderLineId).bind("part", partId)
                .bind("quantity", quantity).bind("fromStock", fromStock).bind("user", user)
                .bind("at", clock.instant()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        BigDecimal shortage = fromStock ? BigDecimal.ZERO : quantity.subtract(available.max(BigDecimal.ZERO));
        Long requestId = null;
        if (shortage.signum() > 0) {
            requestId = handle.attach(PurchasingDao.class).insertRequest(partId, shortage, repairOrderId, id, user,
                    clock.instant());
        }
        return new ReservationResult(load(handle, id), shortage.setScale(Quantity.SCALE), requestId);
    }

    /** On hand less what open reservations still need. */
    static BigDecimal available(Handle handle, long partId) {
        BigDecimal reserved = handle.createQuery("""
                SELECT COALESCE(SUM(quantity - issued), 0) FROM stock_reservation WHERE part_id = :part AND status = 'OPEN'
                """).bind("part", partId).mapTo(BigDecimal.class).one();
        return StockLedger.onHand(handle, partId).subtract(reserved);
    }

    /**
     * Reserves a part for a parts-sale line in the caller's transaction. A sale takes only what is
     * there (unlike a repair line, which waits for a purchase): more than is available is refused. The
     * part's row is locked first, so two clerks selling the last unit queue and the second sees the
     * first one's reservation (decision 0103).
     */
    public long reserveForSale(Handle handle, long saleLineId, long partId, BigDecimal quantity) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        String user = session.requireUser().username();
        StockService.positive(quantity);
        ReservationDao dao = handle.attach(ReservationDao.class);
        dao.lockPart(partId).orElseThrow(() -> new BusinessRuleException("part.notFound", String.valueOf(partId)));
        Part part = PartsService.load(handle, partId);
        Quantity.check(quantity, part.unit());
        if (!part.active()) {
            throw new BusinessRuleException("reservation.inactivePart", part.partNumber());
        }
        BigDecimal available = available(handle, partId);
        if (available.compareTo(quantity) < 0) {
            throw new BusinessRuleException("partsSale.notAvailable", part.partNumber(),
                    Quantity.display(available.max(BigDecimal.ZERO)), Quantity.display(quantity));
        }
        return dao.insertForSale(saleLineId, partId, quantity, user, clock.instant());
    }

    /**
     * Picks a sale line's open reservation in full from the bin that holds it (the primary first), in
     * the caller's transaction: a PARTS_SALE movement referencing the sale. Returns its movement id.
     */
    public long pickForSale(Handle handle, long saleLineId, String saleNumber) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        long reservationId = handle.attach(ReservationDao.class).openOfSaleLine(saleLineId)
                .orElseThrow(() -> new BusinessRuleException("reservation.notOpen", saleNumber));
        Reservation r = load(handle, reservationId);
        BigDecimal quantity = r.outstanding();
        long binId = binToPick(handle, r.partId(), quantity)
                .orElseThrow(() -> new BusinessRuleException("stock.insufficientAnywhere", r.partNumber(),
                        Quantity.display(StockLedger.onHand(handle, r.partId())), Quantity.display(quantity)));
        handle.createUpdate("""
                UPDATE stock_reservation SET issued = quantity, status = 'ISSUED', version = version + 1
                WHERE id = :id AND status = 'OPEN'
                """).bind("id", reservationId).execute();
        long movementId = ledger.post(handle, NewMovement.of(r.partId(), binId, MovementType.PARTS_SALE,
                quantity.negate()).withRepairOrder(null, null, reservationId).withReference(saleNumber)).get(0);
        Lots.consume(handle, r.partId(), movementId, quantity);
        return movementId;
    }

    /** Releases what a sale line still holds (an order cancelled before picking). */
    public void releaseForSale(Handle handle, long saleLineId) {
        handle.attach(ReservationDao.class).openOfSaleLine(saleLineId).ifPresent(id -> release(handle, id));
    }

    /**
     * Sold parts back into the bin they were picked from, at the cost they left with, in the caller's
     * transaction. The caller has checked that no more comes back than was sold, and its permission
     * (the cashier's desk takes a return with its refund).
     */
    public long returnFromSale(Handle handle, long saleLineId, long partId, BigDecimal quantity, String saleNumber) {
        ReservationDao.SalePick pick = handle.attach(ReservationDao.class).lastPickOfSaleLine(saleLineId)
                .orElseThrow(() -> new BusinessRuleException("partsSale.return.notPicked", saleNumber));
        long movementId = ledger.post(handle, NewMovement.of(partId, pick.binId(), MovementType.PARTS_SALE_RETURN,
                quantity).withUnitCost(pick.unitCost()).withRepairOrder(null, null, pick.reservationId())
                .withReference(saleNumber)).get(0);
        Lots.giveBack(handle, pick.reservationId(), movementId, quantity);
        return movementId;
    }

    /** The repair order no longer needs what is not issued yet. */
    public Reservation release(long reservationId) {
        if (!session.may(Permission.USE_REPAIR_ORDERS)) {
            session.require(Permission.USE_PARTS_WAREHOUSE);
        }
        return transactions.inTransaction(handle -> release(handle, reservationId));
    }

    /** The same release in the caller's transaction (a line removed, declined or its order cancelled). */
    public Reservation release(Handle handle, long reservationId) {
        if (!session.may(Permission.USE_REPAIR_ORDERS)) {
            session.require(Permission.USE_PARTS_WAREHOUSE);
        }
        Reservation r = load(handle, reservationId);
        if (r.status() != ReservationStatus.OPEN) {
            throw new BusinessRuleException("reservation.notOpen", r.partNumber());
        }
        handle.createUpdate("UPDATE stock_reservation SET status = 'RELEASED', version = version + 1 WHERE id = :id")
                .bind("id", reservationId).execute();
        handle.createUpdate("UPDATE purchase_request SET status = 'CANCELLED' WHERE reservation_id = :id AND status = 'OPEN'")
                .bind("id", reservationId).execute();
        return load(handle, reservationId);
    }

    /** Issues part of (or all) a reservation from a bin; refuses more than reserved or than the bin holds. */
    public Reservation issue(long reservationId, long binId, BigDecimal quantity) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        StockService.positive(quantity);
        return transactions.inTransaction(handle -> {
            issue(handle, load(handle, reservationId), binId, quantity);
            return load(handle, reservationId);
        });
    }

    private void issue(Handle handle, Reservation r, long binId, BigDecimal quantity) {
        Quantity.check(quantity, r.unit());
        int updated = handle.createUpdate("""
                UPDATE stock_reservation SET issued = issued + :q,
                       status = CASE WHEN issued + :q >= quantity THEN 'ISSUED' ELSE status END, version = version + 1
                WHERE id = :id AND status = 'OPEN' AND issued + :q <= quantity
                """).bind("q", quantity).bind("id", r.id()).execute();
        if (updated == 0) {
            throw new BusinessRuleException("reservation.overIssue", r.partNumber(), Quantity.display(r.outstanding()),
                    Quantity.display(quantity));
        }
        long movementId = ledger.post(handle, NewMovement.of(r.partId(), binId, MovementType.ISSUE_TO_REPAIR_ORDER,
                quantity.negate()).withRepairOrder(r.repairOrderId(), r.repairOrderLineId(), r.id())).get(0);
        Lots.consume(handle, r.partId(), movementId, quantity);
    }

    /**
     * What the issue counter does with a scan or a typed part number: finds the part, the repair
     * order's open reservation for it and a bin that holds enough, and issues. An unknown code is
     * refused with the code, so the clerk sees what was scanned.
     */
    public Reservation issueByCode(long repairOrderId, String code, BigDecimal quantity) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        StockService.positive(quantity);
        return transactions.inTransaction(handle -> {
            Part part = PartsService.lookup(handle, code)
                    .orElseThrow(() -> new BusinessRuleException("issue.unknownCode", Typed.clean(code)));
            Reservation r = reservationsOf(handle, repairOrderId).stream()
                    .filter(x -> x.partId() == part.id() && x.outstanding().signum() > 0).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("issue.notReserved", part.partNumber(),
                            String.valueOf(repairOrderId)));
            long binId = binToPick(handle, part.id(), quantity)
                    .orElseThrow(() -> new BusinessRuleException("stock.insufficientAnywhere", part.partNumber(),
                            Quantity.display(StockLedger.onHand(handle, part.id())), Quantity.display(quantity)));
            issue(handle, r, binId, quantity);
            return load(handle, r.id());
        });
    }

    /** The primary bin if it holds enough, else the bin with most of the part; empty when none holds enough. */
    static Optional<Long> binToPick(Handle handle, long partId, BigDecimal quantity) {
        return handle.createQuery("""
                SELECT s.bin_id FROM stock_balance s
                LEFT JOIN part_bin pb ON pb.part_id = s.part_id AND pb.bin_id = s.bin_id
                WHERE s.part_id = :part AND s.on_hand >= :q
                ORDER BY CASE WHEN pb.is_primary THEN 0 ELSE 1 END, s.on_hand DESC, s.bin_id
                LIMIT 1
                """).bind("part", partId).bind("q", quantity).mapTo(Long.class).findOne();
    }

    /** Unused parts back from the workshop into a bin, at the cost they left with. */
    public Reservation returnUnused(long reservationId, long binId, BigDecimal quantity) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        StockService.positive(quantity);
        return transactions.inTransaction(handle -> {
            Reservation r = load(handle, reservationId);
            Quantity.check(quantity, r.unit());
            int updated = handle.createUpdate("""
                    UPDATE stock_reservation SET returned = returned + :q, version = version + 1
                    WHERE id = :id AND returned + :q <= issued
                    """).bind("q", quantity).bind("id", reservationId).execute();
            if (updated == 0) {
                throw new BusinessRuleException("reservation.overReturn", r.partNumber(), Quantity.display(r.returnable()),
                        Quantity.display(quantity));
            }
            BigDecimal cost = handle.createQuery("""
                    SELECT SUM(-quantity * unit_cost) / SUM(-quantity) FROM stock_movement
                    WHERE reservation_id = :id AND movement_type = 'ISSUE_TO_REPAIR_ORDER'
                    """).bind("id", reservationId).mapTo(BigDecimal.class).one().setScale(2, RoundingMode.HALF_UP);
            PartsService.assignBin(handle, r.partId(), binId, false);
            long movementId = ledger.post(handle, NewMovement.of(r.partId(), binId, MovementType.RETURN_FROM_REPAIR_ORDER,
                    quantity).withUnitCost(cost).withRepairOrder(r.repairOrderId(), r.repairOrderLineId(), r.id())).get(0);
            Lots.giveBack(handle, reservationId, movementId, quantity);
            return load(handle, reservationId);
        });
    }

    /** Returns unused parts to the bin they were last issued from. */
    public Reservation returnUnused(long reservationId, BigDecimal quantity) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        long binId = transactions.read(handle -> handle.createQuery("""
                SELECT bin_id FROM stock_movement WHERE reservation_id = :id AND movement_type = 'ISSUE_TO_REPAIR_ORDER'
                ORDER BY id DESC LIMIT 1
                """).bind("id", reservationId).mapTo(Long.class).findOne()
                .orElseThrow(() -> new BusinessRuleException("reservation.overReturn", String.valueOf(reservationId), "0",
                        Quantity.display(quantity))));
        return returnUnused(reservationId, binId, quantity);
    }

    public List<Reservation> reservations(long repairOrderId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> reservationsOf(handle, repairOrderId));
    }

    /** Repair orders with something still to issue, oldest first. */
    public List<Long> repairOrdersToServe() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.createQuery("""
                SELECT repair_order_id FROM stock_reservation WHERE status = 'OPEN' AND repair_order_id IS NOT NULL
                GROUP BY repair_order_id ORDER BY MIN(created_at), repair_order_id
                """).mapTo(Long.class).list());
    }

    /**
     * How the counter names repair orders: "number · plate" (the number alone where the car has no
     * plate) by id; ids that are no repair order are left out.
     */
    public Map<Long, String> repairOrderNames(Collection<Long> repairOrderIds) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        Map<Long, String> names = new HashMap<>();
        if (repairOrderIds.isEmpty()) {
            return names;
        }
        transactions.read(handle -> handle.createQuery("""
                SELECT ro.id, ro.number, v.plate FROM repair_order ro JOIN vehicle v ON v.id = ro.vehicle_id
                WHERE ro.id IN (<ids>)
                """).bindList("ids", List.copyOf(repairOrderIds))
                .map(ConstructorMapper.of(OrderName.class)).list())
                .forEach(o -> names.put(o.id(), o.plate() == null || o.plate().isBlank()
                        ? o.number() : o.number() + " · " + o.plate()));
        return names;
    }

    /**
     * The repair order the counter means by what was typed: its number (RO20261206-0003, any case),
     * or a plate as typed (粤A·12345, spaces and lower case accepted), which means the car's newest
     * order not yet delivered or cancelled. Empty when nothing matches: never a database id.
     */
    public Optional<Long> findRepairOrder(String typed) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        String text = Typed.optionalLineText(typed, 40);
        if (text == null) {
            return Optional.empty();
        }
        Optional<Long> byNumber = transactions.read(handle -> handle.createQuery(
                "SELECT id FROM repair_order WHERE UPPER(number) = :number")
                .bind("number", text.toUpperCase(Locale.ROOT)).mapTo(Long.class).findOne());
        if (byNumber.isPresent()) {
            return byNumber;
        }
        String plate;
        try {
            plate = PlateNumber.parse(text).toString();
        } catch (RuntimeException notAPlate) {
            return Optional.empty();
        }
        return transactions.read(handle -> handle.createQuery("""
                SELECT ro.id FROM repair_order ro JOIN vehicle v ON v.id = ro.vehicle_id
                WHERE v.plate = :plate AND ro.status NOT IN ('DELIVERED', 'CANCELLED')
                ORDER BY ro.created_at DESC, ro.id DESC LIMIT 1
                """).bind("plate", plate).mapTo(Long.class).findOne());
    }

    /** A row of {@link #repairOrderNames}. */
    public record OrderName(long id, String number, String plate) {
    }

    /** What to pick for a repair order, walking the store bin by bin. */
    public List<PickLine> pickList(long repairOrderId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> {
            List<PickLine> lines = new ArrayList<>();
            for (Reservation r : reservationsOf(handle, repairOrderId)) {
                if (r.outstanding().signum() <= 0) {
                    continue;
                }
                Optional<Long> bin = binToPick(handle, r.partId(), r.outstanding());
                if (bin.isEmpty()) {
                    bin = binToPick(handle, r.partId(), new BigDecimal("0.001"));
                }
                String code = bin.isEmpty() ? null : StockService.binCode(handle, bin.get());
                BigDecimal inBin = bin.isEmpty() ? BigDecimal.ZERO : StockLedger.onHand(handle, r.partId(), bin.get());
                lines.add(new PickLine(r.id(), repairOrderId, code, bin.orElse(null), r.partId(), r.partNumber(),
                        r.partName(), r.partNameEn(), r.unit(), r.outstanding(), inBin));
            }
            lines.sort(Comparator.comparing(PickLine::binCode, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(PickLine::partNumber));
            return lines;
        });
    }

    /** Where an issued (or sold) quantity came from: lots, receipts, suppliers. */
    public List<TraceLine> trace(long movementId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.createQuery("""
                SELECT l.id AS lot_id, u.quantity, l.receipt_id, l.received_at, r.delivery_note,
                       s.name AS supplier_name, o.order_number, m.unit_cost
                FROM stock_lot_use u
                JOIN stock_lot l ON l.id = u.lot_id
                JOIN purchase_receipt r ON r.id = l.receipt_id
                JOIN stock_movement m ON m.id = l.movement_id
                LEFT JOIN supplier s ON s.id = r.supplier_id
                LEFT JOIN purchase_order o ON o.id = r.order_id
                WHERE u.movement_id = :movementId ORDER BY l.id
                """).bind("movementId", movementId).map(ConstructorMapper.of(TraceLine.class)).list());
    }

    static List<Reservation> reservationsOf(Handle handle, long repairOrderId) {
        return handle.createQuery("SELECT " + Reservation.COLUMNS
                        + " FROM stock_reservation r JOIN part p ON p.id = r.part_id WHERE r.repair_order_id = :ro ORDER BY r.id")
                .bind("ro", repairOrderId).map(ConstructorMapper.of(Reservation.class)).list();
    }

    static Reservation load(Handle handle, long reservationId) {
        return handle.createQuery("SELECT " + Reservation.COLUMNS
                        + " FROM stock_reservation r JOIN part p ON p.id = r.part_id WHERE r.id = :id")
                .bind("id", reservationId).map(ConstructorMapper.of(Reservation.class)).findOne()
                .orElseThrow(() -> new BusinessRuleException("reservation.notFound", String.valueOf(reservationId)));
    }
}
