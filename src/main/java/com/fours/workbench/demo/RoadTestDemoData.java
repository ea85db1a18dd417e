package com.fours.workbench.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.qc.MaintenanceIntervalDao;
import com.fours.workbench.qc.QcDao;
import com.fours.workbench.qc.RoadTestDao;
import com.fours.workbench.repair.RepairCategory;

/**
 * The demo's road tests and maintenance intervals (issue 20, decision 0104): level-2 maintenance
 * needs a road test, and the orders of it in QC have theirs recorded (driven by the technician
 * before the checks); each brand of the store has its maintenance interval.
 */
public final class RoadTestDemoData implements DemoDataContributor {

    private record Interval(String brand, String model, Integer km, Integer months) {
    }

    private static final List<Interval> INTERVALS = List.of(
            new Interval("广汽丰田", "", 10_000, 6),
            new Interval("一汽丰田", "", 10_000, 6),
            new Interval("广汽本田", "", 5_000, 6),
            new Interval("一汽-大众", "", 7_500, 12),
            new Interval("比亚迪", "汉EV", 20_000, 12));

    private static final RepairCategory ROAD_TESTED = RepairCategory.SECOND_LEVEL_MAINTENANCE;

    private final Clock clock;

    public RoadTestDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.qc";
    }

    @Override
    public int order() {
        return 49; // after quality control's checklists and signatures (48)
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        Instant now = clock.instant();
        RoadTestDao roadTests = handle.attach(RoadTestDao.class);
        roadTests.insertRule(ROAD_TESTED.name(), null, "manager", now.minus(Duration.ofDays(30)));
        QcDao qc = handle.attach(QcDao.class);
        List<QcDao.OrderAtQc> inQc = qc.ordersAtQc().stream().filter(o -> o.status().equals("IN_QC")).toList();
        List<QcDao.OrderAtQc> tested = inQc.stream()
                .filter(o -> qc.categoriesOf(o.id()).contains(ROAD_TESTED.name())).toList();
        // the orders the rule names are road-tested (none is held up at its final check); else one is, unasked
        for (QcDao.OrderAtQc o : tested.isEmpty() ? inQc.stream().limit(1).toList() : tested) {
            int start = qc.mileageAtIntake(o.id());
            roadTests.insert(o.id(), "王师傅", start, start + 8, true, "环路 8 公里，制动、转向正常，无异响", "tech",
                    now.minus(Duration.ofMinutes(25)));
        }
        MaintenanceIntervalDao intervals = handle.attach(MaintenanceIntervalDao.class);
        for (Interval i : INTERVALS) {
            intervals.insert(i.brand(), i.model(), i.km(), i.months(), "manager", now.minus(Duration.ofDays(30)));
        }
    }
}
