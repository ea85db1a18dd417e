package com.fours.workbench.cashier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The printed cash-up of a day ({@code reports/cash_up.jrxml}), in the screen's language: one table
 * per section (by method, by payer, refunds/voids/discounts, cash, voids one by one), each row of
 * formatted strings, grouped by section. An open day prints as a preview with the counted cash
 * the cashier typed so far.
 */
public final class CashUpPrint {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String REPORT_NAME = "cash_up";

    /**
     * One printed row: its section (the group), the section's title and column titles, up to six
     * cells (the first a label, the others right-aligned figures), a note under the row, and
     * whether it is a total.
     */
    public record Row(String section, String sectionTitle, String h1, String h2, String h3, String h4, String h5,
                      String h6, String c1, String c2, String c3, String c4, String c5, String c6, String note,
                      Boolean total) {
    }

    private final ReportEngine engine;
    private final StoreProfileService store;
    private final Session session;
    private final Clock clock;

    public CashUpPrint(ReportEngine engine, StoreProfileService store, Session session, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.session = session;
        this.clock = clock;
    }

    /**
     * The cash-up of {@code figures}' day. For a closed day the float and count are those of the
     * close; for an open day, {@code openingFloat} and {@code counted} as typed (null: not counted yet).
     */
    public RenderedReport render(CashUpFigures figures, Money openingFloat, Money counted, Messages messages) {
        List<Row> rows = rows(figures, openingFloat, counted, messages);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        String title = messages.get("cashUp.print.title", figures.businessDay().toString());
        p.put("TITLE", title);
        p.put("STORE_NAME", store.find().map(StoreProfile::name).orElse(""));
        CashDayClosed closed = figures.closed();
        p.put("STATUS", closed == null ? messages.get("cashUp.print.open")
                : messages.get("cashUp.print.closed", closed.closedBy(), FORMATS.dateTime(closed.closedAt())));
        p.put("PRINTED_BY", session.user().map(u -> u.displayName()).orElse(""));
        p.put("PRINTED_AT", FORMATS.dateTime(clock.instant(), clock.getZone()));
        p.put("LABEL_PRINTED_BY", messages.get("reporting.document.printedBy"));
        p.put("LABEL_PRINTED_AT", messages.get("reporting.document.printedAt"));
        p.put("LABEL_PAGE_OF", messages.get("reporting.document.pageOf"));
        p.put("LABEL_CASHIER", messages.get("cashUp.print.signCashier"));
        p.put("LABEL_CHECKED_BY", messages.get("cashUp.print.signChecker"));
        return engine.render(REPORT_NAME, title, p, rows);
    }

    static List<Row> rows(CashUpFigures f, Money openingFloat, Money counted, Messages m) {
        List<Row> rows = new ArrayList<>();
        RowMaker method = new RowMaker("1", m.get("cashUp.section.methods"), m.get("cashUp.column.method"),
                m.get("cashUp.column.payments"), m.get("cashUp.column.received"), m.get("cashUp.column.refunds"),
                m.get("cashUp.column.refunded"), m.get("cashUp.column.net"));
        for (CashUpFigures.MethodLine line : f.methods()) {
            rows.add(method.row(false, m.of(line.method()), count(line.payments()), money(line.received(), m),
                    count(line.refunds()), money(line.refunded(), m), money(line.net(), m)));
        }
        rows.add(method.row(true, m.get("cashUp.total"), count(f.payments().count()), money(f.payments().amount(), m),
                count(f.refunds().count()), money(f.refunds().amount(), m), money(f.paymentsNet(), m)));

        RowMaker payer = new RowMaker("2", m.get("cashUp.section.payers"), m.get("cashUp.column.payer"),
                m.get("cashUp.column.bills"), m.get("cashUp.column.billed"), m.get("cashUp.column.paid"), "", "");
        for (CashUpFigures.PayerLine line : f.payers()) {
            rows.add(payer.row(false, m.of(line.payer()), count(line.bills()), money(line.billed(), m),
                    money(line.paid(), m), "", ""));
        }

        RowMaker adjustments = new RowMaker("3", m.get("cashUp.section.adjustments"), m.get("cashUp.column.item"),
                m.get("cashUp.column.count"), m.get("cashUp.column.amount"), "", "", "");
        rows.add(adjustments.row(false, m.get("cashUp.refunds"), count(f.refunds().count()), money(f.refunds().amount(), m),
                "", "", ""));
        rows.add(adjustments.row(false, m.get("cashUp.voids"), count(f.voids().count()), money(f.voids().amount(), m),
                "", "", ""));
        rows.add(adjustments.row(false, m.get("cashUp.discounts"), count(f.discounts().count()),
                money(f.discounts().amount(), m), "", "", ""));

        CashDayClosed closed = f.closed();
        Money cashFloat = closed != null && closed.openingFloat() != null ? closed.openingFloat()
                : openingFloat == null ? Money.ZERO : openingFloat;
        Money expected = closed != null && closed.expectedCash() != null ? closed.expectedCash() : f.expectedCash(cashFloat);
        Money countedCash = closed != null ? closed.countedCash() : counted;
        RowMaker cash = new RowMaker("4", m.get("cashUp.section.cash"), m.get("cashUp.column.item"), "",
                m.get("cashUp.column.amount"), "", "", "");
        rows.add(cash.row(false, m.get("cashUp.openingFloat"), "", money(cashFloat, m), "", "", ""));
        rows.add(cash.row(false, m.get("cashUp.cashTaken"), "", money(f.cashTaken(), m), "", "", ""));
        rows.add(cash.row(false, m.get("cashUp.changeGiven"), "", money(f.changeGiven().negate(), m), "", "", ""));
        rows.add(cash.row(false, m.get("cashUp.cashRefunded"), "", money(f.cashRefunded().negate(), m), "", "", ""));
        rows.add(cash.row(true, m.get("cashUp.expectedCash"), "", money(expected, m), "", "", ""));
        rows.add(cash.row(false, m.get("cashUp.countedCash"), "", countedCash == null ? "" : money(countedCash, m), "", "", ""));
        Row difference = cash.row(true, m.get("cashUp.difference"), "",
                countedCash == null ? "" : money(countedCash.minus(expected), m), "", "", "");
        String reason = closed == null ? null : closed.differenceReason();
        rows.add(reason == null ? difference : withNote(difference, m.get("cashUp.print.reason", reason)));

        if (!f.voidLines().isEmpty()) {
            RowMaker voids = new RowMaker("5", m.get("cashUp.section.voidList"), m.get("cashUp.column.reversal"),
                    m.get("cashUp.column.bill"), m.get("cashUp.column.amount"), m.get("cashUp.column.approvedBy"), "", "");
            for (CashUpFigures.VoidLine line : f.voidLines()) {
                rows.add(withNote(voids.row(false, line.reversalNumber(), line.billNumber(), money(line.amount(), m),
                        line.approvedBy() == null ? "" : line.approvedBy(), "", ""),
                        line.reason() == null ? null : m.get("cashUp.print.reason", line.reason())));
            }
        }
        return rows;
    }

    private record RowMaker(String section, String title, String h1, String h2, String h3, String h4, String h5,
                            String h6) {
        Row row(boolean total, String c1, String c2, String c3, String c4, String c5, String c6) {
            return new Row(section, title, h1, h2, h3, h4, h5, h6, c1, c2, c3, c4, c5, c6, null, total);
        }
    }

    private static Row withNote(Row r, String note) {
        return new Row(r.section(), r.sectionTitle(), r.h1(), r.h2(), r.h3(), r.h4(), r.h5(), r.h6(), r.c1(), r.c2(),
                r.c3(), r.c4(), r.c5(), r.c6(), note, r.total());
    }

    private static String count(int n) {
        return String.valueOf(n);
    }

    private static String money(Money amount, Messages m) {
        return amount.format(m.locale());
    }
}
