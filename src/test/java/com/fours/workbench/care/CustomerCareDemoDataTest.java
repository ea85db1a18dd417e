package com.fours.workbench.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

class CustomerCareDemoDataTest {

    @Test
    void everyDeliveredDemoVisitHasItsCallbackInEveryStateWithSurveys(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("care", SecurityDemoData.PASSWORD.toCharArray());
            int deliveries = count(services, "SELECT COUNT(*) FROM delivery");
            assertThat(count(services, "SELECT COUNT(*) FROM callback")).isEqualTo(deliveries).isPositive();
            for (String status : new String[] {"OPEN", "REACHED", "UNREACHABLE"}) {
                assertThat(count(services, "SELECT COUNT(*) FROM callback WHERE status = '" + status + "'"))
                        .as(status).isPositive();
            }
            assertThat(count(services, "SELECT COUNT(*) FROM callback WHERE unhappy AND remark IS NOT NULL"))
                    .isPositive();
            assertThat(count(services, "SELECT COUNT(*) FROM survey_answer")).isPositive();
            assertThat(count(services, "SELECT COUNT(*) FROM callback_attempt WHERE called_at > TIMESTAMP WITH TIME ZONE '2026-11-27 10:00:00+08:00'"))
                    .as("no call in the future of the demo's morning").isZero();

            CallbackLists lists = services.callbacks().lists();
            assertThat(lists.today()).isNotEmpty();
            assertThat(lists.overdue()).isNotEmpty();
            assertThat(lists.done()).isNotEmpty();
            CareFigures month = services.careFigures().month(YearMonth.of(2026, 11));
            assertThat(month.csi().csi()).isNotNull();
            assertThat(month.callbackRate()).isNotNull();
        }
    }

    private static int count(AppServices services, String sql) {
        return services.transactions().read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
