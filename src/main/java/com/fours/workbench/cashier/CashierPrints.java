package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.intake.KeysAndDocuments;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.qc.QualityOutcome;
import com.fours.workbench.qc.QualityOutcomes;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The cashier's printed documents, in Chinese whatever the screen language (as the other prints,
 * decision 0033): the settlement list (维修结算清单, JT/T 1133) on A4, the 80 mm receipt, the reversal
 * (红字) document and the gate pass (出门证).
 */
public final class CashierPrints {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String BILL = "settlement_bill";
    public static final String RECEIPT = "settlement_receipt";
    public static final String REVERSAL = "reversal_document";
    public static final String GATE_PASS = "gate_pass";

    private final Transactions transactions;
    private final Session session;
    private final ReportEngine engine;
    private final StoreProfileService stores;
    private final Clock clock;
    private final QualityOutcomes qualityOutcomes;

    public CashierPrints(Transactions transactions, Session session, ReportEngine engine, StoreProfileService stores,
                         Clock clock, QualityOutcomes qualityOutcomes) {
        this.transactions = transactions;
        this.session = session;
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
        this.qualityOutcomes = qualityOutcomes;
    }

    /** A row of the settlement list: its section (materials, labour, other fees) with that section's headers. */
    public record BillPrintLine(String section, String sectionTitle, String hCode, String hName, String hSpec,
                                String hUnit, String hQuantity, String hUnitPrice, String subtotal, String no,
                                String code, String name, String spec, String unit, String quantity, String unitPrice,
                                String amount, String discount) {
    }

    /** A row of the receipt: the name, then "quantity × price" and the amount. */
    public record ReceiptLine(String name, String detail, String amount) {
    }

    private record Data(BillDetails bill, RepairPlan plan, String mobile, QualityOutcome qc, String oldParts,
                        String cashierName, String reversedNumber, DeliveryService.NextService next) {
    }

    private Data data(long billId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> {
            BillDetails bill = CashierService.details(handle, CashierService.requireBill(handle, billId));
            RepairPlan plan = RepairOrderService.plan(handle, bill.bill().repairOrderId());
            CashierDao dao = handle.attach(CashierDao.class);
            String mobile = dao.customerMobile(plan.order().customerId()).orElse(null);
            String oldParts = dao.oldParts(plan.order().intakeId()).orElse(null);
            String cashierName = displayName(handle, bill.bill().issuedBy());
            String reversed = bill.bill().reversesBillId() == null ? null
                    : CashierService.requireBill(handle, bill.bill().reversesBillId()).number();
            return new Data(bill, plan, mobile, qualityOutcomes.of(handle, plan.id()), oldParts, cashierName, reversed,
                    dao.nextService(plan.order().vehicleId()));
        });
    }

    private static String displayName(Handle handle, String username) {
        return handle.attach(CashierDao.class).displayName(username).orElse(username);
    }

    /** The settlement list of a bill on A4; a reversal prints as the reversal document. */
    public RenderedReport bill(long billId) {
        Data d = data(billId);
        if (d.bill().bill().reversal()) {
            return reversal(d);
        }
        Messages m = Messages.forLocale(Messages.CHINESE);
        Map<String, Object> p = a4(m, d, m.get("cashier.print.bill.title"));
        return engine.render(BILL, m.get("cashier.print.bill.title") + " " + d.bill().number(), p, rows(m, d.bill()));
    }

    /** The reversal (红字) document of a void, on A4. */
    public RenderedReport reversal(long reversalBillId) {
        return reversal(data(reversalBillId));
    }

    private RenderedReport reversal(Data d) {
        Messages m = Messages.forLocale(Messages.CHINESE);
        Map<String, Object> p = a4(m, d, m.get("cashier.print.reversal.title"));
        Bill b = d.bill().bill();
        p.put("REVERSAL_LINE", m.get("cashier.print.reversal.line", d.reversedNumber() == null ? "" : d.reversedNumber(),
                b.reason() == null ? "" : b.reason(), b.approvedBy() == null ? "" : b.approvedBy()));
        return engine.render(REVERSAL, m.get("cashier.print.reversal.title") + " " + d.bill().number(), p,
                rows(m, d.bill()));
    }

    private Map<String, Object> a4(Messages m, Data d, String title) {
        StoreProfile store = stores.find().orElse(null);
        Bill b = d.bill().bill();
        RepairPlan plan = d.plan();
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", store == null ? "" : store.name());
        p.put("STORE_LINE", store == null ? "" : m.get("cashier.print.storeLine", store.address(), store.phone(),
                store.creditCode().value()));
        p.put("TITLE", title);
        p.put("NUMBER_LINE", m.get("cashier.print.number", b.number()));
        p.put("DATE_LINE", m.get("cashier.print.date", FORMATS.date(b.businessDay())));
        p.put("INFO_1", m.get("cashier.print.customer", plan.customerName()));
        p.put("INFO_2", m.get("cashier.print.phone", d.mobile() == null ? "—" : d.mobile()));
        p.put("INFO_3", m.get("cashier.print.plate", plan.plate() == null ? "" : plan.plate()));
        p.put("INFO_4", m.get("cashier.print.model", plan.model()));
        p.put("INFO_5", m.get("cashier.print.vin", plan.vin() == null ? "" : plan.vin()));
        p.put("INFO_6", m.get("cashier.print.mileage", plan.mileage()));
        p.put("INFO_7", m.get("cashier.print.order", plan.order().number()));
        p.put("INFO_8", m.get("cashier.print.dates", FORMATS.date(plan.order().createdAt(), clock.getZone()),
                FORMATS.date(b.issuedAt(), clock.getZone())));
        p.put("INFO_9", m.get("cashier.print.payer", m.of(b.payer()), b.payerName() == null ? "" : b.payerName()));
        p.put("INFO_10", m.get("cashier.print.claim", b.claimReference() == null ? "—" : b.claimReference(),
                plan.advisorName()));
        p.put("REVERSAL_LINE", "");
        p.put("TOTALS_LINE", m.get("cashier.print.totals", yuan(m, b.labourAmount()), yuan(m, b.partsAmount()),
                yuan(m, b.otherAmount())));
        p.put("DISCOUNTS", d.bill().discounts().isEmpty() ? m.get("cashier.print.noDiscount")
                : m.get("cashier.print.discounts", d.bill().discounts().stream()
                        .map(x -> m.of(x.kind()) + " " + yuan(m, x.amount())
                                + (x.couponCode() == null ? "" : "（" + x.couponCode() + "）")
                                + (x.reason() == null ? "" : "（" + x.reason() + "）"))
                        .collect(Collectors.joining("，")), yuan(m, b.discountAmount())));
        p.put("VAT_LINE", m.get("cashier.print.vat", yuan(m, b.net()), percent(b.vatRate()), yuan(m, b.tax())));
        p.put("L_TOTAL", m.get("cashier.print.total"));
        p.put("TOTAL", yuan(m, b.total()));
        p.put("CAPITALS", m.get("cashier.print.capitals", ChineseCapitals.of(b.total())));
        p.put("PAYMENTS", payments(m, d.bill()));
        QualityOutcome qc = d.qc();
        p.put("GUARANTEE", qc == null || qc.guaranteeUntil() == null ? m.get("cashier.print.guarantee.none")
                : m.get("cashier.print.guarantee", FORMATS.date(qc.guaranteeUntil()),
                        qc.guaranteeUntilKm() == null ? "—" : String.valueOf(qc.guaranteeUntilKm())));
        p.put("NEXT_SERVICE", nextService(m, d.next().nextServiceDate(), d.next().nextServiceMileage()));
        p.put("OLD_PARTS", m.get("cashier.print.oldParts", d.oldParts() == null ? "—"
                : m.of(OldPartsHandling.valueOf(d.oldParts()))));
        p.put("L_SIGN_QC", m.get("cashier.print.signQc"));
        p.put("L_SIGN_CASHIER", m.get("cashier.print.signCashier"));
        p.put("L_SIGN_CUSTOMER", m.get("cashier.print.signCustomer"));
        p.put("QC_NAME", qc == null || qc.inspectorName() == null ? "" : qc.inspectorName());
        p.put("CASHIER_NAME", d.cashierName());
        p.put("PRINTED_AT", m.get("cashier.print.printedAt", FORMATS.dateTime(clock.instant(), clock.getZone())));
        p.put("L_NO", m.get("cashier.print.col.no"));
        p.put("L_AMOUNT", m.get("cashier.print.col.amount"));
        p.put("L_DISCOUNT", m.get("cashier.print.col.discount"));
        p.put("FOOTER", (store == null ? "" : store.name()) + " · " + b.number());
        return p;
    }

    /** The car's next maintenance as the gate pass and the bill print it (decision 0104). */
    private static String nextService(Messages m, java.time.LocalDate date, Integer mileage) {
        return date == null && mileage == null ? m.get("cashier.print.gate.noReminder")
                : m.get("cashier.print.gate.reminder", date == null ? "—" : FORMATS.date(date),
                        mileage == null ? "—" : String.valueOf(mileage));
    }

    private static String yuan(Messages m, Money money) {
        return money.format(m.locale());
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String payments(Messages m, BillDetails bill) {
        if (bill.payments().isEmpty()) {
            return m.get("cashier.print.unpaid", yuan(m, bill.due()));
        }
        String list = bill.payments().stream().map(x -> m.of(x.method()) + " " + yuan(m, x.amount())
                + (x.changeGiven() != null && x.changeGiven().isPositive()
                        ? m.get("cashier.print.change", yuan(m, x.tendered()), yuan(m, x.changeGiven())) : ""))
                .collect(Collectors.joining("，"));
        return m.get("cashier.print.payments", list, yuan(m, bill.due()));
    }

    private static List<BillPrintLine> rows(Messages m, BillDetails bill) {
        List<BillPrintLine> rows = new ArrayList<>();
        section(m, rows, "1", m.get("cashier.print.section.parts"), bill.lines().stream()
                .filter(l -> l.kind() == BillLineKind.PART).toList(), m.get("cashier.print.col.partCode"),
                m.get("cashier.print.col.partName"), m.get("cashier.print.col.brandSpec"), m.get("cashier.print.col.unit"),
                m.get("cashier.print.col.quantity"), m.get("cashier.print.col.unitPrice"));
        section(m, rows, "2", m.get("cashier.print.section.labour"), bill.lines().stream()
                .filter(l -> l.kind() == BillLineKind.LABOUR).toList(), m.get("cashier.print.col.itemCode"),
                m.get("cashier.print.col.item"), "", "", m.get("cashier.print.col.hours"),
                m.get("cashier.print.col.rate"));
        section(m, rows, "3", m.get("cashier.print.section.other"), bill.lines().stream()
                .filter(l -> l.kind() != BillLineKind.PART && l.kind() != BillLineKind.LABOUR).toList(),
                m.get("cashier.print.col.code"), m.get("cashier.print.col.feeName"), m.get("cashier.print.col.kind"),
                m.get("cashier.print.col.unit"), m.get("cashier.print.col.quantity"), m.get("cashier.print.col.unitPrice"));
        return rows;
    }

    private static void section(Messages m, List<BillPrintLine> rows, String section, String title, List<BillLine> lines,
                                String hCode, String hName, String hSpec, String hUnit, String hQuantity,
                                String hUnitPrice) {
        if (lines.isEmpty()) {
            return;
        }
        Money amount = Money.sum(lines.stream().map(BillLine::amount).toList());
        Money discount = Money.sum(lines.stream().map(BillLine::discount).toList());
        Money total = Money.sum(lines.stream().map(BillLine::total).toList());
        String subtotal = m.get("cashier.print.subtotal", title, yuan(m, amount), yuan(m, discount), yuan(m, total));
        int no = 1;
        for (BillLine l : lines) {
            boolean labour = l.kind() == BillLineKind.LABOUR;
            boolean other = l.kind() != BillLineKind.PART && !labour;
            rows.add(new BillPrintLine(section, title, hCode, hName, hSpec, hUnit, hQuantity, hUnitPrice, subtotal,
                    String.valueOf(no++), l.code() == null ? "" : l.code(), l.description(),
                    other ? m.of(l.kind()) : l.brandSpec() == null ? "" : l.brandSpec(),
                    labour ? "" : l.unit() == null ? "" : unit(m, l.unit()),
                    l.quantity().stripTrailingZeros().toPlainString(), yuan(m, l.unitPrice()), yuan(m, l.amount()),
                    l.discount().isZero() ? "" : yuan(m, l.discount())));
        }
    }

    /** The part's unit as printed: the parts bundle's text for a PartUnit, else as stored. */
    private static String unit(Messages m, String stored) {
        try {
            return m.of(com.fours.workbench.parts.PartUnit.valueOf(stored));
        } catch (IllegalArgumentException notAUnit) {
            return stored;
        }
    }

    /** The 80 mm receipt of a bill for the thermal printer at the counter. */
    public RenderedReport receipt(long billId) {
        Data d = data(billId);
        Messages m = Messages.forLocale(Messages.CHINESE);
        StoreProfile store = stores.find().orElse(null);
        Bill b = d.bill().bill();
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", store == null ? "" : store.name());
        p.put("STORE_LINE", store == null ? "" : store.address() + " " + store.phone());
        p.put("TITLE", m.get(b.reversal() ? "cashier.print.reversal.title" : "cashier.print.receipt.title"));
        p.put("NUMBER_LINE", m.get("cashier.print.number", b.number()));
        p.put("DATE_LINE", m.get("cashier.print.receipt.date", FORMATS.dateTime(b.issuedAt(), clock.getZone())));
        p.put("INFO_1", m.get("cashier.print.order", d.plan().order().number()));
        p.put("INFO_2", m.get("cashier.print.plate", d.plan().plate() == null ? "" : d.plan().plate()));
        p.put("INFO_3", m.get("cashier.print.payer", m.of(b.payer()), b.payerName() == null ? "" : b.payerName()));
        p.put("TOTALS_LINE", m.get("cashier.print.totals", yuan(m, b.labourAmount()), yuan(m, b.partsAmount()),
                yuan(m, b.otherAmount())));
        p.put("DISCOUNTS", b.discountAmount().isZero() ? "" : m.get("cashier.print.receipt.discount",
                yuan(m, b.discountAmount())));
        p.put("L_TOTAL", m.get("cashier.print.total"));
        p.put("TOTAL", yuan(m, b.total()));
        p.put("VAT_LINE", m.get("cashier.print.vat", yuan(m, b.net()), percent(b.vatRate()), yuan(m, b.tax())));
        p.put("PAYMENTS", payments(m, d.bill()));
        p.put("FOOTER", m.get("cashier.print.receipt.thanks"));
        p.put("PRINTED_AT", m.get("cashier.print.printedAt", FORMATS.dateTime(clock.instant(), clock.getZone())));
        List<ReceiptLine> rows = d.bill().lines().stream().map(l -> new ReceiptLine(l.description(),
                l.quantity().stripTrailingZeros().toPlainString() + " × " + yuan(m, l.unitPrice())
                        + (l.discount().isZero() ? "" : m.get("cashier.print.receipt.lineDiscount", yuan(m, l.discount()))),
                yuan(m, l.total()))).toList();
        return engine.render(RECEIPT, m.get("cashier.print.receipt.title") + " " + b.number(), p, rows);
    }

    /** The gate pass of a delivered order. */
    public RenderedReport gatePass(GatePass pass) {
        session.require(Permission.DELIVER_VEHICLES);
        Messages m = Messages.forLocale(Messages.CHINESE);
        StoreProfile store = stores.find().orElse(null);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", store == null ? "" : store.name());
        p.put("STORE_LINE", store == null ? "" : m.get("cashier.print.gate.storeLine", store.address(), store.phone()));
        p.put("TITLE", m.get("cashier.print.gate.title"));
        p.put("NUMBER_LINE", m.get("cashier.print.gate.number", pass.number()));
        p.put("DATE_LINE", m.get("cashier.print.gate.date", FORMATS.dateTime(pass.deliveredAt(), clock.getZone())));
        p.put("INFO_1", m.get("cashier.print.plate", pass.plate() == null ? "" : pass.plate()));
        p.put("INFO_2", m.get("cashier.print.model", pass.model()));
        p.put("INFO_3", m.get("cashier.print.customer", pass.customerName()));
        p.put("INFO_4", m.get("cashier.print.vin", pass.vin() == null ? "" : pass.vin()));
        p.put("INFO_5", m.get("cashier.print.order", pass.orderNumber()));
        p.put("INFO_6", m.get("cashier.print.gate.bills", String.join("、", pass.billNumbers())));
        p.put("INFO_7", m.get("cashier.print.gate.certificate", pass.certificateNumber() == null ? "—"
                : pass.certificateNumber()));
        p.put("INFO_8", pass.guaranteeUntil() == null ? m.get("cashier.print.guarantee.none")
                : m.get("cashier.print.guarantee", FORMATS.date(pass.guaranteeUntil()),
                        pass.guaranteeUntilKm() == null ? "—" : String.valueOf(pass.guaranteeUntilKm())));
        p.put("INFO_9", m.get("cashier.print.gate.satisfaction", pass.satisfaction()));
        p.put("INFO_10", m.get("cashier.print.gate.deliveredBy", pass.deliveredBy()));
        p.put("REMINDER", nextService(m, pass.nextServiceDate(), pass.nextServiceMileage()));
        p.put("KEYS_AND_DOCUMENTS", KeysAndDocuments.describeHandedBack(pass.keysAndDocuments(), m));
        p.put("L_SIGN_ADVISOR", m.get("cashier.print.gate.signDelivered"));
        p.put("L_SIGN_GUARD", m.get("cashier.print.gate.signGuard"));
        p.put("ADVISOR_NAME", pass.deliveredBy());
        p.put("PRINTED_AT", m.get("cashier.print.printedAt", FORMATS.dateTime(clock.instant(), clock.getZone())));
        return engine.render(GATE_PASS, m.get("cashier.print.gate.title") + " " + pass.number(), p, List.of());
    }
}
