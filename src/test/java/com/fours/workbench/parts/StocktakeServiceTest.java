package com.fours.workbench.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** A stocktake from the freeze to the posting, with stock moving while it is counted, on a real H2 database. */
class StocktakeServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;
    private Part oil;
    private Part filter;
    private Part pads;
    private Bin a1;
    private Bin b2;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "zhaolei", "Start2026", Role.WAREHOUSE_CLERK);
        asManager();
        oil = services.parts().create(StockLedgerTest.part("08880-83718", "丰田全合成机油 0W-20", PartUnit.LITRE,
                PartCategory.OIL, ""));
        filter = services.parts().create(StockLedgerTest.part("90915-YZZE1", "机油滤清器", PartUnit.PCS,
                PartCategory.FILTER, "4582198201234"));
        pads = services.parts().create(StockLedgerTest.part("04465-02220", "前刹车片", PartUnit.SET,
                PartCategory.BRAKE, "6901234567892"));
        a1 = services.parts().createBin("A-01-01", "机油架");
        b2 = services.parts().createBin("B-02-03", null);
        services.purchasing().receiveWithoutOrder(null, "DN-1", "开业备货",
                List.of(ReceiptLineInput.withoutOrder(filter.id(), a1.id(), q("20"), Money.of("18.50"))));
        services.purchasing().receiveWithoutOrder(null, "DN-1", "开业备货",
                List.of(ReceiptLineInput.withoutOrder(oil.id(), a1.id(), q("60"), Money.of("52.00"))));
        services.purchasing().receiveWithoutOrder(null, "DN-1", "开业备货",
                List.of(ReceiptLineInput.withoutOrder(pads.id(), b2.id(), q("10"), Money.of("120.00"))));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void asManager() {
        services.authentication().logout();
        services.authentication().login("zhoujie", "Start2026".toCharArray());
    }

    private void asClerk() {
        services.authentication().logout();
        services.authentication().login("zhaolei", "Start2026".toCharArray());
    }

    private static BigDecimal q(String value) {
        return new BigDecimal(value);
    }

    private StocktakeLine line(long stocktakeId, Part part) {
        return services.stocktakes().lines(stocktakeId).stream().filter(l -> l.partId() == part.id()).findFirst()
                .orElseThrow();
    }

    @Test
    void aWholeStocktakeWithStockMovingDuringTheCountPostsOnlyTheRealVariances() {
        asClerk();
        Stocktake stocktake = services.stocktakes().create(StocktakeInput.of(StocktakeScope.WHOLE_STORE));
        long id = stocktake.id();
        assertThat(stocktake.status()).isEqualTo(StocktakeStatus.COUNTING);
        assertThat(services.stocktakes().lines(id))
                .extracting(StocktakeLine::binCode, StocktakeLine::partNumber, l -> l.bookQuantity().toPlainString(),
                        l -> l.unitCost().toPlainString())
                .containsExactly(tuple("A-01-01", "08880-83718", "60.000", "52.00"),
                        tuple("A-01-01", "90915-YZZE1", "20.000", "18.50"),
                        tuple("B-02-03", "04465-02220", "10.000", "120.00"));

        // three filters are sold over the counter after the freeze, before anyone counts them
        services.stock().counterSale(filter.id(), a1.id(), q("3"), "柜台");
        services.stocktakes().scan(id, a1.id(), "4582198201234", null);
        services.stocktakes().scan(id, a1.id(), "4582198201234", null);
        StocktakeScan filters = services.stocktakes().scan(id, a1.id(), "90915-yzze1", q("14"));
        assertThat(filters.countNow()).isEqualByComparingTo("16");

        // ten sets of pads are counted, then five more arrive after they were counted
        services.stocktakes().scan(id, null, "6901234567892", q("10"));
        asManager();
        services.purchasing().receiveWithoutOrder(null, "DN-2", "补货",
                List.of(ReceiptLineInput.withoutOrder(pads.id(), b2.id(), q("5"), Money.of("120.00"))));
        asClerk();

        // the oil is typed; 2.5 litres short is more than the threshold of 2: a recount
        services.stocktakes().setCount(line(id, oil).id(), "57.5");
        Stocktake counted = services.stocktakes().finishCounting(id);
        assertThat(counted.status()).isEqualTo(StocktakeStatus.RECOUNTING);
        assertThat(counted.recountLines()).isEqualTo(1);
        assertThat(line(id, oil).recountRequired()).isTrue();
        assertThat(line(id, filter).varianceQuantity()).as("17 expected after the sale, 16 counted")
                .isEqualByComparingTo("-1");
        assertThat(line(id, pads).varianceQuantity()).as("the receipt came after the count").isEqualByComparingTo("0");

        BusinessRuleException notOnList = catchThrowableOfType(
                () -> services.stocktakes().scan(id, null, "6901234567892", null), BusinessRuleException.class);
        assertThat(notOnList.messageKey()).isEqualTo("stocktake.scan.noRecount");
        services.stocktakes().setCount(line(id, oil).id(), "59");
        Stocktake recounted = services.stocktakes().finishCounting(id);
        assertThat(recounted.status()).isEqualTo(StocktakeStatus.COUNTED);
        assertThat(line(id, oil).effectiveCount()).as("the recount replaces the first count").isEqualByComparingTo("59");
        assertThat(line(id, oil).varianceValue()).isEqualByComparingTo("-52.00");

        BusinessRuleException clerkApproves = catchThrowableOfType(
                () -> services.stocktakes().approve(id, recounted.version()), AccessDeniedException.class);
        assertThat(clerkApproves).isNotNull();
        asManager();
        BusinessRuleException notApproved = catchThrowableOfType(() -> services.stocktakes().post(id),
                BusinessRuleException.class);
        assertThat(notApproved.messageKey()).isEqualTo("stocktake.notApproved");
        assertThat(services.stocktakes().approve(id, recounted.version()).approvedBy()).isEqualTo("zhoujie");
        Stocktake posted = services.stocktakes().post(id);

        assertThat(posted.status()).isEqualTo(StocktakeStatus.POSTED);
        assertThat(posted.postedBy()).isEqualTo("zhoujie");
        assertThat(services.parts().onHand(filter.id())).isEqualByComparingTo("16");
        assertThat(services.parts().onHand(pads.id())).isEqualByComparingTo("15");
        assertThat(services.parts().onHand(oil.id())).isEqualByComparingTo("59");
        List<Map<String, Object>> variances = services.transactions().read(h -> h.createQuery(
                "SELECT part_id, quantity, unit_cost, reference FROM stock_movement WHERE stocktake_id = :id ORDER BY part_id")
                .bind("id", id).mapToMap().list());
        assertThat(variances).extracting(m -> m.get("part_id"), m -> ((BigDecimal) m.get("quantity")).toPlainString(),
                        m -> ((BigDecimal) m.get("unit_cost")).toPlainString(), m -> m.get("reference"))
                .containsExactly(tuple(oil.id(), "-1.000", "52.00", "STK-" + id),
                        tuple(filter.id(), "-1.000", "18.50", "STK-" + id));
        LedgerInvariant.assertHolds(services);
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "STOCKTAKE_POSTED"))
                .singleElement().extracting(AuditEntry::actorName, AuditEntry::afterValue)
                .containsExactly("zhoujie", "2 variance movements, value -70.50");

        // closed for good
        BusinessRuleException countingClosed = catchThrowableOfType(
                () -> services.stocktakes().scan(id, null, "4582198201234", null), BusinessRuleException.class);
        assertThat(countingClosed.messageKey()).isEqualTo("stocktake.notCounting");
        BusinessRuleException postedTwice = catchThrowableOfType(() -> services.stocktakes().post(id),
                BusinessRuleException.class);
        assertThat(postedTwice.messageKey()).isEqualTo("stocktake.notApproved");
        assertThat(services.parts().onHand(oil.id())).isEqualByComparingTo("59");
    }

    @Test
    void aCountThatWouldTakeStockBelowZeroPostsNothing() {
        asClerk();
        long id = services.stocktakes().create(StocktakeInput.of(StocktakeScope.CATEGORY).withCategory(PartCategory.FILTER)).id();
        services.stocktakes().scan(id, null, "4582198201234", q("2"));
        services.stocktakes().finishCounting(id);
        services.stocktakes().setCount(line(id, filter).id(), "2");
        int version = services.stocktakes().finishCounting(id).version();
        // after the count, all 20 filters leave: the 18 "missing" can no longer be taken out
        services.stock().counterSale(filter.id(), a1.id(), q("20"), null);
        asManager();
        services.stocktakes().approve(id, version);
        BusinessRuleException refused = catchThrowableOfType(() -> services.stocktakes().post(id),
                BusinessRuleException.class);
        assertThat(refused.messageKey()).isEqualTo("stock.insufficient");
        assertThat(services.stocktakes().find(id).status()).as("nothing half-posted").isEqualTo(StocktakeStatus.APPROVED);
        assertThat(services.parts().onHand(filter.id())).isZero();
        LedgerInvariant.assertHolds(services);
    }

    @Test
    void aNegativeCountAFractionOfAWholeUnitAndAnUnknownCodeAreRefusedAndNothingIsSaved() {
        asClerk();
        long id = services.stocktakes().create(StocktakeInput.of(StocktakeScope.WHOLE_STORE)).id();
        long filterLine = line(id, filter).id();

        InvalidValueException negative = catchThrowableOfType(
                () -> services.stocktakes().setCount(filterLine, "-1"), InvalidValueException.class);
        assertThat(negative.messageKey()).isEqualTo("quantity.invalid.negative");
        InvalidValueException fraction = catchThrowableOfType(
                () -> services.stocktakes().setCount(filterLine, "1.5"), InvalidValueException.class);
        assertThat(fraction.messageKey()).isEqualTo("quantity.invalid.fraction");
        InvalidValueException scannedFraction = catchThrowableOfType(
                () -> services.stocktakes().scan(id, null, "90915-YZZE1", q("0.5")), InvalidValueException.class);
        assertThat(scannedFraction.messageKey()).isEqualTo("quantity.invalid.fraction");
        BusinessRuleException unknown = catchThrowableOfType(
                () -> services.stocktakes().scan(id, null, " 123456789 ", null), BusinessRuleException.class);
        assertThat(unknown.messageKey()).isEqualTo("stocktake.scan.unknownCode");
        assertThat(unknown.arguments()).containsExactly("123456789");
        assertThat(line(id, filter).countedQuantity()).isNull();

        assertThat(services.stocktakes().setCount(line(id, oil).id(), "0.25").countedQuantity()).isEqualByComparingTo("0.25");
        BusinessRuleException uncounted = catchThrowableOfType(() -> services.stocktakes().finishCounting(id),
                BusinessRuleException.class);
        assertThat(uncounted.messageKey()).isEqualTo("stocktake.uncounted");
        assertThat(uncounted.arguments()).containsExactly(2);
    }

    @Test
    void aPausedCountTakesNoEntriesAndResumesWithEverythingCounted() {
        asClerk();
        long id = services.stocktakes().create(StocktakeInput.of(StocktakeScope.WHOLE_STORE)).id();
        services.stocktakes().scan(id, null, "4582198201234", null);
        services.stocktakes().scan(id, null, "4582198201234", null);
        assertThat(services.stocktakes().pause(id).status()).isEqualTo(StocktakeStatus.PAUSED);
        BusinessRuleException paused = catchThrowableOfType(
                () -> services.stocktakes().scan(id, null, "4582198201234", null), BusinessRuleException.class);
        assertThat(paused.messageKey()).isEqualTo("stocktake.notCounting");

        Stocktake resumed = services.stocktakes().resume(id);
        assertThat(resumed.status()).isEqualTo(StocktakeStatus.COUNTING);
        assertThat(resumed.countedLines()).isEqualTo(1);
        assertThat(services.stocktakes().scan(id, null, "4582198201234", null).countNow()).isEqualByComparingTo("3");
    }

    @Test
    void aPartFoundInABinTheBookDidNotHaveGetsALineThere() {
        asClerk();
        long id = services.stocktakes().create(StocktakeInput.of(StocktakeScope.WHOLE_STORE)).id();
        StocktakeScan found = services.stocktakes().scan(id, b2.id(), "4582198201234", null);
        assertThat(found.line().binCode()).isEqualTo("B-02-03");
        assertThat(found.line().bookQuantity()).isZero();
        services.stocktakes().scan(id, a1.id(), "4582198201234", q("20"));
        services.stocktakes().setCount(line(id, oil).id(), "60");
        services.stocktakes().scan(id, null, "6901234567892", q("10"));
        int version = services.stocktakes().finishCounting(id).version();
        asManager();
        services.stocktakes().approve(id, version);
        services.stocktakes().post(id);
        assertThat(services.parts().onHand(filter.id())).isEqualByComparingTo("21");
        assertThat(services.parts().binsOf(filter.id())).extracting(Bin::code).contains("B-02-03");
        LedgerInvariant.assertHolds(services);
    }

    @Test
    void scopesPickTheirLines() {
        asManager();
        // a year of issues: oil is most of the value, so it alone is class A
        services.stock().counterSale(oil.id(), a1.id(), q("10"), null);
        services.stock().counterSale(filter.id(), a1.id(), q("3"), null);
        asClerk();
        assertThat(services.stocktakes().lines(services.stocktakes().create(
                new StocktakeInput(StocktakeScope.BIN_RANGE, "b", "b", null, "", "")).id()))
                .extracting(StocktakeLine::partNumber).containsExactly("04465-02220");
        assertThat(services.stocktakes().lines(services.stocktakes().create(
                StocktakeInput.of(StocktakeScope.CATEGORY).withCategory(PartCategory.OIL)).id()))
                .extracting(StocktakeLine::partNumber).containsExactly("08880-83718");
        assertThat(services.stocktakes().lines(services.stocktakes().create(
                StocktakeInput.of(StocktakeScope.CYCLE_A_CLASS)).id()))
                .extracting(StocktakeLine::partNumber).containsExactly("08880-83718");

        InvalidFieldsException noRange = catchThrowableOfType(() -> services.stocktakes().create(
                new StocktakeInput(StocktakeScope.BIN_RANGE, "", " ", null, "-1", "1.005")), InvalidFieldsException.class);
        assertThat(noRange.byField()).containsOnlyKeys(StocktakeInput.BIN_FROM, StocktakeInput.THRESHOLD_QUANTITY,
                StocktakeInput.THRESHOLD_VALUE);
        BusinessRuleException empty = catchThrowableOfType(() -> services.stocktakes().create(
                new StocktakeInput(StocktakeScope.BIN_RANGE, "Z", "Z", null, "", "")), BusinessRuleException.class);
        assertThat(empty.messageKey()).isEqualTo("stocktake.empty");
    }

    @Test
    void theSecondOfTwoApproversIsTold() {
        asClerk();
        long id = services.stocktakes().create(StocktakeInput.of(StocktakeScope.CATEGORY).withCategory(PartCategory.OIL)).id();
        services.stocktakes().setCount(line(id, oil).id(), "60");
        int version = services.stocktakes().finishCounting(id).version();
        asManager();
        services.stocktakes().approve(id, version);
        BusinessRuleException second = catchThrowableOfType(() -> services.stocktakes().approve(id, version),
                BusinessRuleException.class);
        assertThat(second.messageKey()).isEqualTo("stocktake.notCounted");
        assertThat(catchThrowableOfType(() -> services.stocktakes().approve(id + 1, 0), BusinessRuleException.class)
                .messageKey()).isEqualTo("stocktake.notFound");
    }
}
