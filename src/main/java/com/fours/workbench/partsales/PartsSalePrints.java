package com.fours.workbench.partsales;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.BillKind;
import com.fours.workbench.cashier.Payment;
import com.fours.workbench.cashier.PartsSaleBills;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

/**
 * The parts sale's prints ({@code reports/parts_sale.jrxml}): the sales order / delivery note the clerk
 * hands over with the parts (signed by the customer), and the parts-sale bill from the desk with its
 * discount, VAT and payments. Values formatted here, labels from the caller's {@link Messages}.
 */
public final class PartsSalePrints {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String REPORT = "parts_sale";

    /** One line as printed. */
    public record Line(String lineNo, String partNumber, String partName, String specification, String unit,
                       String quantity, String unitPrice, String amount) {
    }

    private final Transactions transactions;
    private final Session session;
    private final ReportEngine engine;
    private final StoreProfileService store;
    private final Clock clock;

    public PartsSalePrints(Transactions transactions, Session session, ReportEngine engine, StoreProfileService store,
                           Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.engine = engine;
        this.store = store;
        this.clock = clock;
    }

    /** The sales order as a delivery note: the parts, the agreed prices, the customer's signature. */
    public RenderedReport deliveryNote(long saleId, Messages messages) {
        if (!session.may(Permission.USE_CASHIER)) {
            session.require(Permission.USE_PARTS_WAREHOUSE);
        }
        PartsSale sale = transactions.read(handle -> PartsSaleService.load(handle, saleId));
        List<Line> rows = new ArrayList<>();
        for (PartsSaleLine l : sale.lines()) {
            rows.add(new Line(String.valueOf(l.lineNo()), l.partNumber(), l.partName(), PartsSaleService.brandSpec(l),
                    messages.of(l.unit()), Quantity.display(l.quantity()), money(l.unitPrice()), money(l.amount())));
        }
        Map<String, Object> p = header(messages, messages.get("partsSale.print.deliveryNote"));
        p.put("HEAD1_LABEL", messages.get("partsSale.print.orderNumber"));
        p.put("HEAD1", sale.number());
        p.put("HEAD2_LABEL", messages.get("partsSale.print.customer"));
        p.put("HEAD2", sale.customerName());
        p.put("HEAD3_LABEL", messages.get("partsSale.print.date"));
        p.put("HEAD3", LocalDateTime.ofInstant(sale.createdAt(), clock.getZone()).toLocalDate().toString());
        p.put("HEAD4_LABEL", messages.get("partsSale.print.status"));
        p.put("HEAD4", messages.of(sale.status()) + (sale.billNumber() == null ? "" : " · " + sale.billNumber()));
        p.put("TOTAL_LABEL", messages.get("partsSale.print.total"));
        p.put("TOTAL", "¥" + money(sale.total()));
        p.put("SUM1", sale.tradeDiscountPercent().signum() == 0 ? null
                : messages.get("partsSale.print.tradeDiscount", sale.tradeDiscountPercent().stripTrailingZeros().toPlainString()));
        p.put("NOTE", messages.get("partsSale.print.deliveryNote.note"));
        p.put("SIGN1", messages.get("partsSale.print.pickedBy"));
        p.put("SIGN2", messages.get("partsSale.print.receivedBy"));
        return engine.render(REPORT, p.get("TITLE") + " " + sale.number(), p, rows);
    }

    /** The parts-sale bill (or its reversal or credit) as the desk issued it, with what was paid. */
    public RenderedReport bill(long billId, Messages messages) {
        session.require(Permission.USE_CASHIER);
        BillDetails bill = transactions.read(handle -> PartsSaleBills.details(handle, billId));
        if (!PartsSaleBills.isPartsSale(bill.bill())) {
            throw new BusinessRuleException("partsSale.print.notPartsSale", bill.number());
        }
        List<Line> rows = new ArrayList<>();
        bill.lines().forEach(l -> rows.add(new Line(String.valueOf(l.lineNo()), l.code(), l.description(),
                l.brandSpec(), l.unit() == null ? "" : unitText(l.unit(), messages), Quantity.display(l.quantity()),
                money(l.unitPrice()), money(l.amount()))));
        String title = messages.get(bill.bill().kind() == BillKind.BILL ? "partsSale.print.bill"
                : bill.bill().kind() == BillKind.CREDIT ? "partsSale.print.credit" : "partsSale.print.reversal");
        Map<String, Object> p = header(messages, title);
        p.put("HEAD1_LABEL", messages.get("partsSale.print.billNumber"));
        p.put("HEAD1", bill.number());
        p.put("HEAD2_LABEL", messages.get("partsSale.print.customer"));
        p.put("HEAD2", bill.bill().payerName());
        p.put("HEAD3_LABEL", messages.get("partsSale.print.date"));
        p.put("HEAD3", bill.bill().businessDay().toString());
        p.put("HEAD4_LABEL", messages.get("partsSale.print.orderNumber"));
        p.put("HEAD4", bill.orderNumber());
        p.put("SUM1", messages.get("partsSale.print.discount", money(bill.bill().discountAmount())));
        p.put("SUM2", messages.get("partsSale.print.vat", money(bill.bill().net()), money(bill.bill().tax())));
        p.put("SUM3", bill.bill().kind() == BillKind.BILL && bill.paidInFull() && bill.live()
                ? messages.get("partsSale.print.paidInFull", money(bill.paid()), payments(bill, messages))
                : messages.get("partsSale.print.paid", money(bill.paid()), money(bill.due()), payments(bill, messages)));
        p.put("TOTAL_LABEL", messages.get("partsSale.print.total"));
        p.put("TOTAL", "¥" + money(bill.bill().total()));
        p.put("NOTE", bill.bill().reason());
        p.put("SIGN1", messages.get("partsSale.print.cashier"));
        p.put("SIGN2", messages.get("partsSale.print.customerSigns"));
        return engine.render(REPORT, title + " " + bill.number(), p, rows);
    }

    private static String payments(BillDetails bill, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (Payment payment : bill.payments()) {
            parts.add(messages.of(payment.method()) + " " + money(payment.amount()));
        }
        return parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）";
    }

    private static String unitText(String unit, Messages messages) {
        try {
            return messages.of(com.fours.workbench.parts.PartUnit.valueOf(unit));
        } catch (IllegalArgumentException notAUnit) {
            return unit;
        }
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
        p.put("COL1", messages.get("partsSale.print.column.no"));
        p.put("COL2", messages.get("priceList.column.partNumber"));
        p.put("COL3", messages.get("priceList.column.part"));
        p.put("COL4", messages.get("priceList.column.brandSpec"));
        p.put("COL5", messages.get("priceList.column.unit"));
        p.put("COL6", messages.get("partsSale.print.column.quantity"));
        p.put("COL7", messages.get("partsSale.print.column.unitPrice"));
        p.put("COL8", messages.get("partsSale.print.column.amount"));
        return p;
    }

    private static String money(Money m) {
        return m.amount().toPlainString();
    }
}
