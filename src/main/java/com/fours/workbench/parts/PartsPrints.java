package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The warehouse's printed documents ({@code reports/parts_*.jrxml}): the purchase order and the
 * issue slip. Values are formatted here, labels translated with the caller's {@link Messages}.
 */
public final class PartsPrints {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String PURCHASE_ORDER = "parts_purchase_order";
    public static final String ISSUE_SLIP = "parts_issue_slip";

    /** One order line as printed. */
    public record OrderLine(String lineNo, String partNumber, String partName, String specification, String unit,
                            String quantity, String unitPrice, String amount) {
    }

    /** One issued part as printed. */
    public record SlipLine(String lineNo, String binCode, String partNumber, String partName, String unit, String issued,
                           String returned, String net) {
    }

    private final Transactions transactions;
    private final Session session;
    private final ReportEngine engine;
    private final StoreProfileService store;
    private final Clock clock;

    public PartsPrints(Transactions transactions, Session session, ReportEngine engine, StoreProfileService store,
                       Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.engine = engine;
        this.store = store;
        this.clock = clock;
    }

    public RenderedReport purchaseOrder(long orderId, Messages messages) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        PurchaseOrder order = transactions.read(handle -> PurchasingService.load(handle, orderId));
        Supplier supplier = transactions.read(handle -> handle.attach(PurchasingDao.class).supplier(order.supplierId()))
                .orElseThrow();
        List<OrderLine> rows = new ArrayList<>();
        Map<Long, Part> parts = new HashMap<>();
        for (PurchaseOrderLine line : order.lines()) {
            Part part = parts.computeIfAbsent(line.partId(), id -> transactions.read(h -> PartsService.load(h, id)));
            rows.add(new OrderLine(String.valueOf(line.lineNo()), line.partNumber(), part.nameZh(),
                    join(part.brand(), part.specification()), messages.of(line.unit()), Quantity.display(line.quantity()),
                    money(line.unitPrice()), money(line.amount())));
        }
        Map<String, Object> p = header(messages, messages.get("parts.print.purchaseOrder.title"));
        p.put("HEAD1_LABEL", messages.get("parts.print.purchaseOrder.number"));
        p.put("HEAD1", order.orderNumber());
        p.put("HEAD2_LABEL", messages.get("parts.print.purchaseOrder.supplier"));
        p.put("HEAD2", supplier.name() + " (" + supplier.code() + ")");
        p.put("HEAD3_LABEL", messages.get("parts.print.purchaseOrder.date"));
        p.put("HEAD3", LocalDateTime.ofInstant(order.createdAt(), clock.getZone()).toLocalDate().toString());
        p.put("HEAD4_LABEL", messages.get("parts.print.purchaseOrder.contact"));
        p.put("HEAD4", join(supplier.contact(), supplier.phone()));
        p.put("COL1", messages.get("parts.print.column.no"));
        p.put("COL2", messages.get("parts.ui.part.number"));
        p.put("COL3", messages.get("parts.ui.part.name"));
        p.put("COL4", messages.get("parts.print.column.brandSpec"));
        p.put("COL5", messages.get("parts.ui.part.unit"));
        p.put("COL6", messages.get("parts.print.column.quantity"));
        p.put("COL7", messages.get("parts.print.column.unitPrice"));
        p.put("COL8", messages.get("parts.print.column.amount"));
        p.put("TOTAL_LABEL", messages.get("parts.print.total"));
        p.put("TOTAL", "¥" + money(order.total().amount()));
        p.put("NOTE", order.notes());
        p.put("SIGN1", messages.get("parts.print.purchaseOrder.buyer"));
        p.put("SIGN2", messages.get("parts.print.purchaseOrder.supplierConfirms"));
        return engine.render(PURCHASE_ORDER, (String) p.get("TITLE") + " " + order.orderNumber(), p, rows);
    }

    public RenderedReport issueSlip(long repairOrderId, Messages messages) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        List<Reservation> reservations = transactions.read(handle -> ReservationService.reservationsOf(handle, repairOrderId));
        List<SlipLine> rows = new ArrayList<>();
        int no = 0;
        for (Reservation r : reservations) {
            if (r.issued().signum() == 0) {
                continue;
            }
            String bin = transactions.read(handle -> handle.createQuery("""
                    SELECT b.code FROM stock_movement m JOIN bin b ON b.id = m.bin_id
                    WHERE m.reservation_id = :id AND m.movement_type = 'ISSUE_TO_REPAIR_ORDER' ORDER BY m.id DESC LIMIT 1
                    """).bind("id", r.id()).mapTo(String.class).findOne().orElse(""));
            rows.add(new SlipLine(String.valueOf(++no), bin, r.partNumber(), r.partName(), messages.of(r.unit()),
                    Quantity.display(r.issued()), Quantity.display(r.returned()), Quantity.display(r.returnable())));
        }
        Map<String, Object> p = header(messages, messages.get("parts.print.issueSlip.title"));
        p.put("HEAD1_LABEL", messages.get("parts.print.issueSlip.repairOrder"));
        p.put("HEAD1", String.valueOf(repairOrderId));
        p.put("HEAD2_LABEL", messages.get("parts.print.issueSlip.lines"));
        p.put("HEAD2", String.valueOf(rows.size()));
        p.put("HEAD3_LABEL", messages.get("parts.print.issueSlip.date"));
        p.put("HEAD3", LocalDateTime.now(clock).toLocalDate().toString());
        p.put("HEAD4_LABEL", messages.get("parts.print.issueSlip.clerk"));
        p.put("HEAD4", session.requireUser().displayName());
        p.put("COL1", messages.get("parts.print.column.no"));
        p.put("COL2", messages.get("parts.ui.bin"));
        p.put("COL3", messages.get("parts.ui.part.number"));
        p.put("COL4", messages.get("parts.ui.part.name"));
        p.put("COL5", messages.get("parts.ui.part.unit"));
        p.put("COL6", messages.get("parts.print.column.issued"));
        p.put("COL7", messages.get("parts.print.column.returned"));
        p.put("COL8", messages.get("parts.print.column.net"));
        p.put("TOTAL_LABEL", messages.get("parts.print.issueSlip.count", rows.size()));
        p.put("SIGN1", messages.get("parts.print.issueSlip.receivedBy"));
        p.put("SIGN2", messages.get("parts.print.issueSlip.issuedBy"));
        return engine.render(ISSUE_SLIP, (String) p.get("TITLE") + " " + repairOrderId, p, rows);
    }

    private Map<String, Object> header(Messages messages, String title) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        p.put("STORE_NAME", store.find().map(StoreProfile::name).orElse(""));
        p.put("TITLE", title);
        p.put("PRINTED_BY", session.requireUser().displayName());
        p.put("PRINTED_AT", FORMATS.dateTime(clock.instant(), clock.getZone()));
        p.put("LABEL_PRINTED_BY", messages.get("reporting.document.printedBy"));
        p.put("LABEL_PRINTED_AT", messages.get("reporting.document.printedAt"));
        p.put("LABEL_PAGE_OF", messages.get("reporting.document.pageOf"));
        return p;
    }

    private static String money(BigDecimal amount) {
        return Money.of(amount.setScale(2, RoundingMode.HALF_UP)).amount().toPlainString();
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }
}
