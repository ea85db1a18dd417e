package com.fours.workbench.testing;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.UnifiedSocialCreditCode;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.store.StoreProfileInput;

/**
 * A real workbench over a fresh database migrated by the real Flyway scripts: in memory by
 * default, or an H2 file in a given folder (the UI tests' {@code app/WorkbenchFixture} uses the file).
 */
public final class TestWorkbench {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Admin2026";

    private TestWorkbench() {
    }

    public static AppServices inMemory(MutableClock clock) {
        return AppServices.open(DatabaseSettings.inMemory("test-" + UUID.randomUUID()), false,
                Path.of(System.getProperty("java.io.tmpdir")), clock);
    }

    /** A new store's H2 file ({@code workbench.mv.db}) in {@code folder}, migrated, before its first set-up. */
    public static AppServices file(Path folder, MutableClock clock) {
        return AppServices.open(DatabaseSettings.embedded(folder, "workbench"), false, folder, clock);
    }

    /** A set-up store with its administrator, as after the first start. */
    public static AppServices setUp(MutableClock clock) {
        return setUp(inMemory(clock));
    }

    /**
     * The same in an H2 file in {@code folder}: a copy of the one set up at the clock's instant,
     * made once per JVM (decision 0094), then opened as the store's own.
     */
    public static AppServices setUp(Path folder, MutableClock clock) {
        java.time.Instant at = clock.instant();
        StoreImages.copyInto(folder, "set-up " + at + " " + clock.getZone(),
                image -> setUp(file(image, new MutableClock(at, clock.getZone()))).close());
        return file(folder, clock);
    }

    /** Completes the set-up on services already open (e.g. on a PostgreSQL schema). */
    public static AppServices setUp(AppServices services) {
        services.setup().complete(new SetupInput(storeInput(), ADMIN, "吴刚", ADMIN_PASSWORD.toCharArray(),
                ADMIN_PASSWORD.toCharArray()));
        return services;
    }

    /**
     * As if these users (all, when none is named) had chosen their own password at their first
     * log-in: the screen then asks for no change.
     */
    public static void passwordsChosen(AppServices services, String... usernames) {
        services.transactions().useTransaction(h -> {
            if (usernames.length == 0) {
                h.createUpdate("UPDATE app_user SET must_change_password = FALSE").execute();
            } else {
                h.createUpdate("UPDATE app_user SET must_change_password = FALSE WHERE username IN (<users>)")
                        .bindList("users", List.of(usernames)).execute();
            }
        });
    }

    public static StoreProfileInput storeInput() {
        return new StoreProfileInput("广州骏达丰田汽车销售服务有限公司", "广州市天河区黄埔大道西 668 号", "020-38861234",
                "91440101MA5CDFM0X" + UnifiedSocialCreditCode.computeCheckCharacter("91440101MA5CDFM0X"),
                "380", "13");
    }

    /** Logs in as the administrator, creates a user with these roles and logs out again. */
    public static UserAccount addUser(AppServices services, String username, String password, Role... roles) {
        services.authentication().login(ADMIN, ADMIN_PASSWORD.toCharArray());
        try {
            UserAccount user = services.users().createUser(username, username + " 测试", EnumSet.of(roles[0], roles),
                    password.toCharArray());
            return user;
        } finally {
            services.authentication().logout();
        }
    }
}
