package com.fours.workbench.qc;

import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.repair.TransitionGuard;

/**
 * Quality control's rules on the repair workflow: an order goes on to settlement only after the
 * final check of its round passed; it goes back from QC to rework only through a failed check
 * (which carries the reason and closes the round); a car whose categories need a completion
 * certificate is not delivered without one.
 */
public final class QcTransitionGuard implements TransitionGuard {

    @Override
    public void check(Handle handle, RepairPlan plan, RepairOrderStatus target) {
        QcDao dao = handle.attach(QcDao.class);
        switch (target) {
            case READY_FOR_SETTLEMENT -> {
                if (dao.release(plan.id()).isEmpty()) {
                    throw new BusinessRuleException("qc.finalCheckMissing", plan.order().number());
                }
            }
            case IN_PROGRESS -> {
                if (plan.status() == RepairOrderStatus.IN_QC) {
                    List<QcDao.SignatureRow> signatures = dao.signatures(plan.id());
                    if (signatures.isEmpty() || signatures.get(signatures.size() - 1).passed()) {
                        throw new BusinessRuleException("qc.reworkNeedsFailure", plan.order().number());
                    }
                }
            }
            case DELIVERED -> {
                if (CompletionCertificates.required(QcSheets.categories(plan))
                        && dao.certificate(plan.id()).isEmpty()) {
                    throw new BusinessRuleException("qc.certificateMissing", plan.order().number());
                }
            }
            default -> {
                // quality control has nothing to say about the other steps
            }
        }
    }
}
