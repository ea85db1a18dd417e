package com.fours.workbench.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LabourOperationInput;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.testing.MutableClock;

/** The store's maintenance intervals and the next service a passed maintenance sets (decision 0104), on H2. */
class MaintenanceIntervalsTest {

    private static final MutableClock CLOCK = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private static QcFixture x;

    @BeforeAll
    static void setUp() {
        x = new QcFixture(CLOCK);
    }

    @AfterAll
    static void tearDown() {
        x.close();
    }

    private static String refusedField(String field, Runnable action) {
        InvalidFieldsException e = catchThrowableOfType(action::run, InvalidFieldsException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.byField()).containsKey(field);
        return e.byField().get(field).messageKey();
    }

    @Test
    void aZeroANegativeOrNoIntervalIsRefusedUnderItsField() {
        MaintenanceIntervals intervals = x.services.maintenanceIntervals();
        x.as("zhoujie");
        assertThat(refusedField(MaintenanceIntervals.EVERY_KM, () -> intervals.save("大众", "", "0", "6")))
                .isEqualTo("qc.interval.zero");
        assertThat(refusedField(MaintenanceIntervals.EVERY_MONTHS, () -> intervals.save("大众", "", "5000", "0")))
                .isEqualTo("qc.interval.zero");
        assertThat(refusedField(MaintenanceIntervals.EVERY_KM, () -> intervals.save("大众", "", " ", "")))
                .isEqualTo("qc.interval.none");
        assertThat(refusedField(MaintenanceIntervals.EVERY_KM, () -> intervals.save("大众", "", "-5000", "6")))
                .isEqualTo("number.invalid.whole");
        assertThat(refusedField(MaintenanceIntervals.EVERY_MONTHS, () -> intervals.save("大众", "", "", "61")))
                .isEqualTo("number.invalid.tooLarge");
        assertThat(refusedField(MaintenanceIntervals.BRAND, () -> intervals.save("  ", "", "5000", "6")))
                .isEqualTo("field.required");
        x.as("lina");
        assertThat(catchThrowable(() -> intervals.save("大众", "", "5000", "6"))).as("an advisor may not").isNotNull();
        assertThat(x.count("SELECT COUNT(*) FROM maintenance_interval WHERE brand = '大众'")).isZero();
    }

    @Test
    void aPassedMaintenanceSetsTheNextServiceFromTheModelIntervalElseTheBrandAndOtherWorkLeavesIt() {
        x.as("zhoujie");
        x.services.labourCatalog().saveOperation(null, 0, new LabourOperationInput("WIPER-01", "雨刮片更换",
                "Wiper blades", RepairCategory.MINOR_REPAIR, "0.3", null, true));
        nextServiceFollowsTheIntervals(x, CLOCK);
    }

    /** The whole rule on a fixture of the caller's (H2 here, PostgreSQL in {@link MaintenanceIntervalsPostgresqlTest}). */
    static void nextServiceFollowsTheIntervals(QcFixture x, MutableClock clock) {
        MaintenanceIntervals intervals = x.services.maintenanceIntervals();
        long vehicleId = x.f.vehicle.id();
        x.as("zhoujie");
        MaintenanceInterval brand = intervals.save("广汽丰田", "", "5,000", "6");
        MaintenanceInterval model = intervals.save("广汽丰田", "凯美瑞", "8000", "");
        // typed again for the same model: changed, not a second row (and brand and model match without case)
        MaintenanceInterval changed = intervals.save("广汽丰田", "凯美瑞", "10000 km", "12");
        assertThat(changed.id()).isEqualTo(model.id());
        assertThat(intervals.intervals()).extracting(MaintenanceInterval::everyKm).containsExactly(5000, 10000);

        // a road test rule must not be in the way: none is set on this fixture
        long maintenance = x.orderInQc(32000);
        QcSheet passed = x.passAll(maintenance, "32010");
        assertThat(passed.status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT);
        LocalDate exit = passed.release().exitDate();
        Vehicle car = vehicle(x, vehicleId);
        assertThat(car.nextServiceDate()).isEqualTo(exit.plusMonths(12));
        assertThat(car.nextServiceMileage()).isEqualTo(42010);
        assertThat(passed.nextService()).as("the sheet says it").isEqualTo(car.nextServiceDate() == null ? null
                : new MaintenanceInterval.NextService(car.nextServiceDate(), 42010));

        // other work (a minor repair) leaves the next service where the maintenance put it
        LabourOperation wiper = x.services.labourCatalog().operations().stream()
                .filter(o -> o.code().equals("WIPER-01")).findFirst().orElseThrow();
        long repair = x.toQc(x.receive(32500), wiper);
        x.passAll(repair, null);
        assertThat(vehicle(x, vehicleId).nextServiceMileage()).isEqualTo(42010);

        // without the model's interval the brand's applies: 5,000 km or 6 months, whichever comes first
        x.as("zhoujie");
        intervals.remove(changed.id());
        clock.advance(QcFixture.DAY);
        long second = x.orderInQc(33000);
        QcSheet again = x.passAll(second, null);
        car = vehicle(x, vehicleId);
        assertThat(car.nextServiceDate()).isEqualTo(again.release().exitDate().plusMonths(6));
        assertThat(car.nextServiceMileage()).isEqualTo(38000);
        assertThat(x.count("SELECT COUNT(*) FROM audit_log WHERE action = 'NEXT_SERVICE_SET'")).isEqualTo(2);
        assertThat(x.count("SELECT COUNT(*) FROM audit_log WHERE action = 'QC_MAINTENANCE_INTERVAL_SET'")).isEqualTo(4);

        x.as("zhoujie");
        intervals.remove(brand.id());
        assertThat(intervals.intervals()).isEmpty();
    }

    private static Vehicle vehicle(QcFixture x, long id) {
        x.as("lina");
        return x.f.services.vehicles().card(id).vehicle();
    }
}
