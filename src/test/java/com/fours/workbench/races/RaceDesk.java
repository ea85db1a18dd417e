package com.fours.workbench.races;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.parts.Reservation;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.MutableClock;

/**
 * One workstation of the races, as a process of its own: opens the workbench on the shared
 * database, logs its desk user in, then for each start signal ({@code go-N.properties}: the race,
 * the round and the instant to start at) waits for that instant, makes its attempt through the
 * services the screens call, and writes what happened to {@code result-N-deskD.properties}: won
 * (with what it got), refused (the message key and its text in Chinese and English, as the screen
 * would show it) or an error that is not a message.
 *
 * <pre>RaceDesk --dir=DIR --desk=D</pre>
 */
public final class RaceDesk {

    private static final Logger log = LoggerFactory.getLogger(RaceDesk.class);
    private static final Messages CHINESE = Messages.forLocale(Messages.CHINESE);
    private static final Messages ENGLISH = Messages.forLocale(Messages.ENGLISH);

    private final AppServices services;
    private final Properties store;
    private final int desk;

    private RaceDesk(AppServices services, Properties store, int desk) {
        this.services = services;
        this.store = store;
        this.desk = desk;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkFigures.options(args);
        Path dir = Path.of(options.get("dir"));
        int desk = Integer.parseInt(options.get("desk"));
        Properties database = BenchmarkFigures.read(dir.resolve("database.properties"));
        DatabaseSettings settings = new DatabaseSettings(database.getProperty("url"), database.getProperty("user"),
                database.getProperty("password"), "race database");
        MutableClock clock = MutableClock.shanghai(RaceStore.CLOCK);
        try (AppServices services = AppServices.open(settings, false, dir, clock)) {
            services.authentication().login(RaceStore.desk(desk), RaceStore.PASSWORD.toCharArray());
            // the store is prepared while the desks start
            Path facts = dir.resolve("store.properties");
            awaitFile(facts);
            Properties store = BenchmarkFigures.read(facts);
            warmUp(services, store, desk);
            write(dir.resolve("ready-" + desk + ".properties"), new Properties());
            new RaceDesk(services, store, desk).serve(dir);
        }
        log.info("desk {} done", desk);
    }

    private void serve(Path dir) throws Exception {
        for (int n = 1; ; n++) {
            Path go = dir.resolve("go-" + n + ".properties");
            awaitFile(go);
            Properties signal = BenchmarkFigures.read(go);
            String race = signal.getProperty("race");
            if (race.equals("stop")) {
                return;
            }
            int round = Integer.parseInt(signal.getProperty("round"));
            Attempt attempt = prepare(race, round);
            long startAt = Long.parseLong(signal.getProperty("startAtMillis"));
            long sleep = startAt - System.currentTimeMillis();
            if (sleep > 2) {
                Thread.sleep(sleep - 2);
            }
            while (System.currentTimeMillis() < startAt) {
                Thread.onSpinWait();
            }
            Properties result = new Properties();
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            try {
                result.setProperty("got", attempt.make());
                result.setProperty("outcome", "WON");
            } catch (BusinessRuleException refused) {
                result.setProperty("outcome", "REFUSED");
                result.setProperty("key", refused.messageKey());
                result.setProperty("zh", CHINESE.of(refused));
                result.setProperty("en", ENGLISH.of(refused));
            } catch (RuntimeException error) {
                log.warn("desk {}: {} round {} failed", desk, race, round, error);
                result.setProperty("outcome", "ERROR");
                result.setProperty("error", error.getClass().getName() + ": " + causes(error));
            }
            result.setProperty("ms", String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e6));
            result.setProperty("startedMicros", String.valueOf(started.getEpochSecond() * 1_000_000
                    + started.getNano() / 1_000));
            write(dir.resolve("result-" + n + "-desk" + desk + ".properties"), result);
        }
    }

    @FunctionalInterface
    private interface Attempt {
        String make();
    }

    /** What the desk has on its screen before the moment: the order it settles, with its version. */
    private Attempt prepare(String race, int round) {
        return switch (race) {
            case "parts" -> {
                long part = Long.parseLong(store.getProperty("part." + round));
                String number = store.getProperty("part." + round + ".number");
                if (desk % 2 == 1) {
                    long order = Long.parseLong(store.getProperty("issueOrder." + desk));
                    // the issue counter: the clerk scans the part for the order
                    yield () -> {
                        Reservation r = services.reservations().issueByCode(order, number, BigDecimal.ONE);
                        return "issued to order " + r.repairOrderId();
                    };
                }
                long bin = Long.parseLong(store.getProperty("bin"));
                yield () -> "counter sale movement " + services.stock().counterSale(part, bin, BigDecimal.ONE,
                        "柜台 " + desk);
            }
            case "bills" -> {
                long order = Long.parseLong(store.getProperty("billOrder." + round + "." + desk));
                int version = services.cashier().order(order).version();
                yield () -> services.cashier().settle(order, version, SettlementInput.plain(), null).stream()
                        .map(BillDetails::bill).map(b -> b.number()).collect(Collectors.joining(","));
            }
            case "slots" -> {
                long vehicle = Long.parseLong(store.getProperty("vehicle." + desk));
                long group = Long.parseLong(store.getProperty("group"));
                LocalDate day = LocalDate.parse(store.getProperty("day." + round));
                yield () -> {
                    Appointment a = services.appointments().book(RaceStore.booking(vehicle, group, day), null, null);
                    return "appointment " + a.id();
                };
            }
            default -> throw new IllegalArgumentException(race);
        };
    }

    /**
     * Reads what each race's screen shows, so the classes and statements are loaded before the first
     * start signal and a desk is not late because it is the first time.
     */
    private static void warmUp(AppServices services, Properties store, int desk) {
        services.cashier().order(Long.parseLong(store.getProperty("billOrder.1." + desk)));
        services.cashier().orders("", false, 20);
        services.parts().find(Long.parseLong(store.getProperty("part.1")));
        services.appointments().day(LocalDate.parse(store.getProperty("day.1")));
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + file);
            }
            Thread.sleep(3);
        }
    }

    private static String causes(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 600; t = t.getCause()) {
            text.append(t.getMessage()).append(" | ");
        }
        return text.toString().replace('\n', ' ');
    }

    static void write(Path file, Properties properties) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        BenchmarkFigures.write(tmp, properties, null);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static List<String> races() {
        return List.of("parts", "bills", "slots");
    }
}
