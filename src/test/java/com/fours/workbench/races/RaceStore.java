package com.fours.workbench.races;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.appointments.AppointmentInput;
import com.fours.workbench.appointments.ArrivalSlots;
import com.fours.workbench.appointments.Channel;
import com.fours.workbench.appointments.ServiceType;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.ReceiptLineInput;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The store the desks race in, prepared once per database so that a round only races. For round
 * {@code r} of {@code rounds}:
 * <ul>
 * <li>part {@code RACE-r} with exactly one unit on hand in bin A-01-01 (received on a purchase
 * order); the odd desks hold a repair order with a reservation of it, the even desks sell over the
 * counter;</li>
 * <li>one order per desk waiting at the cashier (QC passed), all settled at the same moment;</li>
 * <li>day {@code r} (the r-th working day after today) has the 09:00 slot at one car of its two,
 * and every desk books its own car into it.</li>
 * </ul>
 * The facts the desks need are kept as properties, written next to the results.
 */
public final class RaceStore {

    public static final String CLOCK = "2026-11-27T02:00:00Z";
    public static final String PASSWORD = "Desk2026";
    public static final LocalTime SLOT = LocalTime.of(9, 0);
    static final int CARS_PER_SLOT = 2;

    private RaceStore() {
    }

    static String desk(int desk) {
        return "desk" + desk;
    }

    /**
     * The desks' users (advisor, warehouse clerk and cashier at once), created first so the desk
     * processes can start and log in while the rest of the store is prepared.
     */
    public static void deskUsers(AppServices services, int desks) {
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        for (int d = 1; d <= desks; d++) {
            services.users().createUser(desk(d), "前台 " + d, EnumSet.of(Role.SERVICE_ADVISOR, Role.WAREHOUSE_CLERK,
                    Role.CASHIER), PASSWORD.toCharArray());
        }
        services.authentication().logout();
    }

    /** Prepares the store on a set-up workbench (administrator and desk users created) and returns its facts. */
    public static Properties prepare(AppServices services, int desks, int rounds) {
        Properties facts = new Properties();
        facts.setProperty("desks", String.valueOf(desks));
        facts.setProperty("rounds", String.valueOf(rounds));
        facts.setProperty("clock", CLOCK);

        CashierFixture cashier = new CashierFixture(services);
        List<UserAccount> technicians = new ArrayList<>();
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        technicians.add(services.users().createUser("jishi1", "技师 一", EnumSet.of(Role.TECHNICIAN),
                PASSWORD.toCharArray()));
        services.authentication().logout();

        // the last unit of a part, one part per round
        cashier.as("zhoujie");
        long bin = cashier.repair.a1.id();
        facts.setProperty("bin", String.valueOf(bin));
        Supplier supplier = services.purchasing().createSupplier("RACE", "广州竞速配件有限公司", null, null, null);
        List<Part> parts = new ArrayList<>();
        List<OrderLineInput> ordered = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Part part = services.parts().create(new PartInput("RACE-" + r, "空调滤芯 " + r, "Cabin filter " + r, "丰田",
                    null, PartUnit.PCS, PartCategory.FILTER, "", "0", "0", PricePolicy.FIXED, "128.00", true));
            services.parts().assignBin(part.id(), bin, true);
            parts.add(part);
            ordered.add(new OrderLineInput(part.id(), BigDecimal.ONE, Money.of("61.00")));
            facts.setProperty("part." + r, String.valueOf(part.id()));
            facts.setProperty("part." + r + ".number", part.partNumber());
        }
        PurchaseOrder draft = services.purchasing().createOrder(supplier.id(), ordered, null);
        PurchaseOrder sent = services.purchasing().send(draft.id(), draft.version());
        services.purchasing().receive(sent.id(), sent.version(), "RACE-0001", sent.lines().stream()
                .map(l -> ReceiptLineInput.againstOrder(l.id(), bin, BigDecimal.ONE, null)).toList());
        cashier.as("lina");
        RepairOrderService ro = services.repairOrderService();
        for (int d = 1; d <= desks; d += 2) {
            long order = cashier.repair.receiveAnotherCar().repairOrder().id();
            RepairPlan plan = ro.plan(order);
            for (Part part : parts) {
                plan = ro.addLine(order, plan.version(), LineInput.part(part.id(), BigDecimal.ONE, Payer.CUSTOMER), true);
            }
            facts.setProperty("issueOrder." + d, String.valueOf(order));
        }

        // the next bill number: one order per desk and round at the cashier
        List<Long> ready = cashier.readyOrders(desks * rounds, List.of(
                CashierFixture.labour(cashier.repair.oilChange.id(), "0.5", null, Payer.CUSTOMER),
                CashierFixture.fee("空调系统清洗", "1", "88.00", Payer.CUSTOMER)));
        for (int r = 1; r <= rounds; r++) {
            for (int d = 1; d <= desks; d++) {
                facts.setProperty("billOrder." + r + "." + d, String.valueOf(ready.get((r - 1) * desks + d - 1)));
            }
        }

        // the last arrival slot of a day
        cashier.as("wanggang");
        long group = services.workshop().createGroup("机修组", 1).id();
        services.workshop().setMembers(group, Set.of(technicians.get(0).id()));
        Map<DayOfWeek, BigDecimal> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, new BigDecimal("8"));
        }
        services.workshop().setHours(group, hours);
        ArrivalSlots slots = services.appointments().arrivalSlots();
        services.workshop().setArrivalSlots(LocalTime.of(8, 0), LocalTime.of(17, 0), 30, CARS_PER_SLOT, slots.version());
        facts.setProperty("group", String.valueOf(group));
        cashier.as("lina");
        Customer fleet = services.customers().create(new CustomerInput(CustomerKind.PERSON, "王芳",
                "139 2233 4455", "", "广州市白云区机场路 88 号", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        long early = car(services, fleet.id(), 0);
        for (int d = 1; d <= desks; d++) {
            facts.setProperty("vehicle." + d, String.valueOf(car(services, fleet.id(), d)));
        }
        LocalDate day = services.appointments().today();
        for (int r = 1; r <= rounds; r++) {
            do {
                day = day.plusDays(1);
            } while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
            facts.setProperty("day." + r, day.toString());
            // one car of the slot's two is booked already: the desks race for the last place
            services.appointments().book(booking(early, group, day), null, null);
        }
        services.authentication().logout();
        return facts;
    }

    static AppointmentInput booking(long vehicle, long group, LocalDate day) {
        return new AppointmentInput(vehicle, ServiceType.MAINTENANCE, group, day, SLOT, "1", "¥680", null, Channel.PHONE,
                true, "更换机油、机滤", "");
    }

    private static long car(AppServices services, long owner, int n) {
        String serial = String.format("NG3%05d", n);
        String draft = "LVGBE40K0" + serial;
        String vin = "LVGBE40K" + Vin.computeCheckDigit(draft) + serial;
        return services.vehicles().create(owner, new VehicleInput(vin, "粤A8" + String.format("%04d", n), null, "广汽丰田",
                "凯美瑞", "2023", "A25A" + String.format("%07d", 100 + n), "珍珠白", "2023-04-01", "18000", "2027-03-31",
                "2027-04-01", "25000"), false).id();
    }
}
