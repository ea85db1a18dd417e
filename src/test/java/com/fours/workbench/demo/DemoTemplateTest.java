package com.fours.workbench.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.InvoiceNumber;
import com.fours.workbench.db.TableImage;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDao;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.repair.RepairOrderDao;
import com.fours.workbench.testing.MutableClock;

/**
 * Decision 0085: a demo template built with a clock on day B and copied into an empty demo
 * database on day B + 9 reads as a demo filled on B + 9, on real H2 files.
 */
class DemoTemplateTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /**
     * Day B, 10:00 in Shanghai as the build fills it; the copy and the direct fill nine days later at
     * the same hour (the template's times of today are those of 10:00, decision 0085).
     */
    private static final MutableClock BUILT = MutableClock.shanghai("2026-12-01T02:00:00Z");
    private static final MutableClock LATER = MutableClock.shanghai("2026-12-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @TempDir
    static Path folder;
    private static Path template;
    private static AppServices copied;
    private static AppServices filled;
    private static final List<String> steps = new ArrayList<>();

    @BeforeAll
    static void buildCopyAndFill() {
        template = folder.resolve("template.bin.gz");
        try (AppServices builder = AppServices.open(folder.resolve("built"), true, BUILT, false)) {
            builder.demoSeeder().buildTemplate(BUILT, template);
        }
        copied = AppServices.open(folder.resolve("copied"), true, LATER, false);
        DemoSeeder seeder = copied.demoSeeder();
        assertThat(seeder.copyTemplate((done, total, step) -> steps.add(done + "/" + total + " " + step),
                () -> open(template))).as("the template fits the schema").isTrue();
        filled = AppServices.open(folder.resolve("filled"), true, LATER);
    }

    @AfterAll
    static void close() {
        copied.close();
        filled.close();
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(AppServices services, org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        return services.transactions().read(work);
    }

    private static List<String> strings(AppServices services, String sql) {
        return read(services, h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void theWindowHearsEveryStepOfTheFillInOrder() {
        assertThat(steps).hasSize(14);
        assertThat(steps.get(2)).isEqualTo("2/13 demo.step.customers");
        assertThat(steps.get(5)).isEqualTo("5/13 demo.step.parts");
        assertThat(steps.get(13)).isEqualTo("13/13 demo.step.done");
    }

    @Test
    void todaysBookingsAreTodaysAndTheBookedWeeksAreTheFillsWeeks() {
        String days = "SELECT MIN(visit_day) || ' ' || MAX(visit_day) FROM appointment";
        assertThat(strings(copied, days)).isEqualTo(strings(filled, days))
                .containsExactly(TODAY.minusWeeks(3) + " " + TODAY.plusWeeks(2));
        String today = "SELECT COUNT(*) FROM appointment WHERE visit_day = DATE '" + TODAY + "'";
        assertThat(Integer.parseInt(strings(copied, today).get(0))).isGreaterThan(10);
        // a booking never lies before its own booking time, as in the fill
        String booked = "SELECT COUNT(*) FROM appointment WHERE CAST(created_at AS DATE) > visit_day";
        assertThat(strings(copied, booked)).containsExactly("0");
        assertThat(strings(copied, "SELECT CAST(cal_day AS VARCHAR) FROM store_calendar_day WHERE name = '元旦'")).containsExactly("2027-01-01");
    }

    @Test
    void theWorkshopOfTodayIsTheFillsWorkshop() {
        // the orders, bills, deliveries, certificates, complaints and callbacks depend neither on the weekday
        // nor on the month: the copy holds the same numbers, dates and states as a fill on the same day (the
        // parts history orders per calendar month, so its purchase orders group otherwise: checked below)
        for (String sql : List.of(
                "SELECT number || ' ' || status || ' ' || CAST(created_at AS VARCHAR) FROM repair_order ORDER BY number",
                "SELECT number || ' ' || kind || ' ' || business_day || ' ' || total FROM bill ORDER BY number",
                "SELECT invoice_year || ' ' || last_number FROM invoice_counter ORDER BY 1",
                "SELECT CAST(order_day AS VARCHAR) || ' ' || last_number FROM repair_order_counter ORDER BY 1",
                "SELECT gate_pass_number || ' ' || CAST(delivered_at AS VARCHAR) FROM delivery ORDER BY 1",
                "SELECT number || ' ' || exit_date || ' ' || guarantee_until FROM qc_certificate ORDER BY 1",
                "SELECT number || ' ' || status || ' ' || CAST(received_at AS VARCHAR) FROM complaint ORDER BY 1",
                "SELECT order_number || ' ' || status || ' ' || CAST(due_at AS VARCHAR) FROM callback ORDER BY 1",
                "SELECT CAST(business_day AS VARCHAR) FROM cash_day_close ORDER BY 1")) {
            assertThat(strings(copied, sql)).as(sql).isEqualTo(strings(filled, sql));
        }
        // the password of the demo accounts opens the copy
        copied.authentication().login("advisor", SecurityDemoData.PASSWORD.toCharArray());
        copied.authentication().logout();
    }

    @Test
    void everyNumberCarriesTheDayOfItsRecord() {
        assertThat(strings(copied, "SELECT number FROM repair_order WHERE SUBSTRING(number, 3, 8) <> "
                + "FORMATDATETIME(created_at, 'yyyyMMdd', 'en', 'Asia/Shanghai')")).isEmpty();
        assertThat(strings(copied, "SELECT number FROM bill WHERE invoice_year <> EXTRACT(YEAR FROM business_day) "
                + "OR number <> 'JS' || invoice_year || '-' || LPAD(CAST(sequence_no AS VARCHAR), 6, '0')")).isEmpty();
        assertThat(strings(copied, "SELECT number FROM qc_certificate WHERE "
                + "number <> 'JG' || cert_year || '-' || LPAD(CAST(sequence_no AS VARCHAR), 6, '0')")).isEmpty();
        assertThat(strings(copied, "SELECT number FROM complaint WHERE SUBSTRING(number, 3, 8) <> "
                + "FORMATDATETIME(received_at, 'yyyyMMdd', 'en', 'Asia/Shanghai')")).isEmpty();
        assertThat(strings(copied, "SELECT d.gate_pass_number FROM delivery d JOIN repair_order o ON o.id = d.repair_order_id "
                + "WHERE d.gate_pass_number <> 'CM' || SUBSTRING(o.number, 3)")).isEmpty();
        assertThat(strings(copied, "SELECT c.order_number FROM callback c JOIN repair_order o ON o.id = c.repair_order_id "
                + "WHERE c.order_number <> o.number")).isEmpty();
        // a purchase order is numbered on its day, but for this morning's, numbered today and written the evening before, as in the fill
        String purchaseOrders = "SELECT COUNT(*) FROM purchase_order WHERE SUBSTRING(order_number, 3, 8) <> "
                + "FORMATDATETIME(created_at, 'yyyyMMdd', 'en', 'Asia/Shanghai')";
        assertThat(strings(copied, purchaseOrders)).isEqualTo(strings(filled, purchaseOrders));
        assertThat(strings(copied, "SELECT COUNT(*) FROM purchase_order WHERE order_number LIKE 'PO"
                + TODAY.toString().replace("-", "") + "%'")).isEqualTo(strings(filled, "SELECT COUNT(*) FROM purchase_order "
                + "WHERE order_number LIKE 'PO" + TODAY.toString().replace("-", "") + "%'"));
        assertThat(strings(copied, "SELECT number FROM repair_order WHERE number LIKE 'RO" + TODAY.toString().replace("-", "")
                + "%'")).isNotEmpty();
    }

    @Test
    void aNumberIssuedAfterTheCopyIsNew() {
        Set<String> before = new TreeSet<>(strings(copied, "SELECT number FROM repair_order"));
        Set<String> bills = new TreeSet<>(strings(copied, "SELECT number FROM bill"));
        String[] issued = copied.transactions().inTransaction(handle -> {
            var car = handle.attach(IntakeDao.class).privateCars(true, 1).get(0);
            IntakeInput input = new IntakeInput(Integer.toString(car.mileage() + 100), FuelLevel.HALF, "", "异响",
                    List.of("异响"), "", "", OldPartsHandling.values()[0], "车主本人", false, "", List.of());
            long intake = copied.intakes().insertForDemo(handle, car.ownerId(), car.id(), input, LATER.instant(), "advisor", false);
            String order = handle.attach(RepairOrderDao.class).findByIntake(intake).orElseThrow().number();
            String bill = InvoiceNumber.next(handle, TODAY.getYear()).text();
            handle.rollback();
            return new String[] {order, bill};
        });
        assertThat(issued[0]).startsWith("RO20261210-").isNotIn(before);
        assertThat(issued[0]).isEqualTo(String.format("RO20261210-%04d", before.stream()
                .filter(n -> n.startsWith("RO20261210-")).count() + 1));
        assertThat(issued[1]).isNotIn(bills).isEqualTo(String.format("JS2026-%06d", bills.size() + 1));
    }

    @Test
    void aMoveAcrossNewYearNumbersTheNewYearsBillsFromOne() throws IOException {
        DemoTemplate template;
        try (InputStream in = open(template())) {
            template = read(copied, h -> DemoTemplate.matching(h, in)).orElseThrow();
        }
        // built on 1 December: bills of the last five days of November; moved by 35 days some land in January
        TableImage.Image moved = template.movedTo(LocalDate.of(2027, 1, 5), SHANGHAI);
        TableImage.Table bill = moved.table("bill");
        Map<Integer, List<String>> byYear = new TreeMap<>();
        for (Object[] row : bill.rows()) {
            LocalDate day = (LocalDate) row[bill.column("business_day")];
            String number = (String) row[bill.column("number")];
            assertThat(number).startsWith("JS" + day.getYear() + "-");
            byYear.computeIfAbsent(day.getYear(), y -> new ArrayList<>()).add(number);
        }
        assertThat(byYear).containsKey(2027);
        byYear.forEach((year, numbers) -> {
            List<String> gapless = new ArrayList<>();
            for (int i = 1; i <= numbers.size(); i++) {
                gapless.add(String.format("JS%d-%06d", year, i));
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(gapless);
        });
        TableImage.Table counter = moved.table("invoice_counter");
        assertThat(counter.rows()).extracting(r -> r[counter.column("invoice_year")] + "/" + r[counter.column("last_number")])
                .containsExactlyInAnyOrderElementsOf(byYear.entrySet().stream()
                        .map(e -> e.getKey() + "/" + e.getValue().size()).toList());
    }

    private static Path template() {
        return template;
    }

    /** Without a template (a run from an IDE) the first start fills: the fill itself is the "filled" database above. */
    @Test
    void withoutATemplateNothingIsCopied() {
        try (AppServices none = AppServices.open(folder.resolve("none"), true, LATER, false)) {
            DemoSeeder seeder = none.demoSeeder();
            assertThat(seeder.copyTemplate((done, total, step) -> { }, () -> null)).isFalse();
            assertThat(seeder.isEmpty()).isTrue();
        }
    }
}
