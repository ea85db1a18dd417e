package com.fours.workbench.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Two workstations on one H2 file record complaints at the same moment: the second raise from one
 * callback is refused with the first complaint's number (not the database's unique rule), and
 * complaints recorded together get distinct numbers of the day, one after the other.
 */
class ComplaintsAtTwoWorkstationsTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    @TempDir
    Path folder;
    private ComplaintFixture f;
    private AppServices other;
    private final ExecutorService desks = Executors.newFixedThreadPool(2);

    @BeforeEach
    void setUp() {
        f = new ComplaintFixture(clock, new RepairFixture(TestWorkbench.setUp(folder, clock)));
        other = AppServices.open(DatabaseSettings.embedded(folder, "workbench"), false, folder, clock);
        other.authentication().login("care", RepairFixture.PASSWORD.toCharArray());
    }

    @AfterEach
    void tearDown() {
        desks.shutdownNow();
        other.close();
        f.close();
    }

    @Test
    void theSecondRaiseFromOneCallbackIsRefusedWithTheFirstComplaintsNumber() throws Exception {
        long callback = f.callbackForTheOrder();
        List<Object> outcomes = together(
                () -> f.complaints.raise(f.f.orderId(), callback, "等了两个小时", ComplaintChannel.CALLBACK),
                () -> other.complaints().raise(f.f.orderId(), callback, "等了两个小时", ComplaintChannel.CALLBACK));

        List<Complaint> raised = outcomes.stream().filter(Complaint.class::isInstance).map(Complaint.class::cast).toList();
        List<BusinessRuleException> refused = outcomes.stream().filter(BusinessRuleException.class::isInstance)
                .map(BusinessRuleException.class::cast).toList();
        assertThat(raised).hasSize(1);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).messageKey()).isEqualTo("care.complaint.alreadyRaised");
        assertThat(refused.get(0).arguments()).containsExactly(raised.get(0).number());
        assertThat(f.count()).isEqualTo(1);
    }

    @Test
    void complaintsRecordedAtOnceGetTheDaysNumbersOneAfterTheOther() throws Exception {
        List<Object> outcomes = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            outcomes.addAll(together(() -> f.record(ComplaintCategory.WAITING_TIME),
                    () -> other.complaints().record(new ComplaintInput(f.f.vehicle.id(), f.f.orderId(),
                            ComplaintChannel.PHONE, ComplaintCategory.PRICE, ComplaintSeverity.LOW, "价格太高",
                            f.care.id(), null))));
        }

        assertThat(outcomes).allMatch(Complaint.class::isInstance);
        assertThat(outcomes).map(o -> ((Complaint) o).number()).containsExactlyInAnyOrder(
                "TS20261127-0001", "TS20261127-0002", "TS20261127-0003", "TS20261127-0004",
                "TS20261127-0005", "TS20261127-0006", "TS20261127-0007", "TS20261127-0008");
    }

    /** Both desks press the button at once; each outcome is what came back or what was thrown. */
    private List<Object> together(Callable<Object> one, Callable<Object> two) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> pressed = new ArrayList<>();
        for (Callable<Object> desk : List.of(one, two)) {
            pressed.add(desks.submit(() -> {
                start.await();
                try {
                    return desk.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : pressed) {
            outcomes.add(f.get());
        }
        return outcomes;
    }
}
