package com.fours.workbench.cashier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.core.Money;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.testing.ViewModelDriver;

/**
 * The cashier's desk view model on a real store (an H2 file), driven as the cashier chenjing would:
 * the preview and the bill to the cent, two payments with the change to give, a card paying more
 * than is due refused under the amount, and a discount above her limit held for the manager.
 */
class CashierViewModelTest {

    @TempDir
    Path folder;
    private AppServices services;
    private CashierFixture fixture;
    private ViewModelDriver fx;
    private CashierViewModel model;

    @BeforeEach
    void openTheDesk() {
        services = TestWorkbench.setUp(folder, MutableClock.shanghai("2026-11-27T02:00:00Z"));
        fixture = new CashierFixture(services);
        fx = new ViewModelDriver(services);
        model = fx.read(() -> new CashierViewModel(new CashierContext(services.cashier(), services.payments(),
                services.deliveries(), services.discountPolicy(), services.cashierPrints(), services.authentication(),
                services.reports(), services.archiveSearch(), services.session(), fx.messages(), fx.background(),
                fx.errors(), null, services.changes())));
        fx.act(() -> {
            // the fields the desk shows errors under, as the view binds them
            for (String field : List.of(SettlementInput.COUPON, SettlementInput.MANUAL_DISCOUNT,
                    SettlementInput.MANUAL_REASON, SettlementInput.WARRANTY_MAKER, SettlementInput.WARRANTY_CLAIM,
                    SettlementInput.INSURER, SettlementInput.INSURANCE_CLAIM, SettlementInput.EXCESS,
                    PaymentInput.METHOD, PaymentInput.AMOUNT, PaymentInput.REFERENCE, PaymentInput.BUSINESS_DAY,
                    PaymentInput.REASON)) {
                model.errors().of(field);
            }
        });
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anOrderIsSettledToTheCentAndTwoPaymentsLeaveNothingDueWithTheChangeToGive() {
        long order = fixture.readyOrder(List.of(LineInput.labour(fixture.repair.oilChange.id(), q("0.5"), Payer.CUSTOMER),
                LineInput.part(fixture.repair.filter.id(), q("1"), Payer.CUSTOMER),
                LineInput.part(fixture.repair.oil.id(), q("4.5"), Payer.CUSTOMER)));
        fixture.as("chenjing");

        fx.act(() -> model.open(order));
        assertThat(fx.read(() -> model.settleableProperty().get())).isTrue();
        assertThat(fx.read(() -> model.settledProperty().get())).isFalse();
        assertThat(fx.read(() -> model.previewLines())).extracting(CashierViewModel.PreviewRow::total)
                .containsExactly("¥190.00", "¥45.00", "¥441.00");
        assertThat(fx.read(() -> model.previewTotalsProperty().get()))
                .isEqualTo("Customer: ¥676.00 (discount ¥0.00; pre-tax ¥598.23, VAT ¥77.77)");

        fx.act(() -> model.settle());
        assertThat(fx.read(() -> model.messageProperty().get())).isEqualTo("Settled: bills JS2026-000001 issued.");
        assertThat(fx.read(() -> model.settleableProperty().get())).isFalse();
        assertThat(fx.read(() -> model.bills())).singleElement()
                .satisfies(bill -> assertThat(bill.bill().total()).isEqualTo(Money.of("676.00")));
        assertThat(fx.read(() -> model.payAmountProperty().get())).as("what is due, ready to take").isEqualTo("676.00");

        fx.act(() -> {
            model.payMethodProperty().set(PaymentMethod.WECHAT_PAY);
            model.payAmountProperty().set("500");
            model.pay();
        });
        assertThat(fx.read(() -> model.messageProperty().get())).isEqualTo("¥500.00 taken by WeChat Pay.");
        assertThat(fx.read(() -> model.payAmountProperty().get())).isEqualTo("176.00");

        fx.act(() -> {
            model.payMethodProperty().set(PaymentMethod.CASH);
            model.payAmountProperty().set("200");
            model.pay();
        });
        assertThat(fx.read(() -> model.messageProperty().get())).isEqualTo("¥176.00 taken in cash; give ¥24.00 change.");
        assertThat(fx.read(() -> model.billSummaryProperty().get()))
                .isEqualTo("Bill JS2026-000001 · Customer · total ¥676.00 · paid ¥676.00 · paid in full");
        BillDetails stored = services.cashier().bills(order).get(0);
        assertThat(stored.due()).isEqualTo(Money.ZERO);
        assertThat(stored.payments()).extracting(p -> p.amount()).containsExactly(Money.of("500.00"), Money.of("176.00"));
    }

    @Test
    void aCardPayingMoreThanIsDueIsRefusedUnderTheAmountAndNothingIsTaken() {
        long order = fixture.readyOrder(List.of(CashierFixture.fee("检测费", "1", "100.00", Payer.CUSTOMER)));
        fixture.as("chenjing");
        services.cashier().settle(order, fixture.version(order), SettlementInput.plain(), null);
        fx.act(() -> model.open(order));

        fx.act(() -> {
            model.payMethodProperty().set(PaymentMethod.BANK_CARD);
            model.payAmountProperty().set("150");
            model.pay();
        });
        assertThat(fx.read(() -> model.errors().of(PaymentInput.AMOUNT).get()))
                .isEqualTo("150.00 is more than the 100.00 due: only cash gives change.");
        assertThat(fx.read(() -> model.payAmountProperty().get())).as("what was typed stays").isEqualTo("150");
        assertThat(services.cashier().bills(order).get(0).payments()).isEmpty();
    }

    @Test
    void aDiscountAboveTheCashiersLimitNeedsItsReasonThenWaitsForTheManagerAtTheDesk() {
        long order = fixture.readyOrder(List.of(CashierFixture.fee("钣金修复", "1", "1000.00", Payer.CUSTOMER)));
        fixture.as("chenjing");
        fx.act(() -> model.open(order));

        fx.act(() -> {
            model.manualDiscountProperty().set("80");
            model.settle();
        });
        assertThat(fx.read(() -> model.errors().of(SettlementInput.MANUAL_REASON).get()))
                .isEqualTo("Give the reason for the discount.");

        fx.act(() -> {
            model.manualReasonProperty().set("漆面色差补偿");
            model.settle();
        });
        assertThat(fx.read(() -> model.approvalNeededProperty().get()))
                .isEqualTo("A discount of 80.00 is above your limit of 50.00: a manager must confirm it.");
        assertThat(services.cashier().bills(order)).as("nothing issued while it waits").isEmpty();

        fx.act(() -> {
            model.approverNameProperty().set("zhoujie");
            model.approverPasswordProperty().set(CashierFixture.PASSWORD);
            model.settle();
        });
        assertThat(fx.read(() -> model.approvalNeededProperty().get())).isEmpty();
        assertThat(fx.read(() -> model.approverPasswordProperty().get())).as("the password is not kept").isEmpty();
        BillDetails bill = services.cashier().bills(order).get(0);
        assertThat(bill.bill().discountAmount()).isEqualTo(Money.of("80.00"));
        assertThat(bill.bill().total()).isEqualTo(Money.of("920.00"));
        assertThat(bill.discounts()).singleElement().satisfies(d -> assertThat(d.approvedBy()).isEqualTo("zhoujie"));
    }

    private static BigDecimal q(String value) {
        return new BigDecimal(value);
    }
}
