package com.fours.workbench.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/** The demo's workshop: the board fills its columns, the demo technician has a job to clock on. */
class DispatchDemoDataTest {

    @Test
    void theDemoBoardShowsEveryColumnAndTheTechnicianCanClockOn(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("lead", SecurityDemoData.PASSWORD.toCharArray());
            var board = services.jobBoard().board();
            Set<JobBoardColumn> columns = board.stream().map(JobBoardCard::column).collect(Collectors.toSet());
            assertThat(columns).containsExactlyInAnyOrder(JobBoardColumn.values());
            assertThat(board).anyMatch(JobBoardCard::late);
            assertThat(board).filteredOn(c -> c.column() == JobBoardColumn.READY).noneMatch(JobBoardCard::late);
            assertThat(services.dispatch().jobs()).isNotEmpty().anyMatch(j -> j.assignee() != null);
            services.authentication().logout();

            services.authentication().login("tech", SecurityDemoData.PASSWORD.toCharArray());
            var mine = services.jobClock().myJobs();
            assertThat(mine).isNotEmpty().noneMatch(TechnicianJob::clockedOn);
            services.jobClock().clockOn(mine.get(0).lineId());
            assertThat(services.repairOrderService().plan(mine.get(0).orderId()).status())
                    .isEqualTo(RepairOrderStatus.IN_PROGRESS);
        }
    }
}
