package com.fours.workbench.parts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.ReceiptLineInput;
import com.fours.workbench.parts.StocktakeInput;
import com.fours.workbench.parts.StocktakeLine;
import com.fours.workbench.parts.StocktakeScope;
import com.fours.workbench.parts.StocktakeStatus;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.testing.ViewModelDriver;

/**
 * The stocktake pane's view model on a real store (an H2 file), driven as the service manager
 * zhoujie would: a bin range counted by scanning, a code nobody knows, the line worth more than the
 * threshold recounted, approved and posted, and the stock then as counted; a range typed the wrong
 * way round refused under its field.
 */
class StocktakeViewModelTest {

    @TempDir
    Path folder;
    private AppServices services;
    private ViewModelDriver fx;
    private StocktakeViewModel model;
    private Part oil;
    private Part filter;
    private Part pads;

    @BeforeEach
    void stockTwoBins() {
        services = TestWorkbench.setUp(folder, MutableClock.shanghai("2026-11-27T02:00:00Z"));
        new RepairFixture(services).as("zhoujie");
        oil = services.parts().create(part("08880-ST003", "丰田全合成机油 0W-20", PartUnit.LITRE, PartCategory.OIL, ""));
        filter = services.parts().create(part("90915-ST001", "机油滤清器", PartUnit.PCS, PartCategory.FILTER,
                "6971234500017"));
        pads = services.parts().create(part("04465-ST002", "前刹车片", PartUnit.SET, PartCategory.BRAKE, ""));
        Bin first = services.parts().createBin("Z9-01", "盘点测试架");
        Bin second = services.parts().createBin("Z9-02", null);
        receive(filter, first, "4", "18.50");
        receive(oil, first, "4", "52.00");
        receive(pads, second, "2", "250.00");
        fx = new ViewModelDriver(services);
        model = fx.read(() -> new StocktakeViewModel(new StocktakeContext(services.stocktakes(), services.parts(),
                services.reports(), services.storeProfiles(), services.session(), services.clock(), fx.messages(),
                fx.background(), fx.errors(), null)));
        fx.act(() -> model.reload());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aCountByScanningRecountedApprovedAndPostedLeavesTheStockAsCounted() {
        fx.act(() -> {
            model.scopeProperty().set(StocktakeScope.BIN_RANGE);
            model.binFromProperty().set("z9-01");
            model.binToProperty().set("Z9-02");
            model.create();
        });
        long id = fx.read(() -> model.selectedProperty().get().id());
        assertThat(fx.read(() -> model.messageProperty().get())).isEqualTo("Stocktake " + id + " started: 3 lines to count.");
        assertThat(fx.read(() -> model.progressProperty().get())).isEqualTo("0 of 3 lines counted · Counting");

        scan("6971234500017");
        scan("6971234500017");
        scan("6971234500017");
        assertThat(fx.read(() -> model.messageProperty().get())).isEqualTo("90915-ST001 机油滤清器 in Z9-01: 3 pcs counted");
        scan("04465-ST002");

        scan("6900000000000");
        assertThat(fx.read(() -> model.messageProperty().get()))
                .isEqualTo("Unknown code 6900000000000: no part has this part number or barcode.");
        assertThat(fx.read(() -> model.messageIsErrorProperty().get())).isTrue();
        assertThat(fx.read(() -> model.scanTextProperty().get())).as("the scan is not lost").isEqualTo("6900000000000");
        fx.act(() -> model.scanTextProperty().set(""));

        StocktakeLine oilLine = line("08880-ST003");
        fx.act(() -> {
            model.selectedLineProperty().set(oilLine);
            model.quantityTextProperty().set("4.5");
            model.enterQuantity();
        });
        assertThat(fx.read(() -> model.progressProperty().get())).isEqualTo("3 of 3 lines counted · Counting");

        // one set of pads short is worth 250.00, above the 200.00 threshold: the pads go to a recount
        fx.act(() -> model.finishCounting());
        assertThat(fx.read(() -> model.progressProperty().get())).isEqualTo("0 of 1 lines recounted · Recounting");
        fx.act(() -> {
            model.askQuantityProperty().set(true);
            model.scanTextProperty().set("04465-ST002");
            model.scan();
        });
        assertThat(fx.read(() -> model.pendingCodeProperty().get())).isEqualTo("04465-ST002");
        fx.act(() -> {
            model.quantityTextProperty().set("2");
            model.enterQuantity();
        });
        fx.act(() -> model.finishCounting());
        assertThat(fx.read(() -> model.progressProperty().get())).endsWith("Counted, awaiting approval");
        assertThat(line("90915-ST001").varianceQuantity()).isEqualByComparingTo("-1");
        assertThat(line("90915-ST001").varianceValue()).isEqualByComparingTo("-18.50");
        assertThat(line("04465-ST002").varianceQuantity()).as("the recount replaced the count").isEqualByComparingTo("0");

        fx.act(() -> model.approve());
        assertThat(fx.read(() -> model.selectedProperty().get().status())).isEqualTo(StocktakeStatus.APPROVED);
        fx.act(() -> model.post());
        assertThat(fx.read(() -> model.messageProperty().get()))
                .isEqualTo("Stocktake " + id + ": Posted. The variances are in the stock ledger.");
        assertThat(services.parts().onHand(filter.id())).isEqualByComparingTo("3");
        assertThat(services.parts().onHand(oil.id())).isEqualByComparingTo("4.5");
        assertThat(services.parts().onHand(pads.id())).isEqualByComparingTo("2");
    }

    @Test
    void aRangeTypedTheWrongWayRoundIsRefusedUnderItsFieldAndNothingIsStarted() {
        fx.act(() -> {
            model.scopeProperty().set(StocktakeScope.BIN_RANGE);
            model.binFromProperty().set("Z9-02");
            model.binToProperty().set("Z9-01");
            model.create();
        });
        assertThat(fx.read(() -> model.errorOf(StocktakeInput.BIN_TO).get()))
                .isEqualTo("The last bin comes before the first one.");
        assertThat(fx.read(() -> model.messageProperty().get())).isEqualTo("Please correct the marked fields.");
        assertThat(fx.read(() -> model.binFromProperty().get())).as("what was typed stays").isEqualTo("Z9-02");
        assertThat(services.stocktakes().recent()).isEmpty();
    }

    private void scan(String code) {
        fx.act(() -> {
            model.scanTextProperty().set(code);
            model.scan();
        });
    }

    private StocktakeLine line(String partNumber) {
        return fx.read(() -> model.lines().stream().filter(l -> l.partNumber().equals(partNumber)).findFirst()
                .orElseThrow());
    }

    private void receive(Part part, Bin bin, String quantity, String cost) {
        services.purchasing().receiveWithoutOrder(null, "DN-1", "备货",
                List.of(ReceiptLineInput.withoutOrder(part.id(), bin.id(), new BigDecimal(quantity), Money.of(cost))));
    }

    private static PartInput part(String number, String name, PartUnit unit, PartCategory category, String barcodes) {
        return new PartInput(number, name, null, "丰田", null, unit, category, barcodes, "4", "12",
                PricePolicy.COST_PLUS, "", true);
    }
}
