package com.fours.workbench.claims;

import static com.fours.workbench.receivables.ReceivablesFixture.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.BillLine;
import com.fours.workbench.cashier.BillLineKind;
import com.fours.workbench.cashier.CashierDao;
import com.fours.workbench.cashier.CashierOrderRow;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.receivables.ReceivablePayer;
import com.fours.workbench.receivables.ReceivablesDao;
import com.fours.workbench.receivables.ReceivablesFixture;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.testing.MutableClock;

/** Warranty and insurance claims on a real H2 database migrated by Flyway, fed through the cashier's desk. */
class ClaimServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static ReceivablesFixture x;
    private static ClaimService claims;

    @BeforeAll
    static void store() {
        x = new ReceivablesFixture(new CashierFixture(MutableClock.shanghai("2026-11-27T02:00:00Z")));
        claims = x.services.claims();
    }

    @AfterAll
    static void close() {
        x.services.close();
    }

    /** A maker's bill on account with a labour line and {@code parts} part lines. */
    private static long warrantyBill(String maker, String total, int parts) {
        long bill = x.bill(Payer.WARRANTY, maker, x.f.repair.customer.id(), total, TODAY.minusDays(12));
        x.services.transactions().useTransaction(h -> {
            List<BillLine> lines = new java.util.ArrayList<>();
            lines.add(new BillLine(1, null, BillLineKind.LABOUR, "LB-01", "更换水泵工时", null, "h",
                    new BigDecimal("1.500"), m("200.00"), m("300.00"), Money.ZERO, m("300.00")));
            for (int i = 0; i < parts; i++) {
                lines.add(new BillLine(2 + i, null, BillLineKind.PART, "16100-0H05" + i, "水泵总成", null, "件",
                        BigDecimal.ONE.setScale(3), m("100.00"), m("100.00"), Money.ZERO, m("100.00")));
            }
            h.attach(CashierDao.class).insertLines(bill, lines);
        });
        x.onAccount(bill, total, TODAY.minusDays(12));
        return bill;
    }

    private static ClaimDraft draft() {
        return new ClaimDraft("P0128", "节温器卡滞导致水温过低", "", "旧件库 A-03", "");
    }

    private static void balanced(long payerId) {
        ReceivablesDao.Totals t = x.totals(payerId);
        assertThat(t.billed().subtract(t.received())).as("billed - received = open - unapplied")
                .isEqualByComparingTo(t.openAmount().subtract(t.unapplied()));
    }

    private static String refusedField(Runnable action, String field) {
        InvalidFieldsException e = catchThrowableOfType(action::run, InvalidFieldsException.class);
        assertThat(e).as("refused at " + field).isNotNull();
        assertThat(e.byField()).containsKey(field);
        return e.byField().get(field).messageKey();
    }

    @Test
    void aWarrantyClaimIsSubmittedPartlyApprovedAndPaidThroughTheLedger() {
        long bill = warrantyBill("广汽丰田-索赔甲", "500.00", 2);
        x.asCashier();
        assertThat(claims.claimable()).extracting(ClaimableBill::billId).contains(bill);

        Claim drafted = claims.draft(bill, draft());
        assertThat(drafted.number()).startsWith("SP");
        assertThat(drafted.state()).isEqualTo(ClaimState.DRAFTED);
        assertThat(drafted.claimed()).isEqualTo(m("500.00"));
        assertThat(claims.parts(drafted.id())).extracting(ClaimPart::tag)
                .containsExactly(drafted.number() + "-1", drafted.number() + "-2");
        assertThat(claims.parts(drafted.id())).allSatisfy(p -> {
            assertThat(p.place()).isEqualTo("旧件库 A-03");
            assertThat(p.returnBy()).isEqualTo(TODAY.plusDays(ClaimService.DEFAULT_RETURN_DAYS));
        });
        assertThat(claims.claimable()).extracting(ClaimableBill::billId).doesNotContain(bill);

        Claim submitted = claims.submit(drafted.id(), drafted.version(), "GTMC-W-2026-5501");
        assertThat(submitted.state()).isEqualTo(ClaimState.SUBMITTED);
        assertThat(submitted.payerClaimNo()).isEqualTo("GTMC-W-2026-5501");
        assertThat(claims.claims(Set.of(ClaimState.SUBMITTED))).extracting(Claim::id).contains(drafted.id());

        // the maker refused one of the two parts: a reason and the store's choice are needed
        assertThat(refusedField(() -> claims.decide(submitted.id(), submitted.version(),
                new ClaimDecision("400", "", null)), ClaimDecision.REASON)).isEqualTo("claims.reason.required");
        Claim decided = claims.decide(submitted.id(), submitted.version(),
                new ClaimDecision("400", "水泵密封件不在三包范围", ShortfallChoice.ABSORB));
        assertThat(decided.state()).isEqualTo(ClaimState.PARTLY_APPROVED);
        assertThat(decided.shortfall()).isEqualTo(m("100.00"));
        assertThat(decided.shortfallChoice()).isEqualTo(ShortfallChoice.ABSORB);
        assertThat(x.itemOf(bill).openAmount()).as("the maker owes what it granted").isEqualTo(m("400.00"));
        ReceivablePayer maker = x.maker("广汽丰田-索赔甲");
        balanced(maker.id());

        // paid in two remittances; the second may not go beyond what was approved
        Claim part = claims.pay(decided.id(), decided.version(), new ClaimPayment("150", "GTMC-PAY-1", ""));
        assertThat(part.state()).isEqualTo(ClaimState.PARTLY_APPROVED);
        assertThat(part.due()).isEqualTo(m("250.00"));
        int receipts = x.audits("RECEIPT_RECORDED");
        assertThat(refusedField(() -> claims.pay(part.id(), part.version(), new ClaimPayment("250.01", "GTMC-PAY-2",
                "")), ClaimPayment.AMOUNT)).isEqualTo("claims.paid.aboveApproved");
        assertThat(x.audits("RECEIPT_RECORDED")).as("nothing half-posted").isEqualTo(receipts);
        Claim paid = claims.pay(part.id(), part.version(), new ClaimPayment("250", "GTMC-PAY-2", ""));
        assertThat(paid.state()).isEqualTo(ClaimState.PAID);
        assertThat(paid.paid()).isEqualTo(m("400.00"));
        assertThat(x.itemOf(bill).openAmount()).isEqualTo(Money.ZERO);
        balanced(maker.id());
        assertThat(x.audits("CLAIM_PAID")).isGreaterThanOrEqualTo(2);
        assertThat(x.audits("CLAIM_DECIDED")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void stepsOutOfOrderAndBadAmountsAreRefusedWithNothingWritten() {
        long bill = warrantyBill("广汽丰田-索赔乙", "800.00", 1);
        x.asCashier();
        Claim drafted = claims.draft(bill, draft());
        ReceivablePayer maker = x.maker("广汽丰田-索赔乙");
        int receipts = x.audits("RECEIPT_RECORDED");

        BusinessRuleException payDraft = catchThrowableOfType(() -> claims.pay(drafted.id(), drafted.version(),
                new ClaimPayment("800", "PAY-DRAFT", "")), BusinessRuleException.class);
        assertThat(payDraft.messageKey()).isEqualTo("claims.state.jump");
        assertThat(x.audits("RECEIPT_RECORDED")).isEqualTo(receipts);
        assertThat(x.itemOf(bill).openAmount()).isEqualTo(m("800.00"));

        assertThat(catchThrowableOfType(() -> claims.decide(drafted.id(), drafted.version(),
                new ClaimDecision("800", "", null)), BusinessRuleException.class).messageKey())
                .isEqualTo("claims.state.jump");
        assertThat(catchThrowableOfType(() -> claims.draft(bill, draft()), BusinessRuleException.class).messageKey())
                .as("a bill is claimed once").isEqualTo("claims.bill.twice");

        Claim submitted = claims.submit(drafted.id(), drafted.version(), "GTMC-W-2026-5502");
        assertThat(catchThrowableOfType(() -> claims.submit(drafted.id(), drafted.version(), "again"),
                BusinessRuleException.class).messageKey()).isEqualTo("claims.state.jump");
        assertThat(refusedField(() -> claims.decide(submitted.id(), submitted.version(),
                new ClaimDecision("800.01", "", null)), ClaimDecision.APPROVED)).isEqualTo("claims.approved.aboveClaimed");
        assertThat(refusedField(() -> claims.decide(submitted.id(), submitted.version(),
                new ClaimDecision("1.005", "", null)), ClaimDecision.APPROVED)).isNotBlank();
        assertThat(claims.claim(submitted.id()).state()).isEqualTo(ClaimState.SUBMITTED);
        assertThat(x.itemOf(bill).openAmount()).isEqualTo(m("800.00"));

        Claim approved = claims.decide(submitted.id(), submitted.version(), new ClaimDecision("800", "", null));
        assertThat(approved.state()).isEqualTo(ClaimState.APPROVED);
        assertThat(approved.shortfallChoice()).isNull();
        assertThat(refusedField(() -> claims.pay(approved.id(), approved.version(), new ClaimPayment("900", "PAY-9",
                "")), ClaimPayment.AMOUNT)).isEqualTo("claims.paid.aboveApproved");
        Claim first = claims.pay(approved.id(), approved.version(), new ClaimPayment("300", "PAY-8", ""));
        // the same remittance recorded again: the ledger's reference rule refuses it under this form's field
        assertThat(refusedField(() -> claims.pay(first.id(), first.version(), new ClaimPayment("500", "PAY-8", "")),
                ClaimPayment.REFERENCE)).isEqualTo("receivables.receipt.duplicate");
        assertThat(claims.claim(first.id()).paid()).as("nothing half-posted").isEqualTo(m("300.00"));
        Claim paid = claims.pay(first.id(), first.version(), new ClaimPayment("500", "PAY-9", ""));
        assertThat(paid.state()).isEqualTo(ClaimState.PAID);
        // a paid claim takes no more money
        assertThat(catchThrowableOfType(() -> claims.pay(paid.id(), paid.version(), new ClaimPayment("1", "PAY-10",
                "")), BusinessRuleException.class).messageKey()).isEqualTo("claims.state.jump");
        assertThat(claims.claim(paid.id()).paid()).isEqualTo(m("800.00"));
        balanced(maker.id());
    }

    @Test
    void anInsuranceClaimRejectedIsChargedToTheCustomerAndLeavesTheInsurerOwingNothing() {
        String insurer = "中国平安财产保险-测试";
        long bill = x.bill(Payer.INSURANCE, insurer, x.f.repair.customer.id(), "3000.00", TODAY.minusDays(40));
        x.onAccount(bill, "3000.00", TODAY.minusDays(40));
        x.asCashier();
        // an insurance claim needs no fault code; the bill has no parts to keep
        Claim drafted = claims.draft(bill, new ClaimDraft("", "", "王定损", "", ""));
        assertThat(drafted.kind()).isEqualTo(Payer.INSURANCE);
        assertThat(drafted.assessor()).isEqualTo("王定损");
        Claim submitted = claims.submit(drafted.id(), drafted.version(), "RDAA2026440100009");
        assertThat(refusedField(() -> claims.decide(submitted.id(), submitted.version(),
                new ClaimDecision("0", "非保险责任", null)), ClaimDecision.CHOICE)).isEqualTo("claims.choice.required");
        int issued = x.audits("BILL_ISSUED");
        Claim rejected = claims.decide(submitted.id(), submitted.version(),
                new ClaimDecision("0", "非保险责任", ShortfallChoice.CHARGE_CUSTOMER));
        assertThat(rejected.state()).isEqualTo(ClaimState.REJECTED);
        assertThat(rejected.shortfall()).isEqualTo(m("3000.00"));
        assertThat(rejected.shortfallChoice()).isEqualTo(ShortfallChoice.CHARGE_CUSTOMER);
        assertThat(x.itemOf(bill).openAmount()).isEqualTo(Money.ZERO);
        balanced(x.payer("INSURANCE:" + insurer).id());

        // what the insurer refused is now the customer's bill of the same order, in the invoice series
        assertThat(rejected.chargeBillId()).as("charged to the customer as a bill").isNotNull();
        assertThat(rejected.chargeBillNumber()).startsWith("JS2026-");
        assertThat(rejected.chargeDue()).isEqualTo(m("3000.00"));
        assertThat(x.audits("BILL_ISSUED")).as("the charge bill is audited").isEqualTo(issued + 1);
        BillDetails charge = x.services.cashier().bill(rejected.chargeBillId());
        assertThat(charge.bill().payer()).isEqualTo(Payer.CUSTOMER);
        assertThat(charge.bill().repairOrderId()).isEqualTo(x.f.repair.orderId());
        assertThat(charge.bill().total()).isEqualTo(m("3000.00"));
        assertThat(charge.bill().net().plus(charge.bill().tax())).isEqualTo(m("3000.00"));
        assertThat(charge.lines()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(BillLineKind.FEE);
            assertThat(l.description()).contains(rejected.number()).contains("RDAA2026440100009");
        });
        assertThat(x.services.cashier().bills(x.f.repair.orderId())).extracting(BillDetails::number)
                .as("the desk lists it with the order's bills").contains(rejected.chargeBillNumber());
        // the desk finds the order by its number or plate although the desk's own work on it is done
        RepairPlan order = x.services.cashier().order(x.f.repair.orderId());
        assertThat(order.order().status()).isNotIn(RepairOrderStatus.READY_FOR_SETTLEMENT, RepairOrderStatus.SETTLED);
        assertThat(x.services.cashier().orders(order.order().number(), true, 50)).extracting(CashierOrderRow::id)
                .containsExactly(order.order().id());
        assertThat(x.services.cashier().orders(order.plate(), true, 50)).extracting(CashierOrderRow::id)
                .contains(order.order().id());
        assertThat(x.services.cashier().orders(order.order().number(), false, 50)).as("waiting for settlement only")
                .isEmpty();
        // the desk takes the money as for any bill
        x.services.payments().pay(rejected.chargeBillId(), new PaymentInput(PaymentMethod.CASH, "3000", "", ""));
        assertThat(claims.claim(rejected.id()).chargeDue()).isEqualTo(Money.ZERO);
        assertThat(catchThrowableOfType(() -> claims.pay(rejected.id(), rejected.version(),
                new ClaimPayment("1", "X-1", "")), BusinessRuleException.class).messageKey())
                .isEqualTo("claims.state.jump");
        assertThat(claims.claims(Set.of(ClaimState.REJECTED))).extracting(Claim::id).contains(rejected.id());
    }

    @Test
    void aWarrantyDraftNeedsItsFaultCodeCauseAndAShelfForItsParts() {
        long bill = warrantyBill("广汽丰田-索赔丙", "200.00", 1);
        x.asCashier();
        InvalidFieldsException e = catchThrowableOfType(() -> claims.draft(bill, new ClaimDraft("", "", "", "", "")),
                InvalidFieldsException.class);
        assertThat(e.byField()).containsKeys(ClaimDraft.FAULT_CODE, ClaimDraft.CAUSE, ClaimDraft.PLACE);
        assertThat(refusedField(() -> claims.draft(bill, new ClaimDraft("P1", "c", "", "A", "2026-11-01")),
                ClaimDraft.RETURN_BY)).isEqualTo("claims.returnBy.past");
        assertThat(claims.claimable()).extracting(ClaimableBill::billId).contains(bill);
        long customerBill = x.bill(Payer.CUSTOMER, "张三", x.f.repair.customer.id(), "100.00", TODAY);
        assertThat(catchThrowableOfType(() -> claims.draft(customerBill, draft()), BusinessRuleException.class)
                .messageKey()).isEqualTo("claims.bill.notClaimable");
    }
}
