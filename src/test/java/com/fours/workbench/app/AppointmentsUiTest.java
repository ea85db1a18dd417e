package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.AppointmentStatus;
import com.fours.workbench.appointments.BookableJob;
import com.fours.workbench.appointments.GroupDay;
import com.fours.workbench.appointments.SlotLoad;
import com.fours.workbench.appointments.WorkGroup;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;

/**
 * The Appointments tab on the demo database (a few weeks of bookings around Friday 27 November
 * 2026, 10:00), driven headless as the advisor on the phone: book a car and see the group's free
 * hours drop, get the overbooking warning and have the manager confirm it at the desk, then mark
 * the car arrived and land in its reception, the intake sheet filled from the booking.
 */
class AppointmentsUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo()
            .in("zh".equals(System.getProperty("screenshots.lang")) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);

    private static final String PLATE = "粤C7M3Q5";
    private static final String SECOND_PLATE = "粤C7M3Q6";

    private static AppServices services;
    private static MutableClock clock;

    @BeforeAll
    static void openDemoDatabase() {
        clock = ui.clock();
        services = ui.services();
        services.authentication().login("advisor", SecurityDemoData.PASSWORD.toCharArray());
        try {
            Customer owner = services.customers().create(new CustomerInput(CustomerKind.PERSON, "欧阳晨曦", "19955517731",
                    "", "广州市越秀区中山五路 3 号", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
            services.vehicles().create(owner.id(), car("RM555201", PLATE), false);
            services.vehicles().create(owner.id(), car("RM555202", SECOND_PLATE), false);
        } finally {
            services.authentication().logout();
        }
    }

    private static VehicleInput car(String last8, String plate) {
        String draft = "LFMAP22C0" + last8;
        String vin = draft.substring(0, 8) + Vin.computeCheckDigit(draft) + draft.substring(9);
        return new VehicleInput(vin, plate, null, "一汽丰田", "卡罗拉", "2021", "M20C7654321", "铂金银", "2021-06-18", "50000",
                "2027-06-17", "2027-01-20", "60000");
    }

    @Test
    void aCarDuePastItsDayIsListedAsOverdueNotAsDueInTheNextWeeks(FxRobot robot) {
        ui.logIn(robot, "advisor", "#moduleTabs");
        selectModule(robot, "tab-APPOINTMENTS");
        waitUntil(() -> robot.lookup("#appointmentTabs").tryQuery().isPresent());
        robot.clickOn("#dueTab");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<com.fours.workbench.appointments.DueVehicle> table =
                robot.lookup("#dueVehicles").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        LocalDate today = LocalDate.now(clock);
        var past = table.getItems().stream().filter(d -> d.dueOn().isBefore(today)).findFirst().orElseThrow();
        var coming = table.getItems().stream().filter(d -> !d.dueOn().isBefore(today)).findFirst().orElseThrow();
        var dueColumn = table.getColumns().get(0);
        assertThat(String.valueOf(dueColumn.getCellData(past)))
                .endsWith("overdue " + java.time.temporal.ChronoUnit.DAYS.between(past.dueOn(), today) + " d");
        assertThat(String.valueOf(dueColumn.getCellData(coming))).doesNotContain("overdue");
    }

    @Test
    void theAdvisorBooksSeesTheHoursDropIsWarnedOfOverbookingAndHandsTheArrivedCarToReception(FxRobot robot) {
        // the advisor lands on Reception and the team lead on Repair orders (decision 0059)
        ui.logIn(robot, "advisor");
        selectModule(robot, "tab-APPOINTMENTS");
        waitUntil(() -> robot.lookup("#appointmentTabs").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#groupCards .group-card").tryQuery().isPresent());
        LocalDate today = LocalDate.now(clock);
        // the group with the most hours left today, whatever the demo booked
        GroupDay before = services.appointments().day(today).groups().stream()
                .max((a, b) -> a.free().compareTo(b.free())).orElseThrow();
        assertThat(before.free()).isGreaterThanOrEqualTo(new BigDecimal("3"));
        WorkGroup mechanics = services.appointments().groups().stream().filter(g -> g.id() == before.groupId())
                .findFirst().orElseThrow();
        assertThat(text(robot, "#free-" + mechanics.id())).isEqualTo(freeText(before.free(), before.bookings()));
        shot(robot, "appointments-day.png");

        // book 3 hours in that group today
        clickWhenShown(robot, "#newBooking");
        waitUntil(() -> robot.lookup("#bookingDialog").tryQuery().isPresent());
        chooseCar(robot, PLATE);
        chooseGroup(robot, mechanics);
        waitUntil(() -> !robot.lookup("#bookingSlot").queryAs(ComboBox.class).getItems().isEmpty()
                && text(robot, "#bookingCapacity").startsWith(mechanics.name()));
        assertThat(text(robot, "#bookingCapacity")).isEqualTo(mechanics.name() + ": " + hours(before.booked()) + " of "
                + hours(before.available()) + " h booked, " + hours(before.free()) + " h free");
        chooseFreeSlot(robot);
        robot.clickOn("#bookingHours").write("1");
        robot.clickOn("#bookingItems").write("检查底盘异响");
        // the rest from the labour catalog: its name joins what was asked, its hours the estimate
        BookableJob[] chosen = new BookableJob[1];
        waitUntil(() -> !robot.lookup("#bookingJob").queryAs(ComboBox.class).getItems().isEmpty());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<BookableJob> job = robot.lookup("#bookingJob").queryAs(ComboBox.class);
            chosen[0] = job.getItems().stream().filter(j -> j.hours().compareTo(new BigDecimal("2")) <= 0).findFirst()
                    .orElseThrow();
            job.setValue(chosen[0]);
        });
        robot.clickOn("#bookingAddJob");
        BigDecimal total = BigDecimal.ONE.add(chosen[0].hours());
        assertThat(robot.lookup("#bookingItems").queryAs(TextArea.class).getText()).isEqualTo("检查底盘异响\n" + chosen[0].name());
        assertThat(robot.lookup("#bookingHours").queryAs(TextField.class).getText()).isEqualTo(hours(total));
        shot(robot, "appointments-booking.png", robot.lookup("#bookingDialog").query());
        clickWhenShown(robot, "#saveBooking");
        waitUntil(() -> robot.lookup("#bookingDialog").tryQuery().isEmpty());

        BigDecimal freeAfter = before.free().subtract(total);
        waitForText(robot, "#free-" + mechanics.id(), freeText(freeAfter, before.bookings() + 1));
        Appointment booked = services.appointments().bookings(today).stream()
                .filter(a -> PLATE.equals(a.plate())).findFirst().orElseThrow();
        assertThat(booked.estimatedHours()).isEqualByComparingTo(total);
        assertThat(booked.requestedItems()).isEqualTo("检查底盘异响\n" + chosen[0].name());
        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);

        // more hours than are left: warned with the figures, confirmed by the manager with a reason
        clickWhenShown(robot, "#newBooking");
        waitUntil(() -> robot.lookup("#bookingDialog").tryQuery().isPresent());
        chooseCar(robot, SECOND_PLATE);
        chooseGroup(robot, mechanics);
        waitUntil(() -> !robot.lookup("#bookingSlot").queryAs(ComboBox.class).getItems().isEmpty());
        chooseFreeSlot(robot);
        String tooMany = hours(freeAfter.add(new BigDecimal("4")));
        robot.clickOn("#bookingHours").write(tooMany);
        clickWhenShown(robot, "#saveBooking");
        waitUntil(() -> !text(robot, "#overbookWarning").isEmpty());
        assertThat(text(robot, "#overbookWarning")).isEqualTo(mechanics.name() + " has only " + hours(freeAfter)
                + " h left on this day; this booking needs " + tooMany + " h. Give a reason to book anyway.");
        assertThat(robot.lookup("#saveBooking").queryButton().getText()).isEqualTo("Book anyway");
        assertThat(robot.lookup("#overbookApproval").tryQuery().map(Node::isVisible).orElse(false))
                .as("the advisor may not confirm it alone").isTrue();
        shot(robot, "appointments-overbooking.png", robot.lookup("#bookingDialog").query());
        robot.clickOn("#overbookReason").write("客户明天出差，只能今天");
        robot.clickOn("#overbookApprover").write("manager");
        robot.clickOn("#overbookPassword").write(SecurityDemoData.PASSWORD);
        clickWhenShown(robot, "#saveBooking");
        waitUntil(() -> robot.lookup("#bookingDialog").tryQuery().isEmpty());
        waitForText(robot, "#free-" + mechanics.id(), "4 h over");
        Appointment overbooked = services.appointments().bookings(today).stream()
                .filter(a -> SECOND_PLATE.equals(a.plate())).findFirst().orElseThrow();
        assertThat(overbooked.overbookedBy()).isEqualTo("manager");
        assertThat(overbooked.overbookReason()).isEqualTo("客户明天出差，只能今天");

        // the car arrives: marked arrived and handed to reception
        robot.clickOn("#arrivalsTab");
        waitUntil(() -> robot.lookup("#arrivals").queryTableView().getItems().stream()
                .anyMatch(a -> ((Appointment) a).id() == booked.id()));
        TableView<Appointment> arrivals = robot.lookup("#arrivals").queryTableView();
        robot.interact(() -> {
            arrivals.getSelectionModel().select(arrivals.getItems().stream().filter(a -> a.id() == booked.id())
                    .findFirst().orElseThrow());
            arrivals.scrollTo(arrivals.getSelectionModel().getSelectedIndex());
        });
        shot(robot, "appointments-arrivals.png");
        clickWhenShown(robot, "#markArrived");
        // the advisor may receive cars: the reception tab comes to the front with the intake sheet filled in
        waitUntil(() -> robot.lookup("#intakeTitle").tryQuery().isPresent()
                && text(robot, "#intakeTitle").startsWith("粤C·7M3Q5"));
        assertThat(robot.lookup("#moduleTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId()).isEqualTo("tab-RECEPTION");
        // issue 15, problem 4: the booking is named by the car, not by its id
        assertThat(text(robot, "#intakeStatus")).isEqualTo("New intake sheet from the booking of 粤C·7M3Q5, not saved yet.");
        assertThat(robot.lookup("#intakeItems").queryTextInputControl().getText()).contains("检查底盘异响", chosen[0].name());
        // issue 15, problem 3: not "arrived" until the sheet is saved; closing the unsaved sheet asks first
        assertThat(services.appointments().find(booked.id()).status()).isEqualTo(booked.status());
        robot.clickOn("#intakeComplaint").write("底盘异响");
        robot.clickOn("#closeIntake");
        waitUntil(() -> robot.lookup("#discardIntakeDialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#discardIntakeDialog .button").match(
                (javafx.scene.control.Button b) -> b.isCancelButton() || "No".equals(b.getText())).queryButton());
        assertThat(robot.lookup("#intakeComplaint").queryTextInputControl().getText()).as("kept").isEqualTo("底盘异响");
        robot.clickOn("#closeIntake");
        waitUntil(() -> robot.lookup("#discardIntakeDialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#discardIntakeDialog .button").match(
                (javafx.scene.control.Button b) -> "Yes".equals(b.getText())).queryButton());
        waitUntil(() -> robot.lookup("#intakeTitle").tryQuery().isEmpty());
        assertThat(services.appointments().find(booked.id()).status()).as("the booking is as it was")
                .isEqualTo(booked.status());

        robot.clickOn("#tab-APPOINTMENTS");
        waitUntil(() -> arrivals.getItems().stream().anyMatch(a -> a.id() == booked.id()
                && a.status() == booked.status()));
        robot.clickOn("#planTab");
        clickWhenShown(robot, "#weekMode");
        waitUntil(() -> robot.lookup("#weekGrid .week-cell").tryQuery().isPresent());
        shot(robot, "appointments-week.png");
        services.authentication().logout();
        services.authentication().login("manager", SecurityDemoData.PASSWORD.toCharArray());
        assertThat(services.auditLog().find(today, today, "APPOINTMENT_ARRIVED")).extracting(AuditEntry::subjectId)
                .doesNotContain(String.valueOf(booked.id()));
    }

    @Test
    void theTeamLeadEntersAnAbsenceAndTheGroupHasFewerHoursThatDay(FxRobot robot) {
        // the advisor lands on Reception and the team lead on Repair orders (decision 0059)
        ui.logIn(robot, "lead");
        selectModule(robot, "tab-APPOINTMENTS");
        waitUntil(() -> robot.lookup("#appointmentTabs").tryQuery().isPresent());
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        var painters = services.workshop().groupSetups().stream().filter(g -> g.group().name().equals("喷漆组"))
                .findFirst().orElseThrow();
        GroupDay before = services.appointments().day(tomorrow).groups().stream()
                .filter(g -> g.groupId() == painters.group().id()).findFirst().orElseThrow();
        assertThat(before.available()).as("three painters, 8 h on a Saturday").isEqualByComparingTo("24");
        long painter = painters.members().iterator().next();

        robot.clickOn("#workshopTab");
        waitUntil(() -> !robot.lookup("#absenceTechnician").queryComboBox().getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<com.fours.workbench.appointments.Technician> who = robot.lookup("#absenceTechnician").queryAs(ComboBox.class);
        robot.interact(() -> {
            who.setValue(who.getItems().stream().filter(t -> t.userId() == painter).findFirst().orElseThrow());
            robot.lookup("#absenceFrom").queryAs(javafx.scene.control.DatePicker.class).setValue(tomorrow);
            robot.lookup("#absenceTo").queryAs(javafx.scene.control.DatePicker.class).setValue(tomorrow);
        });
        robot.clickOn("#absenceReason").write("病假");
        clickWhenShown(robot, "#addAbsence");
        waitUntil(() -> robot.lookup("#workshopAbsences").queryTableView().getItems().stream()
                .anyMatch(a -> "病假".equals(((com.fours.workbench.appointments.Absence) a).reason())));

        robot.clickOn("#planTab");
        clickWhenShown(robot, "#planNext");
        BigDecimal free = new BigDecimal("16").subtract(before.booked());
        waitForText(robot, "#free-" + painters.group().id(), freeText(free, before.bookings()));
        services.authentication().logout();
    }

    private static String freeText(BigDecimal free, int bookings) {
        return hours(free) + " h free · " + bookings + " bookings";
    }

    private static String hours(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static void chooseCar(FxRobot robot, String plate) {
        robot.clickOn("#bookingSearch").write(plate.substring(1));
        waitUntil(() -> !robot.lookup("#bookingCars").queryListView().getItems().isEmpty());
        robot.clickOn("#bookingSearch").type(KeyCode.DOWN);
        waitUntil(() -> text(robot, "#bookingVehicle").startsWith(plate));
    }

    @SuppressWarnings("unchecked")
    private static void chooseGroup(FxRobot robot, WorkGroup group) {
        ComboBox<WorkGroup> groups = robot.lookup("#bookingGroup").queryAs(ComboBox.class);
        waitUntil(() -> !groups.getItems().isEmpty());
        robot.interact(() -> groups.setValue(groups.getItems().stream().filter(g -> g.id() == group.id()).findFirst()
                .orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static void chooseFreeSlot(FxRobot robot) {
        ComboBox<SlotLoad> slots = robot.lookup("#bookingSlot").queryAs(ComboBox.class);
        robot.interact(() -> slots.setValue(slots.getItems().stream().filter(s -> !s.full()).findFirst().orElseThrow()));
    }

    private static void clickWhenShown(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        robot.clickOn(query);
    }

    /** With -Dscreenshots=DIR, saves what the screen shows now, to look at. */
    private void shot(FxRobot robot, String name) {
        shot(robot, name, ui.stage().getScene().getRoot());
    }

    private void shot(FxRobot robot, String name, Node node) {
        String folder = System.getProperty("screenshots");
        if (folder == null) {
            return;
        }
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        Node target = node.getScene().getRoot();
        javafx.scene.image.WritableImage[] taken = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> taken[0] = target.snapshot(null, null));
        try {
            Files.createDirectories(Path.of(folder));
            ImageIO.write(SwingFXUtils.fromFXImage(taken[0], null), "png", Path.of(folder).resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitForText(FxRobot robot, String query, String expected) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, query).equals(expected));
        } catch (TimeoutException e) {
            assertThat(text(robot, query)).as(query).isEqualTo(expected);
        }
    }
}
