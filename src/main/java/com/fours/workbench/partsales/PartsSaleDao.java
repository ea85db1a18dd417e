package com.fours.workbench.partsales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.core.Money;
import com.fours.workbench.db.MoneyColumnMapper;

/** Sales orders, their lines and the trade customers' discounts. */
@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(PartsSale.Header.class)
@RegisterConstructorMapper(PartsSaleLine.class)
@RegisterConstructorMapper(PartsSaleDao.LiveBill.class)
public interface PartsSaleDao {

    @SqlQuery("SELECT discount_percent FROM trade_customer WHERE customer_id = :customerId")
    Optional<BigDecimal> tradeDiscount(long customerId);

    @SqlUpdate("DELETE FROM trade_customer WHERE customer_id = :customerId")
    int removeTrade(long customerId);

    @SqlUpdate("INSERT INTO trade_customer (customer_id, discount_percent, set_by, set_at) "
            + "VALUES (:customerId, :percent, :user, :at)")
    void insertTrade(long customerId, BigDecimal percent, String user, Instant at);

    @SqlQuery("SELECT c.id, c.name, t.discount_percent AS percent FROM trade_customer t JOIN customer c ON c.id = t.customer_id "
            + "ORDER BY c.name, c.id")
    @RegisterConstructorMapper(PartsSaleService.TradeCustomer.class)
    List<PartsSaleService.TradeCustomer> tradeCustomers();

    @SqlQuery("SELECT name FROM customer WHERE id = :customerId")
    Optional<String> customerName(long customerId);

    @SqlUpdate("""
            INSERT INTO parts_sale (number, customer_id, customer_name, trade_discount_percent, status, created_by, created_at)
            VALUES (:number, :customerId, :customerName, :percent, 'OPEN', :user, :at)
            """)
    @GetGeneratedKeys("id")
    long insertSale(String number, Long customerId, String customerName, BigDecimal percent, String user, Instant at);

    @SqlUpdate("""
            INSERT INTO parts_sale_line (sale_id, line_no, part_id, quantity, list_price, unit_price)
            VALUES (:saleId, :lineNo, :partId, :quantity, :listPrice, :unitPrice)
            """)
    @GetGeneratedKeys("id")
    long insertLine(long saleId, int lineNo, long partId, BigDecimal quantity, BigDecimal listPrice, BigDecimal unitPrice);

    @SqlQuery("SELECT " + PartsSale.Header.COLUMNS + " FROM parts_sale WHERE id = :id")
    Optional<PartsSale.Header> header(long id);

    /** Locks the order's row until the transaction ends: two desks billing it queue. */
    @SqlQuery("SELECT id FROM parts_sale WHERE id = :id FOR UPDATE")
    Optional<Long> lock(long id);

    @SqlQuery("SELECT " + PartsSaleLine.COLUMNS + " FROM parts_sale_line l JOIN part p ON p.id = l.part_id "
            + "WHERE l.sale_id = :saleId ORDER BY l.line_no")
    List<PartsSaleLine> lines(long saleId);

    /** Moves the order on if nobody changed it since {@code version} was read. */
    @SqlUpdate("UPDATE parts_sale SET status = :to, picked_by = COALESCE(:pickedBy, picked_by), "
            + "picked_at = COALESCE(:pickedAt, picked_at), version = version + 1 "
            + "WHERE id = :id AND version = :version AND status = :from")
    int transition(long id, int version, String from, String to, String pickedBy, Instant pickedAt);

    @SqlUpdate("UPDATE parts_sale_line SET picked = quantity WHERE sale_id = :saleId")
    void pickedInFull(long saleId);

    /** Counts a return on the line unless more would come back than was picked. */
    @SqlUpdate("UPDATE parts_sale_line SET returned = returned + :q WHERE id = :lineId AND returned + :q <= picked")
    int returned(long lineId, BigDecimal q);

    record LiveBill(long saleId, long billId, String number, Money due) {
    }

    /** The live (not voided) bills of these orders and what is still due on each. */
    @SqlQuery("""
            SELECT b.parts_sale_id AS sale_id, b.id AS bill_id, b.number,
                   b.total - COALESCE((SELECT SUM(p.amount) FROM payment p WHERE p.bill_id = b.id), 0) AS due
            FROM bill b WHERE b.parts_sale_id IN (<saleIds>) AND b.kind = 'BILL'
            AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)
            """)
    List<LiveBill> liveBills(@BindList("saleIds") List<Long> saleIds);

    /** Orders whose number or customer contains the text, newest first; with {@code statuses} only those. */
    @SqlQuery("""
            SELECT id FROM parts_sale WHERE status IN (<statuses>)
            AND (UPPER(number) LIKE :like OR UPPER(customer_name) LIKE :like)
            ORDER BY created_at DESC, id DESC LIMIT :limit
            """)
    List<Long> find(@BindList("statuses") List<String> statuses, String like, int limit);

    /** Picked orders without a live bill or with one still due: what the cashier's desk has to settle. */
    @SqlQuery("""
            SELECT s.id FROM parts_sale s WHERE s.status = 'PICKED' AND NOT EXISTS (
                SELECT 1 FROM bill b WHERE b.parts_sale_id = s.id AND b.kind = 'BILL'
                AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)
                AND b.total <= COALESCE((SELECT SUM(p.amount) FROM payment p WHERE p.bill_id = b.id), 0))
            ORDER BY s.created_at, s.id LIMIT :limit
            """)
    List<Long> toSettle(int limit);

    /**
     * What the warehouse still has to do: open orders to pick and picked ones the desk has not billed
     * yet (their delivery note still to hand over); an order with a live bill is done here. Newest first.
     */
    @SqlQuery("""
            SELECT s.id FROM parts_sale s WHERE s.status IN ('OPEN', 'PICKED') AND NOT EXISTS (
                SELECT 1 FROM bill b WHERE b.parts_sale_id = s.id AND b.kind = 'BILL'
                AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id))
            ORDER BY s.created_at DESC, s.id DESC LIMIT :limit
            """)
    List<Long> atWarehouse(int limit);

    /** The active parts of these categories, by category and number: the common parts of the price list. */
    @SqlQuery("SELECT id FROM part WHERE active = TRUE AND category IN (<categories>) ORDER BY category, part_number "
            + "LIMIT :limit")
    List<Long> commonParts(@BindList("categories") List<String> categories, int limit);

    /** The primary bin if it holds {@code quantity} of the part, else the bin with most of it. */
    @SqlQuery("""
            SELECT s.bin_id FROM stock_balance s LEFT JOIN part_bin pb ON pb.part_id = s.part_id AND pb.bin_id = s.bin_id
            WHERE s.part_id = :partId AND s.on_hand >= :quantity
            ORDER BY CASE WHEN pb.is_primary THEN 0 ELSE 1 END, s.on_hand DESC, s.bin_id LIMIT 1
            """)
    Optional<Long> binHolding(long partId, BigDecimal quantity);

    /** Active parts of these categories of which at least {@code quantity} is on hand and not reserved. */
    @SqlQuery("""
            SELECT p.id FROM part p WHERE p.active = TRUE AND p.category IN (<categories>)
            AND (SELECT COALESCE(SUM(b.on_hand), 0) FROM stock_balance b WHERE b.part_id = p.id)
              - (SELECT COALESCE(SUM(r.quantity - r.issued), 0) FROM stock_reservation r
                 WHERE r.part_id = p.id AND r.status = 'OPEN') >= :quantity
            ORDER BY p.part_number LIMIT :limit
            """)
    List<Long> partsAvailable(@BindList("categories") List<String> categories, BigDecimal quantity, int limit);

    /** The first company customers of the archive (trade customers are garages, i.e. companies). */
    @SqlQuery("SELECT id FROM customer WHERE kind = 'COMPANY' ORDER BY id LIMIT :limit")
    List<Long> companies(int limit);
}
