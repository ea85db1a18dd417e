package com.fours.workbench.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.testing.ViewModelDriver;

/**
 * The plan editor's view model on a real store (an H2 file), driven as the advisor lina would
 * through the screen: lines from the form added up to the cent, typed numbers refused under their
 * fields, the part the warehouse lacks, the cancellation's reason, and a save that lost to another.
 */
class PlanViewModelTest {

    @TempDir
    Path folder;
    private AppServices services;
    private RepairFixture fixture;
    private ViewModelDriver fx;
    private PlanViewModel model;
    private String number;

    @BeforeEach
    void openTheReceivedOrder() {
        services = TestWorkbench.setUp(folder, MutableClock.shanghai("2026-11-27T02:00:00Z"));
        fixture = new RepairFixture(services);
        fixture.as("lina");
        fx = new ViewModelDriver(services);
        model = fx.read(() -> new PlanViewModel(new RepairContext(services.repairOrderService(),
                services.labourCatalog(), services.repairPrints(), services.reports(), services.session(),
                services.clock(), fx.messages(), fx.background(), fx.errors(), null, services.changes())));
        number = fixture.intake.repairOrder().number();
        fx.act(() -> {
            // the fields the line form and the cancel dialog show errors under, as the views bind them
            for (String field : List.of(LineInput.ITEM, LineInput.DESCRIPTION, LineInput.CATEGORY, LineInput.QUANTITY,
                    LineInput.UNIT_PRICE)) {
                model.errors().of(field);
            }
            model.cancelErrors().of(RepairOrderService.CANCEL_REASON);
            model.refresh();
        });
        fx.act(() -> model.open(fixture.orderId()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anOperationFromTheCatalogAndAPartFoundByItsNumberAddUpToTheCent() {
        assertThat(fx.read(() -> model.titleProperty().get())).isEqualTo(number + " · Received");
        assertThat(fx.read(() -> model.editableProperty().get())).isTrue();
        assertThat(fx.read(() -> model.operations())).extracting(o -> o.code()).contains("OIL-01", "BRAKE-01");

        fx.act(() -> model.operationProperty().set(fixture.oilChange));
        assertThat(fx.read(() -> model.quantityProperty().get())).as("the standard hours").isEqualTo("0.5");
        fx.act(() -> model.addLine());
        assertThat(fx.read(() -> model.messageProperty().get())).isEqualTo("Line added.");
        assertThat(plan().totals().total()).isEqualTo(Money.of("190.00"));

        fx.act(() -> {
            model.kindProperty().set(LineKind.PART);
            model.partSearchProperty().set("90915-YZZE1");
            model.findParts();
        });
        assertThat(fx.read(() -> model.partProperty().get().id())).as("the one part found is chosen")
                .isEqualTo(fixture.filter.id());
        assertThat(fx.read(() -> model.quantityProperty().get())).isEqualTo("1");
        fx.act(() -> model.addLine());

        RepairPlan shown = fx.read(() -> model.planProperty().get());
        assertThat(shown.totals().labour()).isEqualTo(Money.of("190.00"));
        assertThat(shown.totals().parts()).isEqualTo(Money.of("45.00"));
        assertThat(shown.totals().total()).isEqualTo(Money.of("235.00")).isEqualTo(plan().totals().total());
        assertThat(fx.read(() -> model.lines())).hasSize(2);
        assertThat(fx.read(() -> model.totalsLineProperty().get())).contains("235.00");
        assertThat(fx.read(() -> model.quantityProperty().get())).as("the form is cleared for the next line").isEmpty();
        assertThat(fx.read(() -> model.partProperty().get())).isNull();
    }

    @Test
    void typedNumbersAreRefusedUnderTheirFieldsAndNothingIsSaved() {
        fx.act(() -> {
            model.operationProperty().set(fixture.oilChange);
            model.quantityProperty().set("0.5h");
            model.unitPriceProperty().set("abc");
            model.addLine();
        });
        assertThat(fx.read(() -> model.errors().of(LineInput.QUANTITY).get()))
                .isEqualTo("Enter the hours: more than zero, at most two decimals.");
        assertThat(fx.read(() -> model.errors().of(LineInput.UNIT_PRICE).get())).isNotEmpty();
        assertThat(fx.read(() -> model.quantityProperty().get())).as("what was typed stays").isEqualTo("0.5h");

        fx.act(() -> {
            model.kindProperty().set(LineKind.PART);
            model.quantityProperty().set("2");
            model.unitPriceProperty().set("");
            model.addLine();
        });
        assertThat(fx.read(() -> model.errors().of(LineInput.ITEM).get())).isEqualTo("Choose a part.");
        assertThat(plan().lines()).isEmpty();
        assertThat(plan().totals().total()).isEqualTo(Money.of("0.00"));
    }

    @Test
    void aPartTheWarehouseCannotCoverIsAddedOnlyWithThePurchaseRequestConfirmed() {
        fx.act(() -> {
            model.kindProperty().set(LineKind.PART);
            model.partSearchProperty().set("04465-33450");
            model.findParts();
        });
        fx.act(() -> model.addLine());
        assertThat(fx.read(() -> model.shortageQuestionProperty().get()))
                .startsWith("The warehouse cannot cover 04465-33450").endsWith("Raise a purchase request for it?");
        assertThat(plan().lines()).as("nothing saved before the answer").isEmpty();

        fx.act(() -> model.confirmPurchaseRequest());
        assertThat(fx.read(() -> model.shortageQuestionProperty().get())).isEmpty();
        assertThat(fx.read(() -> model.messageProperty().get()))
                .isEqualTo("Line added; the warehouse has a purchase request for the missing parts.");
        assertThat(plan().totals().parts()).isEqualTo(Money.of("520.00"));
    }

    @Test
    void cancellingAsksForAReasonThenTheOrderOffersNothingMore() {
        assertThat(fx.read(() -> model.cancellableProperty().get())).as("the advisor may cancel").isTrue();
        fx.act(() -> {
            model.startCancel();
            model.cancelOrder();
        });
        assertThat(fx.read(() -> model.cancelErrors().of(RepairOrderService.CANCEL_REASON).get()))
                .isEqualTo("This field is required.");
        assertThat(fx.read(() -> model.cancelDoneProperty().get())).isFalse();
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.RECEIVED);

        fx.act(() -> {
            model.cancelReasonProperty().set("客户决定去别家保养");
            model.cancelOrder();
        });
        assertThat(fx.read(() -> model.cancelDoneProperty().get())).isTrue();
        assertThat(fx.read(() -> model.messageProperty().get())).isEqualTo("Repair order cancelled: 客户决定去别家保养");
        assertThat(fx.read(() -> model.titleProperty().get())).isEqualTo(number + " · Cancelled");
        assertThat(fx.read(() -> model.editableProperty().get())).isFalse();
        assertThat(fx.read(() -> model.cancellableProperty().get())).isFalse();
        assertThat(fx.read(() -> model.transitions())).isEmpty();
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.CANCELLED);
    }

    @Test
    void aSaveThatLostToAnotherWorkstationSaysSoAndShowsTheOrderAsItIsNow() {
        RepairPlan before = plan();
        services.repairOrderService().addLine(fixture.orderId(), before.version(),
                LineInput.fee("废油处理费", Money.of("30.00"), Payer.CUSTOMER), false);

        fx.act(() -> {
            model.operationProperty().set(fixture.oilChange);
            model.addLine();
        });
        assertThat(fx.read(() -> model.messageProperty().get()))
                .startsWith("Someone saved this order first; nothing of yours was saved.")
                .contains("废油处理费").endsWith("The order has been reloaded.");
        assertThat(fx.read(() -> model.lines())).extracting(l -> l.description()).containsExactly("废油处理费");
        assertThat(plan().totals().total()).as("the oil change was not saved").isEqualTo(Money.of("30.00"));
        assertThat(fx.read(() -> model.operationProperty().get())).as("the line typed stays in the form")
                .isEqualTo(fixture.oilChange);
    }

    private RepairPlan plan() {
        return services.repairOrderService().plan(fixture.orderId());
    }
}
