package com.fours.workbench.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/** The demo store has a labour catalog, canned jobs with parts, and repair orders in every state of the board. */
class RepairDemoDataTest {

    @Test
    void theDemoHasACatalogAndOrdersInEveryStateWithConsistentPlans(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("advisor", SecurityDemoData.PASSWORD.toCharArray());
            assertThat(services.labourCatalog().operations()).extracting(LabourOperation::nameZh)
                    .contains("机油机滤更换", "四轮定位", "前刹车片更换", "空调滤芯更换", "火花塞更换（4缸）", "变速箱油更换");
            assertThat(services.labourCatalog().operations()).allMatch(o -> o.workGroupId() != null);
            List<CannedJob> jobs = services.labourCatalog().cannedJobs();
            assertThat(jobs).extracting(CannedJob::code).contains("PKG-10K", "PKG-20K");
            assertThat(jobs).allMatch(j -> j.items().stream().anyMatch(i -> i.partId() != null));

            List<RepairOrderRow> rows = services.repairOrderService().orders("", Set.of(), 100);
            assertThat(rows.stream().map(RepairOrderRow::status).collect(Collectors.toSet())).contains(
                    RepairOrderStatus.RECEIVED, RepairOrderStatus.PLANNED, RepairOrderStatus.APPROVED,
                    RepairOrderStatus.IN_PROGRESS, RepairOrderStatus.IN_QC, RepairOrderStatus.READY_FOR_SETTLEMENT);
            for (RepairOrderRow row : rows) {
                RepairPlan plan = services.repairOrderService().plan(row.id());
                assertThat(plan.totals().total()).isEqualTo(row.total());
                assertThat(plan.needsApproval()).as(row.number()).isFalse();
                if (plan.status() == RepairOrderStatus.IN_QC || plan.status() == RepairOrderStatus.READY_FOR_SETTLEMENT) {
                    assertThat(plan.openLines()).as(row.number()).isEmpty();
                }
            }
            assertThat(services.repairOrderService().changesSince(rows.get(0).id(), 0)).isNotNull();
        }
    }
}
