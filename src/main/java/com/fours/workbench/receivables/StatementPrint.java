package com.fours.workbench.receivables;

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
 * The printed statement (对账单, {@code reports/statement.jrxml}) in the screen's language: brought
 * forward, the month's bills and receipts with the balance after each, carried forward, and the
 * lines both sides sign.
 */
public final class StatementPrint {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String REPORT_NAME = "statement";

    /** One printed row: day, number, order and car or how it was paid, debit, credit, balance; totals bold. */
    public record Row(String c1, String c2, String c3, String c4, String c5, String c6, Boolean total) {
    }

    private final ReportEngine engine;
    private final StoreProfileService store;
    private final Session session;
    private final Clock clock;

    public StatementPrint(ReportEngine engine, StoreProfileService store, Session session, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.session = session;
        this.clock = clock;
    }

    public RenderedReport render(Statement statement, Messages messages) {
        Formats formats = Formats.of(messages.locale());
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        String month = statement.month().toString();
        String title = messages.get("receivables.print.title", month);
        p.put("TITLE", title);
        p.put("STORE_NAME", store.find().map(StoreProfile::name).orElse(""));
        p.put("PAYER", messages.get("receivables.print.payer", messages.of(statement.payer().kind()),
                statement.payer().name()));
        p.put("PERIOD", messages.get("receivables.print.period", formats.date(statement.month().atDay(1)),
                formats.date(statement.month().atEndOfMonth()), statement.payer().paymentDays()));
        p.put("CREDIT", statement.creditLimit() == null ? null
                : messages.get("receivables.print.creditLimit", formats.money(statement.creditLimit())));
        p.put("SUMMARY", messages.get("receivables.print.summary", formats.money(statement.opening()),
                formats.money(statement.billed()), formats.money(statement.received()),
                formats.money(statement.closing())));
        p.put("NOTE", messages.get("receivables.print.note"));
        p.put("PRINTED_BY", messages.get("reporting.document.printedBy") + ": "
                + session.user().map(u -> u.displayName()).orElse(""));
        p.put("PRINTED_AT", messages.get("reporting.document.printedAt") + ": " + FORMATS.dateTime(clock.instant(), clock.getZone()));
        p.put("H1", messages.get("receivables.print.day"));
        p.put("H2", messages.get("receivables.print.number"));
        p.put("H3", messages.get("receivables.print.detail"));
        p.put("H4", messages.get("receivables.print.debit"));
        p.put("H5", messages.get("receivables.print.credit"));
        p.put("H6", messages.get("receivables.print.balance"));
        p.put("LABEL_PAYER_SIGN", messages.get("receivables.print.payerSign"));
        p.put("LABEL_STORE_SIGN", messages.get("receivables.print.storeSign"));
        p.put("LABEL_PAGE_OF", messages.get("reporting.document.pageOf"));
        return engine.render(REPORT_NAME, title, p, rows(statement, messages, formats));
    }

    static List<Row> rows(Statement s, Messages m, Formats f) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(f.date(s.month().atDay(1)), "", m.get("receivables.print.broughtForward"), "", "",
                f.money(s.opening()), true));
        for (StatementLine line : s.lines()) {
            rows.add(new Row(f.date(line.day()), line.number(), detail(line, m), amount(line.debit(), f),
                    amount(line.credit(), f), f.money(line.balance()), false));
        }
        rows.add(new Row(f.date(s.month().atEndOfMonth()), "", m.get("receivables.print.carriedForward"),
                f.money(s.billed()), f.money(s.received()), f.money(s.closing()), true));
        return rows;
    }

    private static String detail(StatementLine line, Messages m) {
        if (line.method() != null) {
            return m.of(line.method()) + (line.reference() == null ? "" : " " + line.reference());
        }
        return line.orderNumber() + (line.plate() == null ? "" : " " + line.plate());
    }

    private static String amount(Money amount, Formats f) {
        return amount.isZero() ? "" : f.money(amount);
    }
}
