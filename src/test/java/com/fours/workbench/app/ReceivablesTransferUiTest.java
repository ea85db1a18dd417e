package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.receivables.AgeingLine;
import com.fours.workbench.receivables.OpenItem;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.testing.PdfAssertions;

/**
 * The cashier on the demo store: a fleet customer's bank transfer applied to three of its bills in
 * the Receivables section, the ledger following, and the month's statement printed (the preview
 * shown, the same statement's PDF read back with the three bills and the transfer).
 */
class ReceivablesTransferUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().in(Messages.CHINESE);

    @Test
    void aFleetTransferPaysThreeBillsAndTheStatementShowsThem(FxRobot robot) throws Exception {
        ui.logIn(robot, "cashier");
        selectModule(robot, "tab-CASHIER");
        selectTab(robot, "#cashierSections", "cashierTab-receivables");
        LocalDate today = LocalDate.now(ui.clock());
        // the fleet customer with the most open bills of this month and before
        AgeingLine fleet = ui.services().receivables().ageing(today).stream().filter(l -> l.kind() == Payer.CUSTOMER)
                .max(Comparator.comparingInt(l -> ui.services().receivables().openItems(l.payerId()).size()))
                .orElseThrow();
        List<OpenItem> open = ui.services().receivables().openItems(fleet.payerId());
        assertThat(open).hasSizeGreaterThanOrEqualTo(3);

        TableView<AgeingLine> payers = table(robot, "#receivablesAgeing");
        waitUntil(() -> payers.getItems().stream().anyMatch(l -> l.payerId() == fleet.payerId()));
        robot.interact(() -> payers.getSelectionModel().select(payers.getItems().stream()
                .filter(l -> l.payerId() == fleet.payerId()).findFirst().orElseThrow()));
        TableView<OpenItem> items = table(robot, "#receivablesItems");
        waitUntil(() -> items.getItems().size() == open.size(), () -> items.getItems().size() + " items");
        // the three newest bills (chosen in the list), paid by one transfer of their sum
        List<OpenItem> three = List.copyOf(items.getItems().subList(items.getItems().size() - 3, items.getItems().size()));
        List<Long> chosen = three.stream().map(OpenItem::id).toList();
        Money sum = Money.sum(three.stream().map(OpenItem::openAmount).toList());
        robot.interact(() -> {
            items.getSelectionModel().clearSelection();
            int n = items.getItems().size();
            items.getSelectionModel().selectIndices(n - 3, n - 2, n - 1);
        });
        type(robot, "#receiptAmount", sum.toPlainString());
        type(robot, "#receiptReference", "HX20261127-8801");
        press(robot, "#receiptRecord");
        waitUntil(() -> text(robot, "#receivablesMessage").startsWith("收款 SK"), () -> text(robot, "#receivablesMessage"));
        assertThat(text(robot, "#receivablesMessage")).contains("预收 ¥0.00");
        waitUntil(() -> items.getItems().size() == open.size() - 3, () -> items.getItems().size() + " items");
        assertThat(ui.services().receivables().openItems(fleet.payerId())).extracting(OpenItem::id)
                .doesNotContainAnyElementsOf(chosen);
        assertThat(ui.services().receivables().balance(fleet.payerId())).isEqualTo(fleet.balance().minus(sum));

        // the same reference again is refused under its field
        type(robot, "#receiptAmount", "1");
        robot.interact(() -> robot.lookup("#receiptReference").queryAs(TextField.class).setText("HX20261127-8801"));
        press(robot, "#receiptRecord");
        waitUntil(() -> !text(robot, "#receiptReferenceError").isEmpty(), () -> text(robot, "#receivablesMessage"));

        assertThat(robot.lookup("#statementMonth").queryAs(TextField.class).getText()).isEqualTo("2026-11");
        press(robot, "#statementPrint");
        waitUntil(() -> robot.lookup("#previewPageImage").tryQuery().isPresent());
        Window preview = robot.lookup("#previewPageImage").query().getScene().getWindow();
        assertThat(((Stage) preview).getTitle()).contains("对账单");
        robot.interact(preview::hide);

        byte[] pdf = ui.services().reports().exportPdf(ui.services().statementPrint().render(
                ui.services().receivables().statement(fleet.payerId(), YearMonth.from(today)),
                Messages.forLocale(Messages.CHINESE)));
        Files.write(Path.of("target", "statement-after-transfer.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String printed = PdfAssertions.text(document);
            assertThat(printed).contains("对账单", fleet.payerName(), "HX20261127-8801");
            for (OpenItem item : three) {
                if (!item.billedOn().isBefore(today.withDayOfMonth(1))) {
                    assertThat(printed).contains(item.billNumber());
                }
            }
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    /** Fires the button as a click would, wherever the pane is scrolled. */
    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    /** Puts the text in the field as typed over what it held. */
    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }
}
