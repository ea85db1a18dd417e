package com.fours.workbench.repair;

import static com.fours.workbench.repair.RepairFixture.q;
import static com.fours.workbench.testing.Refusals.cleanOutcome;
import static com.fours.workbench.testing.Refusals.refused;
import static com.fours.workbench.testing.Refusals.refusedUnchanged;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.Money;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.Refusals;
import com.fours.workbench.testing.MutableClock;

/**
 * Hostile input to the labour catalog, the repair plan (lines, approvals, the workflow) and dispatch:
 * refused with a message key and nothing written, or saved exactly as typed.
 */
class RepairHostileInputTest {

    private static final List<String> TABLES = List.of("repair_order", "repair_line", "repair_approval",
            "repair_order_change", "stock_reservation", "purchase_request", "labour_operation", "labour_rate",
            "canned_job", "canned_job_item", "repair_settings", "job_assignment");

    /** The input methods these tests feed hostile input. */
    private static final Set<String> EXERCISED = Set.of(
            "LabourCatalog.saveCannedJob(Long, int, CannedJobInput)",
            "LabourCatalog.saveOperation(Long, int, LabourOperationInput)",
            "LabourCatalog.setApprovalMarginPercent(String)", "LabourCatalog.setRate(RepairCategory, String)",
            "RepairOrderService.addLine(long, int, LineInput, boolean)",
            "RepairOrderService.approve(long, int, ApprovalInput)",
            "RepairOrderService.cancel(long, int, String)",
            "RepairOrderService.changeLine(long, int, long, LineInput, boolean)",
            "RepairOrderService.findParts(String, int)", "RepairOrderService.orders(String, Set, int)",
            "RepairOrderService.possibleTransitions(RepairPlan)",
            "RepairOrderService.transition(Handle, RepairPlan, int, RepairOrderStatus)",
            "RepairWorkflow.check(RepairPlan, RepairOrderStatus, int)",
            "DispatchService.assign(long, DispatchTarget)",
            // the same checks as changeLine(long, ...) above, in the caller's transaction (a QC comeback)
            "RepairOrderService.changeLine(Handle, long, int, long, LineInput, boolean)");

    private final MutableClock clock = MutableClock.shanghai("2025-06-02T01:00:00Z");
    private RepairFixture f;
    private Transactions db;
    private RepairOrderService repair;
    private LabourCatalog catalog;

    @BeforeEach
    void setUp() {
        f = new RepairFixture(clock);
        db = f.services.transactions();
        repair = f.services.repairOrderService();
        catalog = f.services.labourCatalog();
        f.as("zhoujie");
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    private static String key(String text, int max) {
        return text.length() > max ? "field.tooLong" : "field.invalidCharacter";
    }

    @Test
    void labourCatalog() {
        for (String text : HostileInput.REFUSED_TEXTS) {
            refusedUnchanged(key(text, 20), db, TABLES, () -> catalog.saveOperation(null, 0,
                    new LabourOperationInput(text, "名称", null, RepairCategory.MINOR_REPAIR, "1", null, true)));
            refusedUnchanged(key(text, 100), db, TABLES, () -> catalog.saveOperation(null, 0,
                    new LabourOperationInput("HX-1", text, text, RepairCategory.MINOR_REPAIR, "1", null, true)));
            refusedUnchanged(key(text, 60), db, TABLES, () -> catalog.saveCannedJob(null, 0, new CannedJobInput("HX-2",
                    "套餐", null, text, true, List.of(new CannedJobItem(1, f.oilChange.id(), null, null, null, q("1"))))));
            refusedUnchanged(key(text, 100), db, TABLES, () -> catalog.saveCannedJob(null, 0, new CannedJobInput("HX-2",
                    text, null, null, true, List.of(new CannedJobItem(1, f.oilChange.id(), null, null, null, q("1"))))));
        }
        for (String typed : HostileInput.HOSTILE_NUMBERS_AS_TYPED) {
            refusedUnchanged("repairLine.invalid.hours", db, TABLES, () -> catalog.saveOperation(null, 0,
                    new LabourOperationInput("HX-3", "名称", null, RepairCategory.MINOR_REPAIR, typed, null, true)));
            cleanUnlessRefused(() -> {
                catalog.setRate(RepairCategory.ASSEMBLY_REPAIR, typed);
                return "set";
            });
            cleanUnlessRefused(() -> {
                catalog.setApprovalMarginPercent(typed);
                return "set";
            });
        }
        refusedUnchanged("money.invalid.tooLarge", db, TABLES, () -> catalog.setRate(RepairCategory.ASSEMBLY_REPAIR, "999999999999"));
        refusedUnchanged("repairMargin.invalid", db, TABLES, () -> catalog.setApprovalMarginPercent(null));
        refusedUnchanged("workGroup.notFound", db, TABLES, () -> catalog.saveOperation(null, 0,
                new LabourOperationInput("HX-4", "名称", null, RepairCategory.MINOR_REPAIR, "1", 987_654L, true)));
        refusedUnchanged("labourOperation.notFound", db, TABLES, () -> catalog.saveCannedJob(null, 0,
                new CannedJobInput("HX-5", "套餐", null, null, true,
                        List.of(new CannedJobItem(1, 987_654L, null, null, null, q("1"))))));
        refusedUnchanged("part.notFound", db, TABLES, () -> catalog.saveCannedJob(null, 0,
                new CannedJobInput("HX-5", "套餐", null, null, true,
                        List.of(new CannedJobItem(1, null, 987_654L, null, null, q("1"))))));
        for (BigDecimal quantity : List.of(new BigDecimal("1E14"), new BigDecimal("0.0001"), new BigDecimal("-1"))) {
            refusedUnchanged(quantity.signum() < 0 ? "repairLine.invalid.quantity"
                            : quantity.scale() > 3 ? "quantity.invalid.tooManyDecimals" : "quantity.invalid.tooLarge",
                    db, TABLES, () -> catalog.saveCannedJob(null, 0, new CannedJobInput("HX-6", "套餐", null, null,
                            true, List.of(new CannedJobItem(1, null, f.oil.id(), null, null, quantity)))));
        }
        for (String text : HostileInput.FAITHFUL_TEXTS) {
            LabourOperation saved = catalog.saveOperation(null, 0, new LabourOperationInput("HX-" + text.length(),
                    text, text, RepairCategory.MINOR_REPAIR, "1.5", null, true));
            assertThat(catalog.operations()).filteredOn(o -> o.id() == saved.id()).singleElement()
                    .satisfies(o -> assertThat(o.nameZh()).isEqualTo(text))
                    .satisfies(o -> assertThat(o.nameEn()).isEqualTo(text));
            CannedJob job = catalog.saveCannedJob(null, 0, new CannedJobInput("CJ-" + text.length(), text, null, text,
                    true, List.of(new CannedJobItem(1, null, f.oil.id(), null, null, q("4.5")))));
            assertThat(catalog.cannedJobs()).filteredOn(c -> c.id() == job.id()).singleElement()
                    .satisfies(c -> assertThat(c.nameZh()).isEqualTo(text))
                    .satisfies(c -> assertThat(c.vehicleModel()).isEqualTo(text));
        }
    }

    @Test
    void planLines() {
        RepairPlan plan = repair.plan(f.orderId());
        for (String text : HostileInput.REFUSED_TEXTS) {
            int version = plan.version();
            refusedUnchanged(key(text, 200), db, TABLES, () -> repair.addLine(f.orderId(), version,
                    LineInput.fee(text, Money.of("10.00"), Payer.CUSTOMER), false));
            refusedUnchanged(key(text, 200), db, TABLES, () -> repair.addLine(f.orderId(), version,
                    new LineInput(LineKind.LABOUR, null, null, text, RepairCategory.MINOR_REPAIR, q("1"), null,
                            Payer.CUSTOMER, null), false));
        }
        for (BigDecimal amount : HostileInput.HOSTILE_AMOUNTS) {
            int version = plan.version();
            cleanUnlessRefused(() -> repair.addLine(f.orderId(), version,
                    LineInput.sublet("外协喷漆", Money.of(amount), Payer.CUSTOMER), false));
            plan = repair.plan(f.orderId());
        }
        for (BigDecimal quantity : List.of(new BigDecimal("-1"), new BigDecimal("0.001"), new BigDecimal("1E14"),
                new BigDecimal("0.0001"), BigDecimal.ZERO)) {
            int version = plan.version();
            cleanUnlessRefused(() -> repair.addLine(f.orderId(), version, LineInput.part(f.oil.id(), quantity,
                    Payer.CUSTOMER), true));
            cleanUnlessRefused(() -> repair.addLine(f.orderId(), version, LineInput.labour(f.oilChange.id(), quantity,
                    Payer.CUSTOMER), false));
            plan = repair.plan(f.orderId());
        }
        int version = plan.version();
        refusedUnchanged("repairLine.invalid.kind", db, TABLES, () -> repair.addLine(f.orderId(), version,
                new LineInput(null, null, null, "x", null, q("1"), null, null, null), false));
        refusedUnchanged("repairLine.invalid.kind", db, TABLES, () -> repair.addLine(f.orderId(), version, null, false));
        refusedUnchanged("workGroup.notFound", db, TABLES, () -> repair.addLine(f.orderId(), version,
                new LineInput(LineKind.LABOUR, null, null, "x", RepairCategory.MINOR_REPAIR, q("1"), null,
                        Payer.CUSTOMER, 987_654L), false));
        refusedUnchanged("labourOperation.notFound", db, TABLES, () -> repair.addLine(f.orderId(), version,
                LineInput.labour(987_654L, q("1"), Payer.CUSTOMER), false));
        refusedUnchanged("part.notFound", db, TABLES, () -> repair.addLine(f.orderId(), version,
                LineInput.part(987_654L, q("1"), Payer.CUSTOMER), false));
        // a line and the order's total past DECIMAL(14,2)
        refusedUnchanged("money.invalid.tooLarge", db, TABLES, () -> repair.addLine(f.orderId(), version,
                new LineInput(LineKind.FEE, null, null, "费用", null, q("999"), Money.of("999999999999.00"),
                        Payer.CUSTOMER, null), false));
        plan = repair.addLine(f.orderId(), version, LineInput.fee("大额费用", Money.of("999999999999.00"), Payer.CUSTOMER),
                false);
        int afterBig = plan.version();
        refusedUnchanged("repairOrder.totalTooLarge", db, TABLES, () -> repair.addLine(f.orderId(), afterBig,
                LineInput.fee("再一笔", Money.of("1.00"), Payer.CUSTOMER), false));

        RepairLine fee = plan.lines().stream().filter(l -> l.description().equals("大额费用")).findFirst().orElseThrow();
        for (String text : HostileInput.REFUSED_TEXTS) {
            refusedUnchanged(key(text, 200), db, TABLES, () -> repair.changeLine(f.orderId(), afterBig, fee.id(),
                    LineInput.fee(text, Money.of("1.00"), Payer.CUSTOMER), false));
        }
        refusedUnchanged("money.invalid.tooLarge", db, TABLES, () -> repair.changeLine(f.orderId(), afterBig, fee.id(),
                LineInput.fee("费用", Money.of(new BigDecimal("1E14")), Payer.CUSTOMER), false));
        refusedUnchanged("repairLine.invalid.price", db, TABLES, () -> repair.changeLine(f.orderId(), afterBig, fee.id(),
                LineInput.fee("费用", Money.of("-1"), Payer.CUSTOMER), false));
        refusedUnchanged("repairLine.invalid.kind", db, TABLES,
                () -> repair.changeLine(f.orderId(), afterBig, fee.id(), null, false));
        for (String text : HostileInput.FAITHFUL_TEXTS) {
            RepairPlan changed = repair.changeLine(f.orderId(), repair.plan(f.orderId()).version(), fee.id(),
                    LineInput.fee(text, Money.of("12.34"), Payer.CUSTOMER), false);
            assertThat(changed.lines()).filteredOn(l -> l.id() == fee.id()).singleElement()
                    .satisfies(l -> assertThat(l.description()).isEqualTo(text))
                    .satisfies(l -> assertThat(l.amount()).isEqualTo(Money.of("12.34")));
        }
    }

    @Test
    void approvalsWorkflowAndSearches() {
        RepairPlan plan = repair.addLine(f.orderId(), repair.plan(f.orderId()).version(),
                LineInput.labour(f.oilChange.id(), q("0.5"), Payer.CUSTOMER), false);
        int version = plan.version();
        for (String text : HostileInput.REFUSED_TEXTS) {
            refusedUnchanged(key(text, 100), db, TABLES, () -> repair.approve(f.orderId(), version,
                    ApprovalInput.counter(text)));
            refusedUnchanged(key(text, 50), db, TABLES, () -> repair.approve(f.orderId(), version,
                    ApprovalInput.phone("王先生", text, Instant.now(clock), "同意")));
            refusedUnchanged(key(text, 1000), db, TABLES, () -> repair.approve(f.orderId(), version,
                    ApprovalInput.phone("王先生", "lina", Instant.now(clock), text)));
            refusedUnchanged(key(text, 30), db, TABLES, () -> repair.approve(f.orderId(), version,
                    new ApprovalInput(ApprovalMethod.PHONE, "王先生", "lina", Instant.now(clock), text, "同意", Set.of())));
        }
        refusedUnchanged("repairApproval.invalid.method", db, TABLES, () -> repair.approve(f.orderId(), version,
                new ApprovalInput(null, "王先生", null, null, null, null, null)));
        refusedUnchanged("repairApproval.invalid.method", db, TABLES, () -> repair.approve(f.orderId(), version, null));
        refusedUnchanged("repairApproval.invalid.customerName", db, TABLES, () -> repair.approve(f.orderId(), version,
                ApprovalInput.counter(null)));
        RepairPlan approved = repair.approve(f.orderId(), version, ApprovalInput.phone(HostileInput.SQL, "lina",
                Instant.now(clock), HostileInput.EMOJI + "\n第二行"));
        assertThat(approved.approvals()).singleElement()
                .satisfies(a -> assertThat(a.customerName()).isEqualTo(HostileInput.SQL))
                .satisfies(a -> assertThat(a.whatWasSaid()).isEqualTo(HostileInput.EMOJI + "\n第二行"));

        for (String text : List.of(HostileInput.TEN_THOUSAND, HostileInput.RIGHT_TO_LEFT_OVERRIDE, HostileInput.CONTROL,
                HostileInput.SQL, HostileInput.EMOJI)) {
            assertThat(cleanOutcome(() -> repair.orders(text, null, 50))).isEmpty();
            assertThat(cleanOutcome(() -> repair.findParts(text, 50))).isEmpty();
        }
        assertThat(repair.orders(null, Set.of(), 50)).hasSize(1);
        assertThat(repair.possibleTransitions(approved)).contains(RepairOrderStatus.IN_PROGRESS);
        refused("repairTransition.notAllowed", () -> RepairWorkflow.check(approved, null, 0));
        refused("repairTransition.notAllowed", () -> RepairWorkflow.check(approved, RepairOrderStatus.DELIVERED, -1));

        long lineId = approved.lines().get(0).id();
        refusedUnchanged("dispatch.unknownTarget", db, TABLES, () -> f.services.dispatch().assign(lineId, null));
        refusedUnchanged("dispatch.unknownTarget", db, TABLES, () -> f.services.dispatch().assign(lineId,
                new DispatchTarget(987_654L, null, HostileInput.TEN_THOUSAND)));
        refusedUnchanged("dispatch.unknownTarget", db, TABLES, () -> f.services.dispatch().assign(lineId,
                new DispatchTarget(null, 987_654L, HostileInput.RIGHT_TO_LEFT_OVERRIDE)));
        refusedUnchanged("dispatch.unknownTarget", db, TABLES, () -> f.services.dispatch().assign(lineId,
                new DispatchTarget(null, null, null)));
    }

    @Test
    void cancellationReasons() {
        int version = repair.plan(f.orderId()).version();
        for (String text : HostileInput.REFUSED_TEXTS) {
            refusedUnchanged(key(text, 500), db, TABLES, () -> repair.cancel(f.orderId(), version, text));
        }
        refusedUnchanged("field.required", db, TABLES, () -> repair.cancel(f.orderId(), version, null));
        refusedUnchanged("field.required", db, TABLES, () -> repair.cancel(f.orderId(), version, " \n "));
        RepairPlan cancelled = repair.cancel(f.orderId(), version, HostileInput.SQL + "\n" + HostileInput.EMOJI);
        assertThat(cancelled.status()).isEqualTo(RepairOrderStatus.CANCELLED);
        String audited = db.read(h -> h.createQuery("SELECT after_value FROM audit_log WHERE action = 'REPAIR_ORDER_CANCELLED'")
                .mapTo(String.class).one());
        assertThat(audited).isEqualTo(HostileInput.SQL + "\n" + HostileInput.EMOJI);
    }

    @Test
    void aPlanHandedToAStepIsCheckedAsTheOrderStandsNow() {
        RepairPlan read = repair.plan(f.orderId());
        RepairPlan planned = repair.addLine(f.orderId(), read.version(), LineInput.fee("检测费", Money.of("10.00"),
                Payer.CUSTOMER), false);
        // read before someone else's change: refused, nothing saved
        refusedUnchanged("record.changedByOther", db, TABLES, () -> db.inTransaction(h -> repair.transition(h, read,
                read.version(), RepairOrderStatus.PLANNED)));
        // an old plan with the current version: the step is checked on the order as it is now (a line waits)
        refusedUnchanged("repairTransition.pendingLines", db, TABLES, () -> db.inTransaction(h -> repair.transition(h,
                read, planned.version(), RepairOrderStatus.APPROVED)));
    }

    @Test
    void everyInputMethodIsExercised() {
        Refusals.assertCovers(EXERCISED, LabourCatalog.class, RepairOrderService.class, RepairWorkflow.class,
                DispatchService.class, JobClockService.class, JobBoardService.class);
    }

    /** Saved whole, or refused with a key and the repair tables as they were. */
    private void cleanUnlessRefused(java.util.concurrent.Callable<?> call) {
        var before = Refusals.snapshot(db, TABLES);
        if (cleanOutcome(call) == null) {
            assertThat(Refusals.snapshot(db, TABLES)).isEqualTo(before);
        }
    }
}
