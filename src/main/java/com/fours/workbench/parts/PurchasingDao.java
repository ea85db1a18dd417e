package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Supplier.class)
@RegisterConstructorMapper(PurchasingDao.OrderRow.class)
@RegisterConstructorMapper(PurchaseOrderLine.class)
public interface PurchasingDao {

    record OrderRow(long id, String orderNumber, long supplierId, String supplierName, String status, String notes,
                    String createdBy, Instant createdAt, Instant sentAt, Instant closedAt, int version) {

        PurchaseOrder toOrder(List<PurchaseOrderLine> lines) {
            return new PurchaseOrder(id, orderNumber, supplierId, supplierName, PurchaseOrderStatus.valueOf(status),
                    notes, createdBy, createdAt, sentAt, closedAt, version, lines);
        }
    }

    String ORDER_COLUMNS = "o.id, o.order_number, o.supplier_id, s.name AS supplier_name, o.status, o.notes, "
            + "o.created_by, o.created_at, o.sent_at, o.closed_at, o.version";
    String LINE_COLUMNS = "l.id, l.order_id, l.line_no, l.part_id, p.part_number, p.name_zh AS part_name, "
            + "p.name_en AS part_name_en, p.unit, l.quantity, l.unit_price, l.received_quantity";

    // ---- suppliers

    @SqlQuery("SELECT " + Supplier.COLUMNS + " FROM supplier ORDER BY code")
    List<Supplier> suppliers();

    @SqlQuery("SELECT " + Supplier.COLUMNS + " FROM supplier WHERE id = :id")
    Optional<Supplier> supplier(long id);

    @SqlQuery("SELECT " + Supplier.COLUMNS + " FROM supplier WHERE code = :code")
    Optional<Supplier> supplierByCode(String code);

    @SqlUpdate("""
            INSERT INTO supplier (code, name, contact, phone, address, created_at)
            VALUES (:code, :name, :contact, :phone, :address, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insertSupplier(String code, String name, String contact, String phone, String address, Instant createdAt);

    @SqlUpdate("""
            UPDATE supplier SET name = :name, contact = :contact, phone = :phone, address = :address, active = :active,
                   version = version + 1
            WHERE id = :id AND version = :version
            """)
    int updateSupplier(long id, int version, String name, String contact, String phone, String address, boolean active);

    @SqlQuery("SELECT COUNT(*) FROM part_supplier WHERE part_id = :partId AND supplier_id = :supplierId")
    int supplies(long partId, long supplierId);

    @SqlUpdate("INSERT INTO part_supplier (part_id, supplier_id, last_price, preferred) VALUES (:partId, :supplierId, :price, :preferred)")
    void addPartSupplier(long partId, long supplierId, BigDecimal price, boolean preferred);

    @SqlUpdate("UPDATE part_supplier SET last_price = :price WHERE part_id = :partId AND supplier_id = :supplierId")
    void updateLastPrice(long partId, long supplierId, BigDecimal price);

    @SqlQuery("SELECT supplier_id FROM part_supplier WHERE part_id = :partId ORDER BY preferred DESC, supplier_id LIMIT 1")
    Optional<Long> preferredSupplier(long partId);

    // ---- orders

    @SqlQuery("SELECT COUNT(*) FROM purchase_order WHERE order_number LIKE :prefix")
    int countNumbered(String prefix);

    @SqlUpdate("""
            INSERT INTO purchase_order (order_number, supplier_id, status, notes, created_by, created_at)
            VALUES (:orderNumber, :supplierId, 'DRAFT', :notes, :createdBy, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insertOrder(String orderNumber, long supplierId, String notes, String createdBy, Instant createdAt);

    /** An order as it stands further on (sent, received): a history loaded at once (the demo store's). */
    @SqlUpdate("""
            INSERT INTO purchase_order (order_number, supplier_id, status, notes, created_by, created_at, sent_at)
            VALUES (:orderNumber, :supplierId, :status, :notes, :createdBy, :createdAt, :sentAt)
            """)
    @GetGeneratedKeys("id")
    long insertOrderAsOf(String orderNumber, long supplierId, String status, String notes, String createdBy,
                         Instant createdAt, Instant sentAt);

    /** An order line as it stands, what has been received of it included. */
    record StoredOrderLine(long orderId, int lineNo, long partId, BigDecimal quantity, BigDecimal unitPrice,
                           BigDecimal receivedQuantity) {
    }

    /** Inserts the lines in order and returns their ids in the same order. */
    @SqlBatch("""
            INSERT INTO purchase_order_line (order_id, line_no, part_id, quantity, unit_price, received_quantity)
            VALUES (:orderId, :lineNo, :partId, :quantity, :unitPrice, :receivedQuantity)
            """)
    @GetGeneratedKeys("id")
    List<Long> insertLinesAsOf(@BindMethods List<StoredOrderLine> lines);

    @SqlUpdate("""
            INSERT INTO purchase_order_line (order_id, line_no, part_id, quantity, unit_price)
            VALUES (:orderId, :lineNo, :partId, :quantity, :unitPrice)
            """)
    void insertLine(long orderId, int lineNo, long partId, BigDecimal quantity, BigDecimal unitPrice);

    @SqlQuery("SELECT " + ORDER_COLUMNS + " FROM purchase_order o JOIN supplier s ON s.id = o.supplier_id WHERE o.id = :id")
    Optional<OrderRow> order(long id);

    @SqlQuery("SELECT " + ORDER_COLUMNS + " FROM purchase_order o JOIN supplier s ON s.id = o.supplier_id "
            + "ORDER BY o.created_at DESC, o.id DESC LIMIT :limit")
    List<OrderRow> recentOrders(int limit);

    @SqlQuery("SELECT " + LINE_COLUMNS + " FROM purchase_order_line l JOIN part p ON p.id = l.part_id "
            + "WHERE l.order_id = :orderId ORDER BY l.line_no")
    List<PurchaseOrderLine> lines(long orderId);

    @SqlQuery("SELECT " + LINE_COLUMNS + " FROM purchase_order_line l JOIN part p ON p.id = l.part_id WHERE l.id = :id")
    Optional<PurchaseOrderLine> line(long id);

    @SqlUpdate("UPDATE purchase_order_line SET received_quantity = received_quantity + :quantity WHERE id = :id")
    void addReceived(long id, BigDecimal quantity);

    @SqlUpdate("""
            UPDATE purchase_order SET status = :status, sent_at = COALESCE(:sentAt, sent_at),
                   closed_at = COALESCE(:closedAt, closed_at), version = version + 1
            WHERE id = :id AND version = :version
            """)
    int setStatus(long id, int version, String status, Instant sentAt, Instant closedAt);

    // ---- receipts

    @SqlUpdate("""
            INSERT INTO purchase_receipt (order_id, supplier_id, delivery_note, reason, received_by, received_at)
            VALUES (:orderId, :supplierId, :deliveryNote, :reason, :receivedBy, :receivedAt)
            """)
    @GetGeneratedKeys("id")
    long insertReceipt(Long orderId, Long supplierId, String deliveryNote, String reason, String receivedBy,
                       Instant receivedAt);

    @SqlUpdate("""
            INSERT INTO purchase_receipt_line (receipt_id, order_line_id, part_id, bin_id, quantity, unit_price,
                ordered_price, price_differs, over_reason, movement_id)
            VALUES (:receiptId, :orderLineId, :partId, :binId, :quantity, :unitPrice, :orderedPrice, :priceDiffers,
                :overReason, :movementId)
            """)
    void insertReceiptLine(long receiptId, Long orderLineId, long partId, long binId, BigDecimal quantity,
                           BigDecimal unitPrice, BigDecimal orderedPrice, boolean priceDiffers, String overReason,
                           long movementId);

    @SqlUpdate("UPDATE purchase_receipt SET delivery_note = :deliveryNote WHERE id = :id")
    void setDeliveryNote(long id, String deliveryNote);

    record StoredReceiptLine(long receiptId, Long orderLineId, long partId, long binId, BigDecimal quantity,
                             BigDecimal unitPrice, BigDecimal orderedPrice, boolean priceDiffers, String overReason,
                             long movementId) {
    }

    @SqlBatch("""
            INSERT INTO purchase_receipt_line (receipt_id, order_line_id, part_id, bin_id, quantity, unit_price,
                ordered_price, price_differs, over_reason, movement_id)
            VALUES (:receiptId, :orderLineId, :partId, :binId, :quantity, :unitPrice, :orderedPrice, :priceDiffers,
                :overReason, :movementId)
            """)
    void insertReceiptLines(@BindMethods List<StoredReceiptLine> lines);

    // ---- purchase requests

    @SqlUpdate("""
            INSERT INTO purchase_request (part_id, quantity, repair_order_id, reservation_id, status, created_by, created_at)
            VALUES (:partId, :quantity, :repairOrderId, :reservationId, 'OPEN', :createdBy, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insertRequest(long partId, BigDecimal quantity, Long repairOrderId, Long reservationId, String createdBy,
                       Instant createdAt);

    @SqlUpdate("UPDATE purchase_request SET status = 'ORDERED', order_id = :orderId WHERE part_id = :partId AND status = 'OPEN'")
    void markRequestsOrdered(long partId, long orderId);
}
