package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.customers.ui.ArchiveCardViewModel;

/**
 * Issue 15, problem 8: one format per language. The vehicle card shows its dates as 2026-12-06 (not
 * "May 31, 2024" in English and "2024年5月31日" in Chinese), its kilometres with thousands separators
 * and the unit of the language, and its visits' amounts as ¥1,234.50; the parts catalog names a part
 * in Chinese, followed by its English name on an English screen.
 */
class OneFormatUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String MONEY = "-?¥\\d{1,3}(,\\d{3})*\\.\\d{2}";

    private static AppServices services;
    private static Car car;

    /** A demo car with a registration date, a mileage of four digits or more and repair orders. */
    private record Car(String plate, LocalDate firstRegistration, int mileage) {
    }

    @BeforeAll
    static void openDemoDatabase() {
        services = ui.services();
        car = services.transactions().read(h -> h.createQuery("""
                SELECT v.plate, v.first_registration, v.mileage FROM vehicle v
                WHERE v.plate IS NOT NULL AND v.first_registration IS NOT NULL AND v.mileage >= 1000
                  AND (SELECT COUNT(*) FROM vehicle w WHERE w.plate = v.plate) = 1
                  AND EXISTS (SELECT 1 FROM repair_order o WHERE o.vehicle_id = v.id)
                ORDER BY v.id FETCH FIRST 1 ROWS ONLY""")
                .map((rs, ctx) -> new Car(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3))).one());
    }

    @AfterEach
    void logOut(FxRobot robot) {
        switchLanguage(robot, "en");
    }

    @Test
    void theVehicleCardWritesDatesKilometresAndMoneyInTheOneFormatOfEachLanguage(FxRobot robot) {
        ui.logIn(robot, "advisor", "#moduleTabs");
        String date = car.firstRegistration().toString();
        String km = String.format(Locale.ROOT, "%,d", car.mileage());

        openCard(robot);
        assertThat(text(robot, "#cardFirstRegistration")).isEqualTo(date);
        assertThat(text(robot, "#cardMileage")).isEqualTo(km + " km");
        assertReadingsAndVisits(robot, " km");

        switchLanguage(robot, "zh");
        openCard(robot);
        assertThat(text(robot, "#cardFirstRegistration")).isEqualTo(date);
        assertThat(text(robot, "#cardMileage")).isEqualTo(km + " 公里");
        assertReadingsAndVisits(robot, " 公里");
    }

    @Test
    void thePartsCatalogNamesAPartInChineseAndOnAnEnglishScreenAlsoInEnglish(FxRobot robot) {
        record Named(String number, String zh, String en) {
        }
        Named part = services.transactions().read(h -> h.createQuery("""
                SELECT part_number, name_zh, name_en FROM part WHERE name_en IS NOT NULL AND active
                ORDER BY part_number FETCH FIRST 1 ROWS ONLY""")
                .map((rs, ctx) -> new Named(rs.getString(1), rs.getString(2), rs.getString(3))).one());
        ui.logIn(robot, "clerk", "#moduleTabs");

        assertThat(catalogName(robot, part.number(), "Name")).isEqualTo(part.zh() + " / " + part.en());

        switchLanguage(robot, "zh");
        assertThat(catalogName(robot, part.number(), "名称")).isEqualTo(part.zh());
    }

    private static void openCard(FxRobot robot) {
        selectModule(robot, "tab-CUSTOMERS");
        waitUntil(() -> robot.lookup("#archiveSearch").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#archiveSearch").queryAs(TextInputControl.class).clear());
        robot.clickOn("#archiveSearch").write(car.plate());
        waitUntil(() -> robot.lookup("#archiveResults").queryAs(TableView.class).getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#cardPlate").replace("·", "").equals(car.plate())
                && !robot.lookup("#cardVisits").queryAs(TableView.class).getItems().isEmpty(),
                () -> text(robot, "#cardPlate"));
    }

    @SuppressWarnings("unchecked")
    private static void assertReadingsAndVisits(FxRobot robot, String kmUnit) {
        List<ArchiveCardViewModel.ReadingLine> readings = List.copyOf(
                robot.lookup("#cardReadings").queryAs(TableView.class).getItems());
        assertThat(readings).isNotEmpty().allSatisfy(r -> {
            assertThat(r.recordedAt()).matches(DATE + " \\d{2}:\\d{2}");
            assertThat(r.mileage()).matches("\\d{1,3}(,\\d{3})*" + kmUnit);
        });
        List<ArchiveCardViewModel.VisitLine> visits = List.copyOf(
                robot.lookup("#cardVisits").queryAs(TableView.class).getItems());
        assertThat(visits).isNotEmpty().allSatisfy(v -> {
            assertThat(v.date()).matches(DATE);
            assertThat(v.summary()).matches(".* · " + MONEY);
        });
    }

    @SuppressWarnings("unchecked")
    private static String catalogName(FxRobot robot, String partNumber, String header) {
        selectModule(robot, "tab-PARTS_WAREHOUSE");
        waitUntil(() -> robot.lookup("#partsSections").tryQuery().isPresent());
        selectTab(robot, "#partsSections", "partsTab-catalog");
        // after a change of language the screen is built again: wait for the table in that language
        waitUntil(() -> robot.lookup("#partResults").tryQueryAs(TableView.class)
                .map(t -> t.getColumns().stream().anyMatch(c -> header.equals(((TableColumn<?, ?>) c).getText())))
                .orElse(false));
        robot.interact(() -> robot.lookup("#partSearch").queryAs(TextInputControl.class).setText(partNumber));
        TableView<Object> table = robot.lookup("#partResults").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1, () -> String.valueOf(table.getItems().size()));
        TableColumn<Object, ?> name = table.getColumns().stream().filter(c -> header.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + header + " in " + table.getColumns().stream()
                        .map(TableColumn::getText).toList()));
        return String.valueOf(name.getCellData(0));
    }

    private static void switchLanguage(FxRobot robot, String language) {
        robot.interact(() -> robot.lookup(".menu-bar").tryQueryAs(MenuBar.class).ifPresent(bar -> bar.getMenus().stream()
                .filter(m -> "menuLanguage".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> ("menuLanguage-" + language).equals(i.getId())).findFirst()
                .ifPresent(MenuItem::fire)));
    }
}
