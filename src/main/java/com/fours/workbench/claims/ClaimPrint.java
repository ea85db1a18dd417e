package com.fours.workbench.claims;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fours.workbench.cashier.BillLine;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The printed claim summary ({@code reports/claim_summary.jrxml}) in the screen's language: the claim,
 * its money and decision, the bill's lines and the old parts kept for the maker.
 */
public final class ClaimPrint {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String REPORT_NAME = "claim_summary";

    /** One printed row: six cells; heading rows bold. */
    public record Row(String c1, String c2, String c3, String c4, String c5, String c6, Boolean total) {
    }

    /** What the print shows: the claim, the lines of its bill, its old parts. */
    public record Summary(Claim claim, List<BillLine> lines, List<ClaimPart> parts) {
    }

    private final ReportEngine engine;
    private final StoreProfileService store;
    private final Session session;
    private final Clock clock;

    public ClaimPrint(ReportEngine engine, StoreProfileService store, Session session, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.session = session;
        this.clock = clock;
    }

    public RenderedReport render(Summary summary, Messages messages) {
        Formats f = Formats.of(messages.locale());
        Claim c = summary.claim();
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        String title = messages.get("claims.print.title", messages.of(c.kind()), c.number());
        p.put("TITLE", title);
        p.put("STORE_NAME", store.find().map(StoreProfile::name).orElse(""));
        p.put("PAYER", messages.get("claims.print.payer", c.payerName(),
                c.payerClaimNo() == null ? "-" : c.payerClaimNo()));
        p.put("PERIOD", messages.get("claims.print.bill", c.billNumber(), c.orderNumber(), c.plate(),
                f.date(c.draftedOn())));
        p.put("CREDIT", messages.get("claims.print.state", messages.of(c.state()),
                c.submittedOn() == null ? "-" : f.date(c.submittedOn()),
                c.decidedOn() == null ? "-" : f.date(c.decidedOn())));
        p.put("FACTS", facts(c, messages, f));
        p.put("SUMMARY", messages.get("claims.print.money", f.money(c.claimed()),
                c.approved() == null ? "-" : f.money(c.approved()), f.money(c.paid()), f.money(c.shortfall())));
        p.put("NOTE", c.shortfallChoice() == null ? messages.get("claims.print.note")
                : messages.get("claims.print.shortfall", f.money(c.shortfall()), messages.of(c.shortfallChoice()),
                        c.reason() == null ? "" : c.reason()));
        p.put("PRINTED_BY", messages.get("reporting.document.printedBy") + ": "
                + session.user().map(u -> u.displayName()).orElse(""));
        p.put("PRINTED_AT", messages.get("reporting.document.printedAt") + ": " + FORMATS.dateTime(clock.instant(), clock.getZone()));
        p.put("H1", messages.get("claims.print.no"));
        p.put("H2", messages.get("claims.print.code"));
        p.put("H3", messages.get("claims.print.description"));
        p.put("H4", messages.get("claims.print.quantity"));
        p.put("H5", messages.get("claims.print.amount"));
        p.put("H6", messages.get("claims.print.total"));
        p.put("LABEL_PAYER_SIGN", messages.get("claims.print.payerSign"));
        p.put("LABEL_STORE_SIGN", messages.get("claims.print.storeSign"));
        p.put("LABEL_PAGE_OF", messages.get("reporting.document.pageOf"));
        return engine.render(REPORT_NAME, title, p, rows(summary, messages, f));
    }

    private static String facts(Claim c, Messages m, Formats f) {
        List<String> facts = new ArrayList<>();
        if (c.faultCode() != null) {
            facts.add(m.get("claims.print.fault", c.faultCode()));
        }
        if (c.cause() != null) {
            facts.add(m.get("claims.print.cause", c.cause()));
        }
        if (c.assessor() != null) {
            facts.add(m.get("claims.print.assessor", c.assessor()));
        }
        if (c.excess().isPositive()) {
            facts.add(m.get("claims.print.excess", f.money(c.excess())));
        }
        return String.join("\n", facts);
    }

    static List<Row> rows(Summary s, Messages m, Formats f) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("", "", m.get("claims.print.lines"), "", "", "", true));
        for (BillLine line : s.lines()) {
            rows.add(new Row(String.valueOf(line.lineNo()), line.code() == null ? "" : line.code(), line.description(),
                    f.quantity(line.quantity()), f.money(line.unitPrice()), f.money(line.total()), false));
        }
        if (!s.parts().isEmpty()) {
            rows.add(new Row("", "", m.get("claims.print.oldParts"), "", "", "", true));
            for (ClaimPart part : s.parts()) {
                rows.add(new Row(part.tag(), part.code() == null ? "" : part.code(), part.description(),
                        f.quantity(part.quantity()), part.place(), f.date(part.returnBy()), false));
            }
        }
        return rows;
    }
}
