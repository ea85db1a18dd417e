package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.staff.Appraisal;
import com.fours.workbench.staff.AppraisalPeriodKind;
import com.fours.workbench.staff.AppraisalService;
import com.fours.workbench.staff.StaffDao;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.staff.TrainingInput;
import com.fours.workbench.staff.TrainingKind;
import com.fours.workbench.staff.TrainingService;

/**
 * The staff tab's demo: a few trainings of the last weeks (the induction of everyone, a quarterly
 * course, a product course, safety for the workshop only, so the safety list is not empty), and
 * last month's appraisals of the technician (signed by the manager and by him) and of the advisor
 * (a draft). Runs last: the appraisals read the figures the other contributors made.
 */
public final class StaffDemoData implements DemoDataContributor {

    private static final String MANAGER = "manager";

    private final TrainingService trainings;
    private final AppraisalService appraisals;
    private final Clock clock;

    public StaffDemoData(TrainingService trainings, AppraisalService appraisals, Clock clock) {
        this.trainings = trainings;
        this.appraisals = appraisals;
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.training";
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        LocalDate today = LocalDate.now(clock);
        Map<String, StaffMember> staff = TrainingService.staff(handle, clock.getZone()).stream()
                .collect(Collectors.toMap(StaffMember::username, m -> m));
        for (StaffMember m : staff.values()) {
            train(handle, m, "公司文化与售后服务流程", TrainingKind.INDUCTION, "8", m.since(), "周杰", true);
        }
        LocalDate quarterly = today.minus(9, ChronoUnit.DAYS);
        for (String who : List.of("advisor", "cashier", "care", "clerk")) {
            train(handle, staff.get(who), "沟通技巧与投诉处理", TrainingKind.QUARTERLY, "2", quarterly, "周杰", !who.equals("clerk"));
        }
        train(handle, staff.get("advisor"), "新车型产品知识", TrainingKind.PRODUCT, "3", today.minusDays(16), "厂家培训师 王强", true);
        for (String who : List.of("tech", "lead", "qc")) {
            train(handle, staff.get(who), "车间安全操作与消防演练", TrainingKind.SAFETY, "3.5", today.minusDays(12), "安全员 孙伟", true);
            train(handle, staff.get(who), "新能源车高压系统维修", TrainingKind.QUARTERLY, "4", today.minusDays(5), "厂家培训师 王强", true);
        }
        LocalDate lastMonth = appraisals.lastWholeStart(AppraisalPeriodKind.MONTH);
        Appraisal tech = appraisals.insertDraft(handle, staff.get("tech"), AppraisalPeriodKind.MONTH, lastMonth, MANAGER);
        StaffDao dao = handle.attach(StaffDao.class);
        dao.mark(tech.id(), tech.version(), 4, 5, 4, "工作认真，返修少；本月效率稳定，继续保持。");
        dao.signAsManager(tech.id(), tech.version() + 1, MANAGER, today.atTime(9, 0).atZone(clock.getZone()).toInstant());
        dao.signAsEmployee(tech.id(), tech.version() + 2, today.atTime(9, 30).atZone(clock.getZone()).toInstant());
        appraisals.insertDraft(handle, staff.get("advisor"), AppraisalPeriodKind.MONTH, lastMonth, MANAGER);
    }

    private void train(Handle handle, StaffMember m, String course, TrainingKind kind, String hours, LocalDate on,
                       String trainer, boolean passed) {
        trainings.insert(handle, TrainingService.checked(new TrainingInput(m.id(), course, kind, new BigDecimal(hours), on,
                trainer, passed), LocalDate.now(clock)), MANAGER);
    }
}
