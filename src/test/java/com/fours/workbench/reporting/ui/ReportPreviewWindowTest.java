package com.fours.workbench.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.print.PrintServiceLookup;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.AuditLogExtract;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;

import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The print preview, driven headless the way a person would use it. */
@ExtendWith(ApplicationExtension.class)
class ReportPreviewWindowTest {

    private static final Logger LOG = LoggerFactory.getLogger(ReportPreviewWindowTest.class);
    private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);
    private static final ReportEngine ENGINE = new ReportEngine();
    private static final AtomicInteger TASKS_RUN = new AtomicInteger();
    private static ExecutorService background;
    private static RenderedReport report;

    private ReportPreviewWindow window;

    @BeforeAll
    static void fillTheReport() {
        background = Executors.newSingleThreadExecutor();
        report = AuditLogExtract.render(ENGINE, MESSAGES, new AuditLogExtract.Header(
                "星辰汽车销售服务有限公司 售后服务部", "2025-03-01", "2025-03-31", "李娜", "2025-04-01 09:30"),
                rows(80));
        assertThat(report.pageCount()).isGreaterThanOrEqualTo(3);
    }

    @AfterAll
    static void stopBackground() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static List<AuditLogExtract.Row> rows(int count) {
        List<AuditLogExtract.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new AuditLogExtract.Row("2025-03-%02d 10:%02d:00".formatted(1 + i % 28, i % 60), "张伟",
                    "修改用户角色", "用户 #" + (1000 + i), "角色：服务顾问",
                    "角色：服务顾问、结算员；备注：月底结算期间临时增加结算权限，经服务经理批准"));
        }
        return rows;
    }

    @Start
    void start(Stage owner) {
        // a stage shown without a scene breaks Monocle's paint loop (NullPointerException in PaintCollector)
        owner.setScene(new Scene(new StackPane(), 320, 200));
        owner.show();
        window = new ReportPreviewWindow(owner, ENGINE, report, task -> {
            TASKS_RUN.incrementAndGet();
            background.execute(task);
        }, MESSAGES);
        window.show();
    }

    private void waitForPage() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !window.model().renderingProperty().get() && imageView().getImage() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("the page image did not appear", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ImageView imageView() {
        return (ImageView) window.stage().getScene().lookup("#previewPageImage");
    }

    private String pageLabel() {
        return ((Label) window.stage().getScene().lookup("#previewPageLabel")).getText();
    }

    @Test
    void showsTheFirstPageRenderedInTheBackground() {
        long started = System.nanoTime();
        waitForPage();
        LOG.info("First page on screen within {} ms of the test start", (System.nanoTime() - started) / 1_000_000);

        assertThat(imageView().getImage().getWidth()).isGreaterThan(100);
        assertThat(imageView().isVisible()).isTrue();
        assertThat(pageLabel()).isEqualTo("Page 1 of " + report.pageCount());
        assertThat(window.stage().getTitle()).isEqualTo("Print preview – Audit log extract");
        assertThat(TASKS_RUN.get()).isPositive();
    }

    @Test
    void nextPageButtonAndPageKeysTurnThePages(FxRobot robot) {
        waitForPage();
        int pages = report.pageCount();

        robot.clickOn("#previewNextPage");
        assertThat(pageLabel()).isEqualTo("Page 2 of " + pages);
        waitForPage();

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(pageLabel()).isEqualTo("Page 3 of " + pages);
        robot.type(KeyCode.PAGE_UP);
        assertThat(pageLabel()).isEqualTo("Page 2 of " + pages);
        robot.type(KeyCode.END);
        assertThat(pageLabel()).isEqualTo("Page " + pages + " of " + pages);
        assertThat(robot.lookup("#previewNextPage").queryButton().isDisabled()).isTrue();
        waitForPage();
    }

    @Test
    void zoomInMakesThePageWiderAndCtrlMinusNarrower(FxRobot robot) {
        waitForPage();
        double shownWidth = imageView().getBoundsInParent().getWidth();
        double pixelWidth = imageView().getImage().getWidth();

        robot.clickOn("#previewZoomIn");
        waitForPage();

        assertThat(imageView().getBoundsInParent().getWidth()).isGreaterThan(shownWidth);
        assertThat(imageView().getImage().getWidth()).isGreaterThan(pixelWidth);

        double zoomedWidth = imageView().getBoundsInParent().getWidth();
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        waitForPage();

        assertThat(imageView().getBoundsInParent().getWidth()).isLessThan(zoomedWidth);
    }

    @Test
    void savesThePdfToAFile(@TempDir Path folder) throws Exception {
        waitForPage();
        Path file = folder.resolve("audit.pdf");

        Task<Path> saving = WaitForAsyncUtils.asyncFx(() -> window.savePdf(file)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, saving::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saving.get()).isEqualTo(file);
        assertThat(file).isRegularFile();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(report.pageCount());
        }
        assertThat(((Label) window.stage().getScene().lookup("#previewStatus")).getText())
                .isEqualTo("Saved as audit.pdf.");
    }

    @Test
    void saysSoWhenNoPrinterIsInstalled(FxRobot robot) {
        Assumptions.assumeTrue(PrintServiceLookup.lookupPrintServices(null, null).length == 0,
                "this machine has a printer");
        waitForPage();

        robot.clickOn("#previewPrint");
        String expected = MESSAGES.get("reporting.preview.noPrinter");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup((Node n) -> n instanceof Label l && expected.equals(l.getText()))
                            .tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no 'no printer' message was shown", e);
        }
        robot.type(KeyCode.ENTER);
    }

    @Test
    void suggestsAFileNameWindowsAccepts() {
        assertThat(ReportPreviewWindow.suggestedFileName("操作审计日志摘录 2025/03")).isEqualTo("操作审计日志摘录 2025_03.pdf");
        assertThat(ReportPreviewWindow.suggestedFileName("  ")).isEqualTo("report.pdf");
    }
}
