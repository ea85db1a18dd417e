package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.customers.ArchiveGenerator;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.testing.MutableClock;

/**
 * Not a test: how fast the appointment screens load at the size of a large store. On an archive
 * made by {@link ArchiveGenerator} (150,000 vehicles by default, generated if missing) it books
 * ten years of appointments (25 a working day, about 90,000) in four groups of 16 technicians,
 * then times what the Appointments tab asks for: a day, a week, a day's bookings, the cars due for
 * service in four weeks, and four weeks of figures. Prints p50/p95 in ms.
 * <pre>
 * java -cp ... com.fours.workbench.appointments.AppointmentsBenchmark [--dir=target/bench-archive/150000]
 * </pre>
 */
public final class AppointmentsBenchmark {

    private static final Logger log = LoggerFactory.getLogger(AppointmentsBenchmark.class);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(Arrays.stream(args).filter(a -> a.startsWith("--dir=")).map(a -> a.substring(6))
                .findFirst().orElse("target/bench-archive/150000"));
        if (!Files.exists(folder.resolve("workbench.mv.db"))) {
            ArchiveGenerator.main(new String[] {"--dir=" + folder, "--vehicles=150000"});
        }
        DatabaseSettings settings = ArchiveGenerator.settings(folder);
        Database database = Database.open(settings);
        int booked;
        try {
            booked = database.transactions().inTransaction(handle -> {
                if (handle.createQuery("SELECT COUNT(*) FROM work_group").mapTo(Integer.class).one() > 0) {
                    return handle.createQuery("SELECT COUNT(*) FROM appointment").mapTo(Integer.class).one();
                }
                return book(handle);
            });
        } finally {
            database.close();
        }
        log.info("{} appointments in the archive", booked);
        try (AppServices services = AppServices.open(settings, false, folder,
                MutableClock.shanghai(TODAY.atTime(2, 0).toString() + ":00Z"))) {
            services.authentication().login(ArchiveGenerator.ADVISOR, ArchiveGenerator.ADVISOR_PASSWORD.toCharArray());
            AppointmentService appointments = services.appointments();
            Random random = new Random(7);
            time("day plan", 300, () -> appointments.day(TODAY.minusDays(random.nextInt(3000))));
            time("week plan", 100, () -> appointments.week(TODAY.minusDays(random.nextInt(3000))));
            time("bookings of a day", 300, () -> appointments.bookings(TODAY.minusDays(random.nextInt(3000))));
            time("no-show check", 100, appointments::markNoShows);
            time("figures of 4 weeks", 30, () -> appointments.figures(TODAY.minusDays(27), TODAY));
            time("cars due in 4 weeks", 10, () -> services.serviceReminders().due(4));
            log.info("{} cars due in 4 weeks", services.serviceReminders().due(4).size());
        }
    }

    private static int book(org.jdbi.v3.core.Handle handle) {
        long userId = handle.createQuery("SELECT MIN(id) FROM app_user").mapTo(Long.class).one();
        List<Long> groups = new ArrayList<>();
        WorkshopDao workshop = handle.attach(WorkshopDao.class);
        for (String name : List.of("机修组", "快保组", "钣金组", "喷漆组")) {
            WorkGroup group = WorkshopService.insertGroup(handle, name, groups.size() + 1);
            Map<DayOfWeek, BigDecimal> hours = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.put(day, new BigDecimal("8"));
            }
            WorkshopService.writeHours(workshop, group.id(), hours);
            workshop.insertMember(group.id(), userId);
            groups.add(group.id());
        }
        List<Long[]> cars = handle.createQuery("SELECT id, owner_id FROM vehicle").map((rs, ctx) -> new Long[] {
            rs.getLong(1), rs.getLong(2)}).list();
        AppointmentDao dao = handle.attach(AppointmentDao.class);
        Random random = new Random(11);
        int count = 0;
        for (LocalDate day = TODAY.minusYears(10); !day.isAfter(TODAY.plusWeeks(2)); day = day.plusDays(1)) {
            dao.insertDay(day);
            for (int i = 0; i < 25; i++) {
                Long[] car = cars.get(random.nextInt(cars.size()));
                AppointmentStatus status = day.isBefore(TODAY) ? (random.nextInt(10) == 0 ? AppointmentStatus.NO_SHOW
                        : AppointmentStatus.ARRIVED) : AppointmentStatus.BOOKED;
                dao.insert(car[1], car[0], ServiceType.MAINTENANCE, groups.get(random.nextInt(groups.size())), day,
                        LocalTime.of(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30),
                        BigDecimal.valueOf(1 + random.nextInt(8)).divide(BigDecimal.valueOf(2)), new BigDecimal("480.00"),
                        null, Channel.PHONE, false, "更换机油、机滤", "", status, null, null, null,
                        Instant.parse("2026-01-01T00:00:00Z"), "advisor");
                count++;
            }
        }
        return count;
    }

    private static void time(String what, int runs, Supplier<?> work) {
        for (int i = 0; i < Math.max(3, runs / 10); i++) {
            work.get();
        }
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - started) / 100_000;
        }
        Arrays.sort(ms);
        log.info("{}: p50 {} ms, p95 {} ms ({} runs)", what, ms[runs / 2] / 10.0, ms[(int) (runs * 0.95)] / 10.0, runs);
    }
}
