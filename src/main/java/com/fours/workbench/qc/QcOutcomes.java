package com.fours.workbench.qc;

import org.jdbi.v3.core.Handle;

/** Quality control's {@link QualityOutcomes}: read from the sheet inside the caller's transaction. */
public final class QcOutcomes implements QualityOutcomes {

    @Override
    public QualityOutcome of(Handle handle, long repairOrderId) {
        QcSheet sheet = QcSheets.sheet(handle, repairOrderId);
        Release release = sheet.release();
        Signature finalCheck = release == null ? null : sheet.signatures().stream()
                .filter(s -> s.id() == release.signatureId()).findFirst().orElse(null);
        Comeback comeback = sheet.comeback();
        return new QualityOutcome(repairOrderId, release != null, finalCheck == null ? null : finalCheck.displayName(),
                finalCheck == null ? null : finalCheck.signedAt(), release == null ? null : release.guaranteeUntil(),
                release == null ? null : release.guaranteeUntilKm(), sheet.certificateRequired(),
                sheet.certificate() == null ? null : sheet.certificate().number(), comeback != null,
                comeback == null ? null : comeback.earlierOrderNumber());
    }
}
