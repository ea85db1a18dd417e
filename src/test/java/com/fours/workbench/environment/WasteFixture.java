package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDraft;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.repair.ApprovalInput;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairPlan;

/**
 * The repair fixture's store with a waste catalogue: two places, waste oil (kg), oil filters and
 * batteries (pieces), oily rags (kg); rules: the oil part adds 0.9 kg of waste oil per litre, the
 * oil change adds 0.2 kg of rags, the filter part adds one old filter when the customer leaves it;
 * a handler licensed for HW08/HW49 and one whose licence has expired.
 */
final class WasteFixture {

    final RepairFixture f;
    final AppServices services;
    final WastePlace store;
    final WastePlace shelf;
    final WasteKind oil;
    final WasteKind filters;
    final WasteKind rags;
    final WasteKind batteries;
    final WasteHandler licensed;
    final WasteHandler expired;
    private int cars;

    WasteFixture(RepairFixture f) {
        this.f = f;
        this.services = f.services;
        f.as("zhoujie");
        WasteCatalogue c = services.wasteCatalogue();
        store = c.addPlace("危废暂存间", WasteUnit.KG, new BigDecimal("1000"));
        shelf = c.addPlace("电池滤芯架", WasteUnit.PIECE, new BigDecimal("50"));
        oil = c.addKind("HW08", "900-214-08", "废矿物油", WasteUnit.KG, store.id());
        rags = c.addKind("HW49", "900-041-49", "含油抹布手套", WasteUnit.KG, store.id());
        filters = c.addKind("HW49", "900-041-49", "废机油滤清器", WasteUnit.PIECE, shelf.id());
        batteries = c.addKind("HW31", "900-052-31", "废铅蓄电池", WasteUnit.PIECE, shelf.id());
        c.addRule(oil.id(), null, f.oil.id(), new BigDecimal("0.9"), false);
        c.addRule(rags.id(), f.oilChange.id(), null, new BigDecimal("0.2"), false);
        c.addRule(filters.id(), null, f.filter.id(), BigDecimal.ONE, true);
        licensed = c.addHandler("广州绿源环保科技有限公司", "440100-HW-2025-018", LocalDate.of(2027, 6, 30),
                Set.of("HW08", "HW49"));
        expired = c.addHandler("佛山南海再生资源有限公司", "440605-HW-2023-007", LocalDate.of(2026, 10, 31),
                Set.of("HW08", "HW31"));
    }

    /** A new car received with its order: an oil change (0.5 h), 4.5 litres of oil and a filter, approved. */
    RepairPlan oilChangeOrder(OldPartsHandling oldParts) {
        f.as("lina");
        int n = ++cars;
        String last8 = "NG7" + String.format("%05d", n);
        String vin = "LVGBE40K" + Vin.computeCheckDigit("LVGBE40K0" + last8) + last8;
        Vehicle car = services.vehicles().create(f.customer.id(), new VehicleInput(vin, "粤A7" + String.format("%04d", n),
                null, "广汽丰田", "凯美瑞", "2022", "A25W" + String.format("%07d", n), "珍珠白", "2022-03-15", "31000",
                "2027-03-14", "2027-01-10", "40000"), false);
        IntakeDraft d = services.intakes().draftForVehicle(car.id());
        IntakeInput in = d.input();
        long orderId = services.intakes().receive(d, new IntakeInput("32000", FuelLevel.HALF, "", "保养", in.requestedItems(),
                "", in.promisedAt(), oldParts, in.approvalContact(), in.customerWaits(), in.notes(), List.of()),
                List.of(), Optional.empty()).repairOrder().id();
        RepairOrderService repair = services.repairOrderService();
        RepairPlan plan = repair.plan(orderId);
        plan = repair.addLine(orderId, plan.version(), LineInput.labour(f.oilChange.id(), RepairFixture.q("0.5"),
                Payer.CUSTOMER), false);
        plan = repair.addLine(orderId, plan.version(), LineInput.part(f.oil.id(), RepairFixture.q("4.5"), Payer.CUSTOMER),
                false);
        plan = repair.addLine(orderId, plan.version(), LineInput.part(f.filter.id(), BigDecimal.ONE, Payer.CUSTOMER),
                false);
        return repair.approve(orderId, plan.version(), ApprovalInput.counter("张伟"));
    }

    static RepairLine labourOf(RepairPlan plan) {
        return plan.lines().stream().filter(l -> l.kind() == LineKind.LABOUR).findFirst().orElseThrow();
    }

    RepairPlan finishOilChange(RepairPlan plan) {
        f.as("lina");
        return services.repairOrderService().markLineDone(plan.id(), plan.version(), labourOf(plan).id());
    }

    WasteStock stockOf(WasteKind kind) {
        return services.wasteReports().stock().stream().filter(s -> s.kind().id() == kind.id()).findFirst()
                .orElseThrow();
    }

    static TransferInput transfer(WasteKind kind, WasteHandler handler, String manifest, String quantity, String day) {
        return new TransferInput(kind.id(), handler.id(), manifest, quantity, "粤A·H3321", day, "王刚", "陈师傅");
    }
}
