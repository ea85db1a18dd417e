package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import com.fours.workbench.inspection.FiveSArea;
import com.fours.workbench.inspection.FiveSInspection;
import com.fours.workbench.inspection.FiveSSheet;
import com.fours.workbench.ui.ChartCard;

/**
 * Issue 21 on the demo store at 1366×768: the manager sees the 5S scores over time as a chart (a
 * point per month the workshop was inspected, the month's mean on hover, no point where it was not),
 * edits the workshop's checklist with an empty item, a duplicate and a scale of 0 refused under
 * their fields and nothing saved, then saves it: the demo's inspections used the version shown, so
 * it becomes the next version, and the old inspections keep their items. The chart exports to Excel
 * with the same months and scores, "no data" where the workshop was not inspected.
 */
class FiveSChecklistUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().size(1366, 768);

    @TempDir
    static Path folder;

    @Test
    void theManagerSeesTheScoresChartAndEditsTheChecklistIntoANewVersion(FxRobot robot) throws Exception {
        ui.logIn(robot, "manager");
        selectModule(robot, "tab-ENVIRONMENT");
        selectTab(robot, "#environmentSections", "environmentTab-fiveS");
        waitUntil(() -> robot.lookup("#fiveSEditText-6").tryQuery().isPresent());
        TableView<FiveSInspection> inspections = robot.lookup("#fiveSInspections").queryTableView();
        waitUntil(() -> inspections.getItems().size() == 2, () -> inspections.getItems().toString());
        waitUntil(() -> robot.lookup("#fiveSScoreChart").tryQuery().isPresent());

        // the chart: the workshop's line has a point for each month it was inspected, at that month's mean
        Map<String, BigDecimal> expected = inspections.getItems().stream()
                .filter(i -> i.area() == FiveSArea.WORKSHOP)
                .collect(Collectors.groupingBy(i -> YearMonth.from(i.inspectionDay()).toString(), LinkedHashMap::new,
                        Collectors.mapping(FiveSInspection::total, Collectors.toList())))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> mean(e.getValue())));
        XYChart<?, ?> chart = robot.lookup("#fiveSScoreChart").queryAs(XYChart.class);
        assertThat(chart.getData()).hasSize(1);
        XYChart.Series<?, ?> workshop = chart.getData().get(0);
        assertThat(workshop.getName()).isEqualTo("Workshop");
        Map<String, BigDecimal> drawn = new LinkedHashMap<>();
        for (XYChart.Data<?, ?> point : workshop.getData()) {
            drawn.put((String) point.getXValue(), new BigDecimal(point.getYValue().toString()));
            assertThat(ChartCard.tipOf(point.getNode())).startsWith("Workshop\n" + point.getXValue() + ": ")
                    .contains(((BigDecimal) point.getYValue()).toPlainString() + " %");
        }
        assertThat(drawn).isEqualTo(expected);
        List<String> months = ((javafx.scene.chart.CategoryAxis) chart.getXAxis()).getCategories();
        assertThat(months).hasSize(12).endsWith(YearMonth.now(ui.services().clock()).toString());
        // the months without inspection are said to have no data (the demo's first is the earliest)
        String firstInspected = expected.keySet().stream().min(String::compareTo).orElseThrow();
        YearMonth beforeFirst = YearMonth.parse(firstInspected).minusMonths(1);
        assertThat(text(robot, "#fiveSNoScores")).startsWith("No inspection, no data: " + months.get(0) + " – "
                + beforeFirst);

        // the chart exports to Excel: the button in the card's head, the file named by the chart and its months
        Button export = robot.lookup("#fiveSScoreExport").queryAs(Button.class);
        Node card = robot.lookup("#fiveSScoreChartBox").query();
        assertThat(export.isVisible()).isTrue();
        assertThat(card.localToScene(card.getBoundsInLocal()).contains(export.localToScene(export.getBoundsInLocal())))
                .as("the button within the card").isTrue();
        ChartCard.Export offered = ChartCard.exportOf(export);
        assertThat(offered.fileName().get()).isEqualTo("5S score per area and month " + months.get(0) + "_"
                + months.get(11) + ".xlsx");
        // the file chooser is native and cannot be driven headless: the test writes where it would have chosen
        Path file = folder.resolve(offered.fileName().get());
        robot.interact(() -> offered.write().accept(file));
        waitUntil(() -> text(robot, "#fiveSMessage").equals("Written to " + file.getFileName() + "."),
                () -> text(robot, "#fiveSMessage"));
        try (ReadableWorkbook book = new ReadableWorkbook(Files.newInputStream(file))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("5S score per area and month");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Month");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Workshop");
            assertThat(rows).hasSize(14);
            for (int m = 0; m < 12; m++) {
                Row row = rows.get(m + 2);
                assertThat(row.getCellText(0)).isEqualTo(months.get(m));
                if (expected.containsKey(months.get(m))) {
                    assertThat(row.getCellAsNumber(1)).as(months.get(m)).hasValueSatisfying(n ->
                            assertThat(n).isEqualByComparingTo(expected.get(row.getCellText(0))));
                } else {
                    assertThat(row.getCellText(1)).as(months.get(m)).isEqualTo("no data");
                }
            }
        }

        FiveSInspection old = inspections.getItems().get(0);
        int oldVersion = old.versionNo();
        String firstItem = input(robot, "#fiveSEditText-1");
        assertThat(text(robot, "#fiveSVersion")).contains("version " + oldVersion);

        // refused under the fields: an empty item, the same item twice, a scale from 0 to 0; nothing saved
        robot.interact(() -> {
            set(robot, "#fiveSEditText-2", "  ");
            set(robot, "#fiveSEditText-3", firstItem);
            set(robot, "#fiveSEditScale-4", "0");
            robot.lookup("#fiveSEditSave").queryAs(Button.class).fire();
        });
        Label empty = robot.lookup("#fiveSEditText-2Error").queryAs(Label.class);
        waitUntil(() -> empty.isVisible() && !empty.getText().isEmpty(), empty::getText);
        assertThat(text(robot, "#fiveSEditText-3Error")).isEqualTo("Item 3 is the same as item 1: an item is checked once.");
        assertThat(text(robot, "#fiveSEditScale-4Error")).contains("0 to 0 is no range");
        assertThat(robot.lookup("#fiveSEditText-1Error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(ui.services().fiveSChecklists().current(FiveSArea.WORKSHOP).orElseThrow().versionNo())
                .isEqualTo(oldVersion);

        // put right, one item reworded and one added: saved as the next version
        robot.interact(() -> {
            set(robot, "#fiveSEditText-2", "工具归位形迹板，专用工具有标识");
            set(robot, "#fiveSEditText-3", "地面无油污，接油盘及时清理");
            set(robot, "#fiveSEditScale-4", "0-5");
            robot.lookup("#fiveSEditAdd").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup("#fiveSEditText-7").tryQuery().isPresent());
        robot.interact(() -> {
            set(robot, "#fiveSEditText-7", "废机油桶加盖并放在防渗托盘上");
            set(robot, "#fiveSEditWeight-7", "20");
            robot.lookup("#fiveSEditSave").queryAs(Button.class).fire();
        });
        waitUntil(() -> text(robot, "#fiveSEditMessage").contains("version " + (oldVersion + 1)),
                () -> text(robot, "#fiveSEditMessage"));
        assertThat(text(robot, "#fiveSEditMessage")).isEqualTo("Checklist of Workshop saved as version "
                + (oldVersion + 1) + " with 7 items.");
        // the inspection form scores the new version
        waitUntil(() -> robot.lookup("#fiveSScore-7").tryQuery().isPresent());
        waitUntil(() -> text(robot, "#fiveSVersion").contains("version " + (oldVersion + 1)));
        assertThat(input(robot, "#fiveSEditText-7")).isEqualTo("废机油桶加盖并放在防渗托盘上");

        // the old inspections keep the version they were scored on, with its six items
        assertThat(inspections.getItems()).extracting(FiveSInspection::versionNo).containsOnly(oldVersion);
        FiveSSheet sheet = ui.services().fiveSInspections().sheet(old.id());
        assertThat(sheet.checklist().versionNo()).isEqualTo(oldVersion);
        assertThat(sheet.checklist().items()).hasSize(6)
                .noneMatch(i -> i.text().equals("废机油桶加盖并放在防渗托盘上"));

        // the picture: the editor and the chart at 1366×768
        Node editor = robot.lookup("#fiveSEditor").query();
        robot.interact(() -> {
            ScrollPane pane = robot.lookup("#fiveSPane").queryAs(ScrollPane.class);
            pane.setVvalue(pane.getVmax());
        });
        WorkbenchRobot.save(editor.getScene(), WorkbenchRobot.screenshotFolder().resolve("five-s-checklist-edit.png"));
        robot.interact(() -> robot.lookup("#fiveSPane").queryAs(ScrollPane.class).setVvalue(0));
        WorkbenchRobot.save(editor.getScene(), WorkbenchRobot.screenshotFolder().resolve("five-s-scores-chart.png"));
    }

    private static BigDecimal mean(List<BigDecimal> totals) {
        return totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 1, RoundingMode.HALF_UP);
    }

    private static String input(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private static void set(FxRobot robot, String query, String value) {
        robot.lookup(query).queryAs(TextField.class).setText(value);
    }
}
