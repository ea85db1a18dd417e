package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * What is written into the ledger by hand: waste entered by weight, corrections, hand-overs to a
 * licensed handler, and the closing of a month. Each in one transaction, audited; a closed month is
 * never written into (a correction goes into an open month and names the row it corrects).
 */
public final class WasteLedgerService {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public WasteLedgerService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** Waste entered by weight: rags, paint residue, a battery brought in. */
    public WasteEntry record(WasteInput input) {
        AuthenticatedUser user = session.require(Permission.USE_ENVIRONMENT);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.kindId() == null) {
            errors.reject(WasteInput.KIND, new InvalidValueException("field.required"));
        }
        BigDecimal quantity = errors.check(WasteInput.QUANTITY, () -> WasteQuantities.positive(input.quantity()));
        LocalDate day = errors.check(WasteInput.DAY, () -> day(input.day()));
        String note = errors.check(WasteInput.NOTE, () -> Typed.requiredText(input.note(), 200));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            requireOpen(handle, day, WasteInput.DAY);
            WasteEntry entry = insertEntry(handle, input.kindId(), day, WasteMovement.PRODUCED, quantity,
                    WasteSource.MANUAL, null, note, user.username(), clock.instant());
            audit.record(handle, EnvironmentAuditAction.WASTE_RECORDED, "wasteEntry", entry.id(), null,
                    entry.kindName() + " " + quantity.toPlainString() + " " + entry.unit() + " on " + day + ": " + note);
            return entry;
        });
    }

    /**
     * A correction of a ledger row, dated today in an open month: the signed quantity to add to
     * what was produced (negative takes away), with the reason. What is in store never goes below zero.
     */
    public WasteEntry correct(long entryId, WasteInput input) {
        AuthenticatedUser user = session.require(Permission.USE_ENVIRONMENT);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        BigDecimal quantity = errors.check(WasteInput.QUANTITY, () -> WasteQuantities.signed(input.quantity()));
        String note = errors.check(WasteInput.NOTE, () -> Typed.requiredText(input.note(), 200));
        errors.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(handle -> {
            EnvironmentDao dao = handle.attach(EnvironmentDao.class);
            WasteEntry original = dao.entry(entryId).orElseThrow(() -> new BusinessRuleException(
                    "waste.entry.notFound", String.valueOf(entryId)));
            if (original.movement() == WasteMovement.TRANSFERRED) {
                throw new BusinessRuleException("waste.correction.ofTransfer");
            }
            requireOpen(handle, today, WasteInput.DAY);
            dao.lockKind(original.kindId());
            if (quantity.signum() < 0) {
                BigDecimal inStore = WasteReports.inStore(handle, original.kindId(), today);
                if (inStore.add(quantity).signum() < 0) {
                    throw new InvalidFieldsException(Map.of(WasteInput.QUANTITY, new InvalidValueException(
                            "waste.correction.belowZero", quantity.negate().toPlainString(), inStore.toPlainString())));
                }
            }
            long id = dao.insertEntry(original.kindId(), today, WasteMovement.CORRECTION.name(), quantity,
                    WasteSource.CORRECTION.name(), null, original.orderNumber(), null, original.id(), note,
                    user.username(), clock.instant());
            WasteEntry entry = dao.entry(id).orElseThrow();
            audit.record(handle, EnvironmentAuditAction.WASTE_CORRECTED, "wasteEntry", original.id(),
                    original.quantity().toPlainString(), quantity.toPlainString() + " (" + note + ")");
            return entry;
        });
    }

    /**
     * A hand-over to a licensed handler. Refused with the reason: more than is in store, a handler
     * whose licence has expired by the day or who may not take the kind, a manifest number used
     * before, a day in the future or in a closed month.
     */
    public WasteTransfer transfer(TransferInput input) {
        AuthenticatedUser user = session.require(Permission.USE_ENVIRONMENT);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.kindId() == null) {
            errors.reject(TransferInput.KIND, new InvalidValueException("field.required"));
        }
        if (input.handlerId() == null) {
            errors.reject(TransferInput.HANDLER, new InvalidValueException("field.required"));
        }
        String manifest = errors.check(TransferInput.MANIFEST, () -> Typed.requiredText(input.manifestNo(), 40));
        BigDecimal quantity = errors.check(TransferInput.QUANTITY, () -> WasteQuantities.positive(input.quantity()));
        String vehicle = errors.check(TransferInput.VEHICLE, () -> Typed.requiredText(input.vehicle(), 20));
        LocalDate day = errors.check(TransferInput.DAY, () -> day(input.day()));
        String handedBy = errors.check(TransferInput.HANDED_BY, () -> Typed.requiredText(input.handedBy(), 50));
        String receivedBy = errors.check(TransferInput.RECEIVED_BY, () -> Typed.requiredText(input.receivedBy(), 50));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            WasteTransfer transfer = insertTransfer(handle, input.kindId(), input.handlerId(), manifest, quantity,
                    vehicle, day, handedBy, receivedBy, user.username(), clock.instant());
            audit.record(handle, EnvironmentAuditAction.WASTE_TRANSFERRED, "wasteTransfer", transfer.manifestNo(),
                    null, transfer.kindName() + " " + quantity.toPlainString() + " " + transfer.unit() + " to "
                            + transfer.handlerName() + " on " + day + ", vehicle " + vehicle + ", signed " + handedBy
                            + " / " + receivedBy);
            return transfer;
        });
    }

    /** Closes a month that has ended: its rows are final, the printed ledger is the one filed. */
    public void closeMonth(YearMonth month) {
        AuthenticatedUser user = session.require(Permission.MANAGE_WASTE_CATALOGUE);
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new BusinessRuleException("waste.month.notEnded", month.toString());
        }
        transactions.useTransaction(handle -> {
            EnvironmentDao dao = handle.attach(EnvironmentDao.class);
            if (dao.closedCount(month.toString()) > 0) {
                throw new BusinessRuleException("waste.month.alreadyClosed", month.toString());
            }
            dao.closeMonth(month.toString(), user.username(), clock.instant());
            audit.record(handle, EnvironmentAuditAction.WASTE_MONTH_CLOSED, "wasteMonth", month.toString(), null,
                    "closed");
        });
    }

    /** Checked hand-over in the caller's transaction (the service's and the demo's). */
    public static WasteTransfer insertTransfer(Handle handle, long kindId, long handlerId, String manifest,
                                               BigDecimal quantity, String vehicle, LocalDate day, String handedBy,
                                               String receivedBy, String by, Instant at) {
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        WasteKind kind = dao.kind(kindId).orElseThrow(() -> new BusinessRuleException("waste.kind.notFound",
                String.valueOf(kindId)));
        WasteHandler handler = WasteCatalogue.handlers(handle).stream().filter(h -> h.id() == handlerId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("waste.handler.notFound", String.valueOf(handlerId)));
        if (!handler.licensedOn(day)) {
            throw new InvalidFieldsException(Map.of(TransferInput.HANDLER, new InvalidValueException(
                    "waste.transfer.licenceExpired", handler.name(), handler.licenceNo(), handler.licenceExpiry())));
        }
        if (!handler.mayTake(kind)) {
            throw new InvalidFieldsException(Map.of(TransferInput.HANDLER, new InvalidValueException(
                    "waste.transfer.notLicensedFor", handler.name(), kind.category(), String.join(", ",
                            handler.categories()))));
        }
        if (dao.transfersWithManifest(manifest) > 0) {
            throw new InvalidFieldsException(Map.of(TransferInput.MANIFEST, new InvalidValueException(
                    "waste.transfer.manifestUsed", manifest)));
        }
        requireOpen(handle, day, TransferInput.DAY);
        dao.lockKind(kindId);
        // a hand-over dated back may take neither more than was there on its day nor more than is there now
        BigDecimal inStore = WasteReports.inStore(handle, kindId, day)
                .min(WasteReports.inStore(handle, kindId, WasteReports.EVER));
        if (quantity.compareTo(inStore) > 0) {
            throw new InvalidFieldsException(Map.of(TransferInput.QUANTITY, new InvalidValueException(
                    "waste.transfer.moreThanStored", quantity.toPlainString(), inStore.toPlainString(),
                    kind.unit().name().toLowerCase())));
        }
        long id = dao.insertTransfer(kindId, handlerId, manifest, quantity, vehicle, day, handedBy, receivedBy, by, at);
        dao.insertEntry(kindId, day, WasteMovement.TRANSFERRED.name(), quantity, WasteSource.TRANSFER.name(), null,
                null, id, null, manifest, by, at);
        return dao.transfer(id).orElseThrow();
    }

    /** Checked production entered in the caller's transaction (the service's and the demo's). */
    public static WasteEntry insertEntry(Handle handle, long kindId, LocalDate day, WasteMovement movement,
                                         BigDecimal quantity, WasteSource source, String orderNumber, String note,
                                         String by, Instant at) {
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        dao.kind(kindId).orElseThrow(() -> new BusinessRuleException("waste.kind.notFound", String.valueOf(kindId)));
        long id = dao.insertEntry(kindId, day, movement.name(), quantity, source.name(), null, orderNumber, null, null,
                note, by, at);
        return dao.entry(id).orElseThrow();
    }

    private LocalDate day(String typed) {
        LocalDate day = Typed.optionalDate(typed);
        if (day == null) {
            throw new InvalidValueException("field.required");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("waste.day.future", day);
        }
        return day;
    }

    private static void requireOpen(Handle handle, LocalDate day, String field) {
        if (handle.attach(EnvironmentDao.class).closedCount(YearMonth.from(day).toString()) > 0) {
            throw new InvalidFieldsException(Map.of(field, new InvalidValueException("waste.month.closed",
                    YearMonth.from(day).toString())));
        }
    }
}
