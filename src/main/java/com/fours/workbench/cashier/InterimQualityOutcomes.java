package com.fours.workbench.cashier;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.qc.QualityOutcome;
import com.fours.workbench.qc.QualityOutcomes;

/**
 * Until quality control's own implementation is merged: an order that reached
 * READY_FOR_SETTLEMENT or later counts as passed, without an inspector or a certificate.
 */
public final class InterimQualityOutcomes implements QualityOutcomes {

    @Override
    public QualityOutcome of(Handle handle, long repairOrderId) {
        String status = handle.createQuery("SELECT status FROM repair_order WHERE id = :id").bind("id", repairOrderId)
                .mapTo(String.class).one();
        boolean passed = status.equals("READY_FOR_SETTLEMENT") || status.equals("SETTLED") || status.equals("DELIVERED");
        return new QualityOutcome(repairOrderId, passed, null, null, null, null, false, null, false, null);
    }
}
