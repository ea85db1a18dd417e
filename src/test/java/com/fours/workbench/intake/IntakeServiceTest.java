package com.fours.workbench.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.appointments.AppointmentStatus;
import com.fours.workbench.appointments.AppointmentInput;
import com.fours.workbench.appointments.Channel;
import com.fours.workbench.appointments.Arrival;
import com.fours.workbench.appointments.ServiceType;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.MileageReading;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

class IntakeServiceTest {

    /** 10:00 in Guangzhou. */
    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;
    private IntakeService intakes;
    private Customer zhang;
    private Vehicle camry;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "lina", "Start2026", Role.SERVICE_ADVISOR);
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "zhaolei", "Start2026", Role.WAREHOUSE_CLERK);
        services.authentication().login("lina", "Start2026".toCharArray());
        intakes = services.intakes();
        zhang = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张伟", "138 1234 5678", "",
                "广州市天河区体育西路 1 号", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        camry = services.vehicles().create(zhang.id(), car(vin("LVGBE40K", "NG012345"), "粤A12345", "31000"), false);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    static String vin(String first8, String last8) {
        String draft = first8 + "0" + last8;
        return first8 + Vin.computeCheckDigit(draft) + last8;
    }

    static VehicleInput car(String vin, String plate, String mileage) {
        return new VehicleInput(vin, plate, null, "广汽丰田", "凯美瑞", "2022", "A25A1234567", "珍珠白", "2022-03-15",
                mileage, "2027-03-14", "2027-01-10", "40000");
    }

    /** A filled sheet: the draft's values with what the advisor adds at the car. */
    static IntakeInput filled(IntakeInput draft, String mileage, String complaint, String estimate,
                              List<DamageMarker> markers) {
        return new IntakeInput(mileage, FuelLevel.HALF, "行车记录仪", complaint, draft.requestedItems(), estimate,
                draft.promisedAt(), draft.oldParts(), draft.approvalContact(), draft.customerWaits(), draft.notes(),
                markers);
    }

    static List<DamageMarker> twoMarkers() {
        return List.of(new DamageMarker(1, CarView.LEFT, 0.25, 0.55, DamageType.SCRATCH, "前门下沿"),
                new DamageMarker(2, CarView.TOP, 0.15, 0.5, DamageType.STONE_CHIP, ""));
    }

    /** A booking for the camry at 11:00 today (the manager overbooks an empty workshop). */
    private long bookedToday() {
        services.authentication().logout();
        long technician = TestWorkbench.addUser(services, "t1", "Start2026", Role.TECHNICIAN).id();
        services.authentication().login("zhoujie", "Start2026".toCharArray());
        long group = services.workshop().createGroup("机修组", 1).id();
        services.workshop().setMembers(group, java.util.Set.of(technician));
        services.workshop().setHours(group, java.util.Map.of(java.time.DayOfWeek.FRIDAY, new BigDecimal("8")));
        long id = services.appointments().book(new AppointmentInput(camry.id(), ServiceType.MAINTENANCE, group,
                java.time.LocalDate.of(2026, 11, 27), java.time.LocalTime.of(11, 0), "1.5", "680.00", null, Channel.PHONE,
                true, "常规保养\n检查刹车", "客户要求洗车"), "测试", services.session().requireUser()).id();
        services.authentication().logout();
        services.authentication().login("lina", "Start2026".toCharArray());
        return id;
    }

    @Test
    void aReceptionAbandonedOrRefusedLeavesTheBookingAsItWas() {
        long booked = bookedToday();
        IntakeDraft draft = intakes.draftFromArrival(services.appointments().arrival(booked));
        // the sheet is refused (no mileage): nothing is saved, the booking stays booked
        assertThat(catchThrowableOfType(() -> intakes.receive(draft, filled(draft.input(), "", "异响", "", List.of()),
                List.of(), Optional.empty()), BusinessRuleException.class)).isNotNull();
        assertThat(services.appointments().find(booked).status()).isEqualTo(AppointmentStatus.BOOKED);
        intakes.receive(draft, filled(draft.input(), "32,500", "异响", "", List.of()), List.of(), Optional.empty());
        assertThat(services.appointments().find(booked).status()).isEqualTo(AppointmentStatus.ARRIVED);
        // a second sheet from the same booking is refused, the first stays the only one
        assertThat(catchThrowableOfType(() -> intakes.receive(draft, filled(draft.input(), "32,600", "异响", "", List.of()),
                List.of(), Optional.empty()), BusinessRuleException.class).messageKey()).isEqualTo("appointment.cannotArrive");
        assertThat(intakes.recent(10)).hasSize(1);
    }

    @Test
    void aBookedCarIsReceivedFromItsArrivalAndOpensItsRepairOrder() {
        long booked = bookedToday();
        Arrival arrival = services.appointments().arrival(booked);
        assertThat(services.appointments().find(booked).status()).as("not before the sheet is saved")
                .isEqualTo(AppointmentStatus.BOOKED);

        IntakeDraft draft = intakes.draftFromArrival(arrival);
        assertThat(draft.appointmentId()).isEqualTo(booked);
        assertThat(draft.input().requestedItems()).containsExactly("常规保养", "检查刹车");
        assertThat(draft.input().estimatedCost()).isEqualTo("680.00");
        assertThat(draft.input().promisedAt()).as("10:00 plus 1.5 h").isEqualTo("2026-11-27 11:30");
        assertThat(draft.input().customerWaits()).isTrue();
        assertThat(draft.input().notes()).isEqualTo("客户要求洗车");
        assertThat(draft.input().approvalContact()).isEqualTo("张伟 138 1234 5678");

        IntakeSheet sheet = intakes.receive(draft, filled(draft.input(), "32,500", "刹车时有异响", "680.00", twoMarkers()),
                List.of(), Optional.empty());

        Intake intake = sheet.intake();
        assertThat(intake.appointmentId()).isEqualTo(booked);
        assertThat(services.appointments().find(booked).status()).as("arrived with its sheet")
                .isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(intake.advisor()).isEqualTo("lina");
        assertThat(intake.mileage()).isEqualTo(32_500);
        assertThat(intake.estimatedCost()).isEqualTo(Money.of("680.00"));
        assertThat(intake.estimatedCost().toPlainString()).isEqualTo("680.00");
        assertThat(intake.promisedAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(90)));
        assertThat(intake.markers()).extracting(DamageMarker::number, DamageMarker::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, DamageType.SCRATCH),
                        org.assertj.core.groups.Tuple.tuple(2, DamageType.STONE_CHIP));
        assertThat(intake.signed()).isFalse();
        assertThat(sheet.repairOrder().number()).isEqualTo("RO20261127-0001");
        assertThat(sheet.repairOrder().status()).isEqualTo(RepairOrderStatus.RECEIVED);
        assertThat(sheet.repairOrder().intakeId()).isEqualTo(intake.id());
        assertThat(sheet.vehicle().mileage()).as("the car's odometer follows the sheet").isEqualTo(32_500);
        assertThat(services.vehicles().card(camry.id()).readings()).extracting(MileageReading::mileage)
                .startsWith(32_500);
        assertThat(intakes.recent(10)).extracting(IntakeSummary::repairOrderNumber, IntakeSummary::plate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RO20261127-0001", "粤A12345"));
    }

    @Test
    void aCarFromItsCardAndAWalkInGetTheDaysNextNumbers() {
        IntakeDraft fromCard = intakes.draftForVehicle(camry.id());
        assertThat(fromCard.appointmentId()).isNull();
        assertThat(fromCard.customer().id()).isEqualTo(zhang.id());
        IntakeSheet first = intakes.receive(fromCard, filled(fromCard.input(), "31000", "空调不凉", "", List.of()),
                List.of(), Optional.empty());

        Customer walkIn = services.customers().create(new CustomerInput(CustomerKind.PERSON, "欧阳晨曦", "19912340817",
                "", "", "", PreferredContact.PHONE, false, MemberLevel.NONE, ""), false);
        Vehicle car = services.vehicles().create(walkIn.id(), car(vin("LFMAP22C", "RM555103"), "粤C6W8T3", "12000"), false);
        IntakeDraft draft = intakes.draftForVehicle(car.id());
        IntakeSheet second = intakes.receive(draft, filled(draft.input(), "12010", "首次保养", "1,200.5", List.of())
                .withMarkers(List.of()), List.of(), Optional.empty());

        assertThat(first.repairOrder().number()).isEqualTo("RO20261127-0001");
        assertThat(first.intake().estimate()).isEmpty();
        assertThat(second.repairOrder().number()).isEqualTo("RO20261127-0002");
        assertThat(second.intake().estimatedCost().toPlainString()).isEqualTo("1200.50");
        assertThat(second.customer().name()).isEqualTo("欧阳晨曦");

        clock.advance(Duration.ofDays(1));
        IntakeDraft nextDay = intakes.draftForVehicle(camry.id());
        assertThat(intakes.receive(nextDay, filled(nextDay.input(), "31100", "复查", "", List.of()), List.of(),
                Optional.empty()).repairOrder().number()).isEqualTo("RO20261128-0001");
    }

    @Test
    void aSheetWithoutComplaintOrItemsIsRefusedUnderBothFields() {
        IntakeDraft draft = intakes.draftForVehicle(camry.id());
        InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class,
                () -> intakes.receive(draft, filled(draft.input(), "32000", "  ", "", List.of()), List.of(),
                        Optional.empty()));
        assertThat(refused.byField()).containsOnlyKeys(IntakeInput.COMPLAINT, IntakeInput.REQUESTED_ITEMS);
        assertThat(refused.byField().get(IntakeInput.COMPLAINT).messageKey()).isEqualTo("intake.invalid.complaintOrItems");
        assertNothingSaved();
    }

    @Test
    void anEstimateWithThreeDecimalsAndAnUntypedMarkerAreRefused() {
        IntakeDraft draft = intakes.draftForVehicle(camry.id());
        List<DamageMarker> markers = List.of(new DamageMarker(1, CarView.LEFT, 0.2, 0.5, DamageType.DENT, ""),
                new DamageMarker(2, CarView.RIGHT, 0.7, 0.4, null, "后门"));
        InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class,
                () -> intakes.receive(draft, filled(draft.input(), "32000", "异响", "680.125", markers), List.of(),
                        Optional.empty()));
        assertThat(refused.byField()).containsOnlyKeys(IntakeInput.ESTIMATED_COST, IntakeInput.MARKERS);
        assertThat(refused.byField().get(IntakeInput.ESTIMATED_COST).messageKey())
                .isEqualTo("money.invalid.tooManyDecimals");
        assertThat(refused.byField().get(IntakeInput.MARKERS).messageKey()).isEqualTo("intake.invalid.markerType");
        assertThat(refused.byField().get(IntakeInput.MARKERS).arguments()).containsExactly("2");
        assertNothingSaved();
    }

    @Test
    void aLowerMileageIsRefusedAndNothingIsHalfSavedUntilAManagerConfirmsIt() {
        IntakeDraft draft = intakes.draftForVehicle(camry.id());
        PreparedPhoto photo = intakes.preparePhoto("front.png", png(400, 300));
        IntakeInput lower = filled(draft.input(), "30000", "异响", "", twoMarkers());

        InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class,
                () -> intakes.receive(draft, lower, List.of(photo), Optional.empty()));
        assertThat(refused.byField()).containsOnlyKeys(IntakeInput.MILEAGE);
        assertThat(refused.byField().get(IntakeInput.MILEAGE).messageKey()).isEqualTo("vehicle.mileage.backwards");
        // the recorded mileage as a number, so the message shows it in the one format (issue 15, problem 8)
        assertThat(refused.byField().get(IntakeInput.MILEAGE).arguments()).containsExactly(31000);
        assertNothingSaved();

        var advisorAsApprover = services.authentication().approve("lina", "Start2026".toCharArray(),
                Permission.USE_RECEPTION);
        assertThatThrownBy(() -> intakes.receive(draft, lower, List.of(photo), Optional.of(advisorAsApprover)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("approval.notAllowed");
        assertNothingSaved();

        var manager = services.authentication().approve("zhoujie", "Start2026".toCharArray(), Permission.CORRECT_MILEAGE);
        IntakeSheet sheet = intakes.receive(draft, lower, List.of(photo), Optional.of(manager));
        assertThat(sheet.repairOrder().number()).as("the refused attempts used no number").isEqualTo("RO20261127-0001");
        assertThat(sheet.vehicle().mileage()).isEqualTo(30_000);
        assertThat(services.vehicles().card(camry.id()).readings().get(0))
                .extracting(MileageReading::mileage, MileageReading::recordedBy, MileageReading::correctionApprovedBy)
                .containsExactly(30_000, "lina", "zhoujie");
        assertThat(sheet.photos()).extracting(IntakePhoto::fileName).containsExactly("front.png");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAndAHugeOneIsScaledDown() throws IOException {
        assertThatThrownBy(() -> intakes.preparePhoto("notes.txt", "这不是照片".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("intake.photo.notImage");
        byte[] truncated = java.util.Arrays.copyOf(png(300, 200), 60);
        assertThatThrownBy(() -> intakes.preparePhoto("broken.png", truncated))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("intake.photo.notImage");
        assertThatThrownBy(() -> intakes.preparePhoto("empty.jpg", new byte[0]))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("intake.photo.notImage");

        PreparedPhoto huge = intakes.preparePhoto("IMG_0001.png", png(6000, 4000));
        assertThat(huge.scaledDown()).isTrue();
        assertThat(huge.width()).isEqualTo(IntakePhotos.MAX_SIDE);
        assertThat(huge.height()).isEqualTo(1067);
        BufferedImage thumbnail = ImageIO.read(new java.io.ByteArrayInputStream(huge.thumbnail()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(IntakePhotos.THUMBNAIL_SIDE);
        BufferedImage kept = ImageIO.read(new java.io.ByteArrayInputStream(huge.image()));
        assertThat(kept.getWidth()).isEqualTo(1600);

        PreparedPhoto small = intakes.preparePhoto("detail.png", png(400, 300));
        assertThat(small.scaledDown()).isFalse();
        assertThat(small.width()).isEqualTo(400);

        IntakeDraft draft = intakes.draftForVehicle(camry.id());
        IntakeSheet sheet = intakes.receive(draft, filled(draft.input(), "31000", "异响", "", List.of()), List.of(small),
                Optional.empty());
        sheet = intakes.addPhotos(sheet.intake().id(), List.of(huge));
        assertThat(sheet.photos()).extracting(IntakePhoto::fileName).containsExactly("detail.png", "IMG_0001.png");
        byte[] stored = intakes.photo(sheet.photos().get(1).id());
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(1600);
    }

    @Test
    void aSignedSheetKeepsItsSignedVersionAndShowsWhatChangedFieldByField() {
        IntakeDraft draft = intakes.draftForVehicle(camry.id());
        IntakeSheet received = intakes.receive(draft, filled(draft.input(), "31000", "空调不凉", "350.00",
                List.of(new DamageMarker(1, CarView.LEFT, 0.25, 0.55, DamageType.SCRATCH, "前门"))), List.of(),
                Optional.empty());
        IntakeSheet signed = intakes.sign(received.intake().id(), received.intake().version());
        assertThat(signed.intake().signed()).isTrue();
        assertThat(signed.intake().signedBy()).isEqualTo("lina");
        assertThat(signed.changesSinceSigned()).isEmpty();

        clock.advance(Duration.ofMinutes(20));
        IntakeInput changed = filled(draft.input(), "31000", "空调不凉，出风有异味", "420.00", twoMarkers());
        IntakeSheet edited = intakes.update(signed.intake().id(), signed.intake().version(), changed, Optional.empty());

        assertThat(edited.intake().signed()).as("still the sheet the customer signed").isTrue();
        assertThat(edited.intake().complaint()).isEqualTo("空调不凉，出风有异味");
        assertThat(edited.changesSinceSigned()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IntakeInput.COMPLAINT, "空调不凉", "空调不凉，出风有异味"),
                        org.assertj.core.groups.Tuple.tuple(IntakeInput.ESTIMATED_COST, "350.00", "420.00"),
                        org.assertj.core.groups.Tuple.tuple("marker.1", "LEFT|0.2500|0.5500|SCRATCH|前门",
                                "LEFT|0.2500|0.5500|SCRATCH|前门下沿"),
                        org.assertj.core.groups.Tuple.tuple("marker.2", "", "TOP|0.1500|0.5000|STONE_CHIP|"));

        assertThatThrownBy(() -> intakes.update(signed.intake().id(), signed.intake().version(), changed,
                Optional.empty())).isInstanceOf(ConcurrentChangeException.class);

        IntakeSheet signedAgain = intakes.sign(edited.intake().id(), edited.intake().version());
        assertThat(signedAgain.changesSinceSigned()).as("the new version is the signed one").isEmpty();
    }

    @Test
    void onlyThoseAtTheReceptionMayReceiveACar() {
        services.authentication().logout();
        services.authentication().login("zhaolei", "Start2026".toCharArray());
        assertThatThrownBy(() -> intakes.draftForVehicle(camry.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intakes.recent(10)).isInstanceOf(AccessDeniedException.class);
    }

    private void assertNothingSaved() {
        assertThat(intakes.recent(10)).isEmpty();
        assertThat(services.repairOrders().byNumber("RO20261127-0001")).isEmpty();
        Vehicle now = services.vehicles().card(camry.id()).vehicle();
        assertThat(now.mileage()).isEqualTo(31_000);
        assertThat(services.vehicles().card(camry.id()).readings()).hasSize(1);
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3A6EA5));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
