package com.fours.workbench.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.Vin;
import com.fours.workbench.core.VinManufacturer;
import com.fours.workbench.db.DataFolder;
import com.fours.workbench.security.Role;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;

class DemoDatabaseTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");

    @Test
    void theDemoDatabaseIsAFileApartWithAnAccountForEveryRole(@TempDir Path dataFolder) {
        try (AppServices demo = AppServices.open(dataFolder, true, clock)) {
            assertThat(demo.databaseSettings().description())
                    .startsWith(DataFolder.demoFolder(dataFolder).toAbsolutePath().toString());
            assertThat(demo.setup().isNeeded()).isFalse();
            assertThat(demo.storeProfiles().find()).isPresent();
            for (SecurityDemoData.DemoAccount account : SecurityDemoData.ACCOUNTS) {
                var user = demo.authentication().login(account.username(), SecurityDemoData.PASSWORD.toCharArray());
                assertThat(user.roles()).containsExactly(account.role());
                demo.authentication().logout();
            }
        }
        assertThat(SecurityDemoData.ACCOUNTS).extracting(SecurityDemoData.DemoAccount::role)
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Role.class));
        assertThat(DataFolder.demoFolder(dataFolder).resolve("workbench.mv.db")).exists();
        assertThat(dataFolder.resolve("workbench.mv.db")).doesNotExist();
    }

    @Test
    void reopeningTheDemoDatabaseKeepsItsData(@TempDir Path dataFolder) {
        try (AppServices first = AppServices.open(dataFolder, true, clock)) {
            first.authentication().login("admin", SecurityDemoData.PASSWORD.toCharArray());
        }
        try (AppServices second = AppServices.open(dataFolder, true, clock)) {
            assertThat(second.demoSeeder().seedIfEmpty()).as("already filled").isFalse();
        }
    }

    @Test
    void demoValuesPassTheChecksATypedValueWould() {
        DemoValues values = new DemoValues(DemoSeeder.SEED);
        Set<String> vins = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            Vin vin = values.vin(values.pick(List.of(VinManufacturer.values())));
            assertThat(Vin.parse(vin.toString())).isEqualTo(vin);
            assertThat(vin.manufacturer()).isPresent();
            vins.add(vin.toString());
            PlateNumber plate = values.plate();
            assertThat(PlateNumber.parse(plate.toString())).isEqualTo(plate);
            assertThat(plate.province()).isEqualTo("粤");
            PhoneNumber phone = values.mobile();
            assertThat(phone.digits()).hasSize(11).startsWith("1");
            assertThat(values.personName()).hasSizeBetween(2, 3);
        }
        assertThat(vins).hasSizeGreaterThan(490);
    }
}
