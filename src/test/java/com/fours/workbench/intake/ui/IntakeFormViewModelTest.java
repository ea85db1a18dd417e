package com.fours.workbench.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.IntakeSheet;
import com.fours.workbench.intake.KeysAndDocumentsInput;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.testing.ViewModelDriver;

/**
 * The intake sheet's view model on a real store (an H2 file), driven as the advisor lina fills it at
 * the car: what is typed is refused under its field and nothing is saved, a mileage below the last
 * reading waits for a manager, a saved sheet opens its repair order, and the form knows when it
 * holds typing not yet saved (what the close guard asks about).
 */
class IntakeFormViewModelTest {

    @TempDir
    Path folder;
    private AppServices services;
    private ViewModelDriver fx;
    private Vehicle camry;
    private IntakeFormViewModel model;

    @BeforeEach
    void openANewSheetForAWalkIn() {
        services = TestWorkbench.setUp(folder, MutableClock.shanghai("2026-11-27T02:00:00Z"));
        TestWorkbench.addUser(services, "lina", "Start2026", Role.SERVICE_ADVISOR);
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
        services.authentication().login("lina", "Start2026".toCharArray());
        Customer zhang = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张伟", "138 1234 5678", "",
                "广州市天河区体育西路 1 号", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        camry = services.vehicles().create(zhang.id(), new VehicleInput(vin(), "粤A12345", null, "广汽丰田", "凯美瑞",
                "2022", "A25A1234567", "珍珠白", "2022-03-15", "31000", "2027-03-14", "2027-01-10", "40000"), false);
        fx = new ViewModelDriver(services);
        ReceptionContext context = new ReceptionContext(services.intakes(), services.intakeSheets(), services.reports(),
                null, services.session(), services.clock(), fx.messages(), fx.background(), fx.errors(), null,
                services.repairOrderService(), null);
        model = fx.read(() -> new IntakeFormViewModel(context, services.intakes().draftForVehicle(camry.id())));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aSheetMissingItsMileageIsRefusedUnderTheFieldAndNothingIsSaved() {
        assertThat(fx.read(() -> model.titleProperty().get())).isEqualTo("粤A·12345 · 广汽丰田 凯美瑞");
        assertThat(fx.read(() -> model.statusProperty().get())).isEqualTo("New intake sheet, not saved yet.");
        assertThat(fx.read(() -> model.dirtyProperty().get())).as("a new sheet holds no typing yet").isFalse();

        fx.act(() -> {
            model.complaintProperty().set("刹车异响");
            model.keyTagProperty().set("K-17");
        });
        assertThat(fx.read(() -> model.dirtyProperty().get())).as("typing makes the sheet unsaved").isTrue();

        fx.act(() -> model.save(() -> { }));

        assertThat(fx.read(() -> model.fieldErrors().of(IntakeInput.MILEAGE).get())).isNotBlank();
        assertThat(fx.read(() -> model.fieldErrors().of(KeysAndDocumentsInput.KEYS).get()))
                .isEqualTo("A key tag was given: say how many keys were taken");
        assertThat(fx.read(() -> model.formErrorProperty().get()))
                .isEqualTo("Some fields need attention; see the messages under them.");
        assertThat(fx.read(() -> model.savedProperty().get())).isNull();
        assertThat(fx.read(() -> model.dirtyProperty().get())).as("what was typed is kept").isTrue();
        assertThat(fx.read(() -> model.complaintProperty().get())).isEqualTo("刹车异响");
        assertThat(intakeRows()).isZero();
    }

    @Test
    void aFilledSheetSavesItsRepairOrderAndAnEditIsSavedOverIt() {
        fx.act(() -> {
            model.mileageProperty().set("32,500");
            model.fuelLevelProperty().set(FuelLevel.HALF);
            model.complaintProperty().set("刹车异响");
            model.itemsProperty().set("常规保养\n\n  检查刹车  ");
            model.keyTagProperty().set("K-17");
            model.keysProperty().set("2");
            model.vehicleLicenceProperty().set(true);
        });
        fx.act(() -> model.save(() -> { }));

        IntakeSheet sheet = fx.read(() -> model.savedProperty().get());
        assertThat(sheet).isNotNull();
        assertThat(sheet.intake().mileage()).isEqualTo(32_500);
        assertThat(sheet.intake().requestedItems()).containsExactly("常规保养", "检查刹车");
        assertThat(sheet.intake().keyTag()).isEqualTo("K-17");
        assertThat(fx.read(() -> model.statusProperty().get()))
                .isEqualTo("Repair order " + sheet.repairOrder().number() + " · Received");
        assertThat(fx.read(() -> model.dirtyProperty().get())).isFalse();
        assertThat(fx.read(() -> model.formErrorProperty().get())).isEmpty();

        fx.act(() -> model.complaintProperty().set("刹车异响，左前"));
        assertThat(fx.read(() -> model.dirtyProperty().get())).isTrue();
        fx.act(() -> model.save(() -> { }));

        IntakeSheet edited = fx.read(() -> model.savedProperty().get());
        assertThat(edited.intake().id()).as("the same sheet, not a second one").isEqualTo(sheet.intake().id());
        assertThat(edited.intake().complaint()).isEqualTo("刹车异响，左前");
        assertThat(edited.repairOrder().number()).isEqualTo(sheet.repairOrder().number());
        assertThat(intakeRows()).isEqualTo(1);
    }

    @Test
    void aMileageBelowTheLastReadingWaitsForAManagerAndIsSavedWithTheManagersConfirmation() {
        fx.act(() -> {
            model.mileageProperty().set("30000");
            model.fuelLevelProperty().set(FuelLevel.QUARTER);
            model.complaintProperty().set("仪表里程显示异常");
        });
        fx.act(() -> model.save(() -> { }));

        assertThat(fx.read(() -> model.approvalNeededProperty().get())).isTrue();
        assertThat(fx.read(() -> model.fieldErrors().of(IntakeInput.MILEAGE).get()))
                .isEqualTo("The mileage cannot be lower than the last recorded 31,000 km unless a manager confirms it.");
        assertThat(intakeRows()).isZero();

        AuthenticatedUser manager = services.authentication().approve("zhoujie", "Start2026".toCharArray(),
                Permission.CORRECT_MILEAGE);
        fx.act(() -> model.saveApproved(manager, () -> { }));
        assertThat(fx.read(() -> model.formErrorProperty().get())).isEmpty();
        assertThat(fx.read(() -> model.fieldErrors().of(IntakeInput.MILEAGE).get())).isEmpty();

        assertThat(fx.read(() -> model.savedProperty().get()).intake().mileage()).isEqualTo(30_000);
        assertThat(fx.read(() -> model.approvalNeededProperty().get())).isFalse();
        assertThat(intakeRows()).isEqualTo(1);

        fx.act(() -> model.mileageProperty().set("29000"));
        assertThat(fx.read(() -> model.approvalNeededProperty().get()))
                .as("a new reading is a new question: the confirmation was for 30,000 km").isFalse();
    }

    private int intakeRows() {
        return services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM intake")
                .mapTo(Integer.class).one());
    }

    private static String vin() {
        String first8 = "LVGBE40K";
        String last8 = "NG012345";
        return first8 + Vin.computeCheckDigit(first8 + "0" + last8) + last8;
    }
}
