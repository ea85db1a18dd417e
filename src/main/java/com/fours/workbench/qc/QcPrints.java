package com.fours.workbench.qc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The QC report (质量检验报告, {@code reports/qc_report.jrxml}) and the completion certificate with
 * its counterfoil (竣工出厂合格证, {@code reports/completion_certificate.jrxml}). Always in Chinese,
 * whatever the screen language: they are the customer's and the archive's papers (decision 0040).
 */
public final class QcPrints {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String REPORT = "qc_report";
    public static final String CERTIFICATE = "completion_certificate";

    private final QcSheets qc;
    private final ReportEngine engine;
    private final StoreProfileService stores;
    private final Clock clock;

    public QcPrints(QcSheets qc, ReportEngine engine, StoreProfileService stores, Clock clock) {
        this.qc = qc;
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
    }

    /** A checklist item with the result each level gave it, formatted. */
    public record ReportRow(String no, String item, String self, String recheck, String finalCheck, String note) {
    }

    /** The QC report of the passing round (or of the current one while the order is still in QC). */
    public RenderedReport report(long orderId) {
        QcSheet sheet = qc.sheet(orderId);
        Messages m = Messages.forLocale(Messages.CHINESE);
        StoreProfile store = stores.find().orElse(null);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", store == null ? "" : store.name());
        p.put("STORE_LINE", store == null ? "" : m.get("qc.print.storeLine", store.address(), store.phone()));
        p.put("TITLE", m.get("qc.print.report.title"));
        p.put("RO_NUMBER", m.get("qc.print.roNumber", sheet.orderNumber()));
        p.put("HEADER", m.get("qc.print.header", nz(sheet.plate()), nz(sheet.model()), nz(sheet.vin()), sheet.customerName()));
        p.put("HEADER2", m.get("qc.print.header2", sheet.intakeMileage(), m.of(sheet.status()), sheet.roundNo()));
        p.put("CATEGORIES", m.get("qc.print.categories", sheet.categories().isEmpty() ? "—"
                : sheet.categories().stream().map(m::of).collect(Collectors.joining("、"))));
        List<Signature> round = sheet.currentRound();
        List<ReportRow> rows = new ArrayList<>();
        int no = 1;
        for (ChecklistItem item : sheet.checklist()) {
            List<String> notes = new ArrayList<>();
            String[] results = new String[3];
            for (Signature s : round) {
                for (ItemOutcome o : s.items()) {
                    if (o.itemId() == item.id()) {
                        results[s.level().ordinal()] = m.of(o.result());
                        if (!o.note().isBlank()) {
                            notes.add(m.of(s.level()) + "：" + o.note());
                        }
                    }
                }
            }
            rows.add(new ReportRow(String.valueOf(no++), item.textZh(), nz(results[0]), nz(results[1]), nz(results[2]),
                    String.join("\n", notes)));
        }
        List<String> failures = sheet.signatures().stream().filter(s -> !s.passed())
                .map(s -> m.get("qc.print.failure", s.roundNo(), m.of(s.level()), s.displayName(),
                        FORMATS.dateTime(s.signedAt(), clock.getZone()), s.reason())).toList();
        p.put("ROUNDS", failures.isEmpty() ? m.get("qc.print.firstTime") : String.join("\n", failures));
        Release r = sheet.release();
        p.put("RELEASE", r == null ? m.get("qc.print.notReleased") : m.get("qc.print.release", FORMATS.writtenDate(r.exitDate()),
                r.exitMileage(), guarantee(m, r)));
        p.put("SIGN_SELF", signature(m, round, QcLevel.SELF_CHECK));
        p.put("SIGN_RECHECK", signature(m, round, QcLevel.RECHECK));
        p.put("SIGN_FINAL", signature(m, round, QcLevel.FINAL_CHECK));
        p.put("PRINTED_AT", m.get("qc.print.printedAt", FORMATS.dateTime(clock.instant(), clock.getZone())));
        p.put("L_NO", m.get("qc.print.col.no"));
        p.put("L_ITEM", m.get("qc.print.col.item"));
        p.put("L_SELF", m.of(QcLevel.SELF_CHECK));
        p.put("L_RECHECK", m.of(QcLevel.RECHECK));
        p.put("L_FINAL", m.of(QcLevel.FINAL_CHECK));
        p.put("L_NOTE", m.get("qc.print.col.note"));
        p.put("L_SIGN_SELF", m.get("qc.print.sign.self"));
        p.put("L_SIGN_RECHECK", m.get("qc.print.sign.recheck"));
        p.put("L_SIGN_FINAL", m.get("qc.print.sign.final"));
        return engine.render(REPORT, p.get("TITLE") + " " + sheet.orderNumber(), p, rows);
    }

    private String signature(Messages m, List<Signature> round, QcLevel level) {
        return round.stream().filter(s -> s.level() == level).findFirst()
                .map(s -> m.get("qc.print.signature", s.displayName(), m.of(s.signedAs()),
                        FORMATS.dateTime(s.signedAt(), clock.getZone()), s.passed() ? m.of(ItemResult.PASS)
                                : m.of(ItemResult.FAIL)))
                .orElse("");
    }

    static String guarantee(Messages m, Release r) {
        return m.get("qc.print.guarantee", r.guaranteeDays(), r.guaranteeKm(), FORMATS.writtenDate(r.guaranteeUntil()),
                r.guaranteeUntilKm());
    }

    /** The certificate and its counterfoil on one page; refused before the final check or before it was issued. */
    public RenderedReport certificate(long orderId) {
        QcSheet sheet = qc.sheet(orderId);
        Certificate c = sheet.certificate();
        if (c == null) {
            if (sheet.release() == null) {
                throw new BusinessRuleException("qc.certificateBeforeFinal", sheet.orderNumber());
            }
            throw new BusinessRuleException("qc.certificateNotIssued", sheet.orderNumber());
        }
        Messages m = Messages.forLocale(Messages.CHINESE);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", c.shopName());
        p.put("TITLE", m.get("qc.print.certificate.title"));
        p.put("STUB_TITLE", m.get("qc.print.certificate.stubTitle"));
        p.put("STUB_NOTE", m.get("qc.print.certificate.stubNote"));
        p.put("NUMBER", c.number());
        p.put("CUSTOMER", c.customerName());
        p.put("PLATE", PlateNumber.displayOf(c.plate()));
        p.put("PLATE_COLOR", plateColor(m, c.plateColor()));
        p.put("VEHICLE_TYPE", c.vehicleType());
        p.put("VIN", c.vin());
        p.put("REPAIR_CATEGORY", m.of(c.repairCategory()));
        p.put("RO_NUMBER", sheet.orderNumber());
        p.put("EXIT_DATE", FORMATS.writtenDate(c.exitDate()));
        p.put("EXIT_MILEAGE", m.get("qc.print.km", c.exitMileage()));
        p.put("GUARANTEE", sheet.release() == null ? "" : guarantee(m, sheet.release()));
        p.put("SHOP", m.get("qc.print.shop", c.shopName(), c.shopPhone()));
        p.put("STATEMENT", m.get("qc.print.certificate.statement"));
        p.put("INSPECTOR", c.inspector());
        p.put("ISSUED", FORMATS.dateTime(c.issuedAt(), clock.getZone()));
        for (String label : List.of("NUMBER", "CUSTOMER", "PLATE", "PLATE_COLOR", "VEHICLE_TYPE", "VIN", "REPAIR_CATEGORY",
                "RO_NUMBER", "EXIT_DATE", "EXIT_MILEAGE", "GUARANTEE", "SHOP", "INSPECTOR", "SEAL", "ISSUED",
                "CUSTOMER_SIGN")) {
            p.put("L_" + label, m.get(LABELS.get(label)));
        }
        return engine.render(CERTIFICATE, p.get("TITLE") + " " + c.number(), p, List.of());
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("NUMBER", "qc.print.label.number"), Map.entry("CUSTOMER", "qc.print.label.customer"),
            Map.entry("PLATE", "qc.print.label.plate"), Map.entry("PLATE_COLOR", "qc.print.label.plateColor"),
            Map.entry("VEHICLE_TYPE", "qc.print.label.vehicleType"), Map.entry("VIN", "qc.print.label.vin"),
            Map.entry("REPAIR_CATEGORY", "qc.print.label.repairCategory"), Map.entry("RO_NUMBER", "qc.print.label.roNumber"),
            Map.entry("EXIT_DATE", "qc.print.label.exitDate"), Map.entry("EXIT_MILEAGE", "qc.print.label.exitMileage"),
            Map.entry("GUARANTEE", "qc.print.label.guarantee"), Map.entry("SHOP", "qc.print.label.shop"),
            Map.entry("INSPECTOR", "qc.print.label.inspector"), Map.entry("SEAL", "qc.print.label.seal"),
            Map.entry("ISSUED", "qc.print.label.issued"), Map.entry("CUSTOMER_SIGN", "qc.print.label.customerSign"));

    private static String plateColor(Messages m, String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        try {
            return m.of(PlateColor.valueOf(stored));
        } catch (IllegalArgumentException unknown) {
            return stored;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
