package com.fours.workbench.cashier.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.BillLine;
import com.fours.workbench.cashier.GateCheck;
import com.fours.workbench.cashier.Settlement;
import com.fours.workbench.cashier.SettlementBill;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.RepairPlan;

/**
 * How the cashier's desk words what it shows, in the screen's language: the order's title, the
 * settlement preview's lines and totals, a bill's state, the gate check, amounts of money.
 */
final class CashierWording {

    private final Messages messages;

    CashierWording(Messages messages) {
        this.messages = messages;
    }

    String money(Money amount) {
        return amount.format(messages.locale());
    }

    String orderTitle(RepairPlan plan) {
        return messages.get("cashier.ui.order.title", plan.order().number(), plan.plate() == null ? "" : plan.plate(),
                plan.customerName(), messages.of(plan.status()));
    }

    /** Whether the car may leave, with the next service when one is due, or what still holds it. */
    String gate(GateCheck check) {
        String reminder = check.nextServiceDate() == null && check.nextServiceMileage() == null ? ""
                : " " + messages.get("cashier.ui.gate.reminder", check.nextServiceDate() == null ? "—"
                        : Formats.of(messages.locale()).date(check.nextServiceDate()), check.nextServiceMileage() == null ? "—"
                        : Formats.of(messages.locale()).kmNumber(check.nextServiceMileage()));
        return check.open() ? messages.get("cashier.ui.gate.open") + reminder
                : messages.get("cashier.ui.gate.closed", check.blockers().stream().map(messages::of)
                        .collect(Collectors.joining("；")));
    }

    List<CashierViewModel.PreviewRow> previewRows(Settlement settlement) {
        List<CashierViewModel.PreviewRow> rows = new ArrayList<>();
        for (SettlementBill bill : settlement.bills()) {
            for (BillLine line : bill.lines()) {
                rows.add(new CashierViewModel.PreviewRow(messages.of(bill.payer()), messages.of(line.kind()),
                        line.description(), Formats.of(messages.locale()).quantity(line.quantity()),
                        money(line.unitPrice()), money(line.amount()), line.discount().isZero() ? "" : money(line.discount()),
                        money(line.total())));
            }
        }
        return rows;
    }

    /** A line per bill: its payer, total, discount, net and tax. */
    String previewTotals(Settlement settlement) {
        List<String> totals = new ArrayList<>();
        for (SettlementBill bill : settlement.bills()) {
            totals.add(messages.get("cashier.ui.preview.bill", messages.of(bill.payer()), money(bill.total()),
                    money(bill.discountAmount()), money(bill.vat().net()), money(bill.vat().tax())));
        }
        return String.join("\n", totals);
    }

    /** The bill's number, payer, total, what was paid, and whether it is paid, due, voided or a reversal. */
    String billSummary(BillDetails bill) {
        String state = bill.bill().reversal() ? messages.get("cashier.ui.bill.reversal")
                : bill.voided() ? messages.get("cashier.ui.bill.voided", bill.reversedByNumber())
                : bill.paidInFull() ? messages.get("cashier.ui.bill.paid") : messages.get("cashier.ui.bill.due",
                        money(bill.due()));
        return messages.get("cashier.ui.bill.summary", bill.number(), messages.of(bill.bill().payer()),
                money(bill.bill().total()), money(bill.paid()), state);
    }
}
