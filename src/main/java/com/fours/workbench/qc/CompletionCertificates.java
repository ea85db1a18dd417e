package com.fours.workbench.qc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The completion certificate (竣工出厂合格证) of an order whose final check passed: which orders
 * need one, and issuing it under a number without gaps per year (JG2026-000001).
 */
public final class CompletionCertificates {

    /** Categories whose cars may not leave without a completion certificate. */
    public static final Set<RepairCategory> CERTIFIED = EnumSet.of(RepairCategory.SECOND_LEVEL_MAINTENANCE,
            RepairCategory.ASSEMBLY_REPAIR, RepairCategory.WHOLE_VEHICLE_REPAIR);

    static final List<String> CERTIFIED_NAMES = CERTIFIED.stream().map(Enum::name).toList();

    /** The heaviest category first: what a certificate names when an order has several. */
    static final List<RepairCategory> WEIGHT = List.of(RepairCategory.WHOLE_VEHICLE_REPAIR, RepairCategory.ASSEMBLY_REPAIR,
            RepairCategory.SECOND_LEVEL_MAINTENANCE, RepairCategory.SPECIALIST_REPAIR, RepairCategory.MINOR_REPAIR,
            RepairCategory.BODYWORK, RepairCategory.PAINT, RepairCategory.FIRST_LEVEL_MAINTENANCE, RepairCategory.WARRANTY);

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public CompletionCertificates(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean required(Set<RepairCategory> categories) {
        return categories.stream().anyMatch(CERTIFIED::contains);
    }

    /**
     * Issues the completion certificate of an order whose final check passed. Allowed for any
     * order; required only for the certified categories. Issuing it twice is refused with the
     * number already given.
     */
    public Certificate issueCertificate(long orderId) {
        AuthenticatedUser user = session.require(Permission.SIGN_FINAL_CHECK);
        try {
            return issue(orderId, user);
        } catch (JdbiException e) {
            if (Transactions.isLockTimeout(e)) {
                throw new BusinessRuleException("qc.busy");
            }
            throw e;
        }
    }

    private Certificate issue(long orderId, AuthenticatedUser user) {
        return transactions.inTransaction(handle -> {
            QcDao dao = handle.attach(QcDao.class);
            dao.lockOrder(orderId).orElseThrow(() -> new BusinessRuleException("repairOrder.notFound", String.valueOf(orderId)));
            QcSheet sheet = QcSheets.sheet(handle, orderId);
            if (sheet.certificate() != null) {
                throw new BusinessRuleException("qc.certificateIssued", sheet.orderNumber(), sheet.certificate().number());
            }
            if (sheet.release() == null) {
                throw new BusinessRuleException("qc.certificateBeforeFinal", sheet.orderNumber());
            }
            Certificate issued = insertCertificate(handle, sheet, user.username(), clock.instant(), clock.getZone());
            audit.record(handle, QcAuditAction.QC_CERTIFICATE_ISSUED, "qc_certificate", issued.id(), null,
                    "number=" + issued.number() + ", order=" + sheet.orderNumber() + ", category=" + issued.repairCategory());
            return issued;
        });
    }

    /**
     * Takes the year's next number (locking its counter row until the transaction ends) and writes
     * the certificate of a released order with its fields as they are now; the caller checks and audits.
     */
    public static Certificate insertCertificate(Handle handle, QcSheet sheet, String issuedBy, Instant now, ZoneId zone) {
        QcDao dao = handle.attach(QcDao.class);
        Release release = sheet.release();
        Signature finalCheck = sheet.signatures().stream().filter(s -> s.id() == release.signatureId()).findFirst()
                .orElseThrow();
        int year = LocalDate.ofInstant(now, zone).getYear();
        dao.ensureCounter(year);
        dao.advanceCounter(year);
        int sequence = dao.lastNumber(year);
        QcDao.CertificateFacts facts = dao.certificateFacts(sheet.repairOrderId());
        RepairCategory category = WEIGHT.stream().filter(sheet.categories()::contains).findFirst()
                .orElse(RepairCategory.MINOR_REPAIR);
        dao.insertCertificate(sheet.repairOrderId(), number(year, sequence), year, sequence, facts.customerName(),
                facts.plate(), facts.plateColor(), facts.vehicleType(), facts.vin(), facts.shopName(), facts.shopPhone(),
                category.name(), release.exitDate(), release.exitMileage(), finalCheck.displayName(),
                release.guaranteeUntil(), release.guaranteeUntilKm(), issuedBy, now);
        return dao.certificate(sheet.repairOrderId()).orElseThrow();
    }

    static String number(int year, int sequence) {
        return "JG" + year + "-" + String.format("%06d", sequence);
    }
}
