package com.fours.workbench.repair;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The printed work order (派工单, {@code reports/work_order.jrxml}) for the workshop and the repair
 * plan / estimate (维修方案/估价单, {@code reports/repair_estimate.jrxml}) for the customer. Both in
 * Chinese whatever the screen language, as the intake sheet (decision 0033).
 */
public final class RepairPrints {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String WORK_ORDER = "work_order";
    public static final String ESTIMATE = "repair_estimate";

    private final RepairOrderService orders;
    private final FindingsService findings;
    private final ReportEngine engine;
    private final StoreProfileService stores;
    private final Clock clock;

    public RepairPrints(RepairOrderService orders, FindingsService findings, ReportEngine engine,
                        StoreProfileService stores, Clock clock) {
        this.orders = orders;
        this.findings = findings;
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
    }

    /** One line of a print: number, kind, code, description, quantity or hours, unit price, amount, payer, state. */
    public record PrintLine(String no, String kind, String code, String description, String quantity, String unitPrice,
                            String amount, String payer, String state) {
    }

    /** The work order for the workshop: approved work only, with standard hours; no prices. */
    public RenderedReport workOrder(long orderId) {
        RepairPlan plan = orders.plan(orderId);
        Messages m = Messages.forLocale(Messages.CHINESE);
        Map<String, Object> p = common(m, plan, m.get("repair.print.workOrder.title"));
        p.put("APPROVALS", plan.approvals().isEmpty() ? m.get("repair.print.noApproval")
                : String.join("\n", plan.approvals().stream().map(a -> m.get("repair.print.approvalShort",
                        m.of(a.method()), a.customerName(), FORMATS.dateTime(a.recordedAt(), clock.getZone()))).toList()));
        List<PrintLine> rows = new ArrayList<>();
        for (RepairLine line : plan.lines()) {
            if (!line.approved() && !line.pendingApproval()) {
                continue;
            }
            rows.add(row(m, line, false));
        }
        return engine.render(WORK_ORDER, p.get("TITLE") + " " + plan.order().number(), p, rows);
    }

    /** The estimate for the customer: every line with its price, declined lines marked, totals by kind. */
    public RenderedReport estimate(long orderId) {
        RepairPlan plan = orders.plan(orderId);
        Messages m = Messages.forLocale(Messages.CHINESE);
        Map<String, Object> p = common(m, plan, m.get("repair.print.estimate.title"));
        RepairTotals t = plan.totals();
        p.put("TOTAL_LINE", m.get("repair.print.totals", t.labour().format(m.locale()), t.parts().format(m.locale()),
                t.fees().plus(t.sublet()).format(m.locale())));
        p.put("TOTAL", t.total().format(m.locale()));
        p.put("CUSTOMER_PAYS", t.customerPays().format(m.locale()));
        List<PrintLine> rows = plan.lines().stream().map(line -> row(m, line, true)).toList();
        return engine.render(ESTIMATE, p.get("TITLE") + " " + plan.order().number(), p, rows);
    }

    private PrintLine row(Messages m, RepairLine line, boolean priced) {
        String quantity = line.kind() == LineKind.LABOUR
                ? m.get("repair.print.hours", line.quantity().stripTrailingZeros().toPlainString())
                : line.quantity().stripTrailingZeros().toPlainString();
        String state = line.declined() ? m.get("repair.print.declined")
                : line.pendingApproval() ? m.get("repair.print.pending")
                : line.kind() == LineKind.PART || line.kind() == LineKind.FEE ? "" : m.of(line.status());
        String code = line.operationCode() != null ? line.operationCode() : line.partNumber() != null ? line.partNumber() : "";
        String unit = priced ? line.unitPrice().format(m.locale()) : line.standardHours() == null ? ""
                : m.get("repair.print.hours", line.standardHours().stripTrailingZeros().toPlainString());
        return new PrintLine(String.valueOf(line.lineNo()), m.of(line.kind()), code, line.description(), quantity, unit,
                priced ? line.amount().format(m.locale()) : "", m.of(line.payer()), state);
    }

    /**
     * The technician's findings as the prints show them, one paragraph each: the intake item and
     * the outcome, what was found, codes, measurements, how many photos, and the line it proposed
     * with the customer's word on it. Empty when there are none.
     */
    static String findingsText(Messages m, RepairPlan plan, List<Finding> found) {
        if (found.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(m.get("repair.print.findings"));
        int n = 0;
        for (Finding f : found) {
            text.append('\n').append(++n).append(". ").append(m.get("repair.print.finding", m.of(f.outcome()),
                    f.itemText() == null ? m.get("repair.print.finding.otherFault") : f.itemText(), f.description()));
            if (!f.faultCodes().isEmpty()) {
                text.append(m.get("repair.print.finding.codes", f.faultCodes()));
            }
            if (!f.measurements().isEmpty()) {
                text.append(m.get("repair.print.finding.measurements", f.measurements().replace('\n', ' ')));
            }
            if (!f.photos().isEmpty()) {
                text.append(m.get("repair.print.finding.photos", f.photos().size()));
            }
            if (f.lineId() != null) {
                plan.lines().stream().filter(l -> l.id() == f.lineId()).findFirst().ifPresent(l -> text.append(
                        m.get("repair.print.finding.line", l.lineNo(), l.description(), l.declined()
                                ? m.get("repair.print.declined") : l.pendingApproval() ? m.get("repair.print.pending")
                                : m.get("repair.print.finding.approved"))));
            }
        }
        return text.toString();
    }

    private Map<String, Object> common(Messages m, RepairPlan plan, String title) {
        StoreProfile store = stores.find().orElse(null);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", store == null ? "" : store.name());
        p.put("STORE_LINE", store == null ? "" : m.get("repair.print.storeLine", store.address(), store.phone()));
        p.put("TITLE", title);
        p.put("RO_NUMBER", m.get("repair.print.roNumber", plan.order().number()));
        p.put("HEADER", m.get("repair.print.header", plan.plate() == null ? "" : plan.plate(), plan.model(),
                plan.vin(), plan.customerName(), plan.mileage()));
        p.put("HEADER2", m.get("repair.print.header2", plan.advisorName(),
                FORMATS.dateTime(plan.order().createdAt(), clock.getZone()),
                plan.promisedAt() == null ? "—" : FORMATS.dateTime(plan.promisedAt(), clock.getZone()), m.of(plan.status())));
        p.put("COMPLAINT", m.get("repair.print.complaint", plan.complaint()));
        p.put("FINDINGS", findingsText(m, plan, findings.findings(plan.id())));
        p.put("TOTAL_LINE", "");
        p.put("TOTAL", "");
        p.put("CUSTOMER_PAYS", "");
        p.put("APPROVALS", plan.approvals().isEmpty() ? m.get("repair.print.noApproval")
                : String.join("\n", plan.approvals().stream().map(a -> m.get("repair.print.approval",
                        m.of(a.method()), a.customerName(), FORMATS.dateTime(a.recordedAt(), clock.getZone()),
                        a.approvedAmount().format(m.locale()))).toList()));
        p.put("PRINTED_AT", m.get("repair.print.printedAt", FORMATS.dateTime(clock.instant(), clock.getZone())));
        p.put("L_NO", m.get("repair.print.col.no"));
        p.put("L_KIND", m.get("repair.print.col.kind"));
        p.put("L_CODE", m.get("repair.print.col.code"));
        p.put("L_DESCRIPTION", m.get("repair.print.col.description"));
        p.put("L_QUANTITY", m.get("repair.print.col.quantity"));
        p.put("L_UNIT_PRICE", m.get("repair.print.col.unitPrice"));
        p.put("L_STANDARD", m.get("repair.print.col.standardHours"));
        p.put("L_AMOUNT", m.get("repair.print.col.amount"));
        p.put("L_PAYER", m.get("repair.print.col.payer"));
        p.put("L_STATE", m.get("repair.print.col.state"));
        p.put("L_TECHNICIAN", m.get("repair.print.col.technician"));
        p.put("L_TOTAL", m.get("repair.print.total"));
        p.put("L_CUSTOMER_PAYS", m.get("repair.print.customerPays"));
        p.put("L_SIGN_CUSTOMER", m.get("repair.print.signCustomer"));
        p.put("L_SIGN_ADVISOR", m.get("repair.print.signAdvisor"));
        p.put("L_SIGN_LEAD", m.get("repair.print.signLead"));
        p.put("L_TERMS", m.get("repair.print.terms"));
        return p;
    }
}
