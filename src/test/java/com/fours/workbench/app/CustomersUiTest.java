package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.clickWhenShown;
import static com.fours.workbench.app.WorkbenchRobot.input;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.customers.ui.ArchiveCardViewModel;
import com.fours.workbench.demo.SecurityDemoData;

/**
 * The Customers &amp; Vehicles tab on the demo database (300 customers), driven headless as the
 * advisor at the counter, the manager who confirms a lower mileage and the warehouse clerk would.
 */
class CustomersUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    /** A car of the fixture, saved through the services before the tests: 50,000 km recorded. */
    private static final String FIXTURE_PLATE = "粤C8K2M7";
    private static final String FIXTURE_MOBILE = "19955510377";
    private static final String FIXTURE_VIN = vin("LFMAP22C", "RM555103");

    private static AppServices services;

    @BeforeAll
    static void openDemoDatabase() {
        services = ui.services();
        services.authentication().login("advisor", SecurityDemoData.PASSWORD.toCharArray());
        try {
            Customer owner = services.customers().create(new CustomerInput(CustomerKind.PERSON, "司马光明", FIXTURE_MOBILE,
                    "", "广州市越秀区中山五路 3 号", "", PreferredContact.SMS, true, MemberLevel.SILVER, ""), false);
            services.vehicles().create(owner.id(), new VehicleInput(FIXTURE_VIN, FIXTURE_PLATE, null, "一汽丰田",
                    "卡罗拉", "2021", "M20C7654321", "铂金银", "2021-06-18", "50000", "2027-06-17", "2027-01-20",
                    "60000"), false);
        } finally {
            services.authentication().logout();
        }
    }

    /** A valid VIN: 8 characters, the check digit computed for position 9, then 8 more. */
    static String vin(String first8, String last8) {
        String draft = first8 + "0" + last8;
        return first8 + Vin.computeCheckDigit(draft) + last8;
    }

    @Test
    void theAdvisorRegistersAWalkInCustomerWithTheCarFindsItByAnyFragmentAndEditsIt(FxRobot robot) {
        String vin = vin("LVGBE40K", "RG7W3K58");
        logInAndWait(robot, "advisor");

        clickWhenShown(robot, "#newCustomer");
        waitUntil(() -> robot.lookup("#customerFormDialog").tryQuery().isPresent());
        robot.clickOn("#customerName").write("欧阳晨曦");
        robot.clickOn("#customerMobile").write("199 1234 0817");
        robot.clickOn("#customerAddress").write("广州市天河区体育东路 8 号");
        assertThat(robot.lookup("#customerAddVehicleNext").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("a customer walks in with their car").isTrue();
        clickWhenShown(robot, "#saveCustomer");

        waitUntil(() -> robot.lookup("#vehicleFormDialog").tryQuery().isPresent());
        robot.clickOn("#vehicleVin").write(vin);
        waitUntil(() -> text(robot, "#vehicleVinDecoded").startsWith("GAC Toyota · China, Asia · model year 2024"));
        assertThat(input(robot, "#vehicleModelYear")).as("suggested by the VIN").isEqualTo("2024");
        robot.clickOn("#vehiclePlate").write("粤C6W8T3");
        waitUntil(() -> robot.lookup("#vehiclePlateColor").queryAs(ComboBox.class).getValue() == PlateColor.BLUE);
        robot.clickOn("#vehicleBrand").write("广汽丰田");
        robot.clickOn("#vehicleModel").write("凯美瑞");
        robot.clickOn("#vehicleFirstRegistration").write("2024年5月31日");
        robot.clickOn("#vehicleMileage").write("12000");
        clickWhenShown(robot, "#saveVehicle");

        waitUntil(() -> robot.lookup("#vehicleCard").tryQuery().map(Node::isVisible).orElse(false)
                && text(robot, "#cardPlate").equals("粤C·6W8T3"));
        assertThat(text(robot, "#cardOwnerName")).isEqualTo("欧阳晨曦");
        assertThat(text(robot, "#cardVinDecoded")).isEqualTo("GAC Toyota · China, Asia · model year 2024");
        assertThat(text(robot, "#cardMileage")).isEqualTo("12,000 km");
        assertThat(text(robot, "#cardFirstRegistration")).isEqualTo("2024-05-31");
        assertThat(text(robot, "#noVisits")).startsWith("No visits yet.");
        assertThat(robot.lookup("#revealPhone").tryQuery().map(Node::isVisible).orElse(false))
                .as("the advisor sees phone numbers whole").isFalse();

        // open another car first, so the card must change when Enter opens this one
        searchFor(robot, FIXTURE_PLATE.substring(1));
        waitUntil(() -> hitPlates(robot).contains(FIXTURE_PLATE));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#cardPlate").equals("粤C·8K2M7"));

        for (String fragment : List.of("C6W8", "0817", vin.substring(11), vin.substring(2, 8), "欧阳晨曦", "oycx")) {
            searchFor(robot, fragment);
            waitUntil(() -> hitPlates(robot).contains("粤C6W8T3"));
        }
        searchFor(robot, "粤C6W8T3");
        waitUntil(() -> hitPlates(robot).equals(List.of("粤C6W8T3")));
        assertThat(hits(robot).get(0).exact()).as("the whole plate is an exact match").isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#cardPlate").equals("粤C·6W8T3"));

        clickWhenShown(robot, "#editCustomer");
        waitUntil(() -> robot.lookup("#customerFormDialog").tryQuery().isPresent());
        assertThat(input(robot, "#customerName")).as("the form shows the record").isEqualTo("欧阳晨曦");
        robot.interact(() -> robot.lookup("#customerAddress").queryAs(TextInputControl.class).clear());
        robot.clickOn("#customerAddress").write("广州市番禺区番禺大道北 555 号").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#customerFormDialog").tryQuery().isEmpty());
        waitUntil(() -> text(robot, "#cardOwnerAddress").equals("广州市番禺区番禺大道北 555 号"));

        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#archiveSearch").type(KeyCode.ESCAPE);
        assertThat(input(robot, "#archiveSearch")).as("Esc clears the field").isEmpty();
        assertThat(hits(robot)).as("and the results").isEmpty();
    }

    @Test
    void aMistypedVinIsRefusedUnderTheVinFieldAndNothingIsSaved(FxRobot robot) {
        String good = vin("LVGBE40K", "RG1A2B34");
        char wrongCheck = good.charAt(8) == '1' ? '2' : '1';
        String mistyped = good.substring(0, 8) + wrongCheck + good.substring(9);
        logInAndWait(robot, "advisor");

        clickWhenShown(robot, "#newCustomer");
        waitUntil(() -> robot.lookup("#customerFormDialog").tryQuery().isPresent());
        robot.clickOn("#customerName").write("诸葛明月");
        robot.clickOn("#customerMobile").write("19966620481");
        clickWhenShown(robot, "#saveCustomer");
        waitUntil(() -> robot.lookup("#vehicleFormDialog").tryQuery().isPresent());
        robot.clickOn("#vehicleVin").write(mistyped);
        robot.clickOn("#vehiclePlate").write("粤C5Q7P1");
        robot.clickOn("#vehicleMileage").write("800");
        clickWhenShown(robot, "#saveVehicle");

        waitUntil(() -> text(robot, "#vehicleVinError").equals("The check digit (the 9th character) should be "
                + good.charAt(8) + " but is " + wrongCheck
                + ", so a character was probably mistyped. Compare the VIN with the registration certificate."));
        assertThat(input(robot, "#vehicleVin")).as("what was typed stays").isEqualTo(mistyped);
        assertThat(input(robot, "#vehiclePlate")).isEqualTo("粤C5Q7P1");
        assertThat(text(robot, "#vehiclePlateError")).isEmpty();
        assertThat(services.archiveSearch().search("C5Q7P1").hits()).as("nothing saved").isEmpty();

        robot.clickOn("#vehicleVin").type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#vehicleFormDialog").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("#customerCard").tryQuery().map(Node::isVisible).orElse(false)
                && text(robot, "#cardOwnerName").equals("诸葛明月"));
        assertThat(robot.lookup("#cardOwnerVehicles").queryAs(TableView.class).getItems()).isEmpty();
    }

    @Test
    void aPastedNameWithAnInvisibleDirectionOverrideIsRefusedUnderTheNameField(FxRobot robot) {
        logInAndWait(robot, "advisor");
        clickWhenShown(robot, "#newCustomer");
        waitUntil(() -> robot.lookup("#customerFormDialog").tryQuery().isPresent());
        // pasted, as such a character is never typed: it reverses what follows it on screen and on prints
        robot.interact(() -> robot.lookup("#customerName").queryAs(TextInputControl.class).setText("张\u202E三丰"));
        robot.clickOn("#customerMobile").write("19966630592");
        clickWhenShown(robot, "#saveCustomer");

        waitUntil(() -> text(robot, "#customerNameError")
                .equals("Contains an invisible or control character (U+202E); type the text again without it."));
        assertThat(input(robot, "#customerName")).as("what was pasted stays").isEqualTo("张\u202E三丰");
        assertThat(text(robot, "#customerMobileError")).isEmpty();
        assertThat(services.archiveSearch().search("19966630592").hits()).as("nothing saved").isEmpty();

        robot.clickOn("#customerMobile").type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#customerFormDialog").tryQuery().isEmpty());
    }

    @Test
    void aNewCustomerSharingAPhoneShowsTheExistingOneWhichCanBeOpenedInstead(FxRobot robot) {
        logInAndWait(robot, "advisor");
        clickWhenShown(robot, "#newCustomer");
        waitUntil(() -> robot.lookup("#customerFormDialog").tryQuery().isPresent());
        robot.clickOn("#customerName").write("司马光");
        robot.clickOn("#customerMobile").write(FIXTURE_MOBILE);
        clickWhenShown(robot, "#saveCustomer");

        waitUntil(() -> robot.lookup("#duplicatesPane").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        assertThat(robot.lookup("#duplicatesList").queryListView().getItems()).hasSize(1);
        assertThat(robot.lookup("#duplicatesList .list-cell").queryLabeled().getText())
                .isEqualTo("司马光明 (same phone number)");
        assertThat(input(robot, "#customerName")).as("what was typed stays").isEqualTo("司马光");

        clickWhenShown(robot, "#openExisting");
        waitUntil(() -> robot.lookup("#customerFormDialog").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("#customerCard").tryQuery().map(Node::isVisible).orElse(false)
                && text(robot, "#cardOwnerName").equals("司马光明"));
        assertThat(services.archiveSearch().search("司马光").hits()).extracting(SearchHit::ownerName)
                .as("nothing saved").containsOnly("司马光明");
    }

    @Test
    void aLowerMileageIsRefusedUntilTheManagerConfirmsIt(FxRobot robot) {
        logInAndWait(robot, "advisor");
        searchFor(robot, FIXTURE_PLATE);
        waitUntil(() -> hitPlates(robot).contains(FIXTURE_PLATE));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#cardPlate").equals("粤C·8K2M7"));

        clickWhenShown(robot, "#editVehicle");
        waitUntil(() -> robot.lookup("#vehicleFormDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#vehicleMileage").queryAs(TextInputControl.class).clear());
        robot.clickOn("#vehicleMileage").write("45000");
        clickWhenShown(robot, "#saveVehicle");
        waitUntil(() -> text(robot, "#vehicleMileageError")
                .equals("The mileage cannot be lower than the last recorded 50,000 km unless a manager confirms it."));
        assertThat(robot.lookup("#confirmMileage").query().isVisible()).isTrue();

        clickWhenShown(robot, "#confirmMileage");
        waitUntil(() -> robot.lookup("#approvalDialog").tryQuery().isPresent());
        robot.clickOn("#approverUsername").write("manager");
        robot.clickOn("#approverPassword").write("not-the-one1");
        clickWhenShown(robot, "#approveButton");
        waitUntil(() -> text(robot, "#approverPasswordError").equals("The approver's user name or password is wrong."));

        robot.clickOn("#approverPassword").write(SecurityDemoData.PASSWORD);
        clickWhenShown(robot, "#approveButton");
        waitUntil(() -> robot.lookup("#vehicleFormDialog").tryQuery().isEmpty());
        waitUntil(() -> text(robot, "#cardMileage").equals("45,000 km"));
        @SuppressWarnings("unchecked")
        TableView<ArchiveCardViewModel.ReadingLine> readings = robot.lookup("#cardReadings").queryAs(TableView.class);
        waitUntil(() -> readings.getItems().stream().anyMatch(r -> r.mileage().equals("45,000 km")));
        assertThat(List.copyOf(readings.getItems())).extracting(ArchiveCardViewModel.ReadingLine::mileage,
                ArchiveCardViewModel.ReadingLine::recordedBy, ArchiveCardViewModel.ReadingLine::approvedBy)
                .contains(org.assertj.core.api.Assertions.tuple("45,000 km", "advisor", "manager"));
    }

    @Test
    void theWarehouseClerkSeesTheNumberMaskedAndCanShowIt(FxRobot robot) {
        logInAndWait(robot, "clerk");
        assertThat(robot.lookup("#newCustomer").tryQuery()).as("the clerk may not create customers").isEmpty();
        searchFor(robot, "司马光明");
        waitUntil(() -> hitPlates(robot).contains(FIXTURE_PLATE));
        assertThat(hits(robot).get(0).phone()).isEqualTo("199****0377");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#cardOwnerPhones").equals("199****0377"));
        assertThat(robot.lookup("#editCustomer").tryQuery()).isEmpty();
        assertThat(robot.lookup("#mergeCustomer").tryQuery()).isEmpty();

        clickWhenShown(robot, "#revealPhone");
        waitUntil(() -> text(robot, "#cardOwnerPhones").equals("199 5551 0377"));
        assertThat(robot.lookup("#revealPhone").query().isVisible()).isFalse();
    }

    @Test
    void theManagerHandsACarToAnotherCustomerAndMergesTwoRecordsOfOnePerson(FxRobot robot) {
        logInAndWait(robot, "manager");
        Customer first = services.customers().create(new CustomerInput(CustomerKind.PERSON, "上官云舒", "19977730001", "",
                "", "", PreferredContact.PHONE, false, MemberLevel.NONE, ""), false);
        services.vehicles().create(first.id(), new VehicleInput(vin("LVGBE40K", "RG9M2T44"), "粤C9M2T4", null, "广汽丰田",
                "汉兰达", "2024", "", "", "", "8000", "", "", ""), false);
        Customer second = services.customers().create(new CustomerInput(CustomerKind.PERSON, "上官云舒", "19977730002",
                "", "广州市海珠区江南大道中 9 号", "", PreferredContact.WECHAT, true, MemberLevel.GOLD, ""), false);

        searchFor(robot, "粤C9M2T4");
        waitUntil(() -> hitPlates(robot).equals(List.of("粤C9M2T4")));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#cardPlate").equals("粤C·9M2T4"));

        clickWhenShown(robot, "#changeOwner");
        waitUntil(() -> robot.lookup("#changeOwnerDialog").tryQuery().isPresent());
        clickWhenShown(robot, "#ownerSearch");
        robot.write("30002");
        waitUntil(() -> robot.lookup("#ownerResults").queryListView().getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> text(robot, "#changeOwnerSummary").contains("上官云舒"));
        clickWhenShown(robot, "#confirmChangeOwner");
        waitUntil(() -> robot.lookup("#changeOwnerDialog").tryQuery().isEmpty());
        waitUntil(() -> text(robot, "#cardOwnerPhones").equals("199 7773 0002"));
        @SuppressWarnings("unchecked")
        TableView<ArchiveCardViewModel.OwnerLine> owners = robot.lookup("#cardOwners").queryAs(TableView.class);
        waitUntil(() -> owners.getItems().size() == 2);

        clickWhenShown(robot, "#mergeCustomer");
        waitUntil(() -> robot.lookup("#mergeDialog").tryQuery().isPresent());
        clickWhenShown(robot, "#mergeSearch");
        robot.write("30001");
        waitUntil(() -> robot.lookup("#mergeResults").queryListView().getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> !robot.lookup("#confirmMerge").queryButton().isDisabled());
        assertThat(robot.lookup("#keepCurrent").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        clickWhenShown(robot, "#confirmMerge");
        waitUntil(() -> robot.lookup("#mergeDialog").tryQuery().isEmpty());
        waitUntil(() -> text(robot, "#cardOwnerPhones").equals("199 7773 0002 / 199 7773 0001"));
        assertThat(services.archiveSearch().search("19977730001").hits()).extracting(SearchHit::customerId)
                .containsOnly(second.id());
    }

    private static void searchFor(FxRobot robot, String fragment) {
        robot.interact(() -> robot.lookup("#archiveSearch").queryAs(TextInputControl.class).clear());
        robot.clickOn("#archiveSearch").write(fragment);
    }

    @SuppressWarnings("unchecked")
    private static List<SearchHit> hits(FxRobot robot) {
        return List.copyOf(robot.lookup("#archiveResults").queryAs(TableView.class).getItems());
    }

    private static List<String> hitPlates(FxRobot robot) {
        return hits(robot).stream().map(h -> h.plate() == null ? "" : h.plate()).toList();
    }

    private static void logInAndWait(FxRobot robot, String username) {
        // the advisor's and the manager's first tab is Appointments
        ui.logIn(robot, username, "#tab-CUSTOMERS");
        robot.clickOn("#tab-CUSTOMERS");
        waitUntil(() -> robot.lookup("#archiveSearch").tryQuery().isPresent());
    }
}
