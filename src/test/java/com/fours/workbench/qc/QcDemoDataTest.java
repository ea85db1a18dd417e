package com.fours.workbench.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/**
 * The demo has checklists, orders in QC at different levels, a certificate, a rework round, a comeback,
 * a road-test rule with an order road-tested, and maintenance intervals.
 */
class QcDemoDataTest {

    @Test
    void theDemoShowsEveryStepOfQualityControl(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("qc", SecurityDemoData.PASSWORD.toCharArray());
            QcSheets sheets = services.qcSheets();
            FixRateFigures figures = services.fixRates();
            QcChecklists checklists = services.qcChecklists();
            assertThat(checklists.checklistItems()).hasSizeGreaterThan(10);
            List<QcOrderRow> rows = sheets.orders();
            assertThat(rows).extracting(QcOrderRow::waitingFor).contains(QcLevel.SELF_CHECK, QcLevel.RECHECK);
            long certificates = services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM qc_certificate")
                    .mapTo(Long.class).one());
            assertThat(certificates).isEqualTo(1);
            long reworked = services.transactions().read(h -> h.createQuery(
                    "SELECT COUNT(*) FROM qc_release WHERE rounds = 2").mapTo(Long.class).one());
            assertThat(reworked).isEqualTo(1);
            long comeback = services.transactions().read(h -> h.createQuery(
                    "SELECT repair_order_id FROM qc_comeback").mapTo(Long.class).one());
            QualityOutcome outcome = services.transactions().read(h -> services.qualityOutcomes().of(h, comeback));
            assertThat(outcome.comeback()).isTrue();
            // the earlier order is numbered on the day it came in, as the first car of that day (issue 15, problem 10)
            assertThat(outcome.comebackOfOrderNumber()).isEqualTo("RO20261121-0001");
            assertThat(figures.fixRates(java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 27), "全店")
                    .get(0).finished()).isEqualTo(3);
            for (QcOrderRow row : rows) {
                assertThat(sheets.sheet(row.repairOrderId()).checklist()).as(row.orderNumber()).isNotEmpty();
            }
            // the road test (decision 0104): a rule, an order with its road test, none held up; intervals kept
            assertThat(services.roadTests().rules()).extracting(RoadTestRule::category)
                    .containsExactly(com.fours.workbench.repair.RepairCategory.SECOND_LEVEL_MAINTENANCE);
            List<QcSheet> inQc = rows.stream().filter(r -> r.waitingFor() != null)
                    .map(r -> sheets.sheet(r.repairOrderId())).toList();
            assertThat(inQc).filteredOn(s -> s.roadTest() != null).isNotEmpty();
            assertThat(inQc).extracting(QcSheet::roadTestStatus).allMatch(RoadTestStatus::allowsFinalCheck);
            assertThat(services.maintenanceIntervals().intervals()).extracting(MaintenanceInterval::brand)
                    .contains("广汽丰田", "比亚迪");
        }
    }
}
