package com.fours.workbench.parts;

import static com.fours.workbench.parts.WarehouseFixture.q;
import static com.fours.workbench.testing.Refusals.cleanOutcome;
import static com.fours.workbench.testing.Refusals.refused;
import static com.fours.workbench.testing.Refusals.refusedUnchanged;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.core.Money;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.Refusals;
import com.fours.workbench.testing.MutableClock;

/**
 * Hostile input to every input method of the warehouse: the parts master, stock movements, purchasing,
 * reservations, the stocktake and the catalog import. Each is refused with a message key or saved as
 * typed, and a refused movement leaves stock, ledger and lots as they were.
 */
class PartsHostileInputTest {

    private static final List<String> STOCK_TABLES = List.of("stock_balance", "stock_movement", "stock_lot",
            "stock_lot_use", "part", "part_bin", "purchase_receipt", "purchase_receipt_line", "purchase_order",
            "purchase_order_line", "stock_reservation", "purchase_request");
    /** The input methods these tests feed hostile input, one test per group. */
    private static final Set<String> EXERCISED = Set.of(
            "PartsService.create(PartInput)", "PartsService.update(long, int, PartInput)",
            "PartsService.lookup(String)", "PartsService.lookup(Handle, String)", "PartsService.search(String)",
            "PartsService.searchWithStock(String)", "PartsService.binByCode(String)",
            "PartsService.createBin(String, String)", "PartsService.setMargin(PartCategory, String)",
            "PartsService.retailPrice(Part)", "PartsService.retailPrice(Handle, Part)",
            "StockService.adjust(long, long, BigDecimal, String)",
            "StockService.counterSale(long, long, BigDecimal, String)",
            "StockService.transfer(long, long, long, BigDecimal)",
            "PurchasingService.createSupplier(String, String, String, String, String)",
            "PurchasingService.updateSupplier(long, int, String, String, String, String, boolean)",
            "PurchasingService.supplierByCode(String)", "PurchasingService.createOrder(long, List, String)",
            // what the one above calls; an order outside an agreement is in suppliers/PurchaseAgreementsTest
            "PurchasingService.createOrder(long, List, String, boolean)", "PurchasingService.termsWarnings(long, List)",
            "PurchasingService.receive(long, int, String, List)",
            "PurchasingService.receiveWithoutOrder(Long, String, String, List)",
            "ReservationService.reserve(long, long, long, BigDecimal)",
            // the one above checks its quantity through this one, in its own transaction
            "ReservationService.reserve(Handle, long, long, long, BigDecimal)",
            "ReservationService.issue(long, long, BigDecimal)",
            "ReservationService.issueByCode(long, String, BigDecimal)",
            "ReservationService.returnUnused(long, BigDecimal)",
            "ReservationService.returnUnused(long, long, BigDecimal)",
            "ReservationService.findRepairOrder(String)",
            // a parts sale's reservations, taken inside PartsSaleService's transaction after it has
            // checked the typed quantities (three decimals, more than available, more than sold:
            // PartsSaleServiceTest), with the sale's own line ids and number
            "ReservationService.reserveForSale(Handle, long, long, BigDecimal)",
            "ReservationService.pickForSale(Handle, long, String)",
            "ReservationService.returnFromSale(Handle, long, long, BigDecimal, String)",
            // the staff appraisal's figure: a finished period the appraisal checked and a user name
            // from the account list, never typed
            "FiguresService.countVariances(Handle, Instant, Instant, String)",
            "StocktakeService.create(StocktakeInput)", "StocktakeService.scan(long, Long, String, BigDecimal)",
            "StocktakeService.setCount(long, String)", "CatalogImport.importFile(Path)");

    private final MutableClock clock = MutableClock.shanghai("2025-06-02T02:00:00Z");
    private WarehouseFixture w;
    private Transactions db;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        w = new WarehouseFixture(clock);
        db = w.services.transactions();
        w.services.purchasing().receiveWithoutOrder(w.supplier.id(), "GT-1", "期初库存", List.of(
                ReceiptLineInput.withoutOrder(w.filter.id(), w.a1.id(), q("10"), Money.of("20.00")),
                ReceiptLineInput.withoutOrder(w.oil.id(), w.b2.id(), q("50"), Money.of("50.00"))));
    }

    @AfterEach
    void tearDown() {
        w.services.close();
    }

    private static PartInput part(String number, String name, String price) {
        return new PartInput(number, name, null, null, null, PartUnit.PCS, PartCategory.OTHER, "", "0", "0",
                PricePolicy.FIXED, price, true);
    }

    @Test
    void theDefectsFoundByProbingAreCleanRefusals() {
        // on hand past DECIMAL(12,3): 10 on hand plus 999,999,999
        refusedUnchanged("stock.onHandTooLarge", db, STOCK_TABLES,
                () -> w.services.stock().adjust(w.filter.id(), w.a1.id(), q("999999999"), "盘盈"));
        // a unit price of 10^14 would overflow the average cost
        refusedUnchanged("money.invalid.tooLarge", db, STOCK_TABLES,
                () -> w.services.purchasing().receiveWithoutOrder(w.supplier.id(), "GT-2", "补录", List.of(
                        ReceiptLineInput.withoutOrder(w.filter.id(), w.a1.id(), q("1"), Money.of(new BigDecimal("1E14"))))));
        // a transfer to a bin that does not exist
        refusedUnchanged("bin.notFound", db, STOCK_TABLES,
                () -> w.services.stock().transfer(w.filter.id(), w.a1.id(), 987_654L, q("1")));
        refusedUnchanged("bin.notFound", db, STOCK_TABLES,
                () -> w.services.stock().adjust(w.filter.id(), 987_654L, q("1"), "盘盈"));
        // the largest balance that fits is still taken
        w.services.stock().adjust(w.filter.id(), w.a1.id(), q("999999989"), "盘盈");
        assertThat(w.services.parts().onHand(w.filter.id())).isEqualByComparingTo("999999999");
    }

    @Test
    void partsMaster() {
        for (String text : HostileInput.REFUSED_TEXTS) {
            refusedUnchanged(text.length() > 100 ? "field.tooLong" : "field.invalidCharacter", db, STOCK_TABLES,
                    () -> w.services.parts().create(part("HX-1", text, "1.00")));
            refused(text.length() > 100 ? "field.tooLong" : "field.invalidCharacter",
                    () -> w.services.parts().update(w.oil.id(), w.oil.version(), new PartInput(w.oil.partNumber(),
                            "机油", text, null, null, PartUnit.LITRE, PartCategory.OIL, "", "0", "0",
                            PricePolicy.FIXED, "98.00", true)));
        }
        refused("field.required", () -> w.services.parts().create(part(null, null, null)));
        refused("field.tooLong", () -> w.services.parts().create(part(HostileInput.TEN_THOUSAND, "x", "1")));
        refused("part.invalid.number", () -> w.services.parts().create(part(HostileInput.SQL, "x", "1")));
        for (String price : HostileInput.HOSTILE_NUMBERS_AS_TYPED) {
            cleanOutcome(() -> w.services.parts().create(part("HX-2", "价格", price)));
        }
        refused("money.invalid.tooLarge", () -> w.services.parts().create(part("HX-3", "x", "99999999999999999999")));
        refused("price.invalid.negative", () -> w.services.parts().create(part("HX-3", "x", "-1")));
        refused("money.invalid.tooManyDecimals", () -> w.services.parts().create(part("HX-3", "x", "0.001")));
        refused("quantity.invalid.tooLarge", () -> w.services.parts().create(new PartInput("HX-4", "x", null, null,
                null, PartUnit.PCS, PartCategory.OTHER, "", "1e14".replace("e14", "00000000000000"), "0",
                PricePolicy.COST_PLUS, "", true)));
        refused("part.invalid.barcode", () -> w.services.parts().create(new PartInput("HX-4", "x", null, null,
                null, PartUnit.PCS, PartCategory.OTHER, HostileInput.SQL, "0", "0", PricePolicy.COST_PLUS, "", true)));
        for (String text : HostileInput.FAITHFUL_TEXTS) {
            Part saved = w.services.parts().create(new PartInput("HX-" + text.length(), text, text, null, text,
                    PartUnit.PCS, PartCategory.OTHER, "", "0", "0", PricePolicy.COST_PLUS, "", true));
            assertThat(w.services.parts().find(saved.id())).satisfies(p -> {
                assertThat(p.nameZh()).isEqualTo(text);
                assertThat(p.nameEn()).isEqualTo(text);
                assertThat(p.specification()).isEqualTo(text);
            });
        }
    }

    @Test
    void lookupsSearchesBinsAndMargins() {
        for (String text : hostileTexts()) {
            assertThat(cleanOutcome(() -> w.services.parts().lookup(text))).isEmpty();
            java.util.Optional<Part> found = cleanOutcome(() -> db.read(h -> PartsService.lookup(h, text)));
            assertThat(found).isEmpty();
            assertThat(cleanOutcome(() -> w.services.parts().search(text))).isEmpty();
            assertThat(cleanOutcome(() -> w.services.parts().searchWithStock(text))).isEmpty();
            assertThat(cleanOutcome(() -> w.services.parts().binByCode(text))).isEmpty();
            refused("bin.invalid.code", () -> w.services.parts().createBin(text, null));
            refused("margin.invalid", () -> w.services.parts().setMargin(PartCategory.OIL, text));
        }
        for (String text : HostileInput.REFUSED_TEXTS) {
            refused(text.length() > 100 ? "field.tooLong" : "field.invalidCharacter",
                    () -> w.services.parts().createBin("Z-01", text));
        }
        assertThat(w.services.parts().binByCode("Z-01")).isEmpty();
        assertThat(w.services.parts().createBin("Z-02", HostileInput.EMOJI).description()).isEqualTo(HostileInput.EMOJI);
        for (String typed : HostileInput.HOSTILE_NUMBERS_AS_TYPED) {
            refused("margin.invalid", () -> w.services.parts().setMargin(PartCategory.OIL, typed));
        }
        refused("margin.invalid", () -> w.services.parts().setMargin(PartCategory.OIL, null));
        assertThat(w.services.parts().retailPrice(w.services.parts().find(w.oil.id()))).isEqualTo(Money.of("98.00"));
        Part filter = w.services.parts().find(w.filter.id());
        Money price = db.read(h -> PartsService.retailPrice(h, filter));
        assertThat(price).isEqualTo(Money.of("20.00"));
    }

    @Test
    void stockMovements() {
        for (BigDecimal amount : hostileQuantities()) {
            cleanUnlessRefused(() -> w.services.stock().counterSale(w.filter.id(), w.a1.id(), amount, "散客"));
            cleanUnlessRefused(() -> w.services.stock().transfer(w.filter.id(), w.a1.id(), w.b2.id(), amount));
            cleanUnlessRefused(() -> w.services.stock().adjust(w.oil.id(), w.b2.id(), amount, "盘点"));
        }
        refusedUnchanged("quantity.invalid.zero", db, STOCK_TABLES,
                () -> w.services.stock().counterSale(w.filter.id(), w.a1.id(), null, null));
        refusedUnchanged("quantity.invalid.negative", db, STOCK_TABLES,
                () -> w.services.stock().counterSale(w.filter.id(), w.a1.id(), q("-1"), null));
        refusedUnchanged("quantity.invalid.fraction", db, STOCK_TABLES,
                () -> w.services.stock().counterSale(w.filter.id(), w.a1.id(), q("0.5"), null));
        refusedUnchanged("quantity.invalid.tooManyDecimals", db, STOCK_TABLES,
                () -> w.services.stock().adjust(w.oil.id(), w.b2.id(), q("-0.0001"), "损耗"));
        refusedUnchanged("quantity.invalid.tooLarge", db, STOCK_TABLES,
                () -> w.services.stock().adjust(w.oil.id(), w.b2.id(), q("1E14"), "盘盈"));
        refusedUnchanged("stock.insufficient", db, STOCK_TABLES,
                () -> w.services.stock().adjust(w.oil.id(), w.b2.id(), q("-1E8"), "盘亏"));
        refusedUnchanged("stock.reasonRequired", db, STOCK_TABLES,
                () -> w.services.stock().adjust(w.oil.id(), w.b2.id(), q("1"), null));
        for (String text : HostileInput.REFUSED_TEXTS) {
            String key = text.length() > 60 ? "field.tooLong" : "field.invalidCharacter";
            refusedUnchanged(key, db, STOCK_TABLES,
                    () -> w.services.stock().counterSale(w.filter.id(), w.a1.id(), q("1"), text));
            refusedUnchanged(key, db, STOCK_TABLES, () -> w.services.stock().adjust(w.oil.id(), w.b2.id(), q("1"), text));
        }
        for (String text : HostileInput.FAITHFUL_TEXTS) {
            long id = w.services.stock().adjust(w.oil.id(), w.b2.id(), q("1"), text);
            assertThat(db.read(h -> StockLedger.movement(h, id)).orElseThrow().reason()).isEqualTo(text);
        }
        LedgerInvariant.assertHolds(w.services);
    }

    @Test
    void purchasing() {
        for (String text : hostileTexts()) {
            assertThat(cleanOutcome(() -> w.services.purchasing().supplierByCode(text))).isEmpty();
            cleanOutcome(() -> w.services.purchasing().createSupplier(text, "供应商", null, null, null));
        }
        for (String text : HostileInput.REFUSED_TEXTS) {
            String key = text.length() > 20 ? "field.tooLong" : "field.invalidCharacter";
            refused(key, () -> w.services.purchasing().createSupplier("HX", text, text, text, text));
            refused(key, () -> w.services.purchasing().updateSupplier(w.supplier.id(), w.supplier.version(), text,
                    null, null, null, true));
            refusedUnchanged(key, db, STOCK_TABLES, () -> w.services.purchasing().createOrder(w.supplier.id(),
                    List.of(new OrderLineInput(w.filter.id(), q("1"), Money.of("1.00"))), text));
            refusedUnchanged(key, db, STOCK_TABLES, () -> w.services.purchasing().receiveWithoutOrder(w.supplier.id(),
                    text, "补录", List.of(ReceiptLineInput.withoutOrder(w.filter.id(), w.a1.id(), q("1"), Money.of("1")))));
        }
        Supplier saved = w.services.purchasing().updateSupplier(w.supplier.id(), w.supplier.version(),
                HostileInput.EMOJI, HostileInput.SQL, null, HostileInput.SQL, true);
        assertThat(w.services.purchasing().supplierByCode("GTMC-PC").orElseThrow())
                .satisfies(s -> assertThat(s.name()).isEqualTo(HostileInput.EMOJI))
                .satisfies(s -> assertThat(s.version()).isEqualTo(saved.version()));

        for (BigDecimal amount : HostileInput.HOSTILE_AMOUNTS) {
            String key = amount.signum() < 0 ? "price.invalid.negative" : amount.scale() > 2 ? null : "money.invalid.tooLarge";
            if (key != null) {
                refusedUnchanged(key, db, STOCK_TABLES, () -> w.services.purchasing().createOrder(w.supplier.id(),
                        List.of(new OrderLineInput(w.filter.id(), q("1"), Money.of(amount))), null));
                refusedUnchanged(key, db, STOCK_TABLES, () -> w.services.purchasing().receiveWithoutOrder(
                        w.supplier.id(), "GT", "补录", List.of(ReceiptLineInput.withoutOrder(w.filter.id(), w.a1.id(),
                                q("1"), Money.of(amount)))));
            }
        }
        refusedUnchanged("money.invalid.empty", db, STOCK_TABLES, () -> w.services.purchasing().createOrder(
                w.supplier.id(), List.of(new OrderLineInput(w.filter.id(), q("1"), null)), null));
        refusedUnchanged("purchase.noLines", db, STOCK_TABLES,
                () -> w.services.purchasing().createOrder(w.supplier.id(), null, null));
        refusedUnchanged("supplier.notFound", db, STOCK_TABLES, () -> w.services.purchasing().receiveWithoutOrder(
                987_654L, "GT", "补录", List.of(ReceiptLineInput.withoutOrder(w.filter.id(), w.a1.id(), q("1"),
                        Money.of("1")))));
        refusedUnchanged("bin.notFound", db, STOCK_TABLES, () -> w.services.purchasing().receiveWithoutOrder(
                w.supplier.id(), "GT", "补录", List.of(ReceiptLineInput.withoutOrder(w.filter.id(), 987_654L, q("1"),
                        Money.of("1")))));
        for (BigDecimal amount : HostileInput.HOSTILE_AMOUNTS) {
            assertThat(w.services.purchasing().termsWarnings(w.supplier.id(), java.util.Arrays.asList(
                    new OrderLineInput(w.filter.id(), amount, Money.of(amount)), null))).isEmpty();
        }
        for (BigDecimal quantity : hostileQuantities()) {
            cleanUnlessRefused(() -> w.services.purchasing().createOrder(w.supplier.id(),
                    List.of(new OrderLineInput(w.filter.id(), quantity, Money.of("1.00"))), null));
        }

        PurchaseOrder order = w.services.purchasing().createOrder(w.supplier.id(),
                List.of(new OrderLineInput(w.oil.id(), q("10"), Money.of("50.00"))), HostileInput.SQL);
        PurchaseOrder sent = w.services.purchasing().send(order.id(), order.version());
        assertThat(w.services.purchasing().order(sent.id()).notes()).isEqualTo(HostileInput.SQL);
        long lineId = sent.lines().get(0).id();
        refusedUnchanged("money.invalid.tooLarge", db, STOCK_TABLES, () -> w.services.purchasing().receive(sent.id(),
                sent.version(), "GT-9", List.of(ReceiptLineInput.againstOrder(lineId, w.b2.id(), q("1"),
                        Money.of(new BigDecimal("1E14"))))));
        refusedUnchanged("bin.notFound", db, STOCK_TABLES, () -> w.services.purchasing().receive(sent.id(),
                sent.version(), "GT-9", List.of(ReceiptLineInput.againstOrder(lineId, 987_654L, q("1"), null))));
        refusedUnchanged("quantity.invalid.zero", db, STOCK_TABLES, () -> w.services.purchasing().receive(sent.id(),
                sent.version(), "GT-9", List.of(ReceiptLineInput.againstOrder(lineId, w.b2.id(), null, null))));
        refusedUnchanged("purchase.deliveryNoteRequired", db, STOCK_TABLES, () -> w.services.purchasing().receive(
                sent.id(), sent.version(), null, List.of(ReceiptLineInput.againstOrder(lineId, w.b2.id(), q("1"), null))));
        for (String text : HostileInput.REFUSED_TEXTS) {
            String key = text.length() > 60 ? "field.tooLong" : "field.invalidCharacter";
            refusedUnchanged(key, db, STOCK_TABLES, () -> w.services.purchasing().receive(sent.id(), sent.version(),
                    text, List.of(ReceiptLineInput.againstOrder(lineId, w.b2.id(), q("1"), null))));
            refusedUnchanged(key, db, STOCK_TABLES, () -> w.services.purchasing().receive(sent.id(), sent.version(),
                    "GT-9", List.of(ReceiptLineInput.againstOrder(lineId, w.b2.id(), q("11"), null)
                            .withOverReceiptReason(text))));
        }
        w.services.purchasing().receive(sent.id(), sent.version(), HostileInput.EMOJI,
                List.of(ReceiptLineInput.againstOrder(lineId, w.b2.id(), q("2.5"), Money.of("49.99"))));
        assertThat(w.services.parts().onHand(w.oil.id())).isEqualByComparingTo("52.5");
        LedgerInvariant.assertHolds(w.services);
    }

    @Test
    void reservations() {
        long line = 9000;
        for (BigDecimal quantity : hostileQuantities()) {
            long l = ++line;
            cleanUnlessRefused(() -> w.services.reservations().reserve(900L, l, w.oil.id(), quantity));
        }
        refusedUnchanged("part.notFound", db, STOCK_TABLES,
                () -> w.services.reservations().reserve(900L, 8000L, 987_654L, q("1")));
        Reservation r = w.services.reservations().reserve(901L, 9101L, w.filter.id(), q("4")).reservation();
        for (BigDecimal quantity : hostileQuantities()) {
            cleanUnlessRefused(() -> w.services.reservations().issue(r.id(), w.a1.id(), quantity));
        }
        refusedUnchanged("bin.notFound", db, STOCK_TABLES,
                () -> w.services.reservations().issue(r.id(), 987_654L, q("1")));
        for (String text : hostileTexts()) {
            refusedUnchanged("issue.unknownCode", db, STOCK_TABLES,
                    () -> w.services.reservations().issueByCode(901L, text, q("1")));
        }
        w.services.reservations().issueByCode(901L, w.filter.partNumber(), q("1"));
        for (BigDecimal quantity : hostileQuantities()) {
            cleanUnlessRefused(() -> w.services.reservations().returnUnused(r.id(), quantity));
            cleanUnlessRefused(() -> w.services.reservations().returnUnused(r.id(), w.b2.id(), quantity));
        }
        refusedUnchanged("bin.notFound", db, STOCK_TABLES,
                () -> w.services.reservations().returnUnused(r.id(), 987_654L, q("1")));
        // the counter's order field: an order number or a plate, looked up, never an id
        for (String text : HostileInput.REFUSED_TEXTS) {
            refusedUnchanged(text.length() > 40 ? "field.tooLong" : "field.invalidCharacter", db, STOCK_TABLES,
                    () -> w.services.reservations().findRepairOrder(text));
        }
        for (String text : HostileInput.FAITHFUL_TEXTS) {
            assertThat(w.services.reservations().findRepairOrder(text)).isEmpty();
        }
        assertThat(w.services.reservations().findRepairOrder("901")).as("an id is not an order number").isEmpty();
        LedgerInvariant.assertHolds(w.services);
    }

    @Test
    void stocktake() {
        List<String> tables = List.of("stocktake", "stocktake_line");
        for (String text : HostileInput.REFUSED_TEXTS) {
            refusedUnchanged(text.length() > 20 ? "field.tooLong" : "field.invalidCharacter", db, tables,
                    () -> w.services.stocktakes().create(new StocktakeInput(StocktakeScope.BIN_RANGE, text, null,
                            null, "", "")));
        }
        for (String typed : HostileInput.HOSTILE_NUMBERS_AS_TYPED) {
            cleanOutcome(() -> w.services.stocktakes().create(new StocktakeInput(StocktakeScope.WHOLE_STORE, null,
                    null, null, typed, typed)));
        }
        refusedUnchanged("price.invalid.negative", db, tables, () -> w.services.stocktakes().create(
                new StocktakeInput(StocktakeScope.WHOLE_STORE, null, null, null, "1", "-1")));
        refusedUnchanged("stocktake.invalid.scope", db, tables, () -> w.services.stocktakes().create(
                new StocktakeInput(null, null, null, null, null, null)));
        Stocktake take = w.services.stocktakes().create(StocktakeInput.of(StocktakeScope.WHOLE_STORE));
        StocktakeLine oilLine = w.services.stocktakes().lines(take.id()).stream()
                .filter(l -> l.partId() == w.oil.id()).findFirst().orElseThrow();
        for (String text : hostileTexts()) {
            refusedUnchanged("stocktake.scan.unknownCode", db, tables,
                    () -> w.services.stocktakes().scan(take.id(), null, text, null));
        }
        refusedUnchanged("stocktake.scan.unknownCode", db, tables,
                () -> w.services.stocktakes().scan(take.id(), null, null, null));
        for (BigDecimal quantity : hostileQuantities()) {
            var before = Refusals.snapshot(db, tables);
            if (cleanOutcome(() -> w.services.stocktakes().scan(take.id(), w.b2.id(), w.oil.partNumber(), quantity)) == null) {
                assertThat(Refusals.snapshot(db, tables)).isEqualTo(before);
            }
        }
        w.services.stocktakes().setCount(oilLine.id(), "999999999");
        refusedUnchanged("quantity.invalid.tooLarge", db, tables,
                () -> w.services.stocktakes().scan(take.id(), w.b2.id(), w.oil.partNumber(), q("0.001")));
        for (String typed : HostileInput.HOSTILE_NUMBERS_AS_TYPED) {
            var before = Refusals.snapshot(db, tables);
            if (cleanOutcome(() -> w.services.stocktakes().setCount(oilLine.id(), typed)) == null) {
                assertThat(Refusals.snapshot(db, tables)).isEqualTo(before);
            }
        }
        refusedUnchanged("quantity.invalid.empty", db, tables, () -> w.services.stocktakes().setCount(oilLine.id(), null));
        w.services.stocktakes().setCount(oilLine.id(), "４９.５");
        assertThat(w.services.stocktakes().lines(take.id()).stream().filter(l -> l.id() == oilLine.id()).findFirst()
                .orElseThrow().countedQuantity()).isEqualByComparingTo("49.5");
    }

    @Test
    void catalogImportOfBinaryAndHostileFiles() throws Exception {
        Path binary = folder.resolve("catalog.csv");
        Files.write(binary, HostileInput.binaryFile());
        cleanRefusal(() -> w.services.catalogImport().importFile(binary));
        Path png = folder.resolve("catalog.xlsx");
        Files.write(png, HostileInput.binaryFile());
        cleanRefusal(() -> w.services.catalogImport().importFile(png));
        Path hostile = folder.resolve("hostile.csv");
        Files.writeString(hostile, "配件编号,名称,单位,类别,零售价\n"
                + "HX-1," + HostileInput.TEN_THOUSAND + ",个,其他,1\n"
                + "HX-2," + HostileInput.RIGHT_TO_LEFT_OVERRIDE + ",个,其他,1\n"
                + "HX-3,\"" + HostileInput.SQL + "\",个,其他,1e14\n"
                + "HX-4," + HostileInput.EMOJI + ",个,其他,-1\n", StandardCharsets.UTF_8);
        CatalogImportReport report = cleanOutcome(() -> w.services.catalogImport().importFile(hostile));
        if (report != null) {
            assertThat(report.partsCreated()).isZero();
        }
        assertThat(w.services.parts().lookup("HX-1")).isEmpty();
        Path faithful = folder.resolve("faithful.csv");
        Files.writeString(faithful, "配件编号,名称,单位,类别\nHX-5,\"" + HostileInput.SQL + "\",个,其他\nHX-6,"
                + HostileInput.EMOJI + ",个,其他\n", StandardCharsets.UTF_8);
        w.services.catalogImport().importFile(faithful);
        assertThat(w.services.parts().lookup("HX-5").orElseThrow().nameZh()).isEqualTo(HostileInput.SQL);
        assertThat(w.services.parts().lookup("HX-6").orElseThrow().nameZh()).isEqualTo(HostileInput.EMOJI);
    }

    @Test
    void everyInputMethodIsExercised() {
        Refusals.assertCovers(EXERCISED, PartsService.class, StockService.class, PurchasingService.class,
                ReservationService.class, StocktakeService.class, CatalogImport.class, FiguresService.class);
    }

    private static List<String> hostileTexts() {
        return List.of(HostileInput.TEN_THOUSAND, HostileInput.RIGHT_TO_LEFT_OVERRIDE, HostileInput.CONTROL,
                HostileInput.SQL, HostileInput.EMOJI);
    }

    private static List<BigDecimal> hostileQuantities() {
        return List.of(new BigDecimal("-1"), new BigDecimal("0.001"), new BigDecimal("1E14"),
                new BigDecimal("99999999999999.99"), new BigDecimal("999999999.999"), BigDecimal.ZERO, new BigDecimal("-0.01"));
    }

    /** A hostile quantity is refused with a key and the stock is as before, or the movement is posted whole. */
    private void cleanUnlessRefused(java.util.concurrent.Callable<?> call) {
        var before = Refusals.snapshot(db, STOCK_TABLES);
        Object result = cleanOutcome(call);
        if (result == null) {
            assertThat(Refusals.snapshot(db, STOCK_TABLES)).isEqualTo(before);
        }
        LedgerInvariant.assertHolds(w.services);
    }

    private static void cleanRefusal(java.util.concurrent.Callable<?> call) {
        try {
            call.call();
            throw new AssertionError("a binary file was imported");
        } catch (com.fours.workbench.core.BusinessRuleException e) {
            assertThat(e.messageKey()).isNotBlank();
        } catch (Exception e) {
            throw new AssertionError("a binary file gave " + e, e);
        }
    }
}
