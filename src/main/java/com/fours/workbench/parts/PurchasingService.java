package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.core.Typed;

/**
 * Suppliers, purchase orders and their receipt (采购 / 收货): draft, sent, partly received, received,
 * closed; receiving against an order or, for a permitted role, without one; reorder suggestions.
 */
public final class PurchasingService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final StockLedger ledger;
    private final Clock clock;
    private volatile PurchaseTerms terms = PurchaseTerms.NONE;

    public PurchasingService(Transactions transactions, Session session, AuditTrail audit, StockLedger ledger,
                             Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The purchase agreements that price and check new orders (app/ plugs in the suppliers feature's). */
    public void usePurchaseTerms(PurchaseTerms purchaseTerms) {
        this.terms = java.util.Objects.requireNonNull(purchaseTerms);
    }

    /** The price the supplier's agreement valid today fixes for the part, if there is one. */
    public java.util.Optional<Money> agreedPrice(long supplierId, long partId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        LocalDate today = LocalDate.now(clock);
        return transactions.read(handle -> terms.agreedPrice(handle, supplierId, partId, today).map(Money::of));
    }

    /** What an order with these lines would do outside the supplier's agreement, line by line. */
    public List<OrderWarning> termsWarnings(long supplierId, List<OrderLineInput> lines) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        LocalDate today = LocalDate.now(clock);
        if (lines == null) {
            return List.of();
        }
        // a line not filled in yet (null) has nothing to warn about; the order refuses it when placed
        List<OrderLineInput> asTyped = java.util.Collections.unmodifiableList(new ArrayList<>(lines));
        return transactions.read(handle -> terms.warnings(handle, supplierId, asTyped, today));
    }

    // ---- suppliers

    public List<Supplier> suppliers() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(PurchasingDao.class).suppliers());
    }

    public java.util.Optional<Supplier> supplierByCode(String code) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        String cleaned = Typed.clean(code).toUpperCase(Locale.ROOT);
        return transactions.read(handle -> handle.attach(PurchasingDao.class).supplierByCode(cleaned));
    }

    /** The suppliers that deliver the part, the preferred one first. */
    public List<Supplier> suppliersOf(long partId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.createQuery("SELECT s." + Supplier.COLUMNS.replace(", ", ", s.")
                        + " FROM part_supplier ps JOIN supplier s ON s.id = ps.supplier_id WHERE ps.part_id = :partId"
                        + " ORDER BY ps.preferred DESC, s.code")
                .bind("partId", partId).map(ConstructorMapper.of(Supplier.class)).list());
    }

    public Supplier createSupplier(String code, String name, String contact, String phone, String address) {
        session.require(Permission.MANAGE_PARTS_MASTER);
        String cleanCode = PartRules.partNumber(code);
        String cleanName = Typed.requiredText(name, 100);
        return transactions.inTransaction(handle -> {
            PurchasingDao dao = handle.attach(PurchasingDao.class);
            if (dao.supplierByCode(cleanCode).isPresent()) {
                throw new BusinessRuleException("supplier.exists", cleanCode);
            }
            long id = dao.insertSupplier(cleanCode, cleanName, Typed.optionalText(contact, 50),
                    Typed.optionalText(phone, 30), Typed.optionalText(address, 300), clock.instant());
            audit.record(handle, PartsAuditAction.SUPPLIER_CREATED, "supplier", id, null, cleanCode + " " + cleanName);
            return dao.supplier(id).orElseThrow();
        });
    }

    public Supplier updateSupplier(long id, int expectedVersion, String name, String contact, String phone,
                                   String address, boolean active) {
        session.require(Permission.MANAGE_PARTS_MASTER);
        String cleanName = Typed.requiredText(name, 100);
        return transactions.inTransaction(handle -> {
            PurchasingDao dao = handle.attach(PurchasingDao.class);
            Supplier before = dao.supplier(id).orElseThrow(() -> new BusinessRuleException("supplier.notFound", String.valueOf(id)));
            if (dao.updateSupplier(id, expectedVersion, cleanName, Typed.optionalText(contact, 50),
                    Typed.optionalText(phone, 30), Typed.optionalText(address, 300), active) == 0) {
                throw new ConcurrentChangeException(before.name());
            }
            Supplier after = dao.supplier(id).orElseThrow();
            audit.record(handle, PartsAuditAction.SUPPLIER_CHANGED, "supplier", id, before.toString(), after.toString());
            return after;
        });
    }

    /** Records that the supplier delivers the part (the first one named becomes the preferred supplier). */
    public void linkSupplier(long partId, long supplierId, Money price) {
        session.require(Permission.MANAGE_PARTS_MASTER);
        transactions.useTransaction(handle -> rememberPrice(handle, partId, supplierId,
                price == null ? null : price.amount()));
    }

    private static void rememberPrice(Handle handle, long partId, long supplierId, BigDecimal price) {
        PurchasingDao dao = handle.attach(PurchasingDao.class);
        if (dao.supplies(partId, supplierId) == 0) {
            dao.addPartSupplier(partId, supplierId, price, dao.preferredSupplier(partId).isEmpty());
        } else if (price != null) {
            dao.updateLastPrice(partId, supplierId, price);
        }
    }

    // ---- orders

    public PurchaseOrder createOrder(long supplierId, List<OrderLineInput> lines, String notes) {
        return createOrder(supplierId, lines, notes, false);
    }

    /**
     * Places a draft order. An order outside the supplier's agreement (expired, a price above the
     * agreed one) is refused unless {@code outsideAgreement} confirms it and the user may order so;
     * then each warning is audited.
     */
    public PurchaseOrder createOrder(long supplierId, List<OrderLineInput> lines, String notes, boolean outsideAgreement) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        String user = session.requireUser().username();
        String cleanNotes = Typed.optionalText(notes, 300);
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(java.util.Objects::isNull)) {
            throw new BusinessRuleException("purchase.noLines");
        }
        lines.forEach(line -> PartRules.unitPrice(line.unitPrice()));
        return transactions.inTransaction(handle -> {
            PurchasingDao dao = handle.attach(PurchasingDao.class);
            Supplier supplier = dao.supplier(supplierId)
                    .orElseThrow(() -> new BusinessRuleException("supplier.notFound", String.valueOf(supplierId)));
            if (!supplier.active()) {
                throw new BusinessRuleException("supplier.inactive", supplier.name());
            }
            Instant now = clock.instant();
            List<OrderWarning> warnings = terms.warnings(handle, supplierId, List.copyOf(lines),
                    LocalDate.ofInstant(now, clock.getZone()));
            if (!warnings.isEmpty()) {
                if (!outsideAgreement) {
                    OrderWarning first = warnings.get(0);
                    throw new BusinessRuleException(first.messageKey(), first.args());
                }
                session.require(Permission.ORDER_OUTSIDE_AGREEMENT);
            }
            String prefix = "PO" + LocalDate.ofInstant(now, clock.getZone()).format(DAY) + "-";
            String number = prefix + String.format(Locale.ROOT, "%03d", dao.countNumbered(prefix + "%") + 1);
            long id = dao.insertOrder(number, supplierId, cleanNotes, user, now);
            int lineNo = 0;
            for (OrderLineInput line : lines) {
                Part part = PartsService.load(handle, line.partId());
                StockService.positive(line.quantity());
                Quantity.check(line.quantity(), part.unit());
                dao.insertLine(id, ++lineNo, part.id(), line.quantity(), line.unitPrice().amount());
                dao.markRequestsOrdered(part.id(), id);
            }
            PurchaseOrder order = load(handle, id);
            audit.record(handle, PartsAuditAction.PURCHASE_ORDER_CREATED, "purchase_order", id, null,
                    number + " " + supplier.name() + " " + order.total().amount().toPlainString());
            for (OrderWarning warning : warnings) {
                audit.record(handle, PartsAuditAction.PURCHASE_OUTSIDE_AGREEMENT, "purchase_order", id, null,
                        number + " " + warning.messageKey() + " " + String.join(" ", warning.arguments()));
            }
            return order;
        });
    }

    public PurchaseOrder send(long orderId, int expectedVersion) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> {
            PurchaseOrder order = load(handle, orderId);
            if (order.status() != PurchaseOrderStatus.DRAFT) {
                throw new BusinessRuleException("purchase.notDraft", order.orderNumber());
            }
            setStatus(handle, order, expectedVersion, PurchaseOrderStatus.SENT);
            audit.record(handle, PartsAuditAction.PURCHASE_ORDER_SENT, "purchase_order", orderId, null, order.orderNumber());
            return load(handle, orderId);
        });
    }

    /** Closes an order: nothing more is expected (what is still outstanding is cancelled). */
    public PurchaseOrder close(long orderId, int expectedVersion) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> {
            PurchaseOrder order = load(handle, orderId);
            if (order.status() == PurchaseOrderStatus.CLOSED) {
                throw new BusinessRuleException("purchase.closed", order.orderNumber());
            }
            setStatus(handle, order, expectedVersion, PurchaseOrderStatus.CLOSED);
            audit.record(handle, PartsAuditAction.PURCHASE_ORDER_CLOSED, "purchase_order", orderId,
                    order.status().name(), PurchaseOrderStatus.CLOSED.name());
            return load(handle, orderId);
        });
    }

    private void setStatus(Handle handle, PurchaseOrder order, int expectedVersion, PurchaseOrderStatus status) {
        Instant now = clock.instant();
        int updated = handle.attach(PurchasingDao.class).setStatus(order.id(), expectedVersion, status.name(),
                status == PurchaseOrderStatus.SENT ? now : null, status == PurchaseOrderStatus.CLOSED ? now : null);
        if (updated == 0) {
            throw new ConcurrentChangeException(order.orderNumber());
        }
    }

    public PurchaseOrder order(long orderId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> load(handle, orderId));
    }

    public List<PurchaseOrder> recentOrders(int limit) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(PurchasingDao.class).recentOrders(limit).stream()
                .map(row -> row.toOrder(handle.attach(PurchasingDao.class).lines(row.id()))).toList());
    }

    static PurchaseOrder load(Handle handle, long orderId) {
        PurchasingDao dao = handle.attach(PurchasingDao.class);
        return dao.order(orderId).orElseThrow(() -> new BusinessRuleException("purchase.notFound", String.valueOf(orderId)))
                .toOrder(dao.lines(orderId));
    }

    // ---- receiving

    /**
     * Receives a delivery against a sent order: partial deliveries leave the order partly received;
     * a price other than the ordered one is posted as delivered and flagged; more than outstanding is
     * refused unless the line carries a reason (then audited).
     */
    public Receipt receive(long orderId, int expectedVersion, String deliveryNote, List<ReceiptLineInput> lines) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        String user = session.requireUser().username();
        String note = Typed.optionalText(deliveryNote, 60);
        if (note == null) {
            throw new InvalidValueException("purchase.deliveryNoteRequired");
        }
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(java.util.Objects::isNull)) {
            throw new BusinessRuleException("purchase.noLines");
        }
        lines.forEach(line -> {
            if (line.unitPrice() != null) {
                PartRules.unitPrice(line.unitPrice());
            }
        });
        return transactions.inTransaction(handle -> {
            PurchasingDao dao = handle.attach(PurchasingDao.class);
            PurchaseOrder order = load(handle, orderId);
            if (!order.status().expectsDeliveries()) {
                throw new BusinessRuleException("purchase.notExpectingDelivery", order.orderNumber());
            }
            Instant now = clock.instant();
            long receiptId = dao.insertReceipt(orderId, order.supplierId(), note, null, user, now);
            List<Receipt.PriceDifference> differences = new ArrayList<>();
            for (ReceiptLineInput in : lines) {
                PurchaseOrderLine line = order.lines().stream()
                        .filter(l -> in.orderLineId() != null && l.id() == in.orderLineId()).findFirst()
                        .orElseThrow(() -> new BusinessRuleException("purchase.lineNotOnOrder", order.orderNumber()));
                StockService.positive(in.quantity());
                Quantity.check(in.quantity(), line.unit());
                PurchaseOrderLine current = dao.line(line.id()).orElseThrow();
                String overReason = Typed.optionalText(in.overReceiptReason(), StockService.MAX_REASON);
                if (in.quantity().compareTo(current.outstanding()) > 0) {
                    if (overReason == null) {
                        throw new BusinessRuleException("purchase.overReceipt", line.partNumber(),
                                Quantity.display(current.outstanding()), Quantity.display(in.quantity()));
                    }
                    audit.record(handle, PartsAuditAction.OVER_RECEIPT, "purchase_order", orderId,
                            line.partNumber() + " outstanding " + Quantity.display(current.outstanding()),
                            "received " + Quantity.display(in.quantity()) + " (" + overReason + ")");
                }
                BigDecimal price = in.unitPrice() == null ? line.unitPrice() : in.unitPrice().amount();
                boolean differs = price.compareTo(line.unitPrice()) != 0;
                if (differs) {
                    differences.add(new Receipt.PriceDifference(line.partNumber(), line.unitPrice(), price));
                }
                long movementId = postReceipt(handle, line.partId(), in.binId(), in.quantity(), price, receiptId, note, now);
                dao.insertReceiptLine(receiptId, line.id(), line.partId(), in.binId(), in.quantity(), price,
                        line.unitPrice(), differs, overReason, movementId);
                dao.addReceived(line.id(), in.quantity());
                rememberPrice(handle, line.partId(), order.supplierId(), price);
            }
            boolean complete = dao.lines(orderId).stream().allMatch(l -> l.outstanding().signum() == 0);
            setStatus(handle, order, expectedVersion,
                    complete ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTLY_RECEIVED);
            return new Receipt(receiptId, orderId, load(handle, orderId).status(), differences);
        });
    }

    /** Goods that came without an order: a permitted role only, with the reason. */
    public Receipt receiveWithoutOrder(Long supplierId, String deliveryNote, String reason, List<ReceiptLineInput> lines) {
        session.require(Permission.RECEIVE_WITHOUT_ORDER);
        String user = session.requireUser().username();
        String why = StockService.requiredReason(reason);
        String note = Typed.optionalText(deliveryNote, 60);
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(java.util.Objects::isNull)) {
            throw new BusinessRuleException("purchase.noLines");
        }
        lines.forEach(line -> PartRules.unitPrice(line.unitPrice()));
        return transactions.inTransaction(handle -> {
            PurchasingDao dao = handle.attach(PurchasingDao.class);
            Instant now = clock.instant();
            if (supplierId != null && dao.supplier(supplierId).isEmpty()) {
                throw new BusinessRuleException("supplier.notFound", String.valueOf(supplierId));
            }
            long receiptId = dao.insertReceipt(null, supplierId, note, why, user, now);
            for (ReceiptLineInput in : lines) {
                if (in.partId() == null) {
                    throw new BusinessRuleException("purchase.noLines");
                }
                Part part = PartsService.load(handle, in.partId());
                StockService.positive(in.quantity());
                Quantity.check(in.quantity(), part.unit());
                if (in.unitPrice() == null) {
                    throw new InvalidValueException("money.invalid.empty");
                }
                BigDecimal price = in.unitPrice().amount();
                long movementId = postReceipt(handle, part.id(), in.binId(), in.quantity(), price, receiptId, note, now);
                dao.insertReceiptLine(receiptId, null, part.id(), in.binId(), in.quantity(), price, null, false, null,
                        movementId);
                if (supplierId != null) {
                    rememberPrice(handle, part.id(), supplierId, price);
                }
                audit.record(handle, PartsAuditAction.RECEIVED_WITHOUT_ORDER, "part", part.id(), null,
                        part.partNumber() + " +" + Quantity.display(in.quantity()) + " @ " + price.toPlainString()
                                + " (" + why + ")");
            }
            return new Receipt(receiptId, null, null, List.of());
        });
    }

    private long postReceipt(Handle handle, long partId, long binId, BigDecimal quantity, BigDecimal price,
                             long receiptId, String note, Instant now) {
        PartsService.assignBin(handle, partId, binId, false);
        long movementId = ledger.post(handle, NewMovement.of(partId, binId, MovementType.RECEIPT, quantity)
                .withUnitCost(price).withReceipt(receiptId).withReference(note)).get(0);
        Lots.open(handle, partId, receiptId, movementId, quantity, now);
        return movementId;
    }

    // ---- reorder suggestions

    /**
     * Parts whose projected stock (on hand - what open reservations still need + what is on order)
     * is at or below the reorder point, or below zero (a repair order waits for it); each is
     * suggested up to reorder point + reorder quantity, rounded up where the unit is whole.
     */
    public List<ReorderSuggestion> reorderSuggestions() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.createQuery("""
                SELECT p.id, p.part_number, p.name_zh, p.name_en, p.whole_units, p.reorder_point, p.reorder_quantity,
                       COALESCE((SELECT SUM(on_hand) FROM stock_balance s WHERE s.part_id = p.id), 0) AS on_hand,
                       COALESCE((SELECT SUM(r.quantity - r.issued) FROM stock_reservation r
                                 WHERE r.part_id = p.id AND r.status = 'OPEN'), 0) AS reserved,
                       COALESCE((SELECT SUM(l.quantity - l.received_quantity) FROM purchase_order_line l
                                 JOIN purchase_order o ON o.id = l.order_id
                                 WHERE l.part_id = p.id AND o.status IN ('DRAFT', 'SENT', 'PARTLY_RECEIVED')
                                   AND l.quantity > l.received_quantity), 0) AS on_order,
                       COALESCE((SELECT SUM(q.quantity) FROM purchase_request q
                                 WHERE q.part_id = p.id AND q.status = 'OPEN'), 0) AS requested,
                       (SELECT ps.supplier_id FROM part_supplier ps WHERE ps.part_id = p.id
                        ORDER BY ps.preferred DESC, ps.supplier_id LIMIT 1) AS supplier_id
                FROM part p WHERE p.active = TRUE AND (p.reorder_point > 0 OR EXISTS
                      (SELECT 1 FROM purchase_request q WHERE q.part_id = p.id AND q.status = 'OPEN'))
                ORDER BY p.part_number
                """).map(ConstructorMapper.of(ReorderRow.class)).stream()
                .map(PurchasingService::suggestion).filter(s -> s != null).toList());
    }

    record ReorderRow(long id, String partNumber, String nameZh, String nameEn, boolean wholeUnits, BigDecimal reorderPoint,
                      BigDecimal reorderQuantity, BigDecimal onHand, BigDecimal reserved, BigDecimal onOrder,
                      BigDecimal requested, Long supplierId) {
    }

    private static ReorderSuggestion suggestion(ReorderRow row) {
        BigDecimal projected = row.onHand().subtract(row.reserved()).add(row.onOrder());
        if (projected.compareTo(row.reorderPoint()) > 0) {
            return null;
        }
        BigDecimal suggested = row.reorderPoint().add(row.reorderQuantity()).subtract(projected);
        if (row.wholeUnits()) {
            suggested = suggested.setScale(0, RoundingMode.CEILING);
        }
        if (suggested.signum() <= 0) {
            return null;
        }
        return new ReorderSuggestion(row.id(), row.partNumber(), row.nameZh(), row.nameEn(), row.onHand(), row.reserved(),
                row.onOrder(), row.requested(), row.reorderPoint(), suggested.setScale(Quantity.SCALE), row.supplierId());
    }
}
