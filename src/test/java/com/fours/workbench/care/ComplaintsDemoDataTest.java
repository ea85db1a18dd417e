package com.fours.workbench.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

class ComplaintsDemoDataTest {

    @Test
    void theDemoHasComplaintsOpenOverdueAndClosedOneWithGoodwillAndACorrectiveAction(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("care", SecurityDemoData.PASSWORD.toCharArray());
            List<ComplaintRow> open = services.complaints().list(ComplaintFilter.OPEN);
            assertThat(open).hasSize(4);
            assertThat(services.complaints().list(ComplaintFilter.OVERDUE)).hasSize(2);
            assertThat(services.complaints().list(ComplaintFilter.MINE)).hasSize(4);
            List<ComplaintRow> closed = services.complaints().list(ComplaintFilter.CLOSED);
            assertThat(closed).hasSize(2).allMatch(r -> r.complaint().closedBy().equals("manager"));
            assertThat(closed).filteredOn(r -> r.complaint().goodwillCoupon() != null).hasSize(1);
            assertThat(services.correctiveActions().all()).singleElement().matches(a -> !a.done());
            Complaint first = closed.get(0).complaint();
            assertThat(services.complaints().steps(first.id())).extracting(ComplaintStep::kind)
                    .startsWith(ComplaintStepKind.RECEIVED).endsWith(ComplaintStepKind.CLOSED);
            assertThat(services.contactHistory().of(ContactScope.vehicle(first.vehicleId())))
                    .extracting(ContactEntry::kindKey).contains("enum.ContactKind.COMPLAINT");
        }
    }
}
