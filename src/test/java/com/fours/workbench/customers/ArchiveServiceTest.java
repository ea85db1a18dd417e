package com.fours.workbench.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.Vin;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

class ArchiveServiceTest {

    static final String VIN = vin("LVGBE40K5NG0", "12345");
    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "lina", "Start2026", Role.SERVICE_ADVISOR);
        TestWorkbench.addUser(services, "zhaolei", "Start2026", Role.WAREHOUSE_CLERK);
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
        services.authentication().login("lina", "Start2026".toCharArray());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    /** A valid VIN from 12 leading and 5 trailing characters, with its check digit computed. */
    static String vin(String first8And9th, String last5) {
        String draft = first8And9th.substring(0, 8) + "0" + first8And9th.substring(9) + last5;
        char check = Vin.computeCheckDigit(draft);
        return draft.substring(0, 8) + check + draft.substring(9);
    }

    static CustomerInput person(String name, String mobile) {
        return new CustomerInput(CustomerKind.PERSON, name, mobile, "", "广州市天河区体育西路 1 号", "",
                PreferredContact.PHONE, true, MemberLevel.NONE, "");
    }

    static VehicleInput car(String vin, String plate, String mileage) {
        return new VehicleInput(vin, plate, null, "广汽丰田", "凯美瑞", "2022", "A25A1234567", "珍珠白", "2022-03-15",
                mileage, "2027-03-14", "2027-01-10", "40000");
    }

    @Test
    void aCustomerWithAVehicleIsFoundByAnyFragment() {
        Customer zhang = services.customers().create(person("张伟", "138 1234 5678"), false);
        Vehicle camry = services.vehicles().create(zhang.id(), car(VIN, "粤a·12345", "31,000"), false);
        Customer other = services.customers().create(person("李娜", "13987654321"), false);
        services.vehicles().create(other.id(), car(vin("LFMAP22C3M00", "54321"), "粤B88888", "5000"), false);

        assertThat(camry.plate().toString()).isEqualTo("粤A12345");
        assertThat(camry.plateColor()).isEqualTo(PlateColor.BLUE);
        assertThat(camry.mileage()).isEqualTo(31_000);
        for (String fragment : new String[] {"A123", "粤a", "a12345", "5678", "138 1234", VIN.substring(11), "LVGBE4",
                "张伟", "zw"}) {
            SearchResult result = services.archiveSearch().search(fragment);
            assertThat(result.hits()).as(fragment).extracting(SearchHit::vehicleId).containsExactly(camry.id());
        }
        assertThat(services.archiveSearch().search("粤").hits()).as("one character is not enough").isEmpty();
        assertThat(services.archiveSearch().search("99999").hits()).isEmpty();
        SearchHit hit = services.archiveSearch().search("粤A12345").hits().get(0);
        assertThat(hit.exact()).isTrue();
        assertThat(hit.phone()).isEqualTo("138 1234 5678");
        assertThat(hit.ownerName()).isEqualTo("张伟");
        assertThat(hit.brandAndModel()).isEqualTo("广汽丰田 凯美瑞");
    }

    @Test
    void exactPlateMatchesComeFirst() {
        Customer a = services.customers().create(person("王芳", "13500000001"), false);
        services.vehicles().create(a.id(), car(vin("LVGBE40K5NG0", "11111"), "粤A12345D", "1000"), false);
        Customer b = services.customers().create(person("王强", "13500000002"), false);
        Vehicle exact = services.vehicles().create(b.id(), car(vin("LVGBE40K5NG0", "22222"), "粤A12345", "1000"), false);

        SearchResult result = services.archiveSearch().search("粤A12345");
        assertThat(result.hits()).hasSize(2);
        assertThat(result.hits().get(0).vehicleId()).isEqualTo(exact.id());
        assertThat(result.hits().get(0).exact()).isTrue();
        assertThat(result.hits().get(1).exact()).isFalse();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        CustomerInput bad = new CustomerInput(CustomerKind.PERSON, "   ", "1381234567", "", "", "", PreferredContact.PHONE,
                false, MemberLevel.NONE, "x".repeat(10_000));
        InvalidFieldsException refusal = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.customers().create(bad, false));
        assertThat(refusal.byField().get(CustomerInput.NAME).messageKey()).isEqualTo("field.required");
        assertThat(refusal.byField().get(CustomerInput.MOBILE).messageKey()).isEqualTo("phone.invalid.mobile");
        assertThat(refusal.byField().get(CustomerInput.NOTES).messageKey()).isEqualTo("field.tooLong");

        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        String badCheckDigit = VIN.substring(0, 8) + (VIN.charAt(8) == '1' ? '2' : '1') + VIN.substring(9);
        InvalidFieldsException vehicleRefusal = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.vehicles().create(zhang.id(), new VehicleInput(badCheckDigit, "粤A1234O", null, "", "", "1900",
                        "", "", "2030-01-01", "-5", "", "", ""), false));
        assertThat(vehicleRefusal.byField()).containsOnlyKeys(VehicleInput.VIN, VehicleInput.PLATE, VehicleInput.MODEL_YEAR,
                VehicleInput.FIRST_REGISTRATION, VehicleInput.MILEAGE);
        assertThat(vehicleRefusal.byField().get(VehicleInput.VIN).messageKey()).isEqualTo("vin.invalid.checkDigit");
        assertThat(services.vehicles().ownedBy(zhang.id())).isEmpty();
        assertThat(services.archiveSearch().search("张伟").hits()).singleElement()
                .extracting(SearchHit::vehicleId).isNull();
    }

    @Test
    void duplicatesAreWarnedAndASecondVinIsRefused() {
        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        services.vehicles().create(zhang.id(), car(VIN, "粤A12345", "1000"), false);

        DuplicatesFoundException samePhone = catchThrowableOfType(DuplicatesFoundException.class,
                () -> services.customers().create(person("张伟伟", "+86 138-1234-5678"), false));
        assertThat(samePhone.duplicates()).singleElement().extracting(PossibleDuplicate::customerId, PossibleDuplicate::reason)
                .containsExactly(zhang.id(), PossibleDuplicate.Reason.SAME_PHONE);
        Customer confirmed = services.customers().create(person("张伟伟", "13812345678"), true);

        assertThatThrownBy(() -> services.vehicles().create(confirmed.id(), car(vin("LFMAP22C3M00", "77777"), "粤A12345", "0"),
                false)).isInstanceOf(DuplicatesFoundException.class);
        InvalidFieldsException sameVin = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.vehicles().create(confirmed.id(), car(VIN, "粤A99999", "0"), true));
        assertThat(sameVin.byField().get(VehicleInput.VIN).messageKey()).isEqualTo("vehicle.invalid.vinExists");
    }

    @Test
    void mileageNeverRunsBackWithoutAManagerAndTheCorrectionIsAudited() {
        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        Vehicle camry = services.vehicles().create(zhang.id(), car(VIN, "粤A12345", "31000"), false);

        InvalidFieldsException refusal = catchThrowableOfType(InvalidFieldsException.class, () ->
                services.vehicles().update(camry.id(), camry.version(), car(VIN, "粤A12345", "13000"), Optional.empty()));
        assertThat(refusal.byField().get(VehicleInput.MILEAGE).messageKey()).isEqualTo("vehicle.mileage.backwards");
        // the recorded mileage as a number, so the message shows it in the one format (issue 15, problem 8)
        assertThat(refusal.byField().get(VehicleInput.MILEAGE).arguments()).containsExactly(31000);

        assertThatThrownBy(() -> services.authentication().approve("lina", "Start2026".toCharArray(),
                Permission.CORRECT_MILEAGE)).extracting("messageKey")
                .isEqualTo("approval.notAllowed");
        assertThatThrownBy(() -> services.authentication().approve("zhoujie", "wrong999".toCharArray(),
                Permission.CORRECT_MILEAGE)).extracting("messageKey")
                .isEqualTo("approval.invalid");
        var manager = services.authentication().approve("zhoujie", "Start2026".toCharArray(),
                Permission.CORRECT_MILEAGE);
        Vehicle corrected = services.vehicles().update(camry.id(), camry.version(), car(VIN, "粤A12345", "13000"),
                Optional.of(manager));

        assertThat(corrected.mileage()).isEqualTo(13_000);
        assertThat(services.session().user().orElseThrow().username()).as("still the advisor").isEqualTo("lina");
        VehicleCard card = services.vehicles().card(camry.id());
        assertThat(card.readings()).extracting(MileageReading::mileage, MileageReading::correctionApprovedBy)
                .containsExactly(tuple(13_000, "zhoujie"),
                        tuple(31_000, null));
        services.authentication().logout();
        services.authentication().login("zhoujie", "Start2026".toCharArray());
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "MILEAGE_CORRECTED"))
                .singleElement().extracting(AuditEntry::actorName, AuditEntry::beforeValue, AuditEntry::afterValue)
                .containsExactly("lina", "mileage=31000", "mileage=13000, approvedBy=zhoujie");
    }

    @Test
    void theSecondOfTwoEditorsIsToldAndNothingIsOverwritten() {
        Customer read = services.customers().create(person("张伟", "13812345678"), false);
        services.customers().update(read.id(), read.version(), person("张伟", "13812345679"));

        assertThatThrownBy(() -> services.customers().update(read.id(), read.version(), person("张大伟", "13812345678")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(services.customers().find(read.id()).name()).isEqualTo("张伟");
        assertThat(services.customers().find(read.id()).mobile().digits()).isEqualTo("13812345679");
    }

    @Test
    void theWarehouseClerkSeesMaskedPhonesAndRevealingOneIsAudited() {
        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        services.vehicles().create(zhang.id(), car(VIN, "粤A12345", "1000"), false);
        services.authentication().logout();
        services.authentication().login("zhaolei", "Start2026".toCharArray());

        assertThat(services.archiveSearch().search("张伟").hits().get(0).phone()).isEqualTo("138****5678");
        assertThat(services.customers().revealPhone(zhang.id())).isEqualTo("138 1234 5678");
        assertThatThrownBy(() -> services.customers().update(zhang.id(), 0, person("张伟", "13812345678")))
                .isInstanceOf(AccessDeniedException.class);
        services.authentication().logout();
        services.authentication().login("zhoujie", "Start2026".toCharArray());
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "PHONE_REVEALED"))
                .singleElement().extracting(AuditEntry::actorName, AuditEntry::subjectId).containsExactly("zhaolei",
                        String.valueOf(zhang.id()));
    }

    @Test
    void aManagerMergesTwoCustomersKeepingEveryVehicleAndItsHistory() {
        Customer first = services.customers().create(person("张伟", "13812345678"), false);
        Vehicle camry = services.vehicles().create(first.id(), car(VIN, "粤A12345", "1000"), false);
        Customer second = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张 伟", "", "020-82345678",
                "", "", PreferredContact.WECHAT, false, MemberLevel.GOLD, "老客户"), false);
        Vehicle corolla = services.vehicles().create(second.id(), car(vin("LFMAP22C3M00", "54321"), "粤B54321", "1000"), false);
        assertThatThrownBy(() -> services.customers().merge(first.id(), second.id()))
                .isInstanceOf(AccessDeniedException.class);
        services.authentication().logout();
        services.authentication().login("zhoujie", "Start2026".toCharArray());

        Customer kept = services.customers().merge(first.id(), second.id());

        assertThat(services.vehicles().ownedBy(first.id())).extracting(Vehicle::id)
                .containsExactlyInAnyOrder(camry.id(), corolla.id());
        assertThat(kept.otherPhone().digits()).isEqualTo("02082345678");
        assertThat(kept.memberLevel()).isEqualTo(MemberLevel.GOLD);
        assertThat(kept.notes()).isEqualTo("老客户");
        assertThat(services.vehicles().card(corolla.id()).owners()).extracting(OwnershipPeriod::customerId)
                .containsOnly(first.id());
        assertThat(services.archiveSearch().search("粤B54321").hits()).singleElement()
                .extracting(SearchHit::customerId).isEqualTo(first.id());
        assertThat(services.archiveSearch().search("82345678").hits()).extracting(SearchHit::customerId)
                .containsOnly(first.id());
        assertThatThrownBy(() -> services.customers().merge(first.id(), second.id())).extracting("messageKey")
                .isEqualTo("customer.alreadyMerged");
    }

    @Test
    void aMergedCustomerWithoutAVehicleLeavesTheSearch() {
        Customer first = services.customers().create(person("张伟", "13812345678"), false);
        Customer second = services.customers().create(person("张伟", "13987654321"), false);
        services.authentication().logout();
        services.authentication().login("zhoujie", "Start2026".toCharArray());

        services.customers().merge(second.id(), first.id());

        assertThat(services.archiveSearch().search("13812345678").hits()).extracting(SearchHit::customerId)
                .containsOnly(second.id());
        assertThat(services.archiveSearch().search("张伟").hits()).extracting(SearchHit::customerId)
                .containsOnly(second.id());
    }

    @Test
    void aVehicleChangesOwnerWithTheHistoryKept() {
        Customer seller = services.customers().create(person("张伟", "13812345678"), false);
        Vehicle camry = services.vehicles().create(seller.id(), car(VIN, "粤A12345", "1000"), false);
        Customer buyer = services.customers().create(person("李娜", "13987654321"), false);
        clock.advance(Duration.ofDays(30));

        services.vehicles().changeOwner(camry.id(), camry.version(), buyer.id());

        VehicleCard card = services.vehicles().card(camry.id());
        assertThat(card.owner().id()).isEqualTo(buyer.id());
        assertThat(card.owners()).extracting(OwnershipPeriod::customerName).containsExactly("李娜", "张伟");
        assertThat(card.owners().get(1).untilAt()).isEqualTo(clock.instant());
        assertThat(services.archiveSearch().search("粤A12345").hits()).singleElement()
                .extracting(SearchHit::ownerName).isEqualTo("李娜");
        assertThat(services.archiveSearch().search("张伟").hits()).singleElement()
                .extracting(SearchHit::vehicleId).as("the seller is still findable, without the car").isNull();
    }
}
