package com.fours.workbench.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The archive written in one batch per table (the demo's 300 customers) holds the same rows and the
 * same search index as writing the customers one after the other, and refuses a VIN given twice.
 */
class CustomerBatchInsertTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 11, 27);
    private AppServices oneByOne;
    private AppServices batched;

    @AfterEach
    void tearDown() {
        if (oneByOne != null) {
            oneByOne.close();
        }
        if (batched != null) {
            batched.close();
        }
    }

    private List<CustomerService.NewCustomer> archive() {
        return List.of(
                new CustomerService.NewCustomer(ArchiveRules.check(ArchiveServiceTest.person("张伟", "138 1234 5678")),
                        List.of(ArchiveRules.check(ArchiveServiceTest.car(ArchiveServiceTest.VIN, "粤A12345", "31000"), today),
                                ArchiveRules.check(ArchiveServiceTest.car(ArchiveServiceTest.vin("LFMAP22C3M00", "54321"),
                                        "粤B88888", ""), today))),
                new CustomerService.NewCustomer(ArchiveRules.check(ArchiveServiceTest.person("李娜", "13987654321")), List.of()),
                new CustomerService.NewCustomer(ArchiveRules.check(ArchiveServiceTest.person("王芳", "13600001111")),
                        List.of(ArchiveRules.check(ArchiveServiceTest.car(ArchiveServiceTest.vin("LVGBE40K5NG0", "77777"),
                                "粤A7M777", "120000"), today))));
    }

    private static List<Map<String, Object>> rows(AppServices services, String sql) {
        return services.transactions().read(h -> h.createQuery(sql).mapToMap().list());
    }

    @Test
    void theBatchWritesTheRowsAndTheIndexThatOneCustomerAfterTheOtherWrites() {
        oneByOne = TestWorkbench.setUp(clock);
        oneByOne.transactions().useTransaction(h -> {
            for (CustomerService.NewCustomer c : archive()) {
                long id = oneByOne.customers().insertUnindexed(h, c.customer());
                for (ArchiveRules.CheckedVehicle v : c.vehicles()) {
                    oneByOne.vehicles().insertUnindexed(h, id, v, "admin");
                }
                oneByOne.customers().index(h, id);
            }
        });
        batched = TestWorkbench.setUp(clock);
        batched.transactions().useTransaction(h -> batched.customers().insertAll(h, archive(), "admin"));

        for (String sql : List.of("SELECT * FROM customer ORDER BY id", "SELECT * FROM vehicle ORDER BY id",
                "SELECT * FROM vehicle_ownership ORDER BY id", "SELECT * FROM mileage_reading ORDER BY id",
                "SELECT * FROM search_entry ORDER BY id", "SELECT gram, entry_id FROM search_gram ORDER BY gram, entry_id")) {
            assertThat(rows(batched, sql)).as(sql).isNotEmpty().isEqualTo(rows(oneByOne, sql));
        }
    }

    @Test
    void aVinGivenTwiceOrAlreadyStoredIsRefusedAndNothingIsWritten() {
        batched = TestWorkbench.setUp(clock);
        var car = ArchiveRules.check(ArchiveServiceTest.car(ArchiveServiceTest.VIN, "粤A12345", "31000"), today);
        var twice = List.of(
                new CustomerService.NewCustomer(ArchiveRules.check(ArchiveServiceTest.person("张伟", "13812345678")), List.of(car)),
                new CustomerService.NewCustomer(ArchiveRules.check(ArchiveServiceTest.person("李娜", "13987654321")), List.of(car)));
        assertThatThrownBy(() -> batched.transactions().useTransaction(h -> batched.customers().insertAll(h, twice, "admin")))
                .isInstanceOf(InvalidFieldsException.class);
        assertThat(rows(batched, "SELECT * FROM customer")).isEmpty();

        batched.transactions().useTransaction(h -> batched.customers().insertAll(h, twice.subList(0, 1), "admin"));
        assertThatThrownBy(() -> batched.transactions().useTransaction(
                h -> batched.customers().insertAll(h, twice.subList(1, 2), "admin")))
                .isInstanceOf(InvalidFieldsException.class);
        assertThat(rows(batched, "SELECT name FROM customer")).hasSize(1);
    }
}
