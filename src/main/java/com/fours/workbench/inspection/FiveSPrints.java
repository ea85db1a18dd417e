package com.fours.workbench.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The 5S inspection sheet ({@code reports/five_s_sheet.jrxml}): the items under their headings with
 * scale, weight and score, the findings and their corrective actions, the total, remarks and signatures.
 */
public final class FiveSPrints {
    /** The printed time in the formats of the Chinese screen, as the other prints. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String REPORT_NAME = "five_s_sheet";

    /** A printed row: five columns; heading rows bold. */
    public record Row(String c1, String c2, String c3, String c4, String c5, Boolean total) {
    }

    private final Transactions transactions;
    private final ReportEngine engine;
    private final StoreProfileService store;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public FiveSPrints(Transactions transactions, ReportEngine engine, StoreProfileService store, Session session,
                       AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.engine = engine;
        this.store = store;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public static String title(FiveSSheet sheet, Messages m) {
        return m.get("fiveS.print.title", m.of(sheet.inspection().area()),
                Formats.of(m.locale()).date(sheet.inspection().inspectionDay()));
    }

    public RenderedReport render(long inspectionId, Messages m) {
        session.require(Permission.USE_ENVIRONMENT);
        FiveSSheet sheet = transactions.read(handle -> FiveSInspections.sheet(handle, inspectionId));
        Formats f = Formats.of(m.locale());
        FiveSInspection in = sheet.inspection();
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        String title = title(sheet, m);
        p.put("TITLE", title);
        p.put("STORE_NAME", store.find().map(StoreProfile::name).orElse(""));
        p.put("AREA", m.get("fiveS.print.area", m.of(in.area())));
        p.put("INSPECTED", m.get("fiveS.print.inspected", f.date(in.inspectionDay()), in.inspector()));
        p.put("VERSION", m.get("fiveS.print.version", in.versionNo(), sheet.photos().size()));
        p.put("TOTAL", m.get("fiveS.print.total", plain(in.total())));
        p.put("REMARKS", in.remarks().isBlank() ? "" : m.get("fiveS.print.remarks", in.remarks()));
        p.put("PRINTED_BY", m.get("reporting.document.printedBy") + ": "
                + session.user().map(u -> u.displayName()).orElse(""));
        p.put("PRINTED_AT", m.get("reporting.document.printedAt") + ": "
                + FORMATS.dateTime(clock.instant(), clock.getZone()));
        p.put("H1", m.get("fiveS.print.pillar"));
        p.put("H2", m.get("fiveS.print.item"));
        p.put("H3", m.get("fiveS.print.scale"));
        p.put("H4", m.get("fiveS.print.weight"));
        p.put("H5", m.get("fiveS.print.score"));
        p.put("LABEL_INSPECTOR_SIGN", m.get("fiveS.print.inspectorSign"));
        p.put("LABEL_AREA_SIGN", m.get("fiveS.print.areaSign"));
        p.put("LABEL_PAGE_OF", m.get("reporting.document.pageOf"));
        RenderedReport report = engine.render(REPORT_NAME, title, p, rows(sheet, m, f));
        transactions.useTransaction(handle -> audit.record(handle, InspectionAuditAction.FIVE_S_SHEET_PRINTED,
                "fiveSInspection", inspectionId, null, title));
        return report;
    }

    static List<Row> rows(FiveSSheet sheet, Messages m, Formats f) {
        List<Row> rows = new ArrayList<>();
        FiveSPillar last = null;
        for (FiveSItem item : sheet.checklist().items()) {
            Integer score = sheet.scores().get(item.id());
            rows.add(new Row(item.pillar() == last ? "" : m.of(item.pillar()), item.text(), "0–" + item.scaleMax(),
                    plain(item.weight()), score == null ? "" : String.valueOf(score), false));
            last = item.pillar();
        }
        if (!sheet.findings().isEmpty()) {
            rows.add(new Row(m.get("fiveS.print.findings"), m.get("fiveS.print.finding"), m.get("fiveS.print.owner"),
                    m.get("fiveS.print.due"), m.get("fiveS.print.state"), true));
            int n = 0;
            for (FiveSFinding finding : sheet.findings()) {
                n++;
                rows.add(new Row(String.valueOf(n), finding.text() + (finding.doneNote() == null ? ""
                        : m.get("fiveS.print.doneNote", finding.doneNote())),
                        finding.ownerName() == null ? "" : finding.ownerName(),
                        finding.dueDay() == null ? "" : f.date(finding.dueDay()),
                        finding.state() == null ? m.get("fiveS.print.noAction") : m.of(finding.state()), false));
            }
        }
        return rows;
    }

    /** 4.5, 20, 86.7: as typed, no trailing zeros. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
