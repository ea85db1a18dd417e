package com.fours.workbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.OlderDemoDatabase;
import com.fours.workbench.testing.StoreImages;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The one set-up of every UI test and tour (decision 0066): a real store in a real H2 file migrated
 * by Flyway, in a folder of its own (the demo and the set-up store copied from one made once per
 * JVM, decision 0094); before each test the workbench started on the primary stage at
 * the log-in; after it, its windows hidden and its user logged out; at the end the database closed
 * and the folder deleted. Register it in the test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WorkbenchFixture ui = WorkbenchFixture.demo();
 *
 * @Test
 * void something(FxRobot robot) {
 *     ui.logIn(robot, "advisor");
 *     ...
 * }
 * }</pre>
 *
 * A test's own data goes into its {@code @BeforeAll} through {@link #services()}: it runs after the
 * store is open and before the first start.
 */
final class WorkbenchFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    /** 10:00 on Friday 27 November 2026 in Shanghai: the day the demo store is seeded around. */
    static final String DEMO_MORNING = "2026-11-27T02:00:00Z";

    private enum Store { DEMO, OLDER_DEMO, SET_UP, NEW_EACH_TEST }

    private final Store store;
    private String instant = DEMO_MORNING;
    private Locale locale = Locale.ENGLISH;
    private Supplier<List<WorkbenchModule>> modules = Modules::all;
    private double width = 1280;
    private double height = 800;
    private boolean sizeOnceShown;
    private String password;

    private Path dataFolder;
    private MutableClock clock;
    private AppServices services;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    private WorkbenchFixture(Store store, String password) {
        this.store = store;
        this.password = password;
    }

    /** The demo store (its own file in the data folder's demo folder), its users' password {@link SecurityDemoData#PASSWORD}. */
    static WorkbenchFixture demo() {
        return new WorkbenchFixture(Store.DEMO, SecurityDemoData.PASSWORD);
    }

    /** The previous release's demo store as a store's own file ({@link OlderDemoDatabase}), migrated by this release. */
    static WorkbenchFixture olderDemo() {
        return new WorkbenchFixture(Store.OLDER_DEMO, SecurityDemoData.PASSWORD);
    }

    /** A new store, set up with its administrator ({@link TestWorkbench#setUp(Path, MutableClock)}), no other data. */
    static WorkbenchFixture setUpStore() {
        return new WorkbenchFixture(Store.SET_UP, TestWorkbench.ADMIN_PASSWORD);
    }

    /** A new store before its first set-up, a fresh one (folder and file) for each test. */
    static WorkbenchFixture newStoreEachTest() {
        return new WorkbenchFixture(Store.NEW_EACH_TEST, TestWorkbench.ADMIN_PASSWORD);
    }

    /** The clock starts at this instant (ISO, UTC) instead of {@link #DEMO_MORNING}. */
    WorkbenchFixture at(String isoInstant) {
        this.instant = isoInstant;
        return this;
    }

    /** The screen's language; English unless said. */
    WorkbenchFixture in(Locale screenLocale) {
        this.locale = screenLocale;
        return this;
    }

    /** A tour's language: Chinese, or English with {@code -Dscreenshots.lang=en}. */
    WorkbenchFixture inTourLanguage() {
        return in("en".equals(System.getProperty("screenshots.lang")) ? Messages.ENGLISH : Messages.CHINESE);
    }

    /** Only these modules (made anew for each start); every module unless said. */
    WorkbenchFixture modules(Supplier<List<WorkbenchModule>> startModules) {
        this.modules = startModules;
        return this;
    }

    /**
     * The window's size; 1280×800 unless said. Set at each start: the primary stage is shared by
     * every UI test class and keeps the size the previous one left.
     */
    WorkbenchFixture size(double stageWidth, double stageHeight) {
        this.width = stageWidth;
        this.height = stageHeight;
        return this;
    }

    /**
     * The same, set once the window shows instead of before: a window larger than the headless
     * screen (1280×800) is then placed as it was when the tours sized it themselves.
     */
    WorkbenchFixture sizeOnceShown(double stageWidth, double stageHeight) {
        size(stageWidth, stageHeight);
        this.sizeOnceShown = true;
        return this;
    }

    /** The password {@link #logIn} types; the store's own (demo or administrator) unless said. */
    WorkbenchFixture password(String usersPassword) {
        this.password = usersPassword;
        return this;
    }

    AppServices services() {
        return services;
    }

    MutableClock clock() {
        return clock;
    }

    Path dataFolder() {
        return dataFolder;
    }

    Stage stage() {
        return stage;
    }

    /**
     * Waits for the log-in form, logs {@code username} in with the fixture's password and waits for
     * the main window's module tabs.
     */
    void logIn(FxRobot fxRobot, String username) {
        logIn(fxRobot, username, "#moduleTabs");
    }

    /** The same, waiting for {@code shown} (a node query) instead. */
    void logIn(FxRobot fxRobot, String username, String shown) {
        WorkbenchRobot.waitUntil(() -> fxRobot.lookup("#loginButton").tryQuery().isPresent());
        WorkbenchRobot.logIn(fxRobot, username, password);
        WorkbenchRobot.waitUntil(() -> fxRobot.lookup(shown).tryQuery().isPresent()
                || fxRobot.lookup("#homePage").tryQuery().isPresent());
        if (fxRobot.lookup(shown).tryQuery().isEmpty()) {
            // users land on the home page (decision 0090): a test waiting for a screen of the user's
            // own work goes there as a link of the home page would
            // (the manager and the administrator, with no main tab of their own, to the tab after the home page)
            String tab = services.session().user().flatMap(user -> MainWindow.mainTabOf(user.roles()))
                    .map(kind -> "tab-" + kind.name())
                    .orElseGet(() -> fxRobot.lookup("#moduleTabs").queryAs(TabPane.class).getTabs().get(1).getId());
            WorkbenchRobot.selectModule(fxRobot, tab);
            WorkbenchRobot.waitUntil(() -> fxRobot.lookup(shown).tryQuery().isPresent());
        }
    }

    /**
     * The next start of the workbench on the same database: closes the services and opens them
     * again on the same file, as a restart would (migrations and a pending restore run).
     */
    AppServices reopen() {
        var settings = services.databaseSettings();
        services.close();
        services = AppServices.open(settings, false, dataFolder, clock);
        return services;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (store != Store.NEW_EACH_TEST) {
            open(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (store == Store.NEW_EACH_TEST) {
            open(context);
        }
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(primary -> {
            Theme.applyUserAgentStylesheet();
            if (!sizeOnceShown) {
                primary.setWidth(width);
                primary.setHeight(height);
            }
            new Workbench(primary, services, new WorkstationSettings(dataFolder), locale, modules.get()).start();
            if (sizeOnceShown) {
                primary.setWidth(width);
                primary.setHeight(height);
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        // what TestFX's ApplicationExtension did: no dialog, key or button is left to the next test
        FxToolkit.cleanupStages();
        FxToolkit.cleanupInput(robot);
        WaitForAsyncUtils.waitForFxEvents();
        services.authentication().logout();
        if (store == Store.NEW_EACH_TEST) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (store != Store.NEW_EACH_TEST) {
            close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    private void open(ExtensionContext context) throws IOException {
        dataFolder = Files.createTempDirectory(context.getRequiredTestClass().getSimpleName() + "-");
        clock = MutableClock.shanghai(instant);
        services = switch (store) {
            // filled once per JVM on the fixture's day, then copied for each class (decisions 0094, 0115)
            case DEMO -> StoreImages.demo(dataFolder, clock);
            case OLDER_DEMO -> OlderDemoDatabase.open(dataFolder, clock);
            case SET_UP -> TestWorkbench.setUp(dataFolder, clock);
            case NEW_EACH_TEST -> TestWorkbench.file(dataFolder, clock);
        };
        Theme.loadFonts();
    }

    private void close() {
        try {
            services.close();
        } finally {
            delete(dataFolder);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
