package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javafx.scene.control.ProgressBar;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.db.DemoTemplate;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Decision 0084: the log-in shows and takes typing while the database is still being opened,
 * checked and migrated in the background; "Log in" pressed meanwhile says it waits and logs in once
 * the database is ready; a database that cannot be opened says why in the window. The background
 * step is the launch's own ({@link WorkbenchApp#open}) on a real H2 file, held back by a latch. The
 * demo's first start says it copies the demo (decision 0091).
 */
class StartupWhileDatabaseOpensUiTest {

    private final FxRobot robot = new FxRobot();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger readyCalls = new AtomicInteger();
    private final StartupProgress progress = new StartupProgress();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private ScheduledExecutorService executor;
    private CompletableFuture<PreparedDatabase> opening;
    private Path dataFolder;

    @BeforeAll
    static void fonts() {
        Theme.loadFonts();
    }

    @AfterEach
    void closeEverything() throws Exception {
        release.countDown();
        FxToolkit.cleanupStages();
        FxToolkit.cleanupInput(robot);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            if (opening != null && !opening.isCompletedExceptionally()) {
                opening.join().services().close();
            }
        } finally {
            executor.shutdownNow();
            delete(dataFolder);
        }
    }

    @Test
    void theLoginTakesTypingBeforeTheDatabaseIsReadyAndAnEarlyLogInGoesInOnceItIs() throws Exception {
        aSetUpStore();
        start(false);

        assertThat(robot.lookup("#loginView").tryQuery()).isPresent();
        robot.clickOn("#loginUsername").write(TestWorkbench.ADMIN);
        robot.clickOn("#loginPassword").write(TestWorkbench.ADMIN_PASSWORD);
        assertThat(robot.lookup("#loginUsername").queryTextInputControl().getText()).isEqualTo(TestWorkbench.ADMIN);
        assertThat(robot.lookup("#loginPassword").queryTextInputControl().getText())
                .isEqualTo(TestWorkbench.ADMIN_PASSWORD);
        assertThat(opening).as("the database step is still held back").isNotDone();

        robot.clickOn("#loginButton");
        waitUntil(() -> text(robot, "#loginStatus").equals("Preparing the database…"));
        assertThat(robot.lookup("#loginButton").queryButton().isDisabled()).as("pressed once").isTrue();
        assertThat(robot.lookup("#mainWindow").tryQuery()).isEmpty();
        assertThat(opening).isNotDone();

        release.countDown();
        untilTheDatabaseIsReady(() -> robot.lookup("#mainWindow").tryQuery().isPresent());
        assertThat(opening.join().services().session().requireUser().username()).isEqualTo(TestWorkbench.ADMIN);
        assertThat(readyCalls).hasValue(1);
        assertThat(failures).isEmpty();
    }

    @Test
    void theStoreNameIsFilledInWhenTheDatabaseArrives() throws Exception {
        aSetUpStore();
        start(false);

        assertThat(text(robot, "#loginStore")).isEmpty();
        release.countDown();
        untilTheDatabaseIsReady(() -> text(robot, "#loginStore").equals(TestWorkbench.storeInput().name()));
        assertThat(text(robot, "#loginStatus")).isEmpty();
        assertThat(robot.lookup("#loginButton").queryButton().isDisabled()).isFalse();
        assertThat(readyCalls).hasValue(1);
    }

    @Test
    void aDatabaseThatCannotBeOpenedSaysWhyInTheWindowAndLogsNobodyIn() throws Exception {
        aSetUpStore();
        // an applied migration that no longer matches the shipped one: Flyway refuses the database
        try (AppServices services = TestWorkbench.file(dataFolder, MutableClock.shanghai(WorkbenchFixture.DEMO_MORNING))) {
            services.transactions().useTransaction(h -> h.execute(
                    "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'"));
        }
        start(false);

        robot.clickOn("#loginUsername").write(TestWorkbench.ADMIN);
        robot.clickOn("#loginPassword").write(TestWorkbench.ADMIN_PASSWORD);
        robot.clickOn("#loginButton");
        waitUntil(() -> text(robot, "#loginStatus").equals("Preparing the database…"));

        release.countDown();
        untilTheDatabaseIsReady(() -> text(robot, "#loginStatus").startsWith("The workbench could not start: "));
        assertThat(text(robot, "#loginStatus")).contains("checksum");
        assertThat(failures).containsExactly(text(robot, "#loginStatus"));
        assertThat(robot.lookup("#loginButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#mainWindow").tryQuery()).isEmpty();
        assertThat(readyCalls).hasValue(0);
    }

    @Test
    void theFirstStartSaysTheDatabaseIsBeingPreparedThenShowsTheSetUp() throws Exception {
        dataFolder = Files.createTempDirectory("first-start-");
        start(true);

        assertThat(robot.lookup("#databasePreparation").tryQuery()).isPresent();
        assertThat(text(robot, "#startupStatus")).isEqualTo("Preparing the database…");
        release.countDown();
        untilTheDatabaseIsReady(() -> robot.lookup("#storeName").tryQuery().isPresent());
        assertThat(robot.lookup("#loginView").tryQuery()).isEmpty();
        assertThat(readyCalls).hasValue(1);
    }

    /**
     * Decision 0091: the demo's first start copies the demo built at build time before the database
     * opens, the window saying so meanwhile; then the log-in, with no filling step after it.
     */
    @Test
    void theDemosFirstStartSaysItCopiesTheDemoThenShowsTheLogIn() throws Exception {
        assertThat(DemoTemplate.Source.shipped()).as("the build's demo template (mvn process-classes)").isPresent();
        dataFolder = Files.createTempDirectory("first-demo-start-");
        start(true, true);

        assertThat(robot.lookup("#databasePreparation").tryQuery()).isPresent();
        assertThat(text(robot, "#startupStatus")).isEqualTo("Preparing the demo store: copying it and moving it to today…");
        // decision 0130: a bar that fills as the copy's parts end, not an animation redrawn all along
        ProgressBar bar = robot.lookup("#startupProgress").queryAs(ProgressBar.class);
        List<Double> shown = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> {
            shown.add(bar.getProgress());
            bar.progressProperty().addListener((value, before, now) -> shown.add(now.doubleValue()));
        });
        release.countDown();
        untilTheDatabaseIsReady(() -> robot.lookup("#loginView").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).as("from nothing copied, each part of the copy moved the bar on").hasSizeGreaterThanOrEqualTo(6)
                .startsWith(0.0).isSorted().endsWith(1.0);
        assertThat(robot.lookup("#demoPreparation").tryQuery()).as("copied, not filled").isEmpty();
        assertThat(robot.lookup("#demoAccounts").tryQuery()).isPresent();
        PreparedDatabase prepared = opening.join();
        assertThat(prepared.demoToPrepare()).isFalse();
        assertThat(prepared.services().firstDemoStart()).isTrue();
        String today = "RO" + java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-%";
        int todays = prepared.services().transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM repair_order WHERE number LIKE :today").bind("today", today).mapTo(Integer.class).one());
        assertThat(todays).as("moved to today").isPositive();
        assertThat(readyCalls).hasValue(1);
        assertThat(failures).isEmpty();
    }

    /** A store set up with its administrator, in a new data folder, closed again: the next start's. */
    private void aSetUpStore() throws IOException {
        dataFolder = Files.createTempDirectory("startup-");
        try (AppServices services = TestWorkbench.setUp(dataFolder, MutableClock.shanghai(WorkbenchFixture.DEMO_MORNING))) {
            TestWorkbench.passwordsChosen(services);
        }
    }

    /** The launch's background step, held back until {@link #release}, and the window shown meanwhile. */
    private void start(boolean firstStart) throws Exception {
        start(firstStart, false);
    }

    private void start(boolean firstStart, boolean demo) throws Exception {
        executor = AppServices.newExecutor();
        List<String> arguments = demo ? List.of("--demo", "--data-dir=" + dataFolder) : List.of("--data-dir=" + dataFolder);
        opening = CompletableFuture.supplyAsync(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return WorkbenchApp.open(arguments, executor, progress);
        }, executor);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Theme.applyUserAgentStylesheet();
            stage.setWidth(1280);
            stage.setHeight(800);
            new Workbench(stage, executor, demo, new WorkstationSettings(dataFolder), Locale.ENGLISH, Modules.all())
                    .startWhileOpening(opening, firstStart, demo ? Optional.of(progress) : Optional.empty(),
                            readyCalls::incrementAndGet, failures::add);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Longer than {@link WorkbenchRobot#waitUntil}: a first migration on a busy machine took over 30 s. */
    private static void untilTheDatabaseIsReady(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
