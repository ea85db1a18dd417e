package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.repair.ApprovalMethod;
import com.fours.workbench.repair.CannedJobItem;
import com.fours.workbench.repair.ChangeKind;
import com.fours.workbench.repair.LabourCatalog;
import com.fours.workbench.repair.LabourCatalogDao;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LinePricing;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.LineStatus;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderDao;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlanDao;
import com.fours.workbench.core.Money;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDao;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.KeysAndDocumentsInput;
import com.fours.workbench.intake.IntakeService;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartsService;

/**
 * The demo store's labour catalog (a Toyota dealer's everyday operations, rates, the 10,000 and
 * 20,000 km canned jobs with parts of the parts demo) and today's repair orders in every state, so
 * the order list and the job board have something to show. Runs after reception's and the
 * warehouse's demo data, without a logged-in user, so it writes through the DAOs directly.
 */
public final class RepairDemoData implements DemoDataContributor {

    private record Op(String code, String nameZh, String nameEn, RepairCategory category, String hours, String group) {
    }

    private static final List<Op> OPERATIONS = List.of(
            new Op("OIL-01", "机油机滤更换", "Engine oil and filter change", RepairCategory.FIRST_LEVEL_MAINTENANCE, "0.5", "快保组"),
            new Op("INSP-01", "常规保养检查（21项）", "Routine maintenance inspection", RepairCategory.FIRST_LEVEL_MAINTENANCE, "0.5", "快保组"),
            new Op("AIRF-01", "空气滤芯更换", "Engine air filter replacement", RepairCategory.FIRST_LEVEL_MAINTENANCE, "0.2", "快保组"),
            new Op("CABF-01", "空调滤芯更换", "Cabin air filter replacement", RepairCategory.FIRST_LEVEL_MAINTENANCE, "0.3", "快保组"),
            new Op("PLUG-01", "火花塞更换（4缸）", "Spark plugs replacement (4 cyl.)", RepairCategory.SECOND_LEVEL_MAINTENANCE, "0.8", "机修组"),
            new Op("ATF-01", "变速箱油更换", "Automatic transmission fluid change", RepairCategory.SECOND_LEVEL_MAINTENANCE, "1.0", "机修组"),
            new Op("BRKF-01", "刹车油更换", "Brake fluid change", RepairCategory.SECOND_LEVEL_MAINTENANCE, "0.8", "机修组"),
            new Op("ALIGN-01", "四轮定位", "Four-wheel alignment", RepairCategory.MINOR_REPAIR, "1.2", "机修组"),
            new Op("BRAKE-F", "前刹车片更换", "Front brake pads replacement", RepairCategory.MINOR_REPAIR, "1.5", "机修组"),
            new Op("BRAKE-R", "后刹车片更换", "Rear brake pads replacement", RepairCategory.MINOR_REPAIR, "1.5", "机修组"),
            new Op("AC-01", "空调系统检查及加注冷媒", "A/C check and refrigerant charge", RepairCategory.SPECIALIST_REPAIR, "1.0", "机修组"),
            new Op("BATT-01", "蓄电池检测及更换", "Battery test and replacement", RepairCategory.MINOR_REPAIR, "0.3", "快保组"),
            new Op("LAMP-01", "前大灯总成更换", "Headlamp assembly replacement", RepairCategory.MINOR_REPAIR, "0.8", "机修组"),
            new Op("BODY-01", "前保险杠钣金修复", "Front bumper bodywork", RepairCategory.BODYWORK, "3.0", "钣金组"),
            new Op("PAINT-01", "前保险杠喷漆", "Front bumper paint", RepairCategory.PAINT, "4.0", "喷漆组"),
            new Op("WTY-01", "保修：水泵更换", "Warranty: water pump replacement", RepairCategory.WARRANTY, "2.5", "机修组"),
            new Op("EV-01", "三电系统检测（动力电池、电机、电控）", "High-voltage system check (battery, motor, controller)",
                    RepairCategory.MINOR_REPAIR, "1.0", "机修组"),
            new Op("EV-02", "减速器油更换", "Reduction gear oil change", RepairCategory.MINOR_REPAIR, "0.6", "快保组"));
    /** Work on an engine or its gearbox: never on a battery-electric car. */
    private static final java.util.Set<String> ENGINE_WORK = java.util.Set.of("OIL-01", "AIRF-01", "PLUG-01", "ATF-01",
            "WTY-01");

    private static final Map<RepairCategory, String> RATES = Map.of(
            RepairCategory.BODYWORK, "420.00", RepairCategory.PAINT, "450.00", RepairCategory.WARRANTY, "300.00");

    /** What an order of the demo has and how far it got. */
    private record Order(String complaint, RepairOrderStatus status, String cannedJob, List<String> extraOps,
                         List<String> fees, boolean declineLast, int promisedMinutes, String advisor) {
    }

    private static final List<Order> ORDERS = List.of(
            new Order("1万公里保养", RepairOrderStatus.PLANNED, "PKG-10K", List.of(), List.of(), false, 120, "advisor"),
            new Order("2万公里保养，空调不凉", RepairOrderStatus.APPROVED, "PKG-20K", List.of("AC-01"), List.of(), false, 240, "advisor"),
            new Order("刹车有异响", RepairOrderStatus.APPROVED, null, List.of("BRAKE-F", "ALIGN-01"), List.of(), true, 180, "advisor"),
            new Order("四轮定位，跑偏", RepairOrderStatus.IN_PROGRESS, null, List.of("ALIGN-01", "INSP-01"), List.of("洗车"), false, 60, "advisor"),
            new Order("前保险杠刮花", RepairOrderStatus.IN_PROGRESS, null, List.of("BODY-01", "PAINT-01"), List.of(), false, -30, "manager"),
            new Order("水泵漏水（保修）", RepairOrderStatus.IN_PROGRESS, null, List.of("WTY-01"), List.of(), false, 300, "advisor"),
            new Order("蓄电池亏电", RepairOrderStatus.IN_QC, null, List.of("BATT-01"), List.of(), false, 30, "advisor"),
            new Order("空调有异味", RepairOrderStatus.READY_FOR_SETTLEMENT, null, List.of("AC-01"), List.of("空调管路消毒"), false, -10, "advisor"),
            new Order("二级维护：火花塞、变速箱油到期", RepairOrderStatus.IN_QC, null, List.of("PLUG-01", "ATF-01"), List.of(), false, 45, "advisor"),
            new Order("二级维护", RepairOrderStatus.READY_FOR_SETTLEMENT, null, List.of("PLUG-01", "BRKF-01"), List.of(), false, 15, "advisor"));

    record Car(long id, long ownerId, int mileage, String model) {
    }

    /** The order as planned, or for an electric car one that fits it: the same state, the car's own work. */
    private static Order fitting(Order o, Car car) {
        boolean engine = o.cannedJob() != null || o.extraOps().stream().anyMatch(ENGINE_WORK::contains);
        if (!engine || !CustomersDemoData.electric(car.model())) {
            return o;
        }
        return new Order("续航里程下降，做三电系统检测", o.status(), null, List.of("EV-01", "EV-02"), o.fees(), o.declineLast(),
                o.promisedMinutes(), o.advisor());
    }

    private final IntakeService intakes;
    private final Clock clock;

    public RepairDemoData(IntakeService intakes, Clock clock) {
        this.intakes = intakes;
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.repair";
    }

    @Override
    public int order() {
        return 40; // after reception and the warehouse
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        LabourCatalogDao catalog = handle.attach(LabourCatalogDao.class);
        Map<String, Long> ops = new LinkedHashMap<>();
        for (Op op : OPERATIONS) {
            Long group = catalog.workGroupByName(op.group()).orElse(null);
            ops.put(op.code(), catalog.insertOperation(op.code(), op.nameZh(), op.nameEn(), op.category().name(),
                    new BigDecimal(op.hours()), group, true));
        }
        RATES.forEach((category, rate) -> catalog.insertRate(category.name(), new BigDecimal(rate)));
        Map<String, Long> jobs = new LinkedHashMap<>();
        jobs.put("PKG-10K", cannedJob(handle, "PKG-10K", "1万公里保养", "10,000 km maintenance", null, List.of(
                item(ops.get("OIL-01"), null, "0.5"), item(ops.get("INSP-01"), null, "0.5"),
                item(null, part(handle, "08880-83718"), "1"), item(null, part(handle, "90915-YZZE1"), "1"))));
        jobs.put("PKG-20K", cannedJob(handle, "PKG-20K", "2万公里保养", "20,000 km maintenance", null, List.of(
                item(ops.get("OIL-01"), null, "0.5"), item(ops.get("INSP-01"), null, "0.5"),
                item(ops.get("AIRF-01"), null, "0.2"), item(ops.get("CABF-01"), null, "0.3"),
                item(null, part(handle, "08880-83718"), "1"), item(null, part(handle, "90915-YZZE1"), "1"),
                item(null, part(handle, "17801-0H050"), "1"), item(null, part(handle, "87139-0N010"), "1"))));
        cannedJob(handle, "PKG-40K", "4万公里保养（凯美瑞）", "40,000 km maintenance (Camry)", "凯美瑞", List.of(
                item(ops.get("OIL-01"), null, "0.5"), item(ops.get("PLUG-01"), null, "0.8"),
                item(ops.get("ATF-01"), null, "1.0"), item(ops.get("BRKF-01"), null, "0.8"),
                item(null, part(handle, "08880-83718"), "1"), item(null, part(handle, "90915-YZZE1"), "1"),
                item(null, part(handle, "90919-01253"), "4")));

        List<Car> cars = handle.attach(IntakeDao.class).privateCars(true, ORDERS.size()).stream()
                .map(c -> new Car(c.id(), c.ownerId(), c.mileage(), c.model())).toList();
        Instant now = clock.instant();
        Duration apart = receptionsApart(now);
        for (int i = 0; i < cars.size(); i++) {
            Car car = cars.get(i);
            Order o = fitting(ORDERS.get(i), car);
            Instant received = now.minus(LAST_RECEIVED).minus(apart.multipliedBy(ORDERS.size() - 1 - i));
            String promised = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(now.plus(Duration.ofMinutes(o.promisedMinutes())).atZone(clock.getZone()));
            IntakeInput input = new IntakeInput(Integer.toString(car.mileage()), FuelLevel.HALF, "", o.complaint(),
                    List.of(o.complaint()), "", promised, OldPartsHandling.values()[i % 2], "车主本人", i % 3 == 0, "",
                    List.of()).withKeysAndDocuments(keysAndDocuments(i));
            long intakeId = intakes.insertForDemo(handle, car.ownerId(), car.id(), input, received, o.advisor(), true);
            long orderId = handle.attach(RepairOrderDao.class).findByIntake(intakeId).orElseThrow().id();
            build(handle, orderId, o, ops, jobs, received, now);
        }
    }

    /** The store opens at 08:00: today's first car is received then, not in the night (decision 0099). */
    private static final LocalTime OPENING = LocalTime.of(8, 0);
    /**
     * The last car of the day so far is received this long before now: its work starts 45 minutes after
     * the reception, before the finished orders' labour is done (20 minutes before now).
     */
    private static final Duration LAST_RECEIVED = Duration.ofMinutes(70);

    /**
     * Today's receptions from the opening to {@link #LAST_RECEIVED} before now, evenly apart and at most
     * 40 minutes; before the day has that room (a clock in the small hours) 40 minutes apart as it comes.
     */
    private Duration receptionsApart(Instant now) {
        Instant opening = now.atZone(clock.getZone()).toLocalDate().atTime(OPENING).atZone(clock.getZone()).toInstant();
        Duration room = Duration.between(opening, now.minus(LAST_RECEIVED));
        Duration most = Duration.ofMinutes(40);
        if (room.isNegative()) {
            return most;
        }
        Duration even = room.dividedBy(ORDERS.size() - 1);
        return even.compareTo(most) < 0 ? even : most;
    }

    /** Keys on the key board under a tag per car, two keys for most, and the documents a customer usually leaves. */
    static KeysAndDocumentsInput keysAndDocuments(int index) {
        return new KeysAndDocumentsInput(String.format("K-%02d", index + 1), index % 3 == 2 ? "1" : "2", index % 2 == 0,
                index % 4 == 1, false, index == 3 ? "防盗螺丝钥匙" : "");
    }

    private void build(Handle handle, long orderId, Order o, Map<String, Long> ops, Map<String, Long> jobs,
                       Instant received, Instant now) {
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        List<LineInput> inputs = new ArrayList<>();
        if (o.cannedJob() != null) {
            for (CannedJobItem item : LabourCatalog.cannedJob(handle, jobs.get(o.cannedJob())).items()) {
                inputs.add(item.operationId() != null ? LineInput.labour(item.operationId(), item.quantity(), Payer.CUSTOMER)
                        : LineInput.part(item.partId(), item.quantity(), Payer.CUSTOMER));
            }
        }
        for (String code : o.extraOps()) {
            LabourOperation op = LabourCatalog.operation(handle, ops.get(code));
            inputs.add(LineInput.labour(op.id(), op.standardHours(),
                    op.category() == RepairCategory.WARRANTY ? Payer.WARRANTY : Payer.CUSTOMER));
        }
        for (String fee : o.fees()) {
            inputs.add(LineInput.fee(fee, Money.of("50.00"), Payer.CUSTOMER));
        }
        Instant at = received.plus(Duration.ofMinutes(15));
        List<Long> lineIds = new ArrayList<>();
        int lineNo = 1;
        for (LineInput input : inputs) {
            LinePricing.Priced p = LinePricing.price(handle, input);
            long lineId = dao.insertLine(orderId, lineNo++, input.kind().name(), p.operationId(), p.partId(),
                    p.description(), p.category() == null ? null : p.category().name(), p.quantity(), p.standardHours(),
                    p.unitPrice().amount(), p.amount().amount(), p.payer().name(), p.workGroupId(), o.advisor(), at);
            if (input.kind() == LineKind.PART) {
                long reservation = dao.insertOpenReservation(orderId, lineId, p.partId(), p.quantity(), o.advisor(), at);
                dao.setReservation(lineId, reservation);
            }
            lineIds.add(lineId);
        }
        int version = 0;
        dao.setStatus(orderId, RepairOrderStatus.PLANNED.name(), at);
        version = log(handle, orderId, version, ChangeKind.LINE_ADDED, o.complaint(), o.advisor(), at);
        if (o.status() == RepairOrderStatus.PLANNED) {
            return;
        }
        Instant approvedAt = at.plus(Duration.ofMinutes(10));
        List<RepairLine> lines = dao.lines(orderId);
        Money approved = Money.ZERO;
        Money declined = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            boolean decline = o.declineLast() && i == lines.size() - 1;
            if (decline) {
                declined = declined.plus(lines.get(i).amount());
            } else {
                approved = approved.plus(lines.get(i).amount());
            }
        }
        long approvalId = dao.insertApproval(orderId, ApprovalMethod.COUNTER_SIGNATURE.name(), "车主本人", null, null, null,
                null, approved.amount(), declined.amount(), o.advisor(), approvedAt);
        for (int i = 0; i < lines.size(); i++) {
            dao.decide(lines.get(i).id(), approvalId, o.declineLast() && i == lines.size() - 1);
        }
        dao.setApprovedEstimate(orderId, approved.amount());
        dao.setStatus(orderId, RepairOrderStatus.APPROVED.name(), approvedAt);
        version = log(handle, orderId, version, ChangeKind.APPROVED, approved.toPlainString(), o.advisor(), approvedAt);
        if (o.status() == RepairOrderStatus.APPROVED) {
            return;
        }
        Instant started = approvedAt.plus(Duration.ofMinutes(20));
        dao.setStatus(orderId, RepairOrderStatus.IN_PROGRESS.name(), started);
        version = log(handle, orderId, version, ChangeKind.STATUS_CHANGED, RepairOrderStatus.IN_PROGRESS.name(), "lead",
                started);
        boolean finished = o.status() != RepairOrderStatus.IN_PROGRESS;
        for (RepairLine line : dao.lines(orderId)) {
            if (line.kind() == LineKind.LABOUR || line.kind() == LineKind.SUBLET) {
                if (finished) {
                    dao.setStatus(line.id(), LineStatus.DONE.name(), "tech", now.minus(Duration.ofMinutes(20)));
                } else if (line.lineNo() == 1) {
                    dao.setStatus(line.id(), LineStatus.IN_PROGRESS.name(), null, null);
                }
            }
        }
        if (!finished) {
            return;
        }
        Instant qc = now.minus(Duration.ofMinutes(15));
        dao.setStatus(orderId, RepairOrderStatus.IN_QC.name(), qc);
        version = log(handle, orderId, version, ChangeKind.STATUS_CHANGED, RepairOrderStatus.IN_QC.name(), "lead", qc);
        if (o.status() == RepairOrderStatus.READY_FOR_SETTLEMENT) {
            Instant ready = now.minus(Duration.ofMinutes(5));
            dao.setStatus(orderId, RepairOrderStatus.READY_FOR_SETTLEMENT.name(), ready);
            log(handle, orderId, version, ChangeKind.STATUS_CHANGED, RepairOrderStatus.READY_FOR_SETTLEMENT.name(), "qc",
                    ready);
        }
    }

    private static int log(Handle handle, long orderId, int version, ChangeKind kind, String subject, String user,
                           Instant at) {
        int next = version + 1;
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        dao.setVersion(orderId, next);
        dao.insertChange(orderId, next, kind.name(), subject, user, at);
        return next;
    }

    private static Long part(Handle handle, String partNumber) {
        return PartsService.lookup(handle, partNumber).map(Part::id).orElse(null);
    }

    private static CannedJobItem item(Long operationId, Long partId, String quantity) {
        return new CannedJobItem(0, operationId, partId, null, null, new BigDecimal(quantity));
    }

    private static long cannedJob(Handle handle, String code, String nameZh, String nameEn, String model,
                                  List<CannedJobItem> items) {
        LabourCatalogDao dao = handle.attach(LabourCatalogDao.class);
        long id = dao.insertCannedJob(code, nameZh, nameEn, model, true);
        int no = 1;
        for (CannedJobItem item : items) {
            if (item.operationId() == null && item.partId() == null) {
                continue; // a part the parts demo does not carry
            }
            dao.insertItem(id, no++, item.operationId(), item.partId(), item.quantity());
        }
        return id;
    }
}
