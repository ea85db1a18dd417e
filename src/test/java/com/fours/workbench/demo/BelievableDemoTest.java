package com.fours.workbench.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.appointments.DueVehicle;
import com.fours.workbench.core.Vin;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/**
 * Demo data a dealer would believe (issue 15, problem 10): order numbers carry the day the car came
 * in, an electric car gets no engine work, the card's model year is the VIN's, and the cars due
 * for service whose day has passed are marked overdue. One demo database for all four.
 */
class BelievableDemoTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** Work only a car with an engine can need. */
    private static final Pattern ENGINE_WORK = Pattern.compile("机油|机滤|火花塞|变速箱油|发动机|怠速|空气滤");

    @TempDir
    static Path dataFolder;
    private static AppServices demo;

    @BeforeAll
    static void openTheDemo() {
        demo = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"));
    }

    @AfterAll
    static void closeTheDemo() {
        demo.close();
    }

    private record Order(String number, Instant receivedAt, LocalDate billedOn) {
    }

    @Test
    void everyRepairOrderIsNumberedOnTheDayItsCarCameInAndBilledNoEarlier() {
        List<Order> orders = demo.transactions().read(h -> h.createQuery("""
                SELECT o.number, i.received_at,
                       (SELECT MIN(b.business_day) FROM bill b WHERE b.repair_order_id = o.id) AS billed_on
                FROM repair_order o JOIN intake i ON i.id = o.intake_id ORDER BY o.id
                """).map((rs, ctx) -> new Order(rs.getString("number"), rs.getObject("received_at", java.time.OffsetDateTime.class)
                        .toInstant(), rs.getObject("billed_on", LocalDate.class))).list());
        assertThat(orders).hasSizeGreaterThan(20);
        assertThat(orders).anySatisfy(o -> assertThat(o.billedOn()).isBefore(TODAY));
        for (Order o : orders) {
            LocalDate received = LocalDate.ofInstant(o.receivedAt(), SHANGHAI);
            assertThat(o.number()).as("received %s", received)
                    .startsWith("RO" + DateTimeFormatter.BASIC_ISO_DATE.format(received) + "-");
            if (o.billedOn() != null) {
                assertThat(o.billedOn()).as(o.number()).isAfterOrEqualTo(received);
            }
        }
    }

    @Test
    void anElectricCarGetsNoEngineWorkAndAGreenPlate() {
        Map<Long, String> plates = demo.transactions().read(h -> h.createQuery(
                "SELECT id, plate FROM vehicle WHERE model LIKE '%EV'").setMapKeyColumn("id").setMapValueColumn("plate")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<Map<Long, String>>() { }));
        assertThat(plates).isNotEmpty();
        assertThat(plates.values()).as("green new-energy plates").allMatch(p -> p.length() == 8 && p.charAt(2) == 'D');
        List<String> work = demo.transactions().read(h -> h.createQuery("""
                SELECT a.requested_items FROM appointment a JOIN vehicle v ON v.id = a.vehicle_id WHERE v.model LIKE '%EV'
                UNION ALL
                SELECT i.complaint || ' ' || i.requested_items FROM intake i JOIN vehicle v ON v.id = i.vehicle_id
                WHERE v.model LIKE '%EV'
                UNION ALL
                SELECT l.description FROM repair_line l JOIN repair_order o ON o.id = l.repair_order_id
                JOIN vehicle v ON v.id = o.vehicle_id WHERE v.model LIKE '%EV'
                """).mapTo(String.class).list());
        assertThat(work).as("the electric cars have work").isNotEmpty();
        assertThat(work).noneMatch(w -> ENGINE_WORK.matcher(w).find());
        List<String> otherPlates = demo.transactions().read(h -> h.createQuery(
                "SELECT plate FROM vehicle WHERE model NOT LIKE '%EV' AND plate IS NOT NULL").mapTo(String.class).list());
        assertThat(otherPlates).as("blue plates for cars with an engine").allMatch(p -> p.length() == 7);
    }

    private record Card(String vin, Integer modelYear) {
    }

    @Test
    void theModelYearOnEveryCardIsTheOneItsVinEncodes() {
        List<Card> cards = demo.transactions().read(h -> h.createQuery("SELECT vin, model_year FROM vehicle")
                .map((rs, ctx) -> new Card(rs.getString("vin"), (Integer) rs.getObject("model_year"))).list());
        assertThat(cards).hasSizeGreaterThan(300);
        for (Card card : cards) {
            assertThat(Vin.parse(card.vin()).modelYear(Year.of(TODAY.getYear())).map(Year::getValue))
                    .as(card.vin()).contains(card.modelYear());
        }
    }

    @Test
    void aCarDuePastItsDayIsMarkedOverdueWithItsDays() {
        demo.authentication().login("advisor", SecurityDemoData.PASSWORD.toCharArray());
        try {
            List<DueVehicle> due = demo.serviceReminders().due(4);
            assertThat(due).anyMatch(d -> d.dueOn().isBefore(TODAY)).anyMatch(d -> !d.dueOn().isBefore(TODAY));
            for (DueVehicle d : due) {
                assertThat(d.overdue()).as(d.plate()).isEqualTo(d.dueOn().isBefore(TODAY));
                assertThat(d.daysOverdue()).as(d.plate())
                        .isEqualTo(Math.max(0, (int) ChronoUnit.DAYS.between(d.dueOn(), TODAY)));
            }
        } finally {
            demo.authentication().logout();
        }
    }
}
