package com.fours.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;

/** The one column factory: key values and amounts are never cut, free text is, and shows whole on hover. */
@ExtendWith(ApplicationExtension.class)
class ColumnsUiTest {

    private record Row(String order, String plate, Money total, String note) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("RO20261206-0003", "粤B·12345", Money.of("429571.59"),
                    "客户反映冷车启动时发动机异响，怠速抖动，需要检查点火线圈和火花塞并做全面保养"),
            new Row("RO20261206-0004", "粤A·D12345", Money.of("-1265.23"), "ok"));

    private TableView<Row> table;

    @Start
    void start(Stage stage) {
        Formats formats = Formats.of(Messages.CHINESE);
        table = new TableView<>();
        table.getColumns().setAll(List.of(
                Columns.text("工单号", Row::order),
                Columns.text("车牌", Row::plate),
                Columns.money("金额", Row::total, formats),
                Columns.longText("备注", Row::note)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(ROWS);
        // narrow on purpose: before, fixed widths of 80 px cut "RO20261206-00..." at 1280×800
        stage.setScene(new Scene(table, 360, 200));
        stage.show();
    }

    @Test
    void keyValuesAndAmountsAreShownWholeAndFreeTextShowsWholeInItsTooltip(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.interact(() -> table.layout());
        WaitForAsyncUtils.waitForFxEvents(5);

        List<TableCell<?, ?>> cells = robot.lookup(".table-cell").queryAll().stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).filter(c -> c.getText() != null && !c.getText().isEmpty()).toList();
        Set<String> keyTexts = Set.of("RO20261206-0003", "RO20261206-0004", "粤B·12345", "粤A·D12345",
                "¥429,571.59", "-¥1,265.23");
        assertThat(cells).extracting(TableCell::getText).containsAll(keyTexts);
        for (TableCell<?, ?> cell : cells) {
            String shown = cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                    .map(t -> ((Text) t).getText()).findFirst().orElse("");
            if (keyTexts.contains(cell.getText())) {
                assertThat(shown).as("a key value or amount is never cut").isEqualTo(cell.getText());
            } else if (cell.getText().equals(ROWS.get(0).note())) {
                assertThat(shown).as("long free text is elided to fit").isNotEqualTo(cell.getText());
                assertThat(cell.getTooltip().getText()).as("and shown whole on hover").isEqualTo(ROWS.get(0).note());
            }
        }
        TableColumn<?, ?> amount = table.getColumns().get(2);
        assertThat(amount.getStyleClass()).contains("number-column");
    }

    @Test
    void aTableKeepsRoomForItsKeyColumnsOnlyNotForFreeTextOrSecondaryColumnsAfterThem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        double[] widths = new double[3];
        robot.interact(() -> {
            Formats formats = Formats.of(Messages.CHINESE);
            TableView<Row> wide = new TableView<>();
            wide.getItems().setAll(ROWS);
            TableColumn<Row, String> order = Columns.text("工单号", Row::order);
            TableColumn<Row, String> total = Columns.money("金额", Row::total, formats);
            TableColumn<Row, String> plate = Columns.secondary(Columns.text("车牌", Row::plate));
            TableColumn<Row, String> note = Columns.longText("备注", Row::note);
            wide.getColumns().setAll(List.of(order, total, plate, note));
            widths[0] = wide.getMinWidth();
            widths[1] = order.getMinWidth() + total.getMinWidth();
            // a key column after a secondary one: the secondary one before it counts too
            wide.getColumns().setAll(List.of(order, plate, total, note));
            widths[2] = wide.getMinWidth();
        });
        assertThat(widths[0]).as("the key columns, insets and a scroll bar; not the plate or the note after them")
                .isGreaterThanOrEqualTo(widths[1]).isLessThan(widths[1] + 40);
        assertThat(widths[2]).isGreaterThan(widths[0]);
        assertThat(Columns.isKey(table.getColumns().get(0))).isTrue();
        assertThat(Columns.isKey(table.getColumns().get(3))).as("free text").isFalse();
    }

    @Test
    void figuresSortByValueNotAsText() {
        assertThat(Columns.byNumber("¥999.00", "¥1,000.00")).isNegative();
        assertThat(Columns.byNumber("-¥12.00", "¥0.50")).isNegative();
        assertThat(Columns.byNumber("1,200", "15")).isPositive();
        assertThat(Columns.byNumber("12.5%", "9%")).isPositive();
        assertThat(Columns.byNumber("", "¥1.00")).as("empty after figures").isPositive();
    }
}
