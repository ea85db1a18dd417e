package com.fours.workbench.staff;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The appraisal sheet (员工考核表, {@code reports/appraisal_sheet.jrxml}) in Chinese, as the store's
 * other papers. Reads through {@link AppraisalService#open}, so the manager prints any, an employee
 * only his own.
 */
public final class StaffPrints {

    public static final String SHEET = "appraisal_sheet";

    private final AppraisalService appraisals;
    private final ReportEngine engine;
    private final StoreProfileService stores;
    private final Clock clock;

    public StaffPrints(AppraisalService appraisals, ReportEngine engine, StoreProfileService stores, Clock clock) {
        this.appraisals = appraisals;
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
    }

    /** A row of the sheet: a figure's name and its value as written. */
    public record FigureLine(String name, String value) {
    }

    public RenderedReport sheet(long appraisalId) {
        Appraisal a = appraisals.open(appraisalId);
        Messages m = Messages.forLocale(Messages.CHINESE);
        Formats f = Formats.of(m.locale());
        StoreProfile store = stores.find().orElse(null);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", store == null ? "" : store.name());
        p.put("STORE_LINE", store == null ? "" : m.get("care.print.storeLine", store.address(), store.phone()));
        p.put("TITLE", m.get("staff.print.title"));
        p.put("EMPLOYEE_L", m.get("staff.col.employee"));
        p.put("EMPLOYEE", a.employeeName() + " (" + a.employeeUsername() + ")");
        p.put("ROLE_L", m.get("staff.col.role"));
        p.put("ROLE", m.get("enum.Role." + a.role().name()));
        p.put("PERIOD_L", m.get("staff.col.period"));
        p.put("PERIOD", periodText(a, m, f));
        p.put("STATUS_L", m.get("staff.col.status"));
        p.put("STATUS", m.get("enum.AppraisalStatus." + a.status().name()));
        p.put("FIGURES_TITLE", m.get("staff.print.figures"));
        p.put("H_FIGURE", m.get("staff.col.figure"));
        p.put("H_VALUE", m.get("staff.col.value"));
        p.put("NO_DATA_NOTE", m.get("staff.print.noDataNote"));
        p.put("MARKS_TITLE", m.get("staff.print.marks"));
        p.put("MARK1_L", m.get("staff.mark.ability"));
        p.put("MARK1", markText(a.marks().ability(), m));
        p.put("MARK2_L", m.get("staff.mark.attitude"));
        p.put("MARK2", markText(a.marks().attitude(), m));
        p.put("MARK3_L", m.get("staff.mark.satisfaction"));
        p.put("MARK3", markText(a.marks().satisfaction(), m));
        p.put("SCALE_NOTE", m.get("staff.print.scale"));
        p.put("COMMENTS_L", m.get("staff.mark.comments"));
        p.put("COMMENTS", a.marks().comments() == null ? "" : a.marks().comments());
        p.put("MANAGER_SIGN_L", m.get("staff.print.managerSign"));
        p.put("MANAGER_SIGN", a.managerSignedAt() == null ? ""
                : a.managerName() + "  " + f.dateTime(a.managerSignedAt(), clock.getZone()));
        p.put("EMPLOYEE_SIGN_L", m.get("staff.print.employeeSign"));
        p.put("EMPLOYEE_SIGN", a.employeeSignedAt() == null ? ""
                : a.employeeName() + "  " + f.dateTime(a.employeeSignedAt(), clock.getZone()));
        p.put("PRINTED_AT", m.get("care.print.printedAt", f.dateTime(clock.instant(), clock.getZone())));
        List<FigureLine> rows = a.figures().stream()
                .map(x -> new FigureLine(m.get(x.messageKey()), x.unit().format(x.value(), f, m))).toList();
        return engine.render(SHEET, p.get("TITLE") + " " + a.employeeName() + " " + p.get("PERIOD"), p, rows);
    }

    /** "2026-11 (2026-11-01 – 2026-11-30)" and the like, in the messages' language. */
    public static String periodText(Appraisal a, Messages m, Formats f) {
        String key = switch (a.periodKind()) {
            case MONTH -> "staff.period.MONTH";
            case QUARTER -> "staff.period.QUARTER";
            case YEAR -> "staff.period.YEAR";
        };
        return m.get(key, a.from().getYear(), a.from().getMonthValue(),
                (a.from().getMonthValue() - 1) / 3 + 1, f.date(a.from()), f.date(a.to()));
    }

    private static String markText(Integer mark, Messages m) {
        return mark == null ? "" : m.get("staff.mark.value", mark);
    }
}
