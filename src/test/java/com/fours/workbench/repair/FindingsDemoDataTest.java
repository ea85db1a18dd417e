package com.fours.workbench.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/** The demo's findings and contacts: one finding turned into an approved line, one late car with a contact. */
class FindingsDemoDataTest {

    @Test
    void theDemoHasAnApprovedFindingAndALateCarTheAdvisorCalled(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("advisor", SecurityDemoData.PASSWORD.toCharArray());
            List<JobBoardCard> board = services.jobBoard().board();
            boolean approvedFinding = false;
            for (JobBoardCard card : board) {
                for (Finding f : services.findings().findings(card.orderId())) {
                    RepairPlan plan = services.repairOrderService().plan(card.orderId());
                    approvedFinding |= f.lineId() != null && !f.photos().isEmpty() && plan.lines().stream()
                            .anyMatch(l -> l.id() == f.lineId() && l.approved());
                }
            }
            assertThat(approvedFinding).as("a finding whose line the customer approved, with its photo").isTrue();
            assertThat(board).anyMatch(c -> c.late() && !c.contactDue()
                    && !services.progressContacts().contacts(c.orderId()).isEmpty());
        }
    }
}
