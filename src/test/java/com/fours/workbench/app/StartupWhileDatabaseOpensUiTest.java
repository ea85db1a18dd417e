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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Decision 0084: the log-in shows and takes typing while the database is still being opened,
 * checked and migrated in the background; "Log in" pressed meanwhile says it waits and logs in once
 * the database is ready; a database that cannot be opened says why in the window. The background
 * step is the launch's own ({@link WorkbenchApp#open}) on a real H2 file, held back by a latch.
 */
class StartupWhileDatabaseOpensUiTest {

    private final FxRobot robot = new FxRobot();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger readyCalls = new AtomicInteger();
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

    /** A store set up with its administrator, in a new data folder, closed again: the next start's. */
    private void aSetUpStore() throws IOException {
        dataFolder = Files.createTempDirectory("startup-");
        try (AppServices services = TestWorkbench.setUp(dataFolder, MutableClock.shanghai(WorkbenchFixture.DEMO_MORNING))) {
            TestWorkbench.passwordsChosen(services);
        }
    }

    /** The launch's background step, held back until {@link #release}, and the window shown meanwhile. */
    private void start(boolean firstStart) throws Exception {
        executor = AppServices.newExecutor();
        List<String> arguments = List.of("--data-dir=" + dataFolder);
        opening = CompletableFuture.supplyAsync(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return WorkbenchApp.open(arguments, executor);
        }, executor);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Theme.applyUserAgentStylesheet();
            stage.setWidth(1280);
            stage.setHeight(800);
            new Workbench(stage, executor, false, new WorkstationSettings(dataFolder), Locale.ENGLISH, Modules.all())
                    .startWhileOpening(opening, firstStart, readyCalls::incrementAndGet, failures::add);
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
