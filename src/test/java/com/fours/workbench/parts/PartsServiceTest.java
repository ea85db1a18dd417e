package com.fours.workbench.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

class PartsServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhaolei", "Start2026", Role.WAREHOUSE_CLERK);
        TestWorkbench.addUser(services, "lina", "Start2026", Role.SERVICE_ADVISOR);
        services.authentication().login("zhaolei", "Start2026".toCharArray());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    static PartInput padInput(String listPrice) {
        return new PartInput(" 04465-０6340 ", "前刹车片", "Front brake pads", "丰田", "凯美瑞 2018-", PartUnit.SET,
                PartCategory.BRAKE, "6942103512345, 04465-06340-A", "2", "6", PricePolicy.FIXED, listPrice, true);
    }

    @Test
    void aPartIsFoundByItsNumberAnyBarcodeOrAPieceOfItsName() {
        Part pads = services.parts().create(padInput("458.00"));

        assertThat(pads.partNumber()).as("half-width, no spaces").isEqualTo("04465-06340");
        assertThat(pads.barcodes()).containsExactly("04465-06340-A", "6942103512345");
        assertThat(pads.listPrice()).isEqualTo(Money.of("458.00"));
        assertThat(pads.reorderPoint()).isEqualByComparingTo("2");
        assertThat(services.parts().lookup("6942103512345")).map(Part::id).contains(pads.id());
        assertThat(services.parts().lookup("04465-06340")).map(Part::id).contains(pads.id());
        assertThat(services.parts().lookup("04465-06340-a")).map(Part::id).contains(pads.id());
        assertThat(services.parts().lookup("999")).isEmpty();
        assertThat(services.parts().search("刹车")).extracting(Part::id).containsExactly(pads.id());
        assertThat(services.parts().search("brake")).extracting(Part::id).containsExactly(pads.id());
        assertThat(services.parts().search("06340")).extracting(Part::id).containsExactly(pads.id());
    }

    @Test
    void aPriceWithThreeDecimalsAndAFractionOfAWholeUnitAreRefusedByField() {
        PartInput bad = new PartInput("04465-06340", "", null, null, null, PartUnit.SET, PartCategory.BRAKE, "",
                "1.5", "-2", PricePolicy.FIXED, "458.005", true);
        InvalidFieldsException refused = catchThrowableOfType(() -> services.parts().create(bad), InvalidFieldsException.class);
        assertThat(refused.byField()).containsOnlyKeys(PartInput.NAME_ZH, PartInput.REORDER_POINT,
                PartInput.REORDER_QUANTITY, PartInput.LIST_PRICE);
        assertThat(refused.byField().get(PartInput.LIST_PRICE).messageKey()).isEqualTo("money.invalid.tooManyDecimals");
        assertThat(refused.byField().get(PartInput.REORDER_POINT).messageKey()).isEqualTo("quantity.invalid.fraction");
        assertThat(refused.byField().get(PartInput.REORDER_QUANTITY).messageKey()).isEqualTo("quantity.invalid.negative");
    }

    @Test
    void aPartNumberOrBarcodeIsNeverTakenTwice() {
        services.parts().create(padInput("458.00"));
        InvalidFieldsException sameNumber = catchThrowableOfType(() -> services.parts().create(padInput("458.00")),
                InvalidFieldsException.class);
        assertThat(sameNumber.byField().get(PartInput.PART_NUMBER).messageKey()).isEqualTo("part.invalid.numberExists");

        PartInput sameBarcode = new PartInput("04466-06200", "后刹车片", null, "丰田", null, PartUnit.SET,
                PartCategory.BRAKE, "6942103512345", "", "", PricePolicy.COST_PLUS, "", true);
        InvalidFieldsException taken = catchThrowableOfType(() -> services.parts().create(sameBarcode),
                InvalidFieldsException.class);
        assertThat(taken.byField().get(PartInput.BARCODES).messageKey()).isEqualTo("part.invalid.barcodeExists");
    }

    @Test
    void theSecondOfTwoEditorsIsToldSomeoneElseSavedFirst() {
        Part pads = services.parts().create(padInput("458.00"));
        services.parts().update(pads.id(), pads.version(), padInput("468.00"));
        assertThatThrownBy(() -> services.parts().update(pads.id(), pads.version(), padInput("478.00")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(services.parts().find(pads.id()).listPrice()).isEqualTo(Money.of("468.00"));
    }

    @Test
    void anAdvisorMayNotChangeThePartsMaster() {
        services.authentication().logout();
        services.authentication().login("lina", "Start2026".toCharArray());
        assertThatThrownBy(() -> services.parts().create(padInput("458.00"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void binCodesAreAisleRackShelf() {
        assertThat(services.parts().createBin(" a-01-03 ", null).code()).isEqualTo("A-01-03");
        assertThatThrownBy(() -> services.parts().createBin("A 01 03", null)).hasMessageContaining("bin.invalid.code");
        assertThatThrownBy(() -> services.parts().createBin("A-01-03", null)).hasMessageContaining("bin.exists");
    }
}
