package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.clickWhenShown;
import static com.fours.workbench.app.WorkbenchRobot.input;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.appointments.Arrival;
import com.fours.workbench.appointments.ServiceType;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.intake.CarView;
import com.fours.workbench.intake.DamageType;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeSheet;
import com.fours.workbench.intake.IntakeSummary;
import com.fours.workbench.demo.SecurityDemoData;

/**
 * The Reception tab on the demo database, driven headless as the advisor at the counter: a booked
 * car handed over by appointments, a walk-in, and a car received from its card.
 */
class ReceptionUiTest {

    /** The module of the current start, to hand it a car as another module would. */
    private static ReceptionModule reception;

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().modules(() -> {
        reception = new ReceptionModule();
        return List.of(new CustomersModule(), reception, new AdministrationModule());
    });

    private static final String FIXTURE_PLATE = "粤C7R4K2";
    private static final String FIXTURE_VIN = vin("LFMAP22C", "RM771042");

    private static AppServices services;
    private static Customer owner;
    private static Vehicle car;
    private static Vehicle secondCar;

    @BeforeAll
    static void openDemoDatabase() {
        services = ui.services();
        services.authentication().login("advisor", SecurityDemoData.PASSWORD.toCharArray());
        try {
            owner = services.customers().create(new CustomerInput(CustomerKind.PERSON, "司徒嘉怡", "19955520377", "",
                    "广州市越秀区中山五路 5 号", "", PreferredContact.SMS, true, MemberLevel.SILVER, ""), false);
            car = services.vehicles().create(owner.id(), new VehicleInput(FIXTURE_VIN, FIXTURE_PLATE, null, "一汽丰田",
                    "卡罗拉", "2021", "M20C7654321", "铂金银", "2021-06-18", "50000", "2027-06-17", "2027-01-20",
                    "60000"), false);
            secondCar = services.vehicles().create(owner.id(), new VehicleInput(vin("LVGBE40K", "RG3H6J90"), "粤C3H6J9",
                    null, "广汽丰田", "雷凌", "2023", "", "", "", "20000", "", "", ""), false);
        } finally {
            services.authentication().logout();
        }
    }

    static String vin(String first8, String last8) {
        String draft = first8 + "0" + last8;
        return first8 + Vin.computeCheckDigit(draft) + last8;
    }

    @Test
    void aBookedCarIsReceivedFromItsArrivalMarkedPhotographedSavedAndPrinted(FxRobot robot) throws Exception {
        ui.logIn(robot, "advisor", "#receptionView");
        // a real booking: since issue 15 it becomes arrived in the transaction that saves the sheet
        long booked = services.appointments().book(new com.fours.workbench.appointments.AppointmentInput(car.id(),
                ServiceType.MAINTENANCE, services.appointments().groups().get(0).id(), java.time.LocalDate.of(2026, 11, 27),
                java.time.LocalTime.of(16, 30), "2", "680.00", null, com.fours.workbench.appointments.Channel.PHONE, true,
                "常规保养（机油、机滤）\n检查前刹车片", "客户要求洗车"), "测试", services.session().requireUser()).id();
        Arrival arrival = services.appointments().arrival(booked);
        // what the appointments tab does when a booking is marked arrived
        selectModule(robot, "tab-RECEPTION");
        robot.interact(() -> reception.receive(arrival));

        waitUntil(() -> text(robot, "#intakeTitle").startsWith("粤C·7R4K2"));
        assertThat(text(robot, "#intakeStatus")).as("the booking named by its car, not its id")
                .contains("booking of 粤C·7R4K2").doesNotContain("appointment " + booked);
        assertThat(input(robot, "#intakeItems")).isEqualTo("常规保养（机油、机滤）\n检查前刹车片");
        assertThat(input(robot, "#intakeEstimate")).isEqualTo("680.00");
        assertThat(input(robot, "#intakePromisedAt")).as("10:00 plus two hours").isEqualTo("2026-11-27 12:00");
        assertThat(input(robot, "#intakeApprovalContact")).isEqualTo("司徒嘉怡 199 5552 0377");

        clickInForm(robot, "#intakeMileage").write("51200");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#intakeFuel").query().isFocused());
        // the fuel level from the keyboard: open the list, move down, take it
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#intakeFuel").queryAs(ComboBox.class).getValue() != null);
        clickInForm(robot, "#intakeComplaint").write("刹车时前轮有异响");

        clickOnDiagram(robot, CarView.LEFT, 0.25, 0.55);
        clickInForm(robot, "#markerType-DENT");
        clickOnDiagram(robot, CarView.TOP, 0.15, 0.5);
        waitUntil(() -> robot.lookup("#markerNoteOf2").tryQuery().isPresent());
        clickInForm(robot, "#markerNoteOf1").write("前门下沿");
        assertThat(input(robot, "#markerNoteOf1")).as("the note of marker 1").isEqualTo("前门下沿");

        Path photo = Path.of(ReceptionUiTest.class.getResource("/intake/scratch.png").toURI());
        Path notAPhoto = Path.of(ReceptionUiTest.class.getResource("/intake/notes.txt").toURI());
        robot.interact(() -> formModel(robot).attachPhotos(List.of(photo, notAPhoto)));
        waitUntil(() -> text(robot, "#photoMessage").contains("notes.txt is not an image"));
        assertThat(formModel(robot).photos()).extracting(p -> p.fileName()).containsExactly("scratch.png");

        robot.clickOn("#saveIntake");
        waitUntil(() -> text(robot, "#intakeStatus").startsWith("Repair order RO20261127-"));
        assertThat(text(robot, "#intakeStatus")).endsWith("· Received");
        saveSnapshot(robot, "#intakeForm", "reception-form.png");

        IntakeSheet sheet = formModel(robot).savedProperty().get();
        assertThat(sheet.intake().appointmentId()).isEqualTo(booked);
        assertThat(services.appointments().find(booked).status())
                .isEqualTo(com.fours.workbench.appointments.AppointmentStatus.ARRIVED);
        assertThat(sheet.intake().mileage()).isEqualTo(51_200);
        assertThat(sheet.intake().fuelLevel()).isNotNull();
        assertThat(sheet.intake().estimatedCost()).isEqualTo(Money.of("680.00"));
        assertThat(sheet.intake().markers()).extracting(m -> m.number() + " " + m.type() + " " + m.view() + " " + m.note())
                .containsExactly("1 SCRATCH LEFT 前门下沿", "2 DENT TOP ");
        assertThat(sheet.intake().markers().get(0).x()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.01));
        assertThat(sheet.photos()).extracting(p -> p.fileName()).containsExactly("scratch.png");
        assertThat(services.vehicles().card(car.id()).vehicle().mileage()).isEqualTo(51_200);

        // the kept photo opens full size from its thumbnail, read back from the database; Escape closes it
        robot.interact(() -> robot.lookup("#photo-0").queryButton().fire());
        waitUntil(() -> robot.lookup("#photoViewerImage").tryQuery().isPresent());
        javafx.scene.image.Image shown = robot.lookup("#photoViewerImage").queryAs(javafx.scene.image.ImageView.class).getImage();
        assertThat((int) shown.getWidth()).isEqualTo(sheet.photos().get(0).width());
        assertThat((int) shown.getHeight()).isEqualTo(sheet.photos().get(0).height());
        assertThat(text(robot, "#photoViewerCaption")).startsWith("scratch.png · ");
        saveSnapshot(robot, "#photoViewer", "reception-photo.png");
        robot.clickOn("#photoViewerImage").press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#photoViewerImage").tryQuery().isEmpty());

        robot.clickOn("#printIntake");
        String number = sheet.repairOrder().number();
        waitUntil(() -> preview(robot, number) != null);
        robot.interact(() -> preview(robot, number).close());

        robot.clickOn("#signIntake");
        waitUntil(() -> text(robot, "#intakeStatus").contains("signed by the customer"));
        @SuppressWarnings("unchecked")
        ListView<IntakeSummary> recent = robot.lookup("#recentIntakes").queryAs(ListView.class);
        waitUntil(() -> recent.getItems().stream().anyMatch(i -> i.repairOrderNumber().equals(number) && i.signed()));

        // a change after signing keeps the signed version and says what changed
        robot.interact(() -> robot.lookup("#intakeComplaint").queryAs(TextInputControl.class).clear());
        clickInForm(robot, "#intakeComplaint").write("刹车时前轮有异响，方向盘抖动");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#intakeStatus").contains("changed since the customer signed"));
        @SuppressWarnings("unchecked")
        ListView<String> changes = robot.lookup("#intakeChanges").queryAs(ListView.class);
        assertThat(changes.getItems()).containsExactly("Complaint: 刹车时前轮有异响 → 刹车时前轮有异响，方向盘抖动");
    }

    @Test
    void aWalkInIsRegisteredWithTheArchiveFormsAndReceived(FxRobot robot) {
        String vin = vin("LVGBE40K", "RG5S8D21");
        ui.logIn(robot, "advisor", "#receptionView");
        selectModule(robot, "tab-RECEPTION");
        clickWhenShown(robot, "#walkIn");

        waitUntil(() -> robot.lookup("#customerFormDialog").tryQuery().isPresent());
        robot.clickOn("#customerName").write("欧阳思远");
        robot.clickOn("#customerMobile").write("199 3456 0817");
        clickWhenShown(robot, "#saveCustomer");
        waitUntil(() -> robot.lookup("#vehicleFormDialog").tryQuery().isPresent());
        robot.clickOn("#vehicleVin").write(vin);
        robot.clickOn("#vehiclePlate").write("粤C5S8D2");
        robot.clickOn("#vehicleBrand").write("广汽丰田");
        robot.clickOn("#vehicleModel").write("凯美瑞");
        robot.clickOn("#vehicleMileage").write("8000");
        clickWhenShown(robot, "#saveVehicle");

        waitUntil(() -> text(robot, "#intakeTitle").startsWith("粤C·5S8D2"));
        assertThat(text(robot, "#intakeStatus")).isEqualTo("New intake sheet, not saved yet.");
        assertThat(input(robot, "#intakeApprovalContact")).isEqualTo("欧阳思远 199 3456 0817");

        // nothing typed: refused under the fields, nothing saved
        robot.clickOn("#saveIntake");
        waitUntil(() -> !text(robot, "#intakeComplaintError").isEmpty());
        assertThat(text(robot, "#intakeComplaintError"))
                .isEqualTo("Write down the customer's complaint or at least one requested item.");
        assertThat(text(robot, "#intakeMileageError")).isEqualTo("Read the odometer and enter the mileage.");
        assertThat(text(robot, "#intakeFuelError")).isEqualTo("Choose the fuel level shown on the gauge.");

        clickInForm(robot, "#intakeMileage").write("7900");
        robot.interact(() -> robot.lookup("#intakeFuel").queryAs(ComboBox.class).setValue(FuelLevel.QUARTER));
        clickInForm(robot, "#intakeComplaint").write("右后轮胎压报警");
        clickInForm(robot, "#intakeEstimate").write("120.555");
        clickOnDiagram(robot, CarView.RIGHT, 0.8, 0.75);
        robot.clickOn("#saveIntake");
        waitUntil(() -> !text(robot, "#intakeEstimateError").isEmpty());
        assertThat(text(robot, "#intakeEstimateError")).contains("two digits after the decimal point");
        assertThat(text(robot, "#intakeMileageError")).isEqualTo(
                "The mileage cannot be lower than the last recorded 8,000 km unless a manager confirms it.");
        assertThat(robot.lookup("#confirmIntakeMileage").match(NodeQueryUtils.isVisible()).tryQuery()).isPresent();
        assertThat(services.intakes().recent(100)).noneMatch(i -> "粤C5S8D2".equals(i.plate()));

        // the odometer was read right: the manager confirms the lower mileage at the counter
        robot.interact(() -> robot.lookup("#intakeEstimate").queryAs(TextInputControl.class).setText("120.50"));
        clickInForm(robot, "#confirmIntakeMileage");
        waitUntil(() -> robot.lookup("#approvalDialog").tryQuery().isPresent());
        robot.clickOn("#approverUsername").write("manager");
        robot.clickOn("#approverPassword").write(SecurityDemoData.PASSWORD);
        robot.clickOn("#approveButton");
        waitUntil(() -> text(robot, "#intakeStatus").startsWith("Repair order RO20261127-"));
        IntakeSheet sheet = formModel(robot).savedProperty().get();
        assertThat(sheet.intake().mileage()).isEqualTo(7_900);
        assertThat(services.vehicles().card(sheet.vehicle().id()).readings().get(0).correctionApprovedBy())
                .isEqualTo("manager");
        assertThat(sheet.customer().name()).isEqualTo("欧阳思远");
        assertThat(sheet.intake().markers()).extracting(m -> m.type()).containsExactly(DamageType.SCRATCH);
        assertThat(sheet.intake().estimatedCost()).isEqualTo(Money.of("120.50"));

        robot.clickOn("#closeIntake");
        waitUntil(() -> robot.lookup("#receptionEmpty").tryQuery().isPresent());
    }

    @Test
    void aCarBackInsideTheGuaranteeOfAnEarlierOrderIsFlaggedWhileItsMileageIsInside(FxRobot robot) {
        // the demo's comeback: a car whose alignment passed the final check six days ago is back today
        java.util.Map<String, Object> comeback = services.transactions().read(h -> h.createQuery("""
                SELECT o.vehicle_id, e.number, r.guarantee_until_km FROM qc_comeback c
                JOIN repair_order o ON o.id = c.repair_order_id JOIN repair_order e ON e.id = c.earlier_order_id
                JOIN qc_release r ON r.repair_order_id = c.earlier_order_id
                """).mapToMap().one());
        long car = ((Number) comeback.get("vehicle_id")).longValue();
        String earlier = (String) comeback.get("number");
        int untilKm = ((Number) comeback.get("guarantee_until_km")).intValue();

        ui.logIn(robot, "advisor", "#receptionView");
        robot.interact(() -> reception.receiveVehicle(car));
        waitUntil(() -> robot.lookup("#intakeMileage").tryQuery().isPresent());
        setMileage(robot, untilKm - 100);
        waitUntil(() -> robot.lookup("#intakeGuaranteeNotice").query().isVisible());
        assertThat(text(robot, "#intakeGuaranteeNotice")).startsWith("Guarantee comeback").contains(earlier)
                .contains(String.format(Locale.ROOT, "%,d", untilKm));

        // one km past the guarantee's mileage: no comeback, whatever the date
        setMileage(robot, untilKm + 1);
        waitUntil(() -> !robot.lookup("#intakeGuaranteeNotice").query().isVisible());
        setMileage(robot, untilKm);
        waitUntil(() -> robot.lookup("#intakeGuaranteeNotice").query().isVisible());
    }

    private static void setMileage(FxRobot robot, int km) {
        robot.interact(() -> robot.lookup("#intakeMileage").queryAs(TextInputControl.class).setText(String.valueOf(km)));
    }

    @Test
    void theWholeSheetIsFilledAndSavedFromTheKeyboard(FxRobot robot) {
        ui.logIn(robot, "advisor", "#receptionView");
        robot.interact(() -> reception.receiveVehicle(secondCar.id()));
        waitUntil(() -> text(robot, "#intakeTitle").startsWith("粤C·3H6J9"));
        waitUntil(() -> robot.lookup("#intakeMileage").query().isFocused());

        robot.write("20500").type(KeyCode.ENTER);                                 // mileage, Enter goes on
        robot.type(KeyCode.SPACE).type(KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.ENTER); // fuel from its list
        robot.type(KeyCode.TAB).write("雨刮器刮不干净");                            // complaint
        robot.type(KeyCode.TAB).write("更换雨刮片");                                // requested items
        robot.type(KeyCode.TAB).write("无");                                       // valuables
        robot.type(KeyCode.TAB).write("95.00");                                    // estimate
        robot.type(KeyCode.TAB).write("16:30");                                    // promised time
        robot.type(KeyCode.TAB).type(KeyCode.TAB);                                  // old parts (kept), contact (kept)
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);                               // the customer waits
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        waitUntil(() -> text(robot, "#intakeStatus").startsWith("Repair order RO20261127-"));
        IntakeSheet sheet = formModel(robot).savedProperty().get();
        assertThat(sheet.intake().mileage()).isEqualTo(20_500);
        assertThat(sheet.intake().fuelLevel()).isNotNull();
        assertThat(sheet.intake().complaint()).isEqualTo("雨刮器刮不干净");
        assertThat(sheet.intake().requestedItems()).containsExactly("更换雨刮片");
        assertThat(sheet.intake().valuables()).isEqualTo("无");
        assertThat(sheet.intake().estimatedCost()).isEqualTo(Money.of("95.00"));
        assertThat(sheet.intake().promisedAt()).isEqualTo(java.time.Instant.parse("2026-11-27T08:30:00Z"));
        assertThat(sheet.intake().customerWaits()).isTrue();

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#receptionEmpty").tryQuery().isPresent());
    }

    @Test
    void theVehicleCardReceivesItsCarInTheReceptionTab(FxRobot robot) {
        ui.logIn(robot, "advisor", "#receptionView");
        selectModule(robot, "tab-CUSTOMERS");
        waitUntil(() -> robot.lookup("#archiveSearch").tryQuery().isPresent());
        robot.clickOn("#archiveSearch").write("7R4K2");
        waitUntil(() -> !robot.lookup("#archiveResults").queryTableView().getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#cardPlate").equals("粤C·7R4K2"));
        clickWhenShown(robot, "#receiveVehicle");

        waitUntil(() -> text(robot, "#intakeTitle").startsWith("粤C·7R4K2"));
        TabPane tabs = robot.lookup("#moduleTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-RECEPTION");
        assertThat(text(robot, "#intakeSubtitle")).isEqualTo("司徒嘉怡 · " + FIXTURE_VIN);
    }

    private static Stage preview(FxRobot robot, String number) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                && s.getTitle().startsWith("Print preview") && s.getTitle().contains(number)).map(w -> (Stage) w)
                .findFirst().orElse(null);
    }

    private static com.fours.workbench.intake.ui.IntakeFormViewModel formModel(FxRobot robot) {
        Node form = robot.lookup("#intakeForm").query();
        return (com.fours.workbench.intake.ui.IntakeFormViewModel) form.getProperties()
                .get(com.fours.workbench.intake.ui.IntakeFormViewModel.class);
    }

    /** Clicks on the car outline at a place of one view (0..1 across and down its drawing). */
    private static void clickOnDiagram(FxRobot robot, CarView view, double x, double y) {
        Node canvas = robot.lookup("#damageCanvas").query();
        double width = canvas.getBoundsInLocal().getWidth();
        var layout = com.fours.workbench.intake.CarOutline.layout(width);
        var box = layout.box(view);
        ensureVisible(robot, canvas, box.toY(y));
        Point2D onScreen = canvas.localToScreen(box.toX(x), box.toY(y));
        robot.clickOn(onScreen);
    }

    /** Scrolls the form to the field first: a click beside the screen would land on something else. */
    private static org.testfx.api.FxRobotInterface clickInForm(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ensureVisible(robot, node, node.getBoundsInLocal().getHeight() / 2);
        return robot.clickOn(node);
    }

    /** Scrolls the form so the point at {@code localY} of the node is on the screen. */
    private static void ensureVisible(FxRobot robot, Node canvas, double localY) {
        javafx.scene.control.ScrollPane scroller = robot.lookup("#intakeScroller")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            double contentHeight = scroller.getContent().getBoundsInLocal().getHeight();
            double viewport = scroller.getViewportBounds().getHeight();
            double yInContent = scroller.getContent().sceneToLocal(canvas.localToScene(0, localY)).getY();
            double target = Math.max(0, Math.min(1, (yInContent - viewport / 2) / Math.max(1, contentHeight - viewport)));
            scroller.setVvalue(target);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void saveSnapshot(FxRobot robot, String query, String file) {
        Node node = robot.lookup(query).query();
        Path out = Path.of("target", "screenshots");
        robot.interact(() -> {
            try {
                Files.createDirectories(out);
                ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png",
                        out.resolve(file).toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
