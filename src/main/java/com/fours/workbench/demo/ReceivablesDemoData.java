package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.cashier.Bill;
import com.fours.workbench.cashier.CashierDao;
import com.fours.workbench.cashier.DiscountDao;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.claims.Claim;
import com.fours.workbench.claims.ClaimService;
import com.fours.workbench.claims.ClaimsDao;
import com.fours.workbench.core.Money;
import com.fours.workbench.intake.IntakeService;
import com.fours.workbench.openitems.Applied;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.receivables.ReceiptService;
import com.fours.workbench.receivables.ReceivablePayer;
import com.fours.workbench.receivables.ReceivablesDao;
import com.fours.workbench.receivables.ReceivablesLedger;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.store.StoreProfile;

/**
 * The receivables' demo: three fleet companies' visits of the past four months put on account, the
 * maker's warranty bills and an insurer's bill on account, and receipts that pay some bills fully,
 * one partly and leave one company a credit; so the ageing has something in every column. Runs
 * before the cashier's demo (60) so the bills are numbered in the order of their days; the first
 * company's credit arrangement is the cashier demo's, the second's and third's are granted here.
 */
public final class ReceivablesDemoData implements DemoDataContributor {

    static final String MAKER = "广汽丰田汽车有限公司";
    static final String INSURER = "中国人民财产保险股份有限公司广州市分公司";
    /** Days ago of each fleet visit: some not yet due, some 1-30, 31-60 and 61-90 days past due. */
    private static final int[] DAYS_AGO = {150, 118, 96, 74, 52, 38, 24, 12, 4};

    private final CashierDemoData cashier;
    private final Clock clock;

    public ReceivablesDemoData(IntakeService intakes, Clock clock) {
        this.cashier = new CashierDemoData(intakes, clock);
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.receivables";
    }

    @Override
    public int order() {
        return 55; // after dispatch (45) and QC (48), before the cashier's visits (60)
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        LocalDate today = LocalDate.now(clock);
        ReceivablesDao dao = handle.attach(ReceivablesDao.class);
        Map<Long, List<ReceivablesDao.FleetCar>> fleets = new LinkedHashMap<>();
        for (ReceivablesDao.FleetCar car : dao.fleetCars(3)) {
            fleets.computeIfAbsent(car.ownerId(), k -> new ArrayList<>()).add(car);
        }
        List<Long> companies = new ArrayList<>(fleets.keySet());
        DiscountDao discounts = handle.attach(DiscountDao.class);
        Instant now = clock.instant();
        for (int c = 1; c < companies.size(); c++) {
            discounts.insertAccount(companies.get(c), new BigDecimal(c == 1 ? "30000" : "8000"), "manager", now);
        }
        BigDecimal vatRate = handle.attach(CashierDao.class).vatRate().orElse(StoreProfile.DEFAULT_VAT_RATE);
        // every visit in day order, so that the bills' numbers follow their days
        List<Planned> planned = new ArrayList<>();
        for (int c = 0; c < companies.size(); c++) {
            List<ReceivablesDao.FleetCar> cars = fleets.get(companies.get(c));
            for (int v = c; v < DAYS_AGO.length; v += 1 + c) {
                planned.add(new Planned(DAYS_AGO[v], cars.get(v % cars.size()), c,
                        new CashierDemoData.Paid(Payer.CUSTOMER, null, null, PaymentMethod.ON_ACCOUNT)));
            }
        }
        List<ReceivablesDao.FleetCar> first = fleets.get(companies.get(0));
        planned.add(new Planned(135, first.get(3 % first.size()), 0, new CashierDemoData.Paid(Payer.WARRANTY, MAKER,
                "GTMC-2026-0702", PaymentMethod.ON_ACCOUNT)));
        planned.add(new Planned(80, first.get(0), 0, new CashierDemoData.Paid(Payer.WARRANTY, MAKER, "GTMC-2026-0817",
                PaymentMethod.ON_ACCOUNT)));
        planned.add(new Planned(45, first.get(1 % first.size()), 0, new CashierDemoData.Paid(Payer.WARRANTY, MAKER,
                "GTMC-2026-1023", PaymentMethod.ON_ACCOUNT)));
        planned.add(new Planned(9, first.get(2 % first.size()), 0, new CashierDemoData.Paid(Payer.WARRANTY, MAKER,
                "GTMC-2026-1128", PaymentMethod.ON_ACCOUNT)));
        planned.add(new Planned(27, fleets.get(companies.get(1)).get(0), 1, new CashierDemoData.Paid(Payer.INSURANCE,
                INSURER, "RDAA202644010000871", PaymentMethod.ON_ACCOUNT)));
        planned.sort((a, b) -> Integer.compare(b.daysAgo(), a.daysAgo()));

        Map<Long, List<Bill>> byCompany = new LinkedHashMap<>();
        List<Bill> warranty = new ArrayList<>();
        Bill insured = null;
        int index = 100;
        for (Planned p : planned) {
            LocalDate day = today.minusDays(p.daysAgo());
            Instant received = day.atTime(LocalTime.of(9 + index % 3, 30)).atZone(clock.getZone()).toInstant();
            CashierDemoData.Visit visit = CashierDemoData.VISITS.get(index % CashierDemoData.VISITS.size());
            if (CustomersDemoData.electric(p.car().model()) && visit.fee() != null && visit.fee().contains("机油")) {
                visit = CashierDemoData.VISITS.get(1);
            }
            Bill bill = cashier.pastVisit(handle, new CashierDemoData.Car(p.car().id(), p.car().ownerId(),
                    p.car().mileage(), p.car().model()), visit, index++, day, received, vatRate, p.paid());
            ReceivablesLedger.charge(handle, bill, bill.total(), day);
            if (p.paid().payer() == Payer.CUSTOMER) {
                byCompany.computeIfAbsent(p.car().ownerId(), k -> new ArrayList<>()).add(bill);
            } else if (p.paid().payer() == Payer.WARRANTY) {
                warranty.add(bill);
            } else {
                insured = bill;
            }
        }

        // the first company paid its two oldest bills and part of the third by transfer
        List<Bill> firstBills = byCompany.get(companies.get(0));
        receipt(handle, Payer.CUSTOMER, companies.get(0), null, ReceiptMethod.BANK_TRANSFER, "HX" + today.minusDays(20)
                .toString().replace("-", "") + "0031", firstBills.get(0).total().plus(firstBills.get(1).total())
                .plus(Money.of("200.00")), today.minusDays(20), firstBills.subList(0, 3), now);
        // the second paid by cheque a round sum: more than its oldest bill, the rest its credit
        List<Bill> secondBills = byCompany.get(companies.get(1));
        Money round = Money.of(secondBills.get(0).total().amount().setScale(-3, java.math.RoundingMode.UP)
                .setScale(2));
        receipt(handle, Payer.CUSTOMER, companies.get(1), null, ReceiptMethod.CHEQUE, "10203344", round,
                today.minusDays(15), secondBills.subList(0, 1), now);
        // the maker paid its second claim; the oldest is still open, over 90 days past due
        receipt(handle, Payer.WARRANTY, 0, MAKER, ReceiptMethod.BANK_TRANSFER, "GTMC-PAY-2026-1102",
                warranty.get(1).total(), today.minusDays(35), warranty.subList(1, 2), now);
        claims(handle, warranty.get(3), insured, today);
    }

    /**
     * The claims list's first rows: the maker's latest warranty bill claimed the day after and
     * submitted the day after that; the insurer's bill drafted, waiting for the assessor's figure.
     */
    private static void claims(Handle handle, Bill warranty, Bill insured, LocalDate today) {
        LocalDate drafted = warranty.businessDay().plusDays(1);
        Claim claim = ClaimService.insertDraft(handle, warranty.id(), new ClaimService.Checked("P0128",
                "节温器卡滞，发动机水温偏低，更换节温器总成", null, "旧件库 A-03", drafted.plusDays(30)), drafted, "cashier");
        LocalDate submitted = drafted.plusDays(1).isAfter(today) ? today : drafted.plusDays(1);
        handle.attach(ClaimsDao.class).submit(claim.id(), claim.version(), "GTMC-W-2026-11301", submitted);
        ClaimService.insertDraft(handle, insured.id(), new ClaimService.Checked(null, "追尾事故，后保险杠及尾灯损坏",
                "刘定损", "旧件库 B-01", insured.businessDay().plusDays(30)), insured.businessDay().plusDays(1),
                "cashier");
    }

    private record Planned(int daysAgo, ReceivablesDao.FleetCar car, int company, CashierDemoData.Paid paid) {
    }

    /** A receipt applied to the bills oldest first, the rest kept as credit. */
    private static void receipt(Handle handle, Payer kind, long customerId, String name, ReceiptMethod method,
                                String reference, Money amount, LocalDate day, List<Bill> bills, Instant at) {
        ReceivablesDao dao = handle.attach(ReceivablesDao.class);
        long payerId = dao.payerByKey(ReceivablePayer.key(kind, customerId, name))
                .orElseThrow().id();
        List<Applied> applied = new ArrayList<>();
        Money left = amount;
        for (Bill bill : bills) {
            Money part = bill.total().compareTo(left) < 0 ? bill.total() : left;
            if (part.isPositive()) {
                applied.add(new Applied(dao.lockItemOfBill(bill.id()).orElseThrow(), part.amount()));
                left = left.minus(part);
            }
        }
        ReceiptService.insert(handle, payerId, method, amount, reference, day, applied, "cashier", at);
    }
}
