package com.fours.workbench.demo;

import com.fours.workbench.parts.LotHistory;
import com.fours.workbench.parts.MovementType;
import com.fours.workbench.parts.NewMovement;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartRules;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PartsDao;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.PurchasingDao;
import com.fours.workbench.parts.ReservationDao;
import com.fours.workbench.parts.ReservationStatus;
import com.fours.workbench.parts.StockLedger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jdbi.v3.core.Handle;


/**
 * The parts store of a Guangzhou Toyota dealer: a few hundred parts (oil, filters, brake pads,
 * spark plugs, wipers, tyres, bulbs, belts, batteries) in about ninety bins, six suppliers, six
 * months of monthly orders received, issues to repair orders and counter sales, and a few orders
 * still open.
 */
public final class PartsDemoData implements DemoDataContributor {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PartsDemoData.class);
    static final String CLERK = "clerk";
    private static final int MONTHS = 6;

    private final StockLedger ledger;
    private final Clock clock;

    public PartsDemoData(StockLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.parts";
    }

    @Override
    public int order() {
        return 30;
    }

    private record Family(String supplier, PartCategory category, PartUnit unit, String nameZh, String nameEn,
                          String brand, String cost, int reorderPoint, int reorderQuantity, int weeklyUse) {
    }

    private record Spec(String number, String spec, Family family) {
    }

    private static final List<String> MODELS = List.of("凯美瑞", "雷凌", "汉兰达", "卡罗拉", "RAV4荣放", "亚洲龙", "致炫",
            "威兰达", "C-HR", "皇冠陆放", "威驰", "赛那", "普拉多", "埃尔法", "锋兰达", "bZ4X", "凌尚");

    private static final Map<String, String[]> SUPPLIERS = new LinkedHashMap<>();

    static {
        SUPPLIERS.put("GTMC-PC", new String[] {"广汽丰田汽车有限公司配件中心", "王建国", "020-82210000"});
        SUPPLIERS.put("FTMS-PC", new String[] {"一汽丰田汽车销售有限公司华南配件库", "刘志明", "020-36001234"});
        SUPPLIERS.put("MOBIL-GZ", new String[] {"广州润通润滑油贸易有限公司", "陈海燕", "020-87654321"});
        SUPPLIERS.put("MICHELIN-GZ", new String[] {"广州驰安轮胎有限公司", "黄俊杰", "020-84561230"});
        SUPPLIERS.put("BOSCH-GZ", new String[] {"博世汽车配件(广州)经销部", "林晓东", "020-22883344"});
        SUPPLIERS.put("VARTA-GZ", new String[] {"广州瓦尔塔蓄电池经销有限公司", "郑丽", "020-31117788"});
    }

    /** Real catalogue numbers first; the model-specific variants after them follow the maker's patterns. */
    private static List<Spec> catalog(Random random) {
        Family oilBulk = new Family("GTMC-PC", PartCategory.OIL, PartUnit.LITRE, "丰田原厂全合成机油 散装", "Toyota engine oil, bulk", "丰田", "48.00", 60, 200, 40);
        Family oilCan = new Family("MOBIL-GZ", PartCategory.OIL, PartUnit.BOTTLE, "全合成机油 4L", "Synthetic engine oil 4 l", "美孚", "228.00", 10, 24, 6);
        Family oilFilter = new Family("GTMC-PC", PartCategory.FILTER, PartUnit.PCS, "机油滤清器", "Oil filter", "丰田", "28.50", 10, 40, 8);
        Family airFilter = new Family("GTMC-PC", PartCategory.FILTER, PartUnit.PCS, "空气滤清器滤芯", "Air filter element", "丰田", "62.00", 6, 20, 4);
        Family cabinFilter = new Family("FTMS-PC", PartCategory.FILTER, PartUnit.PCS, "空调滤清器滤芯", "Cabin air filter", "丰田", "55.00", 6, 20, 4);
        Family fuelFilter = new Family("FTMS-PC", PartCategory.FILTER, PartUnit.PCS, "燃油滤清器", "Fuel filter", "丰田", "168.00", 2, 6, 1);
        Family padsFront = new Family("GTMC-PC", PartCategory.BRAKE, PartUnit.SET, "前刹车片", "Front brake pads", "丰田", "385.00", 3, 8, 2);
        Family padsRear = new Family("GTMC-PC", PartCategory.BRAKE, PartUnit.SET, "后刹车片", "Rear brake pads", "丰田", "298.00", 2, 6, 1);
        Family disc = new Family("FTMS-PC", PartCategory.BRAKE, PartUnit.PCS, "前刹车盘", "Front brake disc", "丰田", "520.00", 2, 4, 1);
        Family brakeFluid = new Family("BOSCH-GZ", PartCategory.FLUID, PartUnit.BOTTLE, "DOT4 刹车油 1L", "Brake fluid DOT 4, 1 l", "博世", "58.00", 6, 24, 3);
        Family coolant = new Family("GTMC-PC", PartCategory.FLUID, PartUnit.LITRE, "超长效冷却液", "Super long life coolant", "丰田", "22.00", 20, 60, 8);
        Family plug = new Family("GTMC-PC", PartCategory.IGNITION, PartUnit.PCS, "铱金火花塞", "Iridium spark plug", "电装", "92.00", 8, 32, 4);
        Family wiperDriver = new Family("BOSCH-GZ", PartCategory.WIPER, PartUnit.PCS, "主驾驶侧雨刮片", "Wiper blade, driver", "博世", "68.00", 4, 12, 2);
        Family wiperPassenger = new Family("BOSCH-GZ", PartCategory.WIPER, PartUnit.PCS, "副驾驶侧雨刮片", "Wiper blade, passenger", "博世", "58.00", 4, 12, 2);
        Family wiperRear = new Family("GTMC-PC", PartCategory.WIPER, PartUnit.PCS, "后雨刮片", "Rear wiper blade", "丰田", "45.00", 2, 6, 1);
        Family tyre = new Family("MICHELIN-GZ", PartCategory.TYRE, PartUnit.PCS, "轮胎", "Tyre", "米其林", "780.00", 4, 8, 2);
        Family bulb = new Family("BOSCH-GZ", PartCategory.BULB, PartUnit.PCS, "灯泡", "Bulb", "欧司朗", "35.00", 6, 20, 2);
        Family belt = new Family("FTMS-PC", PartCategory.BELT, PartUnit.PCS, "发动机多楔带", "Engine V-ribbed belt", "丰田", "210.00", 2, 6, 1);
        Family battery = new Family("VARTA-GZ", PartCategory.BATTERY, PartUnit.PCS, "免维护蓄电池", "Maintenance-free battery", "瓦尔塔", "560.00", 3, 6, 1);

        List<Spec> specs = new ArrayList<>();
        String[][] known = {
                {"08880-83718", "0W-20 SN 4L"}, {"08880-83717", "0W-20 SN 1L"}, {"08880-84517", "5W-30 SN 1L"},
        };
        for (String[] k : known) {
            specs.add(new Spec(k[0], k[1], oilBulk));
        }
        for (String grade : new String[] {"1号 0W-20", "1号 5W-30", "1号 0W-40", "速霸 5W-30", "超金 5W-40"}) {
            specs.add(new Spec("MOBIL-" + grade.replaceAll("[^0-9A-Z]", ""), grade + " 4L", oilCan));
        }
        String[] oilFilters = {"90915-YZZE1", "90915-YZZN1", "04152-YZZA1", "04152-YZZA6", "04152-31090", "90915-10003",
                "04152-37010", "90915-YZZJ1"};
        String[] airFilters = {"17801-0H050", "17801-21060", "17801-0V020", "17801-F0050", "17801-25020", "17801-0P051",
                "17801-0T030", "17801-31130"};
        String[] cabinFilters = {"87139-0N010", "87139-YZZ08", "87139-30100", "87139-06080", "87139-0E040", "87139-F4010",
                "87139-52040"};
        String[] padsFronts = {"04465-33450", "04465-06090", "04465-0R010", "04465-42180", "04465-02220", "04465-0E060",
                "04465-0T020", "04465-33471"};
        String[] padsRears = {"04466-33160", "04466-0R010", "04466-42060", "04466-02070", "04466-0E010", "04466-06090"};
        String[] discs = {"43512-06190", "43512-02300", "43512-42060", "43512-0E060", "43512-33220"};
        String[] plugs = {"90919-01253", "90919-01275", "90919-01247", "90919-01210", "90919-01289", "90919-01259",
                "90919-01249"};
        String[] wipersD = {"85222-06150", "85222-02220", "85222-42190", "85222-0E120", "85222-33230", "85222-0T050"};
        String[] wipersP = {"85212-06230", "85212-02230", "85212-42180", "85212-0E100", "85212-33260", "85212-0T040"};
        String[] wipersR = {"85242-0R020", "85242-0E040", "85242-42040"};
        String[] belts = {"90916-02693", "90916-A2017", "90916-02585", "90916-02703", "90916-02660"};
        String[] batteries = {"28800-0T140", "28800-38090", "28800-YZZ71", "28800-0V060", "VARTA-6-QW-60", "VARTA-6-QW-70",
                "VARTA-H6-80"};
        String[] fuelFilters = {"23300-31100", "23300-0V010", "77024-06110"};
        addAll(specs, oilFilters, oilFilter);
        addAll(specs, airFilters, airFilter);
        addAll(specs, cabinFilters, cabinFilter);
        addAll(specs, fuelFilters, fuelFilter);
        addAll(specs, padsFronts, padsFront);
        addAll(specs, padsRears, padsRear);
        addAll(specs, discs, disc);
        addAll(specs, plugs, plug);
        addAll(specs, wipersD, wiperDriver);
        addAll(specs, wipersP, wiperPassenger);
        addAll(specs, wipersR, wiperRear);
        addAll(specs, belts, belt);
        addAll(specs, batteries, battery);
        specs.add(new Spec("08889-80016", "DOT4 1L", brakeFluid));
        specs.add(new Spec("BOSCH-DOT4-05", "DOT4 0.5L", brakeFluid));
        specs.add(new Spec("08889-80015", "粉红 预混", coolant));
        specs.add(new Spec("08889-80150", "粉红 浓缩", coolant));
        String[] tyreSizes = {"205/55R16 91V", "215/55R17 94V", "225/45R18 91W", "225/60R18 100H", "235/55R19 101V",
                "195/65R15 91H", "215/60R16 95V", "235/60R18 103H", "245/45R19 98Y", "185/60R15 84H"};
        String[] treads = {"PRIMACY 4", "PILOT SPORT 4", "e-PRIMACY", "LATITUDE SPORT 3"};
        for (String size : tyreSizes) {
            for (String tread : treads) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                String number = "MI-" + size.replaceAll("[^0-9]", "").substring(0, 7) + "-"
                        + tread.replaceAll("[^A-Z0-9]", "").substring(0, 3);
                specs.add(new Spec(number, size + " " + tread, tyre));
            }
        }
        String[][] bulbs = {{"90981-13075", "H11 12V 55W"}, {"90981-13094", "HB3 12V 60W"}, {"90981-15004", "W5W 12V 5W"},
                {"90981-13066", "H16 12V 19W"}, {"90981-11046", "H4 12V 60/55W"}, {"90981-15003", "T10 12V 3.8W"},
                {"90981-WD001", "D4S 35W 氙气"}, {"90981-14002", "P21W 12V 21W"}, {"90981-14003", "P21/5W 12V"},
                {"90981-13092", "HB4 12V 51W"}};
        for (String[] b : bulbs) {
            specs.add(new Spec(b[0], b[1], bulb));
        }
        // model-specific variants of the fast movers, numbered the way the maker numbers them
        Family[] variantFamilies = {oilFilter, airFilter, cabinFilter, padsFront, padsRear, plug, wiperDriver,
                wiperPassenger, belt, disc};
        String[] prefixes = {"04152-", "17801-", "87139-", "04465-", "04466-", "90919-01", "85222-", "85212-", "90916-", "43512-"};
        String letters = "0EFNRTVWY";
        for (String model : MODELS) {
            for (int f = 0; f < variantFamilies.length; f++) {
                if (random.nextInt(5) == 0) {
                    continue;
                }
                String number = prefixes[f].endsWith("01") ? prefixes[f] + (300 + random.nextInt(99))
                        : prefixes[f] + letters.charAt(random.nextInt(letters.length()))
                        + (char) ('A' + random.nextInt(20)) + String.format("%03d", random.nextInt(1000));
                specs.add(new Spec(number, model + " 专用", variantFamilies[f]));
            }
        }
        // drop duplicates a variant may have made
        Map<String, Spec> unique = new LinkedHashMap<>();
        specs.forEach(s -> unique.putIfAbsent(s.number(), s));
        return new ArrayList<>(unique.values());
    }

    private static void addAll(List<Spec> specs, String[] numbers, Family family) {
        for (int i = 0; i < numbers.length; i++) {
            specs.add(new Spec(numbers[i], MODELS.get(i % MODELS.size()) + " 等", family));
        }
    }

    private record Stocked(long partId, Spec spec, long binId, long supplierId, BigDecimal cost, boolean whole) {
    }

    private record Event(Instant at, Stocked part, BigDecimal quantity, boolean receipt, boolean sale, long repairOrder) {
    }

    /** What an event of the history does, decided in memory before the day's rows are written. */
    private record Planned(Event event, long[] order, int orderLine, int reservation, long lineId, boolean issued) {
    }

    /** A receipt line waiting for the ids of its order line and ledger row. */
    private record PendingReceiptLine(long receiptId, int orderLine, long partId, long binId, BigDecimal quantity,
                                      BigDecimal cost) {
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        long started = System.nanoTime();
        Random random = values.random();
        PartsDao parts = handle.attach(PartsDao.class);
        PurchasingDao purchasing = handle.attach(PurchasingDao.class);
        Instant now = clock.instant();

        String[][] margins = {{"OIL", "45"}, {"FILTER", "60"}, {"BRAKE", "40"}, {"IGNITION", "50"}, {"WIPER", "55"},
                {"TYRE", "20"}, {"BULB", "70"}, {"BELT", "45"}, {"BATTERY", "25"}, {"FLUID", "60"}, {"BODY", "35"},
                {"OTHER", "40"}};
        for (String[] margin : margins) {
            parts.insertMargin(margin[0], new BigDecimal(margin[1]));
        }

        Map<String, Long> suppliers = new HashMap<>();
        SUPPLIERS.forEach((code, s) -> suppliers.put(code,
                purchasing.insertSupplier(code, s[0], s[1], s[2], "广州市", now.minus(Duration.ofDays(400)))));

        List<Long> bins = new ArrayList<>();
        for (char aisle = 'A'; aisle <= 'E'; aisle++) {
            for (int rack = 1; rack <= 6; rack++) {
                for (int shelf = 1; shelf <= 3; shelf++) {
                    bins.add(parts.insertBin(String.format("%c-%02d-%02d", aisle, rack, shelf), null));
                }
            }
        }

        List<Stocked> stocked = new ArrayList<>();
        int index = 0;
        for (Spec spec : catalog(random)) {
            Family f = spec.family();
            BigDecimal cost = new BigDecimal(f.cost()).multiply(BigDecimal.valueOf(85 + random.nextInt(30)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            String barcode = f.brand().equals("丰田") ? null : "69" + String.format("%011d", Math.abs(random.nextLong()) % 100_000_000_000L);
            boolean fixed = f.category() == PartCategory.TYRE || f.category() == PartCategory.BATTERY;
            PartRules.CheckedPart checked = PartRules.check(new PartInput(spec.number(), f.nameZh(), f.nameEn(), f.brand(),
                    spec.spec(), f.unit(), f.category(), barcode == null ? "" : barcode,
                    String.valueOf(f.reorderPoint()), String.valueOf(f.reorderQuantity()),
                    fixed ? PricePolicy.FIXED : PricePolicy.COST_PLUS,
                    fixed ? cost.multiply(new BigDecimal("1.25")).setScale(0, RoundingMode.HALF_UP) + ".00" : "", true));
            long id = parts.insert(checked.partNumber(), checked.nameZh(), checked.nameEn(), checked.brand(),
                    checked.specification(), checked.unit().name(), checked.unit().whole(), checked.category().name(),
                    true, checked.reorderPoint(), checked.reorderQuantity(), checked.pricePolicy().name(),
                    checked.listPrice() == null ? null : checked.listPrice().amount(), now.minus(Duration.ofDays(400)));
            checked.barcodes().forEach(code -> parts.insertBarcode(code, id));
            // the store's own label: part number as a Code 128 barcode is what the clerk scans
            long bin = bins.get((index++ * 7) % bins.size());
            parts.assignBin(id, bin, true);
            long supplier = suppliers.get(f.supplier());
            purchasing.addPartSupplier(id, supplier, cost, true);
            stocked.add(new Stocked(id, spec, bin, supplier, cost, f.unit().whole()));
        }

        // six months of history: a receipt per part each month, then weekly use
        List<Event> events = new ArrayList<>();
        Instant start = now.minus(Duration.ofDays(30L * MONTHS));
        for (Stocked s : stocked) {
            Family f = s.spec().family();
            boolean slow = random.nextInt(12) == 0; // a few parts nobody asks for: dead stock
            double factor = 0.75 + random.nextInt(50) / 100.0; // some parts are bought short, some long
            for (int month = 0; month < MONTHS; month++) {
                if (slow && month > 0) {
                    break;
                }
                Instant at = slow ? now.minus(Duration.ofDays(400 + random.nextInt(60)))
                        : start.plus(Duration.ofDays(30L * month + random.nextInt(3))).plus(Duration.ofHours(2));
                // about a month's use (events every 9.5 days, (1 + weekly use) / 2 each), more or less
                double monthlyUse = 30 / 9.5 * (1 + f.weeklyUse()) / 2.0 * (f.unit().whole() ? 1 : 2);
                int quantity = (int) Math.max(1, Math.round(monthlyUse * factor)) + (month == 0 ? 2 * f.reorderPoint() : 0);
                events.add(new Event(at, s, BigDecimal.valueOf(quantity), true, false, 0));
            }
            if (slow) {
                continue;
            }
            for (int day = 1; day < 30 * MONTHS; day += 4 + random.nextInt(12)) {
                int use = 1 + random.nextInt(Math.max(1, f.weeklyUse()));
                BigDecimal quantity = s.whole() ? BigDecimal.valueOf(use)
                        : BigDecimal.valueOf(use * 4L + random.nextInt(4)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
                Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofHours(1 + random.nextInt(8)));
                events.add(new Event(at, s, quantity, false, random.nextInt(8) == 0, 20_000 + random.nextInt(3000)));
            }
        }
        events.sort(Comparator.comparing(Event::at));

        // Each day: decide every event in memory, write the day's reservations in one batch and its
        // movements in one ledger post; the order lines, receipt lines and lots go in one batch each at
        // the end, in the order (and so with the ids) that writing them one by one gave.
        Map<Long, BigDecimal> onHand = new HashMap<>();
        Map<String, long[]> monthlyOrders = new HashMap<>();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyyMMdd");
        ReservationDao reservations = handle.attach(ReservationDao.class);
        List<PurchasingDao.StoredOrderLine> orderLines = new ArrayList<>();
        List<PendingReceiptLine> receiptLines = new ArrayList<>();
        List<Long> receiptMovements = new ArrayList<>();
        LotHistory lots = new LotHistory();
        long line = 1;
        int from = 0;
        while (from < events.size()) {
            LocalDate eventDay = LocalDate.ofInstant(events.get(from).at(), clock.getZone());
            int to = from;
            while (to < events.size() && LocalDate.ofInstant(events.get(to).at(), clock.getZone()).equals(eventDay)) {
                to++;
            }
            List<Planned> planned = new ArrayList<>();
            List<ReservationDao.StoredReservation> dayReservations = new ArrayList<>();
            for (Event e : events.subList(from, to)) {
                Stocked s = e.part();
                BigDecimal have = onHand.getOrDefault(s.partId(), BigDecimal.ZERO);
                if (e.receipt()) {
                    long[] order = monthlyOrders.computeIfAbsent(s.supplierId() + "/" + eventDay.withDayOfMonth(1), k -> {
                        Instant ordered = e.at().minus(Duration.ofDays(3));
                        String number = "PO" + LocalDate.ofInstant(ordered, clock.getZone()).format(day) + "-"
                                + String.format("%03d", monthlyOrders.size() % 1000 + 1);
                        long orderId = purchasing.insertOrderAsOf(number, s.supplierId(), "RECEIVED", null, CLERK, ordered,
                                ordered);
                        long receiptId = purchasing.insertReceipt(orderId, s.supplierId(), null, null, CLERK, e.at());
                        purchasing.setDeliveryNote(receiptId, "SH" + receiptId + "-" + orderId);
                        return new long[] {orderId, receiptId, 0};
                    });
                    orderLines.add(new PurchasingDao.StoredOrderLine(order[0], (int) ++order[2], s.partId(), e.quantity(),
                            s.cost(), e.quantity()));
                    planned.add(new Planned(e, order, orderLines.size() - 1, -1, 0, true));
                    onHand.put(s.partId(), have.add(e.quantity()));
                    continue;
                }
                boolean fromStock = have.compareTo(e.quantity()) >= 0;
                if (e.sale() && fromStock) {
                    planned.add(new Planned(e, null, -1, -1, 0, true));
                    onHand.put(s.partId(), have.subtract(e.quantity()));
                    continue;
                }
                long lineId = 1_000_000 + line++;
                dayReservations.add(new ReservationDao.StoredReservation(e.repairOrder(), lineId, s.partId(), e.quantity(),
                        fromStock ? e.quantity() : BigDecimal.ZERO,
                        fromStock ? ReservationStatus.ISSUED : ReservationStatus.RELEASED, fromStock, "advisor", e.at()));
                planned.add(new Planned(e, null, -1, dayReservations.size() - 1, lineId, fromStock));
                if (fromStock) {
                    onHand.put(s.partId(), have.subtract(e.quantity()));
                }
            }
            List<Long> reservationIds = dayReservations.isEmpty() ? List.of() : reservations.insertAll(dayReservations);
            List<NewMovement> batch = new ArrayList<>();
            List<Planned> moving = new ArrayList<>();
            for (Planned p : planned) {
                Event e = p.event();
                Stocked s = e.part();
                if (!p.issued()) {
                    continue; // reserved, found short and released: no movement
                }
                if (e.receipt()) {
                    batch.add(NewMovement.of(s.partId(), s.binId(), MovementType.RECEIPT, e.quantity()).withUnitCost(s.cost())
                            .withReceipt(p.order()[1]).withReference("SH" + p.order()[1] + "-" + p.order()[0]).at(e.at()));
                } else if (p.reservation() < 0) {
                    batch.add(NewMovement.of(s.partId(), s.binId(), MovementType.COUNTER_SALE, e.quantity().negate())
                            .withReference("柜台零售").at(e.at()));
                } else {
                    batch.add(NewMovement.of(s.partId(), s.binId(), MovementType.ISSUE_TO_REPAIR_ORDER, e.quantity().negate())
                            .withRepairOrder(e.repairOrder(), p.lineId(), reservationIds.get(p.reservation())).at(e.at()));
                }
                moving.add(p);
            }
            List<Long> movementIds = ledger.post(handle, batch, CLERK);
            for (int i = 0; i < moving.size(); i++) {
                Planned p = moving.get(i);
                Event e = p.event();
                Stocked s = e.part();
                long movement = movementIds.get(i);
                if (e.receipt()) {
                    receiptLines.add(new PendingReceiptLine(p.order()[1], p.orderLine(), s.partId(), s.binId(), e.quantity(),
                            s.cost()));
                    receiptMovements.add(movement);
                    lots.open(s.partId(), p.order()[1], movement, e.quantity(), e.at());
                } else {
                    lots.consume(s.partId(), movement, e.quantity());
                }
            }
            from = to;
        }
        List<Long> orderLineIds = orderLines.isEmpty() ? List.of() : purchasing.insertLinesAsOf(orderLines);
        List<PurchasingDao.StoredReceiptLine> receiptRows = new ArrayList<>();
        for (int i = 0; i < receiptLines.size(); i++) {
            PendingReceiptLine r = receiptLines.get(i);
            receiptRows.add(new PurchasingDao.StoredReceiptLine(r.receiptId(), orderLineIds.get(r.orderLine()), r.partId(),
                    r.binId(), r.quantity(), r.cost(), r.cost(), false, null, receiptMovements.get(i)));
        }
        if (!receiptRows.isEmpty()) {
            purchasing.insertReceiptLines(receiptRows);
        }
        lots.write(handle);
        log.info("Parts history: {} parts, {} events in {} ms", stocked.size(), events.size(),
                (System.nanoTime() - started) / 1_000_000);

        // today's repair orders waiting for their parts are the repair demo's, which reserves through the warehouse
        List<Stocked> forOrders = stocked.subList(0, Math.min(stocked.size(), 12));
        for (int o = 0; o < 3; o++) {
            Stocked first = forOrders.get(o * 4);
            String number = "PO" + LocalDate.ofInstant(now, clock.getZone()).format(day) + "-" + String.format("%03d", o + 1);
            long orderId = purchasing.insertOrderAsOf(number, first.supplierId(), o == 0 ? "DRAFT" : "SENT",
                    o == 0 ? "紧急补货" : null, CLERK, now.minus(Duration.ofHours(20 - o)),
                    o == 0 ? null : now.minus(Duration.ofHours(18)));
            for (int l = 0; l < 4; l++) {
                Stocked s = forOrders.get(o * 4 + l);
                purchasing.insertLine(orderId, l + 1, s.partId(),
                        BigDecimal.valueOf(s.spec().family().reorderQuantity()), s.cost());
            }
        }
    }
}
