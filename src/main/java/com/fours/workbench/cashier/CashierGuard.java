package com.fours.workbench.cashier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.qc.QualityOutcome;
import com.fours.workbench.qc.QualityOutcomes;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.repair.TransitionGuard;

/**
 * The cashier's rules for the repair-order workflow, whoever asks for the step: SETTLED only when
 * every payer of the order has an issued bill that is not void; DELIVERED only when, besides, the
 * customer's bill is paid (on account counts) and quality control lets the car go (the
 * completion certificate for the heavy categories). The maker's and the insurer's bills are claims
 * the store collects later; they do not hold the car.
 */
public final class CashierGuard implements TransitionGuard {

    private final QualityOutcomes qualityOutcomes;

    public CashierGuard(QualityOutcomes qualityOutcomes) {
        this.qualityOutcomes = qualityOutcomes;
    }

    @Override
    public void check(Handle handle, RepairPlan plan, RepairOrderStatus target) {
        if (target == RepairOrderStatus.SETTLED) {
            requireBills(handle, plan);
        } else if (target == RepairOrderStatus.DELIVERED) {
            requireBills(handle, plan);
            requirePaid(handle, plan);
            requireReleasable(qualityOutcomes.of(handle, plan.id()), plan);
        }
    }

    static void requireBills(Handle handle, RepairPlan plan) {
        Set<Payer> payers = EnumSet.noneOf(Payer.class);
        for (RepairLine line : plan.lines()) {
            if (line.charged() && line.payer() != Payer.INTERNAL) {
                payers.add(line.payer());
            }
        }
        List<BillDetails> live = CashierService.billsOf(handle, plan.id()).stream().filter(BillDetails::live).toList();
        for (Payer payer : payers) {
            if (live.stream().noneMatch(b -> b.bill().payer() == payer)) {
                throw new BusinessRuleException("cashier.gate.notBilled", plan.order().number(), payer);
            }
        }
    }

    static void requirePaid(Handle handle, RepairPlan plan) {
        for (BillDetails bill : CashierService.billsOf(handle, plan.id())) {
            if (bill.live() && bill.bill().payer() == Payer.CUSTOMER && bill.due().isPositive()) {
                throw new BusinessRuleException("cashier.gate.unpaid", bill.number(), bill.due().toPlainString());
            }
        }
    }

    static void requireReleasable(QualityOutcome outcome, RepairPlan plan) {
        if (outcome == null || !outcome.finalCheckPassed()) {
            throw new BusinessRuleException("cashier.qcNotPassed", plan.order().number());
        }
        if (!outcome.releasable()) {
            throw new BusinessRuleException("cashier.gate.certificateMissing", plan.order().number());
        }
    }
}
