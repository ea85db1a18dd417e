package com.fours.workbench.intake;

import static com.fours.workbench.testing.HostileInput.EMOJI;
import static com.fours.workbench.testing.HostileInput.HOSTILE_NUMBERS_AS_TYPED;
import static com.fours.workbench.testing.HostileInput.REFUSED_TEXTS;
import static com.fours.workbench.testing.HostileInput.SQL;
import static com.fours.workbench.testing.HostileInput.TEN_THOUSAND;
import static com.fours.workbench.testing.Refusals.keyOf;
import static com.fours.workbench.testing.Refusals.refused;
import static com.fours.workbench.testing.Refusals.refusedWith;
import static com.fours.workbench.testing.Refusals.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.appointments.Arrival;
import com.fours.workbench.appointments.ServiceType;
import com.fours.workbench.core.Money;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** The intake sheet and its photos fed what a hostile or careless user types or picks. */
class IntakeHostileInputTest {

    private static final Set<String> COVERED = Set.of(
            "IntakeService.receive(IntakeDraft, IntakeInput, List, Optional)",
            "IntakeService.update(long, int, IntakeInput, Optional)",
            "IntakeService.addPhotos(long, List)",
            "IntakeService.preparePhoto(String, byte[])",
            "IntakeService.draftFromArrival(Arrival)",
            "IntakeService.insertForDemo(Handle, long, long, IntakeInput, Instant, String, boolean)",
            "IntakePhotos.prepare(String, byte[])",
            "IntakePhotos.safeFileName(String)");
    private static final Set<String> TABLES = Set.of("intake", "intake_damage", "intake_photo", "intake_revision",
            "repair_order", "mileage_reading", "audit_log");

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;
    private IntakeService intakes;
    private Customer zhang;
    private Vehicle camry;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "lina", "Start2026", Role.SERVICE_ADVISOR);
        services.authentication().login("lina", "Start2026".toCharArray());
        intakes = services.intakes();
        zhang = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张伟", "138 1234 5678", "", "", "",
                PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        camry = services.vehicles().create(zhang.id(), IntakeServiceTest.car(IntakeServiceTest.vin("LVGBE40K", "NG012345"),
                "粤A12345", "31000"), false);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private static IntakeInput sheet(String mileage, String text, List<String> items, String estimate, String promised,
                                     String markerNote) {
        return new IntakeInput(mileage, FuelLevel.HALF, text, text, items, estimate, promised,
                OldPartsHandling.RETURN_TO_CUSTOMER, text, false, text,
                List.of(new DamageMarker(1, CarView.LEFT, 0.2, 0.5, DamageType.SCRATCH, markerNote)));
    }

    private static IntakeInput good() {
        return sheet("32000", "刹车异响", List.of("常规保养"), "", "", "前门");
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void everyInputMethodIsCovered() {
        Set<String> inputMethods = new TreeSet<>();
        for (Class<?> service : List.of(IntakeService.class, IntakePhotos.class)) {
            HostileInput.inputMethods(service).forEach(m -> inputMethods.add(service.getSimpleName() + "." + m));
        }
        assertThat(new TreeSet<>(COVERED)).isEqualTo(inputMethods);
    }

    @Test
    void aSheetWithHostileTextsIsRefusedFieldByFieldAndNothingIsSaved() {
        IntakeDraft draft = intakes.draftForVehicle(camry.id());
        IntakeSheet saved = intakes.receive(draft, good(), List.of(), Optional.empty());
        Object before = snapshot(services.transactions(), TABLES);
        for (String text : REFUSED_TEXTS) {
            IntakeInput bad = sheet("32000", text, List.of(text), "", "", text);
            boolean tooLong = text.length() > 100;
            for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                    () -> intakes.receive(draft, bad, List.of(), Optional.empty()),
                    () -> intakes.update(saved.intake().id(), saved.intake().version(), bad, Optional.empty()),
                    () -> services.transactions().useTransaction(handle -> intakes.insertForDemo(handle, zhang.id(),
                            camry.id(), bad, clock.instant(), "lina", true)))) {
                var refusal = refused(call);
                String key = tooLong ? "intake.invalid.tooLong" : "field.invalidCharacter";
                assertThat(keyOf(refusal, IntakeInput.COMPLAINT)).isEqualTo(key);
                assertThat(keyOf(refusal, IntakeInput.VALUABLES)).isEqualTo(key);
                assertThat(keyOf(refusal, IntakeInput.APPROVAL_CONTACT)).isEqualTo(key);
                assertThat(keyOf(refusal, IntakeInput.NOTES)).isEqualTo(key);
                assertThat(keyOf(refusal, IntakeInput.REQUESTED_ITEMS)).isEqualTo(tooLong ? "field.tooLong" : key);
                assertThat(keyOf(refusal, IntakeInput.MARKERS)).isEqualTo(tooLong ? "intake.invalid.markerNote" : key);
            }
        }
        for (String number : HOSTILE_NUMBERS_AS_TYPED) {
            IntakeInput bad = sheet(number, "刹车异响", List.of(), number, number, "");
            var refusal = refused(() -> intakes.receive(draft, bad, List.of(), Optional.empty()));
            assertThat(keyOf(refusal, IntakeInput.MILEAGE)).as(number).startsWith("intake.invalid.mileage");
            assertThat(keyOf(refusal, IntakeInput.ESTIMATED_COST)).as(number).matches("money\\..*|intake\\.invalid\\..*");
            assertThat(keyOf(refusal, IntakeInput.PROMISED_AT)).as(number).startsWith("intake.invalid.promised");
        }
        var nulls = refused(() -> intakes.receive(draft, null, null, Optional.empty()));
        assertThat(keyOf(nulls, IntakeInput.MILEAGE)).isEqualTo("intake.invalid.mileageEmpty");
        assertThat(keyOf(nulls, IntakeInput.FUEL_LEVEL)).isEqualTo("intake.invalid.fuelLevel");
        refusedWith("intake.notFound", null, () -> intakes.update(987_654, 0, good(), Optional.empty()));
        Customer stale = new Customer(987_654, zhang.kind(), zhang.name(), zhang.mobile(), null, null, null,
                zhang.preferredContact(), false, null, zhang.memberLevel(), null, 0, Instant.EPOCH);
        refusedWith("customer.notFound", null, () -> intakes.receive(new IntakeDraft(stale, camry, null, good()), good(),
                List.of(), Optional.empty()));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
        assertThat(intakes.sheet(saved.intake().id()).intake()).isEqualTo(saved.intake());
    }

    @Test
    void sqlEmojiAndLineBreaksAreSavedAsTyped() {
        IntakeDraft draft = intakes.draftForVehicle(camry.id());
        IntakeInput typed = new IntakeInput("32000", FuelLevel.FULL, EMOJI, SQL + "\n" + EMOJI, List.of(SQL, EMOJI),
                "999,999,999,999.99", "", OldPartsHandling.RETURN_TO_CUSTOMER, SQL, false, EMOJI + "\n\t第二行",
                List.of(new DamageMarker(1, CarView.LEFT, 0.2, 0.5, DamageType.DENT, EMOJI)));

        Intake read = intakes.sheet(intakes.receive(draft, typed, List.of(), Optional.empty()).intake().id()).intake();

        assertThat(read.valuables()).isEqualTo(EMOJI);
        assertThat(read.complaint()).isEqualTo(SQL + "\n" + EMOJI);
        assertThat(read.requestedItems()).containsExactly(SQL, EMOJI);
        assertThat(read.approvalContact()).isEqualTo(SQL);
        assertThat(read.notes()).isEqualTo(EMOJI + "\n\t第二行");
        assertThat(read.estimatedCost()).isEqualTo(Money.of("999999999999.99"));
        assertThat(read.markers()).extracting(DamageMarker::note).containsExactly(EMOJI);
    }

    @Test
    void binaryFilesAreRefusedAsPhotosAndNamesAreKeptSafe() throws IOException {
        for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> intakes.preparePhoto("x.jpg", HostileInput.binaryFile()),
                () -> intakes.preparePhoto(null, null),
                () -> intakes.preparePhoto(TEN_THOUSAND, new byte[0]),
                () -> IntakePhotos.prepare("photo\u202Egpj.exe", HostileInput.binaryFile()))) {
            assertThat(refused(call).messageKey()).isEqualTo("intake.photo.notImage");
        }
        assertThat(IntakePhotos.safeFileName(null)).isEqualTo("photo.jpg");
        assertThat(IntakePhotos.safeFileName(" \u202E\u0000 ")).isEqualTo("__");
        assertThat(IntakePhotos.safeFileName(SQL)).isEqualTo(SQL);
        PreparedPhoto turned = intakes.preparePhoto("photo\u202Egpj.exe", png());
        assertThat(turned.fileName()).isEqualTo("photo_gpj.exe");
        PreparedPhoto longName = IntakePhotos.prepare(TEN_THOUSAND + "\u0000.png", png());
        assertThat(longName.fileName()).hasSize(IntakePhotos.MAX_FILE_NAME).endsWith("长_.png");
        assertThat(IntakePhotos.prepare(EMOJI + ".png", png()).fileName()).isEqualTo(EMOJI + ".png");

        IntakeSheet saved = intakes.receive(intakes.draftForVehicle(camry.id()), good(), List.of(turned), Optional.empty());
        Object before = snapshot(services.transactions(), TABLES);
        PreparedPhoto forged = new PreparedPhoto("a\u202Egnp.exe", 1, 1, png(), png(), false);
        refusedWith("intake.photo.notImage", null, () -> intakes.addPhotos(saved.intake().id(), List.of(forged)));
        refusedWith("intake.photo.notImage", null, () -> intakes.receive(intakes.draftForVehicle(camry.id()), good(),
                List.of(forged), Optional.empty()));
        refusedWith("intake.notFound", null, () -> intakes.addPhotos(987_654, List.of(longName)));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);

        intakes.addPhotos(saved.intake().id(), List.of(longName));
        assertThat(intakes.sheet(saved.intake().id()).photos()).extracting(IntakePhoto::fileName)
                .containsExactly("photo_gpj.exe", longName.fileName());
        assertThat(intakes.addPhotos(saved.intake().id(), null).photos()).hasSize(2);
    }

    @Test
    void anArrivalWithHostileValuesGivesADraftWhoseSaveIsRefused() {
        Arrival hostile = new Arrival(1, zhang.id(), camry.id(), ServiceType.REPAIR, List.of(REFUSED_TEXTS.get(1)),
                new BigDecimal("1E14"), Money.of("-1"), OptionalLong.empty(), false, TEN_THOUSAND);
        IntakeDraft draft = intakes.draftFromArrival(hostile);
        assertThat(draft.input().promisedAt()).as("no promise from impossible hours").isEmpty();
        Object before = snapshot(services.transactions(), TABLES);
        var refusal = refused(() -> intakes.receive(draft, new IntakeInput("32000", FuelLevel.HALF, "", "",
                draft.input().requestedItems(), draft.input().estimatedCost(), "", draft.input().oldParts(),
                draft.input().approvalContact(), false, draft.input().notes(), List.of()), List.of(), Optional.empty()));
        assertThat(keyOf(refusal, IntakeInput.REQUESTED_ITEMS)).isEqualTo("field.invalidCharacter");
        assertThat(keyOf(refusal, IntakeInput.ESTIMATED_COST)).isEqualTo("intake.invalid.estimateNegative");
        assertThat(keyOf(refusal, IntakeInput.NOTES)).isEqualTo("intake.invalid.tooLong");
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);

        refusedWith("vehicle.notFound", null, () -> intakes.draftFromArrival(new Arrival(1, zhang.id(), 987_654,
                ServiceType.REPAIR, List.of(), BigDecimal.ONE, Money.ZERO, OptionalLong.empty(), false, "")));
        refusedWith("customer.notFound", null, () -> intakes.draftFromArrival(new Arrival(1, 987_654, camry.id(),
                ServiceType.REPAIR, List.of(), BigDecimal.ONE, Money.ZERO, OptionalLong.empty(), false, "")));
    }
}
