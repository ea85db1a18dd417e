package com.fours.workbench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The kept day sums of the bills (bill_day_sum, decision 0128) equal a fresh aggregate of the bills after
 * bills are issued, credited and voided through the desk, on H2 and on PostgreSQL; and V45's fill of an
 * existing store gives the same rows.
 */
public class BillDaySumsTest {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);

    /** What the dashboard read from the bills before the kept sums (decision 0124): the answer to equal. */
    private static final String FROM_BILLS = """
            SELECT b.business_day, COUNT(DISTINCT b.repair_order_id) AS cars, SUM(b.labour_amount) AS labour,
                   SUM(b.parts_amount) AS parts, SUM(b.other_amount) AS other, SUM(b.discount_amount) AS discount,
                   SUM(b.total) AS total, COALESCE(SUM(CASE WHEN b.repair_order_id IS NULL THEN b.total END), 0)
                   AS counter_sales,
                   SUM(CASE WHEN b.payer = 'CUSTOMER' THEN b.total END) AS customer,
                   SUM(CASE WHEN b.payer = 'WARRANTY' THEN b.total END) AS warranty,
                   SUM(CASE WHEN b.payer = 'INSURANCE' THEN b.total END) AS insurance,
                   SUM(CASE WHEN b.payer = 'INTERNAL' THEN b.total END) AS internal
            FROM bill b WHERE""" + DashboardDao.STANDING + " GROUP BY b.business_day ORDER BY b.business_day";

    private static final String CARS_FROM_BILLS = "SELECT COUNT(DISTINCT b.repair_order_id) FROM bill b WHERE "
            + DashboardDao.STANDING;

    private static final String LABOUR_FROM_BILLS = """
            SELECT rl.category, rl.id IS NOT NULL AS on_repair_line, COUNT(DISTINCT b.repair_order_id) AS cars,
                   SUM(l.quantity) AS hours, SUM(l.total) AS revenue
            FROM bill b JOIN bill_line l ON l.bill_id = b.id LEFT JOIN repair_line rl ON rl.id = l.repair_line_id
            WHERE l.kind = 'LABOUR' AND""" + DashboardDao.STANDING + " GROUP BY rl.category, rl.id IS NOT NULL";

    @Test
    void theDaySumsEqualTheBillsThroughIssuesCreditsAndVoidsOnH2() {
        MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
        try (AppServices services = TestWorkbench.setUp(clock)) {
            issueCreditAndVoid(services, clock);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
    void theDaySumsEqualTheBillsThroughIssuesCreditsAndVoidsOnPostgresql() throws SQLException {
        MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
        try (PostgresTestSchema schema = new PostgresTestSchema(); AppServices services = TestWorkbench.setUp(schema.open(clock))) {
            issueCreditAndVoid(services, clock);
        }
    }

    private static void issueCreditAndVoid(AppServices services, MutableClock clock) {
        DashboardScenarios scenarios = new DashboardScenarios(services, clock);
        scenarios.billTheHandMadeOrders();
        scenarios.aCounterSaleIsPartsRevenueNotACar();
        assertEqualToTheBills(services);

        CashierFixture f = scenarios.f;
        long fourPayers = f.anotherReadyOrder(List.of(CashierFixture.fee("检测费", "1", "50.00", Payer.CUSTOMER),
                CashierFixture.fee("水泵（保修）", "1", "800.00", Payer.WARRANTY),
                CashierFixture.labour(f.repair.brakePads.id(), "1.5", "420", Payer.WARRANTY),
                CashierFixture.labour(f.repair.alignment.id(), "1.2", "400", Payer.CUSTOMER),
                CashierFixture.fee("前保险杠喷漆", "1", "1800.00", Payer.INSURANCE),
                CashierFixture.fee("洗车", "1", "30.00", Payer.INTERNAL)));
        long alone = f.anotherReadyOrder(List.of(CashierFixture.fee("检测费", "1", "120.00", Payer.CUSTOMER)));
        f.as("chenjing");
        List<BillDetails> four = services.cashier().settle(fourPayers, f.version(fourPayers),
                SettlementInput.plain().withWarranty("广汽丰田", "WC-2026-0042").withInsurance("中国人保", "PICC-1", "300"), null);
        List<BillDetails> one = services.cashier().settle(alone, f.version(alone),
                SettlementInput.plain().withManualDiscount("20", "老客户"), null);
        assertEqualToTheBills(services);

        AuthenticatedUser manager = services.authentication().approve("zhoujie", CashierFixture.PASSWORD.toCharArray(),
                Permission.VOID_INVOICES);
        services.cashier().voidBill(four.get(1).id(), "保修单号错", manager);
        assertEqualToTheBills(services);
        services.cashier().voidBill(one.get(0).id(), "开错抬头", manager);
        assertEqualToTheBills(services);
        clock.advance(Duration.ofDays(1));
        try {
            for (BillDetails b : List.of(four.get(0), four.get(2))) {
                services.cashier().voidBill(b.id(), "次日作废", manager);
            }
            assertEqualToTheBills(services);
        } finally {
            clock.advance(Duration.ofDays(-1));
        }

        services.transactions().useTransaction(h -> {
            h.execute("DELETE FROM bill_day_sum");
            h.execute("DELETE FROM bill_order_day");
            fillOfV45().forEach(h::execute);
        });
        assertEqualToTheBills(services);
    }

    private static void assertEqualToTheBills(AppServices services) {
        services.transactions().useTransaction(h -> {
            List<String> kept = rows(h.attach(DashboardDao.class).billDays(FIRST, LAST));
            List<String> fresh = rows(h.registerRowMapper(ConstructorMapper.factory(DashboardDao.BillDay.class))
                    .createQuery(FROM_BILLS).bind("from", FIRST).bind("to", LAST).mapTo(DashboardDao.BillDay.class).list());
            assertThat(kept).isNotEmpty().isEqualTo(fresh);
            DashboardDao dao = h.attach(DashboardDao.class);
            for (LocalDate[] period : List.of(new LocalDate[] {FIRST, LAST},
                    new LocalDate[] {LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7)},
                    new LocalDate[] {LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8)})) {
                assertThat(dao.cars(period[0], period[1])).isEqualTo(h.createQuery(CARS_FROM_BILLS)
                        .bind("from", period[0]).bind("to", period[1]).mapTo(Integer.class).one());
                assertThat(kinds(dao.labourByKind(period[0], period[1]))).isEqualTo(kinds(
                        h.registerRowMapper(ConstructorMapper.factory(DashboardDao.LabourKind.class))
                                .createQuery(LABOUR_FROM_BILLS).bind("from", period[0]).bind("to", period[1])
                                .mapTo(DashboardDao.LabourKind.class).list()));
            }
        });
    }

    private static List<String> rows(List<DashboardDao.BillDay> days) {
        return days.stream().map(d -> String.join(" ", d.businessDay().toString(), String.valueOf(d.cars()),
                money(d.labour()), money(d.parts()), money(d.other()), money(d.discount()), money(d.total()),
                money(d.counterSales()), money(d.customer()), money(d.warranty()), money(d.insurance()),
                money(d.internal()))).toList();
    }

    private static List<String> kinds(List<DashboardDao.LabourKind> kinds) {
        return kinds.stream().map(k -> k.category() + " " + k.onRepairLine() + " " + k.cars() + " "
                + k.hours().setScale(3, RoundingMode.UNNECESSARY).toPlainString() + " " + money(k.revenue())).sorted().toList();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "-" : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** The INSERTs of V45 that fill the kept sums of an existing store from its bills (also LargeStore's, after its load). */
    public static List<String> fillOfV45() {
        try (InputStream in = BillDaySumsTest.class.getResourceAsStream("/db/migration/V45__bill_day_sums.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return java.util.Arrays.stream(sql.split(";\\s*\\n")).map(String::strip)
                    .map(st -> st.substring(Math.max(0, st.indexOf("INSERT INTO"))))
                    .filter(st -> st.startsWith("INSERT INTO")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
