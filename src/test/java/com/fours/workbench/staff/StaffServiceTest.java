package com.fours.workbench.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.dashboard.DashboardScenariosAccess;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Training, the plan and appraisals on the dashboard's hand-made orders (DashboardScenarios: three
 * orders billed December 1-7 by the advisor lina, zhangwei clocked 2.0 h and earned 1.95 book hours,
 * both of his orders passed QC at the first round), appraised as December once the clock stands in
 * January 2027.
 */
class StaffServiceTest {

    private static final MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);
    private static final LocalDate DECEMBER_END = LocalDate.of(2026, 12, 31);
    private static AppServices services;
    private static Map<String, StaffMember> staff;

    @BeforeAll
    static void store() {
        services = TestWorkbench.setUp(clock);
        DashboardScenariosAccess.billTheHandMadeOrders(services, clock);
        as("zhoujie");
        services.trainings().record(new TrainingInput(id("zhangwei"), "车间安全操作", TrainingKind.SAFETY,
                new BigDecimal("3.5"), LocalDate.of(2026, 12, 3), "孙伟", true));
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-01-04T02:00:00Z")));
        staff = services.trainings().staff().stream().collect(Collectors.toMap(StaffMember::username, m -> m));
    }

    private static void as(String user) {
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login(user, RepairFixture.PASSWORD.toCharArray());
    }

    private static long id(String username) {
        return services.trainings().staff().stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow().id();
    }

    private static Map<String, BigDecimal> figures(Appraisal a) {
        Map<String, BigDecimal> map = new java.util.LinkedHashMap<>();
        a.figures().forEach(f -> map.put(f.key(), f.value()));
        return map;
    }

    @Test
    void aTechniciansAppraisalIsFilledFromHisFiguresWorkedOutByHand() {
        as("zhoujie");
        Appraisal a = services.appraisals().fill(staff.get("zhangwei").id(), AppraisalPeriodKind.MONTH, DECEMBER, DECEMBER_END);
        Map<String, BigDecimal> f = figures(a);
        assertThat(f.keySet()).containsExactly("hoursSold", "efficiency", "firstTimeFix", "failedRounds", "comebacks",
                "trainings", "trainingHours", "trainingsPassed");
        assertThat(f.get("hoursSold")).isEqualByComparingTo("1.95");
        assertThat(f.get("efficiency")).isEqualByComparingTo("97.5");
        assertThat(f.get("firstTimeFix")).isEqualByComparingTo("100.0");
        assertThat(f.get("failedRounds")).isZero();
        assertThat(f.get("comebacks")).isZero();
        assertThat(f.get("trainings")).isEqualByComparingTo("1");
        assertThat(f.get("trainingHours")).isEqualByComparingTo("3.5");
        assertThat(a.status()).isEqualTo(AppraisalStatus.DRAFT);
    }

    @Test
    void anAdvisorsAndACashiersAppraisalsShowNoDataWhereNothingWasCounted() {
        as("zhoujie");
        Map<String, BigDecimal> advisor = figures(services.appraisals().fill(staff.get("lina").id(), AppraisalPeriodKind.MONTH,
                DECEMBER, DECEMBER_END));
        assertThat(advisor.get("carCount")).isEqualByComparingTo("3");
        assertThat(advisor.get("averageBill")).isEqualByComparingTo("430.00");
        assertThat(advisor).containsEntry("csi", null);
        assertThat(advisor.get("complaints")).isZero();
        Map<String, BigDecimal> cashier = figures(services.appraisals().fill(staff.get("chenjing").id(),
                AppraisalPeriodKind.QUARTER, LocalDate.of(2026, 10, 1), DECEMBER_END));
        assertThat(cashier.get("billsVoided")).isZero();
        assertThat(cashier).as("no day closed: no data, not 0").containsEntry("cashDifferenceDays", null)
                .containsEntry("cashDifferences", null);
        Map<String, BigDecimal> clerk = figures(services.appraisals().fill(staff.get("zhaolei").id(), AppraisalPeriodKind.MONTH,
                DECEMBER, DECEMBER_END));
        assertThat(clerk).containsEntry("fillRate", null).containsEntry("countVariances", null);
        assertThat(clerk.get("linesCounted")).isZero();
        as("zhoujie");
        Map<String, BigDecimal> lastYear = figures(services.appraisals().fill(staff.get("lina").id(), AppraisalPeriodKind.YEAR,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(lastYear.get("carCount")).isZero();
        assertThat(lastYear).as("no car: no average bill").containsEntry("averageBill", null);
    }

    @Test
    void signedByTheManagerThenByTheEmployeeItNeverChangesAgain() {
        as("zhoujie");
        Appraisal draft = services.appraisals().fill(staff.get("zhangwei").id(), AppraisalPeriodKind.QUARTER,
                LocalDate.of(2026, 10, 1), DECEMBER_END);
        assertThatThrownBy(() -> services.appraisals().signAsManager(draft.id(), draft.version(),
                new AppraisalMarks(4, null, 6, "好")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> {
                    assertThat(e.byField().get(AppraisalService.ATTITUDE).messageKey()).isEqualTo("staff.appraisal.markRequired");
                    assertThat(e.byField().get(AppraisalService.SATISFACTION).messageKey()).isEqualTo("staff.appraisal.markRange");
                });
        Appraisal marked = services.appraisals().mark(draft.id(), draft.version(), new AppraisalMarks(4, 5, null, "稳定"));
        as("zhangwei");
        assertThatThrownBy(() -> services.appraisals().open(draft.id())).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("staff.appraisal.notYetSigned");
        assertThatThrownBy(() -> services.appraisals().signAsEmployee(draft.id(), marked.version()))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("staff.appraisal.managerFirst");
        as("zhoujie");
        Appraisal signed = services.appraisals().signAsManager(draft.id(), marked.version(), new AppraisalMarks(4, 5, 4, "稳定"));
        assertThat(signed.status()).isEqualTo(AppraisalStatus.MANAGER_SIGNED);
        assertThat(signed.managerName()).isEqualTo("zhoujie 测试");
        assertThatThrownBy(() -> services.appraisals().mark(signed.id(), signed.version(), new AppraisalMarks(1, 1, 1, "改")))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("staff.appraisal.signed");
        assertThatThrownBy(() -> services.appraisals().signAsManager(signed.id(), signed.version(), new AppraisalMarks(4, 5, 4, "")))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("staff.appraisal.signed");
        Appraisal again = services.appraisals().fill(staff.get("zhangwei").id(), AppraisalPeriodKind.QUARTER,
                LocalDate.of(2026, 10, 1), DECEMBER_END);
        assertThat(again).as("a signed appraisal is not filled again").isEqualTo(signed);
        as("lina");
        assertThatThrownBy(() -> services.appraisals().open(signed.id()))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("staff.appraisal.notYours");
        assertThatThrownBy(() -> services.appraisals().signAsEmployee(signed.id(), signed.version()))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("staff.appraisal.onlyOwnSignature");
        as("zhangwei");
        assertThat(services.appraisals().mine()).extracting(Appraisal::id).contains(signed.id());
        Appraisal both = services.appraisals().signAsEmployee(signed.id(), signed.version());
        assertThat(both.status()).isEqualTo(AppraisalStatus.SIGNED);
        assertThat(both.marks()).isEqualTo(new AppraisalMarks(4, 5, 4, "稳定"));
        assertThatThrownBy(() -> services.appraisals().signAsEmployee(both.id(), both.version()))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("staff.appraisal.signedTwice");
        long audited = services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'staff_appraisal' AND subject_id = :id")
                .bind("id", String.valueOf(both.id())).mapTo(Long.class).one());
        assertThat(audited).as("filled, marked, signed by both; the second fill of a signed one writes nothing").isEqualTo(4);
    }

    @Test
    void aPeriodBackwardsInTheFutureNotOverOrNotWholeIsRefusedByItsField() {
        as("zhoujie");
        long tech = staff.get("zhangwei").id();
        assertThat(refusal(() -> services.appraisals().fill(tech, AppraisalPeriodKind.MONTH, DECEMBER, DECEMBER.minusDays(1))))
                .containsEntry(AppraisalService.TO, "staff.period.backwards");
        assertThat(refusal(() -> services.appraisals().fill(tech, AppraisalPeriodKind.MONTH, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 28)))).containsEntry(AppraisalService.FROM, "staff.period.future");
        assertThat(refusal(() -> services.appraisals().fill(tech, AppraisalPeriodKind.MONTH, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 31)))).containsEntry(AppraisalService.TO, "staff.period.notOver");
        assertThat(refusal(() -> services.appraisals().fill(tech, AppraisalPeriodKind.QUARTER, DECEMBER, DECEMBER_END)))
                .containsEntry(AppraisalService.FROM, "staff.period.notWhole.QUARTER");
        assertThat(refusal(() -> services.appraisals().fill(null, null, null, null))).containsOnlyKeys(
                AppraisalService.EMPLOYEE, AppraisalService.KIND, AppraisalService.FROM, AppraisalService.TO);
        as("zhangwei");
        assertThatThrownBy(() -> services.appraisals().fill(tech, AppraisalPeriodKind.MONTH, DECEMBER, DECEMBER_END))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.appraisals().appraisals()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void trainingHoursNegativeOrAbsurdAndADayToComeAreRefused() {
        as("zhoujie");
        long tech = staff.get("zhangwei").id();
        assertThat(refusal(() -> record(tech, "-1", LocalDate.of(2026, 12, 20))))
                .containsEntry(TrainingService.HOURS, "staff.training.hoursNegative");
        assertThat(refusal(() -> record(tech, "0", LocalDate.of(2026, 12, 20))))
                .containsEntry(TrainingService.HOURS, "staff.training.hoursZero");
        assertThat(refusal(() -> record(tech, "25", LocalDate.of(2026, 12, 20))))
                .containsEntry(TrainingService.HOURS, "staff.training.hoursAbsurd");
        assertThat(refusal(() -> record(tech, "2", LocalDate.of(2027, 1, 5))))
                .containsEntry(TrainingService.HELD_ON, "staff.training.future");
        TrainingRecord ok = record(tech, "24", LocalDate.of(2026, 12, 20));
        assertThat(ok.hours()).isEqualByComparingTo("24");
        as("lina");
        assertThatThrownBy(() -> record(tech, "2", LocalDate.of(2026, 12, 20))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePlanListsWhoIsBehindAndWhoHadNoSafetyTrainingThisYear() {
        as("zhoujie");
        List<StaffMember> notTrained = services.trainings().notTrainedInSafety();
        assertThat(notTrained).extracting(StaffMember::username).as("2027: nobody yet")
                .contains("zhangwei", "lina", "zhoujie").doesNotContain("admin");
        List<StaffMember> in2026 = services.transactions().read(h -> TrainingService.notTrainedInSafety(h, 2026, clock.getZone()));
        assertThat(in2026).extracting(StaffMember::username).contains("lina").doesNotContain("zhangwei");
        // everyone joined on 2026-12-07: the induction was due by 2027-01-07, not yet overdue; no whole quarter employed
        List<PlanLine> plan = services.trainings().plan();
        PlanLine lina = plan.stream().filter(p -> p.member().username().equals("lina")).findFirst().orElseThrow();
        assertThat(lina.inductionDue()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(lina.behind()).isFalse();
        clock.advance(Duration.ofDays(120));
        try {
            PlanLine later = services.trainings().plan().stream().filter(p -> p.member().username().equals("lina"))
                    .findFirst().orElseThrow();
            assertThat(later.inductionOverdue()).isTrue();
            assertThat(later.lastQuarterMissed()).as("January to March 2027 without a training").isTrue();
            assertThat(services.trainings().plan().get(0).behind()).as("those behind first").isTrue();
        } finally {
            clock.advance(Duration.ofDays(-120));
        }
    }

    @Test
    void theAppraisalSheetPrintsInChineseWithNoDataWhereNothingWasCounted() throws Exception {
        as("zhoujie");
        Appraisal a = services.appraisals().fill(staff.get("chenjing").id(), AppraisalPeriodKind.MONTH, DECEMBER, DECEMBER_END);
        a = services.appraisals().signAsManager(a.id(), a.version(), new AppraisalMarks(5, 4, 4, "结算准确，态度热情。"));
        RenderedReport report = services.staffPrints().sheet(a.id());
        byte[] pdf = services.reports().exportPdf(report);
        String text = PdfAssertions.text(pdf);
        assertThat(text).contains("员工考核表", "chenjing 测试", "收银员", "2026年12月（2026-12-01 至 2026-12-31）", "经理已签",
                "作废结算单", "无数据", "培训学时", "业务能力", "5 / 5 分", "结算准确，态度热情。", "zhoujie 测试");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
        }
        Path pictures = Path.of("target", "staff-report");
        Files.createDirectories(pictures);
        Files.write(pictures.resolve("appraisal-sheet.pdf"), pdf);
        ImageIO.write(services.reports().renderPage(report, 0, 1.5f), "png", pictures.resolve("appraisal-sheet.png").toFile());
    }

    private static TrainingRecord record(long who, String hours, LocalDate on) {
        return services.trainings().record(new TrainingInput(who, "产品知识", TrainingKind.PRODUCT, new BigDecimal(hours), on,
                "王强", true));
    }

    private static Map<String, String> refusal(Runnable call) {
        try {
            call.run();
        } catch (InvalidFieldsException e) {
            return e.byField().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().messageKey()));
        }
        throw new AssertionError("not refused");
    }
}
