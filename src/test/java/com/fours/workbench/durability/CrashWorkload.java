package com.fours.workbench.durability;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.AppointmentInput;
import com.fours.workbench.appointments.Channel;
import com.fours.workbench.appointments.ServiceType;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.GatePass;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDraft;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.IntakeSheet;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.Receipt;
import com.fours.workbench.parts.ReceiptLineInput;
import com.fours.workbench.parts.Reservation;
import com.fours.workbench.qc.Certificate;
import com.fours.workbench.qc.ItemCheck;
import com.fours.workbench.qc.QcLevel;
import com.fours.workbench.repair.ApprovalInput;
import com.fours.workbench.repair.DispatchTarget;
import com.fours.workbench.repair.JobClockReason;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.LineStatus;
import com.fours.workbench.repair.PartShortageException;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.repair.TechnicianJob;

/**
 * The child process of the crash test: a store's day at full speed through the real services on
 * the H2 file, until it is killed. Each person works at a desk of their own (their own services,
 * logged in once, on the same database, as workstations would). After each operation returns it
 * appends what committed to the commit log and forces it to the disk.
 * <p>
 * Arguments: the data folder, the commit log, the run number (makes references unique), a random
 * seed, and {@code default-write-delay} to run with H2's write delay left at its default.
 */
public final class CrashWorkload {

    private final Map<String, AppServices> desks = new LinkedHashMap<>();
    private final CommitLog log;
    private final Random random;
    private final int run;
    private final long customer;
    private final long filter;
    private final long oil;
    private final long filterBin;
    private final long oilBin;
    private final long supplier;
    private final long plugs;
    private final long alignment;
    private final long zhangwei;
    private final long group;
    private int sequence;

    private CrashWorkload(Path folder, CommitLog log, int run, long seed, boolean defaultWriteDelay) {
        this.log = log;
        this.run = run;
        this.random = new Random(seed);
        for (String user : List.of("lina", "zhoujie", "zhaolei", "wanggang", "zhangwei", "sunli", "chenjing")) {
            AppServices desk = CrashStore.open(folder, defaultWriteDelay);
            desk.authentication().login(user, CrashStore.PASSWORD.toCharArray());
            desks.put(user, desk);
        }
        customer = id("SELECT MIN(id) FROM customer");
        filter = id("SELECT id FROM part WHERE part_number = '90915-YZZE1'");
        oil = id("SELECT id FROM part WHERE part_number = '08880-83718'");
        filterBin = id("SELECT id FROM bin WHERE code = 'A-01-01'");
        oilBin = id("SELECT id FROM bin WHERE code = 'B-02-03'");
        supplier = id("SELECT id FROM supplier WHERE code = 'GTMC-PC'");
        plugs = id("SELECT id FROM labour_operation WHERE code = 'PLUG-01'");
        alignment = id("SELECT id FROM labour_operation WHERE code = 'ALIGN-01'");
        zhangwei = id("SELECT id FROM app_user WHERE username = 'zhangwei'");
        group = id("SELECT id FROM work_group WHERE name = '" + CrashStore.GROUP + "'");
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int run = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        boolean defaultWriteDelay = args.length > 4 && args[4].equals("default-write-delay");
        try (CommitLog log = new CommitLog(Path.of(args[1]))) {
            CrashWorkload workload = new CrashWorkload(folder, log, run, seed, defaultWriteDelay);
            log.append("START", "run", run, "pid", ProcessHandle.current().pid());
            workload.work(-1);
        }
    }

    /**
     * Before the first kill, in the test's own process: the store's day under way (visits at every
     * stage), so that even a short run kills the children while they settle and take payments.
     */
    static void warmUp(Path folder, Path commitLog, int iterations, long seed, boolean defaultWriteDelay)
            throws Exception {
        try (CommitLog log = new CommitLog(commitLog)) {
            CrashWorkload workload = new CrashWorkload(folder, log, 0, seed, defaultWriteDelay);
            try {
                workload.work(iterations);
            } finally {
                workload.desks.values().forEach(AppServices::close);
            }
        }
    }

    private AppServices at(String user) {
        return desks.get(user);
    }

    private long id(String sql) {
        return at("lina").transactions().read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /**
     * Until killed (or for {@code iterations}): deliveries of parts, counter sales, new visits, and the next step of a visit
     * in the workshop (one left half-way by the last kill too), in a random mix.
     */
    private void work(int iterations) {
        for (int i = 0; iterations < 0 || i < iterations; i++) {
            List<Long> open = at("lina").transactions().read(h -> h.createQuery(
                    "SELECT id FROM repair_order WHERE status <> 'DELIVERED' ORDER BY id").mapTo(Long.class).list());
            int dice = random.nextInt(10);
            if (dice == 0 && onHand(filter, filterBin).compareTo(BigDecimal.TEN) < 0) {
                receive();
            } else if (dice == 1) {
                counterSale();
            } else if (dice == 2 && open.size() < 3 || open.isEmpty()) {
                newVisit();
            } else {
                long order = open.get(random.nextInt(open.size()));
                if (advance(order)) {
                    RepairPlan after = at("lina").repairOrderService().plan(order);
                    log.append("STEP", "order", after.order().number(), "status", after.order().status(), "version",
                            after.order().version());
                }
            }
        }
    }

    private String reference(String prefix) {
        return prefix + "-" + run + "-" + (++sequence);
    }

    /** A purchase order for both parts, sent and delivered in full. */
    private void receive() {
        AppServices desk = at("zhoujie");
        BigDecimal filters = BigDecimal.valueOf(2 + random.nextInt(4));
        BigDecimal litres = BigDecimal.valueOf(5 + random.nextInt(10));
        PurchaseOrder draft = desk.purchasing().createOrder(supplier, List.of(
                new OrderLineInput(filter, filters, Money.of("18.50")),
                new OrderLineInput(oil, litres, Money.of("52.00"))), null);
        PurchaseOrder sent = desk.purchasing().send(draft.id(), draft.version());
        String note = reference("DN");
        Receipt receipt = at("zhaolei").purchasing().receive(sent.id(), sent.version(), note, List.of(
                ReceiptLineInput.againstOrder(sent.lines().get(0).id(), filterBin, filters, null),
                ReceiptLineInput.againstOrder(sent.lines().get(1).id(), oilBin, litres, null)));
        log.append("RECEIPT", "id", receipt.id(), "note", note, "filter", filters, "oil", litres);
    }

    private BigDecimal onHand(long part, long bin) {
        return at("zhaolei").transactions().read(h -> h.createQuery(
                "SELECT COALESCE(MAX(on_hand), 0) FROM stock_balance WHERE part_id = :p AND bin_id = :b")
                .bind("p", part).bind("b", bin).mapTo(BigDecimal.class).one());
    }

    /** A filter or a litre of oil over the counter, when the bin has plenty. */
    private void counterSale() {
        boolean filters = random.nextBoolean();
        long part = filters ? filter : oil;
        long bin = filters ? filterBin : oilBin;
        if (onHand(part, bin).compareTo(BigDecimal.valueOf(8)) < 0) {
            return;
        }
        String ref = reference("CS");
        long movement = at("zhaolei").stock().counterSale(part, bin, BigDecimal.ONE, ref);
        log.append("SALE", "movement", movement, "ref", ref, "part", part, "bin", bin, "qty", "1");
    }

    /** A new car of the customer: registered, booked for a coming day and received at the counter. */
    private void newVisit() {
        int n = ++sequence;
        long serial = run * 1000L + n;
        AppServices lina = at("lina");
        String draftVin = "LVGBE40K0NR" + String.format("%06d", serial);
        String vin = draftVin.substring(0, 8) + Vin.computeCheckDigit(draftVin) + draftVin.substring(9);
        String plate = "粤" + (char) ('A' + run / 100) + String.format("%05d", serial % 100_000);
        Vehicle car = lina.vehicles().create(customer, new VehicleInput(vin, plate, null, "广汽丰田", "雷凌", "2021",
                "A25B" + String.format("%07d", serial), "铂金银", "2021-05-10", "20000", "2027-05-09", "2027-02-10",
                "30000"), false);
        log.append("VEHICLE", "id", car.id(), "vin", vin);

        int booked = lina.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM appointment")
                .mapTo(Integer.class).one());
        LocalDate day = LocalDate.now(CrashStore.clock()).plusDays(1 + booked / 30);
        LocalTime slot = LocalTime.of(8, 0).plusMinutes(30L * (booked % 19));
        Appointment booking = lina.appointments().book(new AppointmentInput(car.id(), ServiceType.MAINTENANCE, group,
                day, slot, "0.5", "680", null, Channel.PHONE, false, "更换机油、机滤", ""), null, null);
        log.append("BOOKING", "id", booking.id(), "vin", vin, "day", day, "slot", slot);

        IntakeDraft draft = lina.intakes().draftForVehicle(car.id());
        IntakeInput d = draft.input();
        IntakeSheet sheet = lina.intakes().receive(draft, new IntakeInput("20500", FuelLevel.HALF, "", "做保养",
                d.requestedItems(), "", d.promisedAt(), d.oldParts(), d.approvalContact(), d.customerWaits(), d.notes(),
                List.of()), List.of(), Optional.empty());
        log.append("ORDER", "number", sheet.repairOrder().number(), "vin", vin);
    }

    /**
     * The next step of a visit, read from the database as the workshop would see it after a restart:
     * plan a line, approve, start, dispatch, clock on or off, issue a part, send to QC, sign the level
     * QC waits for, certify (level-2 maintenance: every other order), settle, pay a bill, deliver.
     */
    private boolean advance(long order) {
        var ro = at("lina").repairOrderService();
        RepairPlan plan = ro.plan(order);
        String number = plan.order().number();
        switch (plan.order().status()) {
            case RECEIVED, PLANNED -> {
                boolean certified = order % 2 == 0;
                if (plan.lines().stream().noneMatch(l -> l.kind() == LineKind.LABOUR)) {
                    ro.addLine(order, plan.version(), LineInput.labour(certified ? plugs : alignment,
                            new BigDecimal(certified ? "0.8" : "1.2"), Payer.CUSTOMER), false);
                } else if (plan.lines().stream().noneMatch(l -> Long.valueOf(filter).equals(l.partId()))) {
                    return addPart(order, plan, filter, BigDecimal.ONE);
                } else if (plan.lines().stream().noneMatch(l -> Long.valueOf(oil).equals(l.partId()))) {
                    return addPart(order, plan, oil, new BigDecimal("4.5"));
                } else {
                    ro.approve(order, plan.version(), ApprovalInput.counter("张伟"));
                }
            }
            case APPROVED -> ro.transition(order, plan.version(), RepairOrderStatus.IN_PROGRESS);
            case IN_PROGRESS -> {
                return work(order, plan, number);
            }
            case IN_QC -> {
                var qc = at("sunli").qcSheets().sheet(order);
                QcLevel level = qc.waitingFor();
                String signer = switch (level) {
                    case SELF_CHECK -> "zhangwei";
                    case RECHECK -> "wanggang";
                    case FINAL_CHECK -> "sunli";
                };
                sign(signer, order, level);
                if (level == QcLevel.FINAL_CHECK) {
                    log.append("RELEASE", "order", number);
                    return false;
                }
            }
            case READY_FOR_SETTLEMENT -> {
                var qc = at("sunli").qcSheets();
                if (qc.sheet(order).certificateRequired() && qc.sheet(order).certificate() == null) {
                    Certificate certificate = at("sunli").certificates().issueCertificate(order);
                    log.append("CERT", "number", certificate.number(), "order", number);
                    return false;
                } else {
                    AppServices cashier = at("chenjing");
                    for (BillDetails bill : cashier.cashier().settle(order, plan.version(), SettlementInput.plain(), null)) {
                        log.append("BILL", "number", bill.bill().number(), "order", number, "total",
                                bill.bill().total().toPlainString());
                    }
                    return false;
                }
            }
            case SETTLED -> {
                AppServices cashier = at("chenjing");
                BillDetails due = cashier.cashier().bills(order).stream().filter(b -> b.due().isPositive()).findFirst()
                        .orElse(null);
                if (due != null) {
                    PaymentMethod method = random.nextBoolean() ? PaymentMethod.CASH : PaymentMethod.WECHAT_PAY;
                    BillDetails after = cashier.payments().pay(due.bill().id(), PaymentInput.today(method,
                            due.due().toPlainString()));
                    var payment = after.payments().get(after.payments().size() - 1);
                    log.append("PAYMENT", "id", payment.id(), "bill", due.bill().number(), "amount",
                            payment.amount().toPlainString(), "method", method);
                } else {
                    GatePass pass = cashier.deliveries().deliver(order, plan.version(), 5, "");
                    log.append("DELIVERY", "order", number, "gatepass", pass.number());
                }
                return false;
            }
            default -> throw new IllegalStateException(number + " is " + plan.order().status());
        }
        return true;
    }

    /**
     * The workshop's step: dispatch the job, clock on, clock off, issue a part, send to QC; true
     * when the step is not logged on its own.
     */
    private boolean work(long order, RepairPlan plan, String number) {
        RepairLine labour = plan.lines().stream().filter(l -> l.kind() == LineKind.LABOUR).findFirst().orElseThrow();
        if (labour.status() != LineStatus.DONE) {
            var clock = at("zhangwei").jobClock();
            List<TechnicianJob> jobs = clock.myJobs();
            // one job at a time: a job left clocked on (here or on another car) is finished first
            var on = jobs.stream().filter(TechnicianJob::clockedOn).findFirst();
            if (on.isPresent()) {
                clock.clockOff(on.get().lineId(), JobClockReason.FINISHED);
            } else if (jobs.stream().anyMatch(j -> j.lineId() == labour.id())) {
                clock.clockOn(labour.id());
            } else {
                at("wanggang").dispatch().assign(labour.id(), DispatchTarget.technician(zhangwei, "zhangwei"));
            }
            return true;
        }
        AppServices clerk = at("zhaolei");
        for (Reservation r : clerk.reservations().reservations(order)) {
            if (r.outstanding().signum() > 0) {
                long bin = r.partId() == filter ? filterBin : oilBin;
                if (onHand(r.partId(), bin).compareTo(r.outstanding()) < 0) {
                    receive();
                    return false;
                }
                Reservation issued = clerk.reservations().issueByCode(order, r.partNumber(), r.outstanding());
                log.append("ISSUE", "order", number, "part", r.partNumber(), "issued", issued.issued().toPlainString());
                return false;
            }
        }
        at("lina").repairOrderService().transition(order, plan.version(), RepairOrderStatus.IN_QC);
        return true;
    }

    /** A part line; when open reservations leave too little in stock, a delivery comes first. */
    private boolean addPart(long order, RepairPlan plan, long part, BigDecimal quantity) {
        try {
            at("lina").repairOrderService().addLine(order, plan.version(), LineInput.part(part, quantity, Payer.CUSTOMER),
                    false);
            return true;
        } catch (PartShortageException shortage) {
            receive();
            return false;
        }
    }

    private void sign(String user, long order, QcLevel level) {
        List<ItemCheck> checks = at(user).qcSheets().sheet(order).checklist().stream().map(i -> ItemCheck.pass(i.id()))
                .toList();
        at(user).qcSignOff().pass(order, level, checks, null);
    }
}
