package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.dashboard.DashboardChart;
import com.fours.workbench.dashboard.DashboardScenariosAccess;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The manager's dashboard, headless, on the hand-made orders of the dashboard's service test: the
 * week's figures and charts, a point's figure on hover, last month chosen and the charts drawn again,
 * a period backwards refused by its field, a chart as drawn written to Excel and read back, the
 * monthly report printed; an advisor has no dashboard tab.
 */
class DashboardUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().at("2026-12-07T02:00:00Z").in(Messages.CHINESE)
            .password(RepairFixture.PASSWORD);

    @TempDir
    static Path folder;

    private static AppServices services;

    @BeforeAll
    static void billOrders() {
        services = ui.services();
        DashboardScenariosAccess.billTheHandMadeOrders(services, ui.clock());
        services.authentication().logout();
        TestWorkbench.passwordsChosen(services, "zhoujie", "lina");
    }

    @Test
    void theManagerPicksAPeriodTheChartsChangeAChartGoesToExcelAndTheReportPrints(FxRobot robot) throws Exception {
        ui.logIn(robot, "zhoujie", "#moduleTabs");
        // the manager's home page opens the dashboard as its lines open their screens
        waitUntil(() -> robot.lookup("#homeOpen-DASHBOARD").tryQuery().isPresent());
        robot.clickOn("#homeOpen-DASHBOARD");
        waitUntil(() -> robot.lookup("#dashboardCard-carCount").tryQuery().isPresent());
        assertThat(text(robot, "#dashboardCard-carCount")).isEqualTo("3");
        // each comparison on a line of its own, its figure whole ("无数据" is not broken over two lines)
        for (String card : List.of("carCount", "csi", "firstTimeFix")) {
            for (String which : List.of("#dashboardCardPrevious-", "#dashboardCardLastYear-")) {
                javafx.scene.control.Label figure = robot.lookup(which + card).queryAs(javafx.scene.control.Label.class);
                assertThat(figure.getText()).isNotEmpty();
                assertThat(figure.getWidth()).as(which + card).isGreaterThanOrEqualTo(figure.prefWidth(-1) - 0.5);
                assertThat(figure.getHeight()).as(which + card).isLessThan(figure.getFont().getSize() * 2);
            }
        }
        // a chart of cars counts in whole cars
        javafx.scene.chart.NumberAxis carsAxis = (javafx.scene.chart.NumberAxis) robot.lookup("#dashboardChart-cars")
                .queryAs(XYChart.class).getYAxis();
        assertThat(carsAxis.getTickUnit()).isGreaterThanOrEqualTo(1);
        assertThat(carsAxis.getTickMarks()).isNotEmpty().allSatisfy(t -> assertThat(t.getValue().doubleValue() % 1).isZero());
        assertThat(text(robot, "#dashboardCard-averageBill")).isEqualTo("¥430.00");
        assertThat(text(robot, "#dashboardCard-efficiency")).isEqualTo("91.4%");
        XYChart<?, ?> revenue = robot.lookup("#dashboardChart-revenue").queryAs(XYChart.class);
        Node labourBar = revenue.getData().get(0).getData().get(0).getNode();
        assertThat(com.fours.workbench.ui.ChartCard.tipOf(labourBar))
                .isEqualTo("本期 2026-12-01 – 2026-12-07\n工时收入：¥1,260.00");

        robot.clickOn("#dashboardLastMonth");
        waitUntil(() -> "1".equals(text(robot, "#dashboardCard-carCount")));
        assertThat(robot.lookup("#dashboardFrom").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 1));
        // the date fields show the day as every date on screen does, and read it typed the Chinese way
        DatePicker from = robot.lookup("#dashboardFrom").queryAs(DatePicker.class);
        assertThat(from.getEditor().getText()).isEqualTo("2026-11-01");
        assertThat(from.getConverter().fromString("2026年11月3日")).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(from.getConverter().fromString("11月")).as("no day: the field keeps its own").isEqualTo(LocalDate.of(2026, 11, 1));
        DashboardChart cars = (DashboardChart) robot.lookup("#dashboardChart-cars").queryAs(XYChart.class).getUserData();
        assertThat(cars.categories()).hasSize(30);
        assertThat(cars.series().get(0).values().get(2)).isEqualByComparingTo("1");

        robot.interact(() -> {
            robot.lookup("#dashboardFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 5));
            robot.lookup("#dashboardTo").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 1));
        });
        robot.clickOn("#dashboardShow");
        waitUntil(() -> "结束日期早于开始日期。".equals(text(robot, "#dashboardToError")));
        assertThat(text(robot, "#dashboardCard-carCount")).isEqualTo("1");

        robot.clickOn("#dashboardThisMonth");
        waitUntil(() -> "3".equals(text(robot, "#dashboardCard-carCount")));
        assertThat(text(robot, "#dashboardToError")).isEmpty();
        DashboardChart payers = (DashboardChart) robot.lookup("#dashboardChart-payers").queryAs(XYChart.class).getUserData();
        Path file = folder.resolve("payers.xlsx");
        services.dashboardExport().export(payers, file, Messages.forLocale(Messages.CHINESE));
        try (ReadableWorkbook book = new ReadableWorkbook(Files.newInputStream(file))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("按付款方的收入");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("客户");
            assertThat(rows.get(2).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(new BigDecimal("1290.00"));
            assertThat(rows.get(2).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(new BigDecimal("480.00"));
        }

        robot.clickOn("#dashboardPrint");
        waitUntil(() -> previewWindow(robot) != null);
        assertThat(((Stage) previewWindow(robot)).getTitle()).contains("经营月报");
        robot.interact(() -> ((Stage) previewWindow(robot)).close());

        WorkbenchRobot.logOut(robot);
        ui.logIn(robot, "lina", "#moduleTabs");
        assertThat(robot.lookup("#tab-DASHBOARD").tryQuery()).isEmpty();
    }

    private static Window previewWindow(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().contains("经营月报")).findFirst().orElse(null);
    }
}
