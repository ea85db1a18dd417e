package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.cashier.Bill;
import com.fours.workbench.cashier.BillDiscount;
import com.fours.workbench.cashier.BillKind;
import com.fours.workbench.cashier.CashierDao;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.cashier.DiscountDao;
import com.fours.workbench.cashier.InvoiceNumber;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.SettlementBill;
import com.fours.workbench.cashier.SettlementCalculator;
import com.fours.workbench.core.Money;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDao;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.IntakeService;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderDao;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.repair.RepairPlanDao;
import com.fours.workbench.store.StoreProfile;

/**
 * The cashier's demo: coupons, a fleet customer on account, and settled, paid and delivered visits
 * of the past five days (with bills, payments by several methods and the customers' satisfaction).
 * The orders waiting at the cashier are the repair demo's, signed off by quality control's demo.
 * Runs after both, without a logged-in user, so it writes rows directly; the discount policy and
 * the limits per role come with the V16 migration.
 */
public final class CashierDemoData implements DemoDataContributor {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final PaymentMethod[] METHODS = {PaymentMethod.WECHAT_PAY, PaymentMethod.ALIPAY,
        PaymentMethod.BANK_CARD, PaymentMethod.CASH};

    record Visit(String complaint, String labour, String hours, String rate, String fee, String feePrice) {
    }

    static final List<Visit> VISITS = List.of(
            new Visit("常规保养", "常规保养检查（21项）", "0.5", "380.00", "机油机滤（含材料）", "518.00"),
            new Visit("四轮定位", "四轮定位", "1.2", "420.00", null, null),
            new Visit("空调不凉", "空调系统检查及加注冷媒", "1.0", "380.00", "冷媒 R134a", "180.00"),
            new Visit("电瓶亏电", "蓄电池检测及更换", "0.3", "380.00", "蓄电池 55B24L", "680.00"),
            new Visit("刹车异响", "前刹车片更换", "1.5", "420.00", "前刹车片", "520.00"));

    /** An electric car's visit in place of one with engine oil. */
    private static final Visit ELECTRIC_VISIT = new Visit("三电系统检测", "三电系统检测（动力电池、电机、电控）", "1.0", "380.00",
            "空调滤芯", "120.00");

    record Car(long id, long ownerId, int mileage, String model) {
    }

    private final IntakeService intakes;
    private final Clock clock;

    public CashierDemoData(IntakeService intakes, Clock clock) {
        this.intakes = intakes;
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.cashier";
    }

    @Override
    public int order() {
        return 60; // after the repair orders (40) and dispatch (45)
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        coupon(handle, "WELCOME50", CouponKind.VALUE, "50", today.minusDays(30), today.plusDays(60), "新客户 50 元代金券", now);
        coupon(handle, "VIP10", CouponKind.PERCENT, "10", today.minusDays(10), today.plusDays(20), "会员日 9 折券", now);
        coupon(handle, "SPRING20", CouponKind.VALUE, "20", today.minusDays(200), today.minusDays(100), "春季保养券（已过期）",
                now);
        DiscountDao discounts = handle.attach(DiscountDao.class);
        discounts.firstCompany().ifPresent(id -> discounts.insertAccount(id, new BigDecimal("50000"), "manager", now));
        BigDecimal vatRate = handle.attach(CashierDao.class).vatRate().orElse(StoreProfile.DEFAULT_VAT_RATE);
        List<Car> cars = handle.attach(IntakeDao.class).privateCars(true, 10).stream()
                .map(c -> new Car(c.id(), c.ownerId(), c.mileage(), c.model())).toList();
        for (int i = 0; i < cars.size(); i++) {
            LocalDate day = today.minusDays(5 - i / 2);
            Instant received = day.atTime(LocalTime.of(9 + (i % 2) * 2, 15)).atZone(clock.getZone()).toInstant();
            Visit visit = VISITS.get(i % VISITS.size());
            if (CustomersDemoData.electric(cars.get(i).model()) && (visit.fee() != null && visit.fee().contains("机油"))) {
                visit = ELECTRIC_VISIT;
            }
            pastVisit(handle, cars.get(i), visit, i, day, received, vatRate, Paid.atTheDesk(METHODS[i % METHODS.length]));
        }
    }

    private static void coupon(Handle handle, String code, CouponKind kind, String amount, LocalDate from,
                               LocalDate until, String description, Instant at) {
        handle.attach(DiscountDao.class).insertCoupon(code, kind.name(), new BigDecimal(amount), from, until, description,
                "manager", at);
    }

    /**
     * Who a past visit's bill is for and how it was paid: the customer at the desk, or on account (a
     * fleet customer, the maker's warranty with its claim number, an insurer with its claim number).
     */
    record Paid(Payer payer, String payerName, String claim, PaymentMethod method) {
        static Paid atTheDesk(PaymentMethod method) {
            return new Paid(Payer.CUSTOMER, null, null, method);
        }
    }

    /** A visit settled on {@code day}: its intake, order, done lines, bill, payment and hand-back; the bill. */
    Bill pastVisit(Handle handle, Car car, Visit visit, int index, LocalDate day, Instant received,
                   BigDecimal vatRate, Paid paid) {
        IntakeInput input = new IntakeInput(Integer.toString(car.mileage()), FuelLevel.HALF, "", visit.complaint(),
                List.of(visit.complaint()), "", WHEN.format(received.plus(Duration.ofHours(4)).atZone(clock.getZone())),
                OldPartsHandling.values()[index % 2], "车主本人", false, "", List.of());
        long intakeId = intakes.insertForDemo(handle, car.ownerId(), car.id(), input, received, "advisor", true);
        long orderId = handle.attach(RepairOrderDao.class).findByIntake(intakeId).orElseThrow().id();
        Instant done = received.plus(Duration.ofHours(3));
        line(handle, orderId, 1, "LABOUR", visit.labour(), "MINOR_REPAIR", new BigDecimal(visit.hours()),
                Money.of(visit.rate()), done, paid.payer());
        if (visit.fee() != null) {
            line(handle, orderId, 2, "FEE", visit.fee(), null, BigDecimal.ONE, Money.of(visit.feePrice()), done,
                    paid.payer());
        }

        RepairPlan plan = com.fours.workbench.repair.RepairOrderService.plan(handle, orderId);
        List<RepairLine> lines = plan.lines();
        SettlementCalculator.Discounts discounts = index % 3 == 0 && paid.payer() == Payer.CUSTOMER
                ? new SettlementCalculator.Discounts(new BigDecimal("10"), new BigDecimal("5"), null, null, null, null,
                        null, "cashier", null)
                : SettlementCalculator.Discounts.none("cashier");
        String customer = plan.customerName();
        SettlementCalculator.Claims claims = paid.payer() == Payer.WARRANTY
                ? new SettlementCalculator.Claims(paid.payerName(), paid.claim(), null, null, null)
                : paid.payer() == Payer.INSURANCE
                        ? new SettlementCalculator.Claims(null, null, paid.payerName(), paid.claim(), null)
                        : new SettlementCalculator.Claims(null, null, null, null, null);
        SettlementBill bill = SettlementCalculator.bills(lines, Map.of(), customer, discounts, claims, vatRate).get(0);
        CashierDao dao = handle.attach(CashierDao.class);
        InvoiceNumber number = InvoiceNumber.next(handle, day.getYear());
        Instant issued = done.plus(Duration.ofMinutes(30));
        long billId = dao.insertBill(number.text(), number.year(), number.sequence(), BillKind.BILL.name(), orderId,
                car.ownerId(), bill.payer().name(), bill.payerName(), bill.claimReference(), BigDecimal.ZERO, vatRate, bill.labourAmount().amount(),
                bill.partsAmount().amount(), bill.otherAmount().amount(), bill.discountAmount().amount(),
                bill.total().amount(), bill.vat().net().amount(), bill.vat().tax().amount(), day, "cashier", issued,
                null, null, null);
        dao.insertLines(billId, bill.lines());
        for (BillDiscount d : bill.discounts()) {
            dao.insertDiscount(billId, d.kind().name(), d.amount().amount(), null, null, "cashier", null);
        }
        PaymentMethod method = paid.method();
        Money tendered = method == PaymentMethod.CASH
                ? Money.of(bill.total().amount().divide(new BigDecimal("100"), 0, java.math.RoundingMode.UP)
                        .multiply(new BigDecimal("100"))) : null;
        dao.insertPayment(billId, method.name(), bill.total().amount(), tendered == null ? null : tendered.amount(),
                tendered == null ? null : tendered.minus(bill.total()).amount(), null, null, day, "cashier", issued);
        // the gate pass carries the order's number and day: CM20261201-0001 for RO20261201-0001
        dao.insertDelivery(orderId, "CM" + plan.order().number().substring(2), index % 4 == 1 ? 4 : 5, null, "advisor",
                issued.plus(Duration.ofMinutes(10)));
        // demo history: the order went through settlement and delivery (the live screens use the guarded transition)
        handle.attach(RepairPlanDao.class).setStatusOnly(orderId, RepairOrderStatus.DELIVERED.name());
        return dao.bill(billId).orElseThrow();
    }

    private static void line(Handle handle, long orderId, int no, String kind, String description, String category,
                             BigDecimal quantity, Money price, Instant at, Payer payer) {
        handle.attach(RepairPlanDao.class).insertDoneLine(orderId, no, kind, null, description, category, quantity, null,
                price.amount(), price.times(quantity).amount(), payer.name(), null, "advisor", at, "tech", at);
    }
}
