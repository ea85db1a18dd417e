package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.qc.ChecklistItem;
import com.fours.workbench.qc.Guarantee;
import com.fours.workbench.qc.ItemResult;
import com.fours.workbench.qc.QcDao;
import com.fours.workbench.qc.QcLevel;
import com.fours.workbench.qc.CompletionCertificates;
import com.fours.workbench.qc.GuaranteePeriods;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.IntakeService;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.repair.ApprovalMethod;
import com.fours.workbench.repair.DispatchDao;
import com.fours.workbench.repair.LabourCatalogDao;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairOrderDao;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlanDao;
import com.fours.workbench.security.UserDao;

/**
 * The demo's quality control: checklists per category (the rule book's road test and technical
 * standard, 3.3 and 3.4, and the usual items of a Toyota dealer), the orders in QC at different
 * levels, a level-2 order passed with its certificate, one passed after a rework round, and a
 * car back today inside the guarantee of its alignment six days ago. Runs after the repair orders
 * and the dispatch (no one is logged in), so it writes its own tables directly.
 */
public final class QcDemoData implements DemoDataContributor {

    private record Item(RepairCategory category, String zh, String en) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item(null, "维修项目符合技术标准", "Work meets the technical standard"),
            new Item(null, "试车检验，车辆恢复正常", "Road test: the car is back to normal"),
            new Item(null, "灯光、喇叭、仪表指示正常", "Lights, horn and warning lamps work"),
            new Item(null, "车辆清洁，无油污手印", "Car clean, no grease or hand prints"),
            new Item(null, "旧件已按约定放入后备箱或回收", "Old parts in the boot or scrapped as agreed"),
            new Item(RepairCategory.FIRST_LEVEL_MAINTENANCE, "机油液位、滤清器无渗漏", "Oil level right, filter not leaking"),
            new Item(RepairCategory.FIRST_LEVEL_MAINTENANCE, "保养提醒已复位", "Service reminder reset"),
            new Item(RepairCategory.SECOND_LEVEL_MAINTENANCE, "火花塞拧紧力矩 25 N·m", "Spark plug torque 25 N·m"),
            new Item(RepairCategory.SECOND_LEVEL_MAINTENANCE, "各油液液位（变速箱、制动液）正常", "Fluid levels (gearbox, brake) right"),
            new Item(RepairCategory.SECOND_LEVEL_MAINTENANCE, "轮胎螺栓力矩 103 N·m", "Wheel nut torque 103 N·m"),
            new Item(RepairCategory.MINOR_REPAIR, "更换件安装牢固、无异响", "Replaced parts secure, no noise"),
            new Item(RepairCategory.MINOR_REPAIR, "制动效能路试合格", "Braking checked on the road test"),
            new Item(RepairCategory.SPECIALIST_REPAIR, "空调出风温度 ≤ 8 ℃", "A/C outlet temperature at most 8 °C"),
            new Item(RepairCategory.BODYWORK, "钣金件间隙均匀、平整", "Panel gaps even and flush"),
            new Item(RepairCategory.PAINT, "漆面无色差、流挂、颗粒", "Paint: no colour difference, runs or dirt"),
            new Item(RepairCategory.WARRANTY, "索赔旧件已挂牌保存", "Warranty part tagged and kept"));

    private final IntakeService intakes;
    private final Clock clock;

    public QcDemoData(IntakeService intakes, Clock clock) {
        this.intakes = intakes;
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.qc";
    }

    @Override
    public int order() {
        return 48; // after the repair orders (40) and the dispatch (45)
    }


    @Override
    public void contribute(Handle handle, DemoValues values) {
        QcDao dao = handle.attach(QcDao.class);
        int position = 1;
        for (Item item : ITEMS) {
            dao.insertItem(item.category() == null ? null : item.category().name(), position++, item.zh(), item.en(), true);
        }
        Instant now = clock.instant();
        List<QcDao.OrderAtQc> orders = dao.ordersAtQc();
        long tech = user(handle, "tech");
        long lead = user(handle, "lead");
        long qc = user(handle, "qc");
        int inQc = 0;
        int ready = 0;
        for (QcDao.OrderAtQc o : orders) {
            long worker = handle.attach(DispatchDao.class).firstWorker(o.id()).orElse(tech);
            if (o.status().equals("IN_QC")) {
                if (inQc++ == 0) {
                    // waits for the re-check
                    sign(handle, o.id(), 1, QcLevel.SELF_CHECK, worker, null, now.minus(Duration.ofMinutes(10)));
                } else {
                    // waits for the self-check of the demo technician
                    handle.attach(DispatchDao.class).assignLabourEnded(o.id(), tech, "lead", now.minus(Duration.ofMinutes(90)));
                }
            } else if (o.status().equals("READY_FOR_SETTLEMENT")) {
                Instant at = now.minus(Duration.ofMinutes(40));
                int round = 1;
                if (ready++ == 0) {
                    sign(handle, o.id(), 1, QcLevel.SELF_CHECK, worker, null, at);
                    sign(handle, o.id(), 1, QcLevel.RECHECK, lead, "空调异味仍在，蒸发箱需再次清洗", at.plusSeconds(300));
                    round = 2;
                    at = at.plusSeconds(1200);
                }
                release(handle, o.id(), round, worker, lead, qc, at);
                if (CompletionCertificates.required(categories(handle, o.id()))) {
                    certificate(handle, o.id(), at.plusSeconds(900));
                }
            }
        }
        orders.stream().filter(o -> o.status().equals("IN_PROGRESS")).findFirst()
                .ifPresent(o -> comeback(handle, o, tech, lead, qc));
    }

    private static long user(Handle handle, String name) {
        return handle.attach(UserDao.class).idOf(name);
    }

    private static java.util.Set<RepairCategory> categories(Handle handle, long orderId) {
        java.util.Set<RepairCategory> categories = java.util.EnumSet.noneOf(RepairCategory.class);
        handle.attach(QcDao.class).categoriesOf(orderId).forEach(c -> categories.add(RepairCategory.valueOf(c)));
        return categories;
    }

    /** A signature with every item of the order's checklist passed (or the first failed, with the reason). */
    private static long sign(Handle handle, long orderId, int round, QcLevel level, long userId, String failure,
                             Instant at) {
        QcDao dao = handle.attach(QcDao.class);
        String username = handle.attach(UserDao.class).usernameOf(userId);
        long id = dao.insertSignature(orderId, round, level.name(), failure == null, failure, userId, username,
                level.role().name(), at);
        List<ChecklistItem> items = dao.itemsFor(categories(handle, orderId).stream().map(Enum::name).toList());
        for (int i = 0; i < items.size(); i++) {
            boolean failed = failure != null && i == 0;
            dao.insertItemResult(id, items.get(i).id(), items.get(i).textZh(),
                    failed ? ItemResult.FAIL.name() : ItemResult.PASS.name(), failed ? failure : "");
        }
        return id;
    }

    private void release(Handle handle, long orderId, int round, long worker, long lead, long qc, Instant at) {
        sign(handle, orderId, round, QcLevel.SELF_CHECK, worker, null, at);
        sign(handle, orderId, round, QcLevel.RECHECK, lead, null, at.plusSeconds(300));
        long fin = sign(handle, orderId, round, QcLevel.FINAL_CHECK, qc, null, at.plusSeconds(600));
        int mileage = handle.attach(QcDao.class).mileageAtIntake(orderId);
        LocalDate exit = LocalDate.ofInstant(at.plusSeconds(600), clock.getZone());
        Guarantee g = Guarantee.of(GuaranteePeriods.periods(handle, categories(handle, orderId)), exit, mileage);
        handle.attach(QcDao.class).insertRelease(orderId, fin, round, exit, mileage, g.category().name(), g.days(), g.km(),
                g.until(), g.untilKm());
    }

    private void certificate(Handle handle, long orderId, Instant at) {
        CompletionCertificates.insertForReleased(handle, orderId, at, clock.getZone());
    }

    /**
     * The car of an order in progress today had its wheels aligned six days ago (a minor repair:
     * 10 days or 2,000 km); it is back, so today's order is a guarantee comeback of that one.
     */
    private void comeback(Handle handle, QcDao.OrderAtQc today, long tech, long lead, long qc) {
        Instant received = clock.instant().minus(Duration.ofDays(6)).minus(Duration.ofHours(1));
        int mileage = handle.attach(QcDao.class).mileageAtIntake(today.id());
        IntakeInput input = new IntakeInput(Integer.toString(Math.max(0, mileage - 420)), FuelLevel.HALF, "", "方向跑偏，做四轮定位",
                List.of("四轮定位"), "", null, OldPartsHandling.values()[0], "车主本人", false, "", List.of());
        long intakeId = intakes.insertForDemo(handle, today.customerId(), today.vehicleId(), input, received, "advisor", true);
        long earlier = handle.attach(RepairOrderDao.class).findByIntake(intakeId).orElseThrow().id();
        RepairPlanDao plans = handle.attach(RepairPlanDao.class);
        // opened on the day it came in, so its number carries that day
        plans.setStatus(earlier, RepairOrderStatus.DELIVERED.name(), received.plus(Duration.ofHours(3)));
        long operation = handle.attach(LabourCatalogDao.class).operationByCode("ALIGN-01").orElseThrow().id();
        long approval = plans.insertApproval(earlier, ApprovalMethod.COUNTER_SIGNATURE.name(), "车主本人", null, null, null,
                null, new BigDecimal("456.00"), BigDecimal.ZERO, "advisor", received.plusSeconds(900));
        plans.insertDoneLine(earlier, 1, LineKind.LABOUR.name(), operation, "四轮定位", RepairCategory.MINOR_REPAIR.name(),
                new BigDecimal("1.2"), new BigDecimal("1.2"), new BigDecimal("380.00"), new BigDecimal("456.00"),
                Payer.CUSTOMER.name(), approval, "advisor", received.plusSeconds(600), "tech",
                received.plus(Duration.ofHours(2)));
        plans.setApprovedEstimate(earlier, new BigDecimal("456.00"));
        release(handle, earlier, 1, tech, lead, qc, received.plus(Duration.ofMinutes(140)));
        handle.attach(QcDao.class).insertComeback(today.id(), earlier, clock.instant());
        // what the payer rule does to lines added after the link: the comeback's labour is the store's
        plans.setLabourPayer(today.id(), Payer.INTERNAL.name());
    }
}
