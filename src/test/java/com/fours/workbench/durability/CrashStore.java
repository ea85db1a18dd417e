package com.fours.workbench.durability;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.qc.QcFixture;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.security.PasswordHasher;
import com.fours.workbench.security.Role;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The store the crash workload works in: an H2 file in a folder, prepared once (and closed
 * cleanly) before the first kill from the repair and QC fixtures: advisor lina, clerk zhaolei,
 * team lead wanggang, inspector sunli, technicians zhangwei and lihua, cashier chenjing, manager
 * zhoujie; oil filters and oil in stock, the spark-plug job (level-2 maintenance, certified) and the
 * wheel alignment, a checklist, and a work group of the two technicians open every day.
 */
final class CrashStore {

    static final String PASSWORD = RepairFixture.PASSWORD;
    static final String FILE = "workbench";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String GROUP = "机修组";

    private CrashStore() {
    }

    /**
     * The embedded database exactly as the workbench opens it; with {@code defaultWriteDelay} the
     * settings before decision 51 (H2's write delay left at its 500 ms), to show what the test catches.
     */
    static DatabaseSettings settings(Path folder, boolean defaultWriteDelay) {
        DatabaseSettings real = DatabaseSettings.embedded(folder, FILE);
        if (!defaultWriteDelay) {
            return real;
        }
        return new DatabaseSettings(real.jdbcUrl().replace(";WRITE_DELAY=0", ""), real.user(), real.password(),
                real.description());
    }

    static Clock clock() {
        return Clock.system(ZONE);
    }

    static AppServices open(Path folder, boolean defaultWriteDelay) {
        return AppServices.open(settings(folder, defaultWriteDelay), false, folder, clock());
    }

    static void prepare(Path folder, boolean defaultWriteDelay) {
        try (AppServices services = open(folder, defaultWriteDelay)) {
            services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                    TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
            RepairFixture repair = new RepairFixture(services);
            QcFixture qc = new QcFixture(MutableClock.shanghai("2026-01-01T00:00:00Z"), repair);
            TestWorkbench.addUser(services, "chenjing", PASSWORD, Role.CASHIER);
            repair.as("wanggang");
            long group = services.workshop().createGroup(GROUP, 1).id();
            services.workshop().setMembers(group, Set.of(qc.zhangwei.id(), qc.lihua.id()));
            Map<DayOfWeek, BigDecimal> hours = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.put(day, new BigDecimal("8"));
            }
            services.workshop().setHours(group, hours);
            services.authentication().logout();
            // Every child logs seven people in; at the real cost (PBKDF2, 310,000 rounds) that took
            // 14 s per start on a loaded machine. The stored form names its rounds, so fewer verify the same way.
            PasswordHasher cheap = new PasswordHasher(1_000);
            services.transactions().useTransaction(h -> {
                for (String user : h.createQuery("SELECT username FROM app_user").mapTo(String.class).list()) {
                    h.createUpdate("UPDATE app_user SET password_hash = :hash WHERE username = :user")
                            .bind("hash", cheap.hash(PASSWORD.toCharArray())).bind("user", user).execute();
                }
            });
        }
    }
}
