package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.PlateNumber;
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
 * The complaint record (客户投诉处理单, {@code reports/complaint_record.jrxml}) and the monthly
 * customer-satisfaction report (月度客户满意度报告, {@code reports/care_monthly.jrxml}). In Chinese
 * whatever the screen language, as the store's other papers (decision 0040); needs USE_CUSTOMER_CARE.
 */
public final class CarePrints {

    public static final String COMPLAINT = "complaint_record";
    public static final String MONTHLY = "care_monthly";

    private final Transactions transactions;
    private final Session session;
    private final ReportEngine engine;
    private final StoreProfileService stores;
    private final Clock clock;
    private final CareFiguresService figures;

    public CarePrints(Transactions transactions, Session session, ReportEngine engine, StoreProfileService stores,
                      Clock clock, CareFiguresService figures) {
        this.figures = figures;
        this.transactions = transactions;
        this.session = session;
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
    }

    /** One step of the complaint's record as printed. */
    public record StepRow(String at, String step, String by, String detail) {
    }

    private record ComplaintPaper(Complaint complaint, List<ComplaintStep> steps, List<CorrectiveAction> actions,
                                  CarePrintDao.ComplaintCar car, Instant openedAt, CarePrintDao.Goodwill goodwill) {
    }

    /** The complaint record: the car and visit, the customer's words, the deadlines met or not, every step. */
    public RenderedReport complaint(long complaintId) {
        session.require(Permission.USE_CUSTOMER_CARE);
        ComplaintPaper paper = transactions.read(handle -> {
            Complaint c = ComplaintService.find(handle, complaintId);
            ComplaintDao complaints = handle.attach(ComplaintDao.class);
            CarePrintDao prints = handle.attach(CarePrintDao.class);
            return new ComplaintPaper(c, complaints.steps(complaintId), complaints.actionsOf(complaintId),
                    prints.car(complaintId).orElseThrow(), prints.orderOpenedAt(complaintId).orElse(null),
                    prints.goodwill(complaintId).orElse(null));
        });
        Messages m = Messages.forLocale(Messages.CHINESE);
        Formats f = Formats.of(m.locale());
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Complaint c = paper.complaint();
        Map<String, Object> p = store(m);
        p.put("TITLE", m.get("care.print.complaint.title"));
        p.put("NUMBER", m.get("care.print.complaint.number", c.number()));
        Instant visitAt = paper.car().visitAt() != null ? paper.car().visitAt() : paper.openedAt();
        List<String[]> header = List.of(
                pair(m, "care.print.label.customer", c.customerName()),
                pair(m, "care.print.label.mobile", paper.car().mobile()),
                pair(m, "care.print.label.plate", PlateNumber.displayOf(c.plate())),
                pair(m, "care.print.label.model", paper.car().model()),
                pair(m, "care.print.label.vin", paper.car().vin()),
                pair(m, "care.print.label.order", c.repairOrderNumber()),
                pair(m, "care.print.label.visitDate", visitAt == null ? null : f.date(visitAt, zone)),
                pair(m, "care.print.label.advisor", c.repairOrderId() == null ? null : paper.car().advisor()),
                pair(m, "care.print.label.channel", m.of(c.channel())),
                pair(m, "care.print.label.category", m.of(c.category())),
                pair(m, "care.print.label.severity", m.of(c.severity())),
                pair(m, "care.print.label.owner", c.ownerName()),
                pair(m, "care.print.label.received", f.dateTime(c.receivedAt(), zone)),
                pair(m, "care.print.label.status", m.of(c.status())));
        for (int i = 0; i < header.size(); i++) {
            p.put("H" + (i + 1) + "_L", header.get(i)[0]);
            p.put("H" + (i + 1) + "_V", header.get(i)[1]);
        }
        p.put("L_WORDS", m.get("care.print.complaint.words"));
        p.put("WORDS", c.customerWords());
        p.put("L_DEADLINE", m.get("care.print.deadline.step"));
        p.put("L_DEADLINE_BY", m.get("care.print.deadline.by"));
        p.put("L_DEADLINE_DONE", m.get("care.print.deadline.done"));
        p.put("L_DEADLINE_MET", m.get("care.print.deadline.met"));
        deadline(p, 1, m, f, zone, now, "care.print.deadline.acknowledge", c.acknowledgeBy(), c.acknowledgedAt());
        deadline(p, 2, m, f, zone, now, "care.print.deadline.solution", c.solutionBy(), c.solutionAt());
        deadline(p, 3, m, f, zone, now, "care.print.deadline.resolve", c.resolveBy(), c.resolvedAt());
        p.put("L_STEPS", m.get("care.print.complaint.steps"));
        p.put("L_AT", m.get("care.print.col.at"));
        p.put("L_STEP", m.get("care.print.col.step"));
        p.put("L_BY", m.get("care.print.col.by"));
        p.put("L_DETAIL", m.get("care.print.col.detail"));
        p.put("L_INVESTIGATION", m.get("care.print.complaint.investigation"));
        p.put("INVESTIGATION", m.get("care.print.complaint.investigationText", dash(c.investigation()),
                dash(c.cause()), dash(c.responsible())));
        p.put("L_SOLUTION", m.get("care.print.complaint.solution"));
        p.put("SOLUTION", c.solution() == null ? m.get("care.print.none") : c.solution()
                + (c.solutionAt() == null ? "" : m.get("care.print.complaint.agreedAt", f.dateTime(c.solutionAt(), zone))));
        p.put("L_GOODWILL", m.get("care.print.complaint.goodwill"));
        p.put("GOODWILL", goodwill(m, f, paper.goodwill(), c));
        p.put("L_ACTIONS", m.get("care.print.complaint.actions"));
        p.put("ACTIONS", paper.actions().isEmpty() ? m.get("care.print.none") : paper.actions().stream()
                .map(a -> m.get("care.print.complaint.action", a.what(), a.who(), f.date(a.dueOn()),
                        a.done() ? m.get("care.print.complaint.actionDone", f.date(a.doneAt(), zone))
                                : m.get("care.print.complaint.actionOpen")))
                .collect(Collectors.joining("\n")));
        p.put("L_CLOSING", m.get("care.print.complaint.closing"));
        p.put("CLOSING", closing(m, f, zone, c, paper.steps()));
        p.put("L_SIGN_OWNER", m.get("care.print.sign.owner"));
        p.put("L_SIGN_MANAGER", m.get("care.print.sign.manager"));
        p.put("L_SIGN_CUSTOMER", m.get("care.print.sign.customer"));
        p.put("SIGN_OWNER", c.ownerName());
        p.put("SIGN_MANAGER", c.closedAt() == null ? "" : m.get("care.print.signedAt", name(paper.steps(),
                ComplaintStepKind.CLOSED, c.closedBy()), f.dateTime(c.closedAt(), zone)));
        p.put("PRINTED_AT", m.get("care.print.printedAt", f.dateTime(now, zone)));
        List<StepRow> rows = paper.steps().stream().map(s -> new StepRow(f.dateTime(s.doneAt(), zone), m.of(s.kind()),
                s.doneByName(), s.detail() == null ? "" : s.detail())).toList();
        return engine.render(COMPLAINT, p.get("TITLE") + " " + c.number(), p, rows);
    }

    private Map<String, Object> store(Messages m) {
        StoreProfile store = stores.find().orElse(null);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", store == null ? "" : store.name());
        p.put("STORE_LINE", store == null ? "" : m.get("care.print.storeLine", store.address(), store.phone()));
        return p;
    }

    private static String[] pair(Messages m, String label, String value) {
        return new String[] {m.get(label), value == null || value.isBlank() ? "—" : value};
    }

    private static void deadline(Map<String, Object> p, int no, Messages m, Formats f, ZoneId zone, Instant now,
                                 String step, Instant by, Instant done) {
        p.put("D" + no + "_STEP", m.get(step));
        p.put("D" + no + "_BY", f.dateTime(by, zone));
        p.put("D" + no + "_DONE", done == null ? "—" : f.dateTime(done, zone));
        String met;
        if (done != null) {
            met = done.isAfter(by) ? "care.print.deadline.late" : "care.print.deadline.onTime";
        } else {
            met = now.isAfter(by) ? "care.print.deadline.overdue" : "care.print.deadline.pending";
        }
        p.put("D" + no + "_MET", m.get(met));
    }

    private static String goodwill(Messages m, Formats f, CarePrintDao.Goodwill g, Complaint c) {
        if (g == null) {
            return m.get("care.print.none");
        }
        String value = CouponKind.PERCENT.name().equals(g.kind()) ? f.percent(g.amount()) : f.money(g.amount());
        return m.get("care.print.complaint.goodwillText", g.code(), g.description(), value, f.date(g.validUntil()))
                + (c.comebackOrderNumber() == null ? "" : "\n" + m.get("care.print.complaint.comeback",
                c.comebackOrderNumber()));
    }

    private static String closing(Messages m, Formats f, ZoneId zone, Complaint c, List<ComplaintStep> steps) {
        List<String> lines = new ArrayList<>();
        if (c.confirmedAt() == null) {
            lines.add(m.get("care.print.complaint.notConfirmed"));
        } else {
            lines.add(m.get("care.print.complaint.confirmed", f.dateTime(c.confirmedAt(), zone),
                    name(steps, Boolean.TRUE.equals(c.confirmedSatisfied()) ? ComplaintStepKind.CONFIRMED
                            : ComplaintStepKind.NOT_SATISFIED, dash(c.confirmedBy())),
                    m.get(Boolean.TRUE.equals(c.confirmedSatisfied()) ? "care.print.satisfied" : "care.print.notSatisfied"),
                    dash(c.confirmationNote())));
        }
        lines.add(c.closedAt() == null ? m.get("care.print.complaint.notClosed")
                : m.get("care.print.complaint.closed", f.dateTime(c.closedAt(), zone),
                name(steps, ComplaintStepKind.CLOSED, c.closedBy())));
        return String.join("\n", lines);
    }

    /** The display name the record's step carries for this user name, else the user name. */
    private static String name(List<ComplaintStep> steps, ComplaintStepKind kind, String username) {
        return steps.stream().filter(s -> s.kind() == kind && s.doneBy().equals(username))
                .reduce((a, b) -> b).map(ComplaintStep::doneByName).orElse(username);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    // ---- the monthly report

    /**
     * One line of a table of the monthly report; {@code section} groups the lines under a heading
     * with its own column labels; {@code note} is printed under the line when not null.
     */
    public record MonthRow(String section, String sectionTitle, String h0, String h1, String h2, String h3, String h4,
                           String name, String c1, String c2, String c3, String c4, String note) {
    }

    /**
     * The month's callbacks against the 100% goal, the CSI by advisor, technician and work group, the
     * unhappy answers and the complaints by category. A month after this one is refused.
     */
    public RenderedReport month(YearMonth month) {
        session.require(Permission.USE_CUSTOMER_CARE);
        if (month == null || month.isAfter(YearMonth.now(clock))) {
            throw new BusinessRuleException("care.print.monthInFuture");
        }
        ZoneId zone = clock.getZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        record Data(CareFigures figures, List<CarePrintDao.UnhappyCallback> unhappy,
                    List<CarePrintDao.UnhappyAnswer> answers, List<CarePrintDao.ComplaintDates> complaints) {
        }
        Data d = transactions.read(handle -> {
            CarePrintDao dao = handle.attach(CarePrintDao.class);
            return new Data(figures.month(handle, month),
                    dao.unhappy(from, to), dao.unhappyAnswers(from, to), dao.complaintsOf(from, to));
        });
        Messages m = Messages.forLocale(Messages.CHINESE);
        Formats f = Formats.of(m.locale());
        Instant now = clock.instant();
        CareFigures fig = d.figures();
        Map<String, Object> p = store(m);
        p.put("TITLE", m.get("care.print.month.title"));
        p.put("MONTH", m.get("care.print.month.month", month.getYear(), month.getMonthValue()));
        String target = m.get("care.print.month.target");
        List<String[]> figures = List.of(
                new String[] {m.get("care.print.month.due"), f.count(fig.due())},
                new String[] {m.get("care.print.month.done"), f.count(fig.reached() + fig.unreachable())},
                new String[] {m.get("care.print.month.reached"), f.count(fig.reached())},
                new String[] {m.get("care.print.month.unreachable"), f.count(fig.unreachable())},
                new String[] {m.get("care.print.month.callbackRate"), rate(f, fig.callbackRate()) + target},
                new String[] {m.get("care.print.month.reachRate"), rate(f, fig.reachRate()) + target},
                new String[] {m.get("care.print.month.csi"), fig.csi().csi() == null ? "—" : f.quantity(fig.csi().csi())},
                new String[] {m.get("care.print.month.surveys"), m.get("care.print.month.surveysText",
                        fig.csi().surveys(), fig.csi().unhappy())});
        for (int i = 0; i < figures.size(); i++) {
            p.put("F" + (i + 1) + "_L", figures.get(i)[0]);
            p.put("F" + (i + 1) + "_V", figures.get(i)[1]);
        }
        p.put("NOTE", m.get("care.print.month.note"));
        p.put("PRINTED_AT", m.get("care.print.printedAt", f.dateTime(now, zone)));

        List<MonthRow> rows = new ArrayList<>();
        csi(rows, m, f, "advisor", "care.print.month.by.advisor", "care.print.month.col.advisor", fig.byAdvisor());
        csi(rows, m, f, "technician", "care.print.month.by.technician", "care.print.month.col.technician",
                fig.byTechnician());
        csi(rows, m, f, "workGroup", "care.print.month.by.workGroup", "care.print.month.col.workGroup",
                fig.byWorkGroup());
        unhappy(rows, m, f, zone, d.unhappy(), d.answers());
        complaints(rows, m, f, now.isBefore(to) ? now : to, from, to, d.complaints());
        return engine.render(MONTHLY, p.get("TITLE") + " " + month, p, rows);
    }

    private static String rate(Formats f, BigDecimal rate) {
        return rate == null ? "—" : f.percent(rate);
    }

    private static void csi(List<MonthRow> rows, Messages m, Formats f, String by, String titleKey, String nameKey,
                            List<CareFigures.Line> lines) {
        String title = m.get(titleKey);
        String[] h = {m.get(nameKey), m.get("care.print.month.col.surveys"),
                m.get("care.print.month.col.unhappy"), m.get("care.print.month.col.csi"), ""};
        if (lines.isEmpty()) {
            rows.add(new MonthRow(by, title, h[0], h[1], h[2], h[3], h[4], m.get("care.print.month.noneThisMonth"),
                    "", "", "", "", null));
        }
        for (CareFigures.Line l : lines) {
            rows.add(new MonthRow(by, title, h[0], h[1], h[2], h[3], h[4],
                    l.name().isBlank() ? m.get("care.print.month.unassigned") : l.name(), f.count(l.surveys()),
                    f.count(l.unhappy()), l.csi() == null ? "—" : f.quantity(l.csi()), "", null));
        }
    }

    private static void unhappy(List<MonthRow> rows, Messages m, Formats f, ZoneId zone,
                                List<CarePrintDao.UnhappyCallback> callbacks, List<CarePrintDao.UnhappyAnswer> answers) {
        String title = m.get("care.print.month.unhappyTitle");
        String[] h = {m.get("care.print.month.col.visit"), m.get("care.print.month.col.plate"),
                m.get("care.print.month.col.advisor"), m.get("care.print.month.col.score"), ""};
        if (callbacks.isEmpty()) {
            rows.add(new MonthRow("unhappy", title, h[0], h[1], h[2], h[3], h[4], m.get("care.print.month.noneThisMonth"),
                    "", "", "", "", null));
        }
        Map<Long, List<CarePrintDao.UnhappyAnswer>> byCallback = answers.stream()
                .collect(Collectors.groupingBy(CarePrintDao.UnhappyAnswer::callbackId));
        for (CarePrintDao.UnhappyCallback cb : callbacks) {
            List<String> said = new ArrayList<>();
            for (CarePrintDao.UnhappyAnswer a : byCallback.getOrDefault(cb.id(), List.of())) {
                said.add(m.get("care.print.month.answer", a.position(), a.text(), a.answer(), a.scaleMax()));
            }
            if (cb.remark() != null && !cb.remark().isBlank()) {
                said.add(m.get("care.print.month.remark", cb.remark()));
            }
            rows.add(new MonthRow("unhappy", title, h[0], h[1], h[2], h[3], h[4],
                    f.date(cb.closedAt(), zone) + "  " + cb.orderNumber(), PlateNumber.displayOf(cb.plate()),
                    dash(cb.advisor()), cb.score() == null ? "—" : f.quantity(cb.score()), "", String.join("；", said)));
        }
    }

    private static void complaints(List<MonthRow> rows, Messages m, Formats f, Instant asOf, Instant from, Instant to,
                                   List<CarePrintDao.ComplaintDates> complaints) {
        String title = m.get("care.print.month.complaintsTitle");
        String[] h = {m.get("care.print.month.col.category"), m.get("care.print.month.col.opened"),
                m.get("care.print.month.col.closed"), m.get("care.print.month.col.overdue"), ""};
        Map<ComplaintCategory, int[]> counts = new EnumMap<>(ComplaintCategory.class);
        for (ComplaintCategory category : ComplaintCategory.values()) {
            counts.put(category, new int[3]);
        }
        for (CarePrintDao.ComplaintDates c : complaints) {
            int[] n = counts.get(ComplaintCategory.valueOf(c.category()));
            boolean receivedInMonth = !c.receivedAt().isBefore(from) && c.receivedAt().isBefore(to);
            if (receivedInMonth) {
                n[0]++;
                if (missedADeadline(c, asOf)) {
                    n[2]++;
                }
            }
            if (c.closedAt() != null && !c.closedAt().isBefore(from) && c.closedAt().isBefore(to)) {
                n[1]++;
            }
        }
        int[] total = new int[3];
        for (Map.Entry<ComplaintCategory, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            for (int i = 0; i < 3; i++) {
                total[i] += n[i];
            }
            rows.add(new MonthRow("complaints", title, h[0], h[1], h[2], h[3], h[4], m.of(e.getKey()), f.count(n[0]),
                    f.count(n[1]), f.count(n[2]), "", null));
        }
        rows.add(new MonthRow("complaints", title, h[0], h[1], h[2], h[3], h[4], m.get("care.print.month.total"),
                f.count(total[0]), f.count(total[1]), f.count(total[2]), "", m.get("care.print.month.overdueNote")));
    }

    /** A step done after its deadline, or not done with its deadline passed by {@code asOf}. */
    static boolean missedADeadline(CarePrintDao.ComplaintDates c, Instant asOf) {
        return late(c.acknowledgeBy(), c.acknowledgedAt(), asOf) || late(c.solutionBy(), c.solutionAt(), asOf)
                || late(c.resolveBy(), c.resolvedAt(), asOf);
    }

    private static boolean late(Instant by, Instant done, Instant asOf) {
        return done != null ? done.isAfter(by) : asOf.isAfter(by);
    }
}
