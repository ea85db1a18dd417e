package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDraft;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.IntakeSheet;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.ReceiptLineInput;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * A set-up store with an advisor (lina), a manager (zhoujie), a clerk (zhaolei) and a team lead
 * (wanggang); a customer's Camry received at the counter (its repair order open); a labour catalog
 * (oil change 0.5 h, wheel alignment 1.2 h, brake pads 1.5 h) with rates; two parts in stock (6
 * oil filters at 45.00, 20 litres of oil at 98.00) and one part with no stock (brake pads, 520.00).
 */
public final class RepairFixture {

    public static final String PASSWORD = "Start2026";

    public final AppServices services;
    public final Customer customer;
    public final Vehicle vehicle;
    private int otherCars;
    public final IntakeSheet intake;
    public final Part filter;
    public final Part oil;
    public final Part pads;
    public final Bin a1;
    public final LabourOperation oilChange;
    public final LabourOperation alignment;
    public final LabourOperation brakePads;
    public final CannedJob tenThousand;

    public RepairFixture(MutableClock clock) {
        this(TestWorkbench.setUp(clock));
    }

    /** The same on a workbench already set up (its administrator created), e.g. on PostgreSQL. */
    public RepairFixture(AppServices setUp) {
        services = setUp;
        TestWorkbench.addUser(services, "lina", PASSWORD, Role.SERVICE_ADVISOR);
        TestWorkbench.addUser(services, "zhoujie", PASSWORD, Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "zhaolei", PASSWORD, Role.WAREHOUSE_CLERK);
        TestWorkbench.addUser(services, "wanggang", PASSWORD, Role.TEAM_LEAD);
        TestWorkbench.addUser(services, "sunli", PASSWORD, Role.QC_INSPECTOR);
        as("zhoujie");
        filter = services.parts().create(new PartInput("90915-YZZE1", "机油滤清器", "Oil filter", "丰田", null,
                PartUnit.PCS, PartCategory.FILTER, "4582198201234", "5", "20", PricePolicy.FIXED, "45.00", true));
        oil = services.parts().create(new PartInput("08880-83718", "丰田全合成机油 0W-20", "Engine oil 0W-20", "丰田",
                "4L", PartUnit.LITRE, PartCategory.OIL, "", "0", "0", PricePolicy.FIXED, "98.00", true));
        pads = services.parts().create(new PartInput("04465-33450", "前刹车片", "Front brake pads", "丰田", null,
                PartUnit.SET, PartCategory.BRAKE, "", "0", "0", PricePolicy.FIXED, "520.00", true));
        a1 = services.parts().createBin("A-01-01", null);
        Bin b2 = services.parts().createBin("B-02-03", null);
        Supplier supplier = services.purchasing().createSupplier("GTMC-PC", "广汽丰田配件中心", "王经理", "020-82210000", null);
        services.parts().assignBin(filter.id(), a1.id(), true);
        services.parts().assignBin(oil.id(), b2.id(), true);
        PurchaseOrder draft = services.purchasing().createOrder(supplier.id(), List.of(
                new OrderLineInput(filter.id(), q("6"), Money.of("18.50")),
                new OrderLineInput(oil.id(), q("20"), Money.of("52.00"))), null);
        PurchaseOrder sent = services.purchasing().send(draft.id(), draft.version());
        services.purchasing().receive(sent.id(), sent.version(), "GT-0001", List.of(
                ReceiptLineInput.againstOrder(sent.lines().get(0).id(), a1.id(), q("6"), null),
                ReceiptLineInput.againstOrder(sent.lines().get(1).id(), b2.id(), q("20"), null)));

        LabourCatalog catalog = services.labourCatalog();
        oilChange = catalog.saveOperation(null, 0, new LabourOperationInput("OIL-01", "机油机滤更换", "Oil and filter change",
                RepairCategory.FIRST_LEVEL_MAINTENANCE, "0.5", null, true));
        alignment = catalog.saveOperation(null, 0, new LabourOperationInput("ALIGN-01", "四轮定位", "Wheel alignment",
                RepairCategory.MINOR_REPAIR, "1.2", null, true));
        brakePads = catalog.saveOperation(null, 0, new LabourOperationInput("BRAKE-01", "前刹车片更换",
                "Front brake pads replacement", RepairCategory.MINOR_REPAIR, "1.5", null, true));
        catalog.setRate(RepairCategory.MINOR_REPAIR, "420");
        tenThousand = catalog.saveCannedJob(null, 0, new CannedJobInput("PKG-10K", "10,000 公里保养",
                "10,000 km maintenance", "凯美瑞", true, List.of(CannedJobItem.operation(oilChange.id(), q("0.5")),
                CannedJobItem.part(filter.id(), q("1")), CannedJobItem.part(oil.id(), q("4.5")))));

        as("lina");
        customer = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张伟", "138 1234 5678", "",
                "广州市天河区体育西路 1 号", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        vehicle = services.vehicles().create(customer.id(), new VehicleInput(vin("LVGBE40K", "NG012345"), "粤A12345",
                null, "广汽丰田", "凯美瑞", "2022", "A25A1234567", "珍珠白", "2022-03-15", "31000", "2027-03-14",
                "2027-01-10", "40000"), false);
        intake = receive();
    }

    /** A new reception of the fixture's car: a new repair order. */
    public IntakeSheet receive() {
        IntakeDraft draft = services.intakes().draftForVehicle(vehicle.id());
        IntakeInput d = draft.input();
        IntakeInput input = new IntakeInput("32000", FuelLevel.HALF, "", "做 1 万公里保养，刹车有异响", d.requestedItems(),
                "", d.promisedAt(), d.oldParts(), d.approvalContact(), d.customerWaits(), d.notes(), List.of());
        return services.intakes().receive(draft, input, List.of(), Optional.empty());
    }

    /**
     * A reception of another car of the fixture's customer: a new repair order that is no guarantee
     * comeback of the fixture car's earlier orders. Each call adds a car.
     */
    public IntakeSheet receiveAnotherCar() {
        return receiveAnotherCar(null);
    }

    /** The same, promised for {@code promisedAt} as typed at the counter ("2026-11-27 17:30"; null: the draft's). */
    public IntakeSheet receiveAnotherCar(String promisedAt) {
        int n = ++otherCars;
        Vehicle other = services.vehicles().create(customer.id(), new VehicleInput(vin("LVGBE40K", "NG1" + String.format("%05d", n)),
                "粤A2" + String.format("%04d", n), null, "广汽丰田", "雷凌", "2021", "A25B" + String.format("%07d", n), "铂金银",
                "2021-05-10", "20000", "2027-05-09", "2027-02-10", "30000"), false);
        IntakeDraft draft = services.intakes().draftForVehicle(other.id());
        IntakeInput d = draft.input();
        IntakeInput input = new IntakeInput("32000", FuelLevel.HALF, "", "做 1 万公里保养，刹车有异响", d.requestedItems(), "",
                promisedAt == null ? d.promisedAt() : promisedAt, d.oldParts(), d.approvalContact(), d.customerWaits(), d.notes(), List.of());
        return services.intakes().receive(draft, input, List.of(), Optional.empty());
    }

    public long orderId() {
        return intake.repairOrder().id();
    }

    public void as(String user) {
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login(user, PASSWORD.toCharArray());
    }

    static String vin(String first8, String last8) {
        String draft = first8 + "0" + last8;
        return first8 + Vin.computeCheckDigit(draft) + last8;
    }

    public static BigDecimal q(String value) {
        return new BigDecimal(value);
    }
}
