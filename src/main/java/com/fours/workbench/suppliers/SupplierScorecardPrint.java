package com.fours.workbench.suppliers;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/** A supplier's scorecard for a period on paper ({@code reports/supplier_scorecard.jrxml}), in the screen's language. */
public final class SupplierScorecardPrint {

    public static final String REPORT_NAME = "supplier_scorecard";

    /** A printed row: six columns; heading rows bold on a grey band. */
    public record Row(String c1, String c2, String c3, String c4, String c5, String c6, Boolean heading) {
    }

    private final ReportEngine engine;
    private final StoreProfileService store;
    private final Session session;
    private final Clock clock;

    public SupplierScorecardPrint(ReportEngine engine, StoreProfileService store, Session session, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.session = session;
        this.clock = clock;
    }

    public RenderedReport render(SupplierScore s, ScoreWeights weights, Messages m) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        Formats f = Formats.of(m.locale());
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        String title = m.get("scorecard.print.title");
        p.put("TITLE", title);
        p.put("STORE_NAME", store.find().map(StoreProfile::name).orElse(""));
        p.put("SUPPLIER", m.get("scorecard.print.supplier", s.supplierName(), s.supplierCode()));
        p.put("PERIOD", m.get("scorecard.print.period", f.date(s.from()), f.date(s.to())));
        p.put("SCORE", m.get("scorecard.print.score", rate(s.score(), f, m)));
        p.put("F1", m.get("scorecard.print.onTime", rate(s.onTimeRate(), f, m), s.onTimeDeliveries(), s.deliveries()));
        p.put("F2", m.get("scorecard.print.fill", rate(s.fillRate(), f, m), f.quantity(s.filledQuantity()),
                f.quantity(s.orderedQuantity())));
        p.put("F3", m.get("scorecard.print.price", rate(s.priceRate(), f, m), s.linesAtAgreedPrice(), s.pricedLines(),
                f.money(s.priceDifference())));
        p.put("F4", m.get("scorecard.print.returns", rate(s.returnRate(), f, m), f.quantity(s.returnedQuantity()),
                f.quantity(s.receivedQuantity())));
        p.put("WEIGHTS", m.get("scorecard.print.weights", weights.onTime(), weights.fillRate(), weights.price(),
                weights.faultyReturns(), weights.defaultLeadDays()));
        p.put("NOTE", m.get("scorecard.print.note"));
        p.put("PRINTED_BY", m.get("reporting.document.printedBy") + ": "
                + session.user().map(u -> u.displayName()).orElse(""));
        p.put("PRINTED_AT", m.get("reporting.document.printedAt") + ": " + f.dateTime(clock.instant(), clock.getZone()));
        p.put("LABEL_BUYER_SIGN", m.get("scorecard.print.buyerSign"));
        p.put("LABEL_MANAGER_SIGN", m.get("scorecard.print.managerSign"));
        p.put("LABEL_PAGE_OF", m.get("reporting.document.pageOf"));
        return engine.render(REPORT_NAME, title + " " + s.supplierName(), p, rows(s, m, f));
    }

    static String rate(BigDecimal rate, Formats f, Messages m) {
        return rate == null ? m.get("scorecard.noData") : f.percent(rate);
    }

    static List<Row> rows(SupplierScore s, Messages m, Formats f) {
        List<Row> rows = new ArrayList<>();
        if (!s.deliveryLines().isEmpty()) {
            rows.add(new Row(m.get("scorecard.col.order"), m.get("scorecard.col.ordered"), m.get("scorecard.col.leadDays"),
                    m.get("scorecard.col.expected"), m.get("scorecard.col.received"), m.get("scorecard.col.onTime"), true));
            for (SupplierScore.Delivery d : s.deliveryLines()) {
                rows.add(new Row(d.orderNumber(), f.date(d.ordered()), String.valueOf(d.leadDays()), f.date(d.expected()),
                        f.date(d.received()), m.get(d.onTime() ? "scorecard.onTime" : "scorecard.late"), false));
            }
        }
        if (!s.fillLines().isEmpty()) {
            rows.add(new Row(m.get("scorecard.col.order"), m.get("scorecard.col.part"), m.get("scorecard.col.line"),
                    m.get("scorecard.col.orderedQuantity"), m.get("scorecard.col.receivedQuantity"),
                    m.get("scorecard.col.fillRate"), true));
            for (SupplierScore.FillLine l : s.fillLines()) {
                rows.add(new Row(l.orderNumber(), l.partNumber(), String.valueOf(l.lineNo()), f.quantity(l.ordered()),
                        f.quantity(l.received()), rate(l.rate(), f, m), false));
            }
        }
        if (!s.priceLines().isEmpty()) {
            rows.add(new Row(m.get("scorecard.col.part"), m.get("scorecard.col.receivedDay"), m.get("scorecard.col.quantity"),
                    m.get("scorecard.col.unitPrice"), m.get("scorecard.col.reference"), m.get("scorecard.col.difference"),
                    true));
            for (SupplierScore.PriceLine l : s.priceLines()) {
                rows.add(new Row(l.partNumber() + " " + l.partName(), f.date(l.received()), f.quantity(l.quantity()),
                        f.money(l.unitPrice()), f.money(l.reference()) + " " + m.get(l.agreed()
                                ? "scorecard.reference.agreed" : "scorecard.reference.ordered"),
                        f.money(l.difference()), false));
            }
        }
        return rows;
    }
}
