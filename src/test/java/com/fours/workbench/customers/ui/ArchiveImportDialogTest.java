package com.fours.workbench.customers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Vin;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.ImportReport;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/** The import dialog and the export action, headless, over a real database, as the service manager uses them. */
@ExtendWith(ApplicationExtension.class)
class ArchiveImportDialogTest {

    private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);
    private static final String HEADER = "客户名称,手机,车架号,车牌号,行驶里程";

    @TempDir
    static Path folder;
    private static AppServices services;
    private static ExecutorService executor;

    private Stage owner;
    private ArchiveImportDialog dialog;

    @BeforeAll
    static void openDatabase() {
        services = TestWorkbench.setUp(MutableClock.shanghai("2026-11-27T02:00:00Z"));
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
        services.authentication().login("zhoujie", "Start2026".toCharArray());
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void closeDatabase() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        services.close();
    }

    @Start
    void start(Stage stage) {
        // a stage shown without a scene breaks Monocle's paint loop
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
        owner = stage;
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        if (dialog != null && dialog.stage() != null) {
            robot.interact(() -> dialog.stage().close());
        }
    }

    private static String vin(String last5) {
        String draft = "LVGBE40K0NG0" + last5;
        char check = Vin.computeCheckDigit(draft);
        return draft.substring(0, 8) + check + draft.substring(9);
    }

    private static Path csv(String name, String... rows) throws IOException {
        return Files.writeString(folder.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
    }

    private void open(FxRobot robot, Path file, Background background) {
        robot.interact(() -> {
            dialog = new ArchiveImportDialog(owner, MESSAGES, services.archiveImport(), background,
                    new ErrorReporter(MESSAGES));
            dialog.show(file);
        });
    }

    @Test
    void refusedRowsAreListedCellByCellAndTheReportIsSaved(FxRobot robot) throws IOException {
        Path file = csv("refused.csv", "张伟,13812345678," + vin("30001") + ",粤A30001,1000",
                "刘洋,1381234567," + vin("30002") + ",粤A30002,很多");

        open(robot, file, new Background(executor));

        waitUntil(() -> dialog.report() != null);
        assertThat(text(robot, "#importSummary")).isEqualTo(
                "1 row of 2 needs correcting. Correct them in the file (the list below says where) and import the whole file again.");
        assertThat(text(robot, "#importStatus")).isEqualTo("Not imported. Nothing was saved.");
        TableView<?> lines = robot.lookup("#importLines").queryAs(TableView.class);
        assertThat(lines.isVisible()).isTrue();
        assertThat(lines.getItems()).extracting(l -> ((ImportReport.Line) l).row()).containsExactly(3, 3);
        assertThat(dialog.report().rejections().get(0).reasonText(MESSAGES)).startsWith("A mobile number has 11 digits");
        assertThat(robot.lookup("#importCancel").query().isVisible()).isFalse();
        assertThat(robot.lookup("#importSaveReport").query().isVisible()).isTrue();

        Path report = folder.resolve("refused - report.xlsx");
        robot.interact(() -> dialog.saveReport(report));
        waitUntil(() -> text(robot, "#importStatus").equals("The report was saved as refused - report.xlsx."));
        try (ReadableWorkbook workbook = new ReadableWorkbook(report.toFile())) {
            assertThat(workbook.getFirstSheet().read()).hasSize(3);
        }
        assertThat(services.archiveSearch().search("粤A30001").hits()).as("nothing imported").isEmpty();
    }

    @Test
    void aGoodFileShowsWhatWasCreated(FxRobot robot) throws IOException {
        Path file = csv("good.csv", "王芳,13500000001," + vin("31001") + ",粤B31001,1000",
                "王芳,13500000001," + vin("31002") + ",粤B31002,2000");

        open(robot, file, new Background(executor));

        waitUntil(() -> dialog.report() != null);
        assertThat(text(robot, "#importStatus")).isEqualTo("Imported.");
        assertThat(text(robot, "#importSummary")).isEqualTo(
                "2 rows imported: 1 new customer, 2 new vehicles.");
        assertThat(robot.lookup("#importLines").query().isVisible()).isFalse();
        assertThat(services.archiveSearch().search("王芳").hits()).hasSize(2);
        robot.clickOn("#importClose");
        waitUntil(() -> !dialog.stage().isShowing());
    }

    @Test
    void cancellingBeforeTheFirstRowSavesNothing(FxRobot robot) throws IOException {
        Path file = csv("cancel.csv", "赵磊,13600000001," + vin("32001") + ",粤E32001,1000");
        List<Runnable> held = new CopyOnWriteArrayList<>();

        open(robot, file, new Background(held::add));

        waitUntil(() -> held.size() == 1);
        ProgressBar bar = robot.lookup("#importProgress").queryAs(ProgressBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.isIndeterminate()).isTrue();
        assertThat(text(robot, "#importStatus")).isEqualTo("Reading the file…");
        robot.clickOn("#importCancel");
        assertThat(text(robot, "#importStatus")).isEqualTo("Cancelling… nothing will be saved.");
        executor.execute(held.get(0));

        waitUntil(() -> text(robot, "#importSummary").equals("The import was cancelled. Nothing was saved."));
        assertThat(robot.lookup("#importClose").query().isVisible()).isTrue();
        assertThat(services.archiveSearch().search("赵磊").hits()).isEmpty();
    }

    @Test
    void theExportActionWritesTheHitsAndSaysHowMany(FxRobot robot) throws IOException {
        Path file = csv("for-export.csv", "孙超,13700000001," + vin("33001") + ",粤S33001,1000");
        assertThat(services.archiveImport().importFile(file).imported()).isTrue();
        var hits = services.archiveSearch().search("粤S33001").hits();
        Path target = folder.resolve("export.xlsx");

        robot.interact(() -> new ArchiveExportAction(owner, MESSAGES, services.archiveExport(), new Background(executor),
                new ErrorReporter(MESSAGES)).export(hits, target));

        waitUntil(() -> robot.lookup("#archiveExportInfo").tryQuery().isPresent());
        DialogPane info = robot.lookup("#archiveExportInfo").queryAs(DialogPane.class);
        assertThat(info.getContentText()).isEqualTo("1 row was exported to export.xlsx.");
        robot.interact(() -> info.getScene().getWindow().hide());
        try (ReadableWorkbook workbook = new ReadableWorkbook(target.toFile())) {
            assertThat(workbook.getFirstSheet().read().get(1).getCellText(6)).isEqualTo("孙超");
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the dialog did not reach the expected state in time", e);
        }
    }
}
