package com.fours.workbench.customers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Imports an existing customer list (.csv or .xlsx): one row is a customer and perhaps one of
 * their vehicles; rows with the same mobile (or, without a mobile, the same name and phone) are one
 * customer with several vehicles.
 *
 * <p>All or nothing. The whole file is checked first, with the same {@link ArchiveRules} as the
 * forms, for VINs twice in the file and VINs already in the archive; if any row is refused nothing
 * is written and the report lists every refusal. Otherwise every row is written in one
 * transaction with one audit row; a failure half-way, or a cancellation, rolls all of it back.
 *
 * <p>A customer whose mobile is already in the archive is not created again: the row's vehicle is
 * added to the customer found (whose record stays as it is), and the report says to whom. A
 * landline alone matches only a customer of the same name, since a company switchboard or a family
 * phone is shared. Within the file the first row of a customer gives the customer's details.
 * Contact consent is never imported: a list is no record that the customer agreed.
 *
 * <p>This class reads the file and writes it; {@link ImportHeader} finds the header row and
 * {@link ImportCheck} checks every row first.
 */
public final class ArchiveImport {

    private static final Logger log = LoggerFactory.getLogger(ArchiveImport.class);

    public static final int MAX_ROWS = 100_000;
    /** How far down a title or a blank line may push the header row. */
    static final int HEADER_SEARCH_ROWS = 10;
    /** What the import is doing; the counts are rows. */
    public enum Phase {
        /** Reading the file; no count yet. */
        READING,
        CHECKING,
        WRITING
    }

    /** Told after each row; called on the importing thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void update(Phase phase, int done, int total);
    }

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final CustomerService customers;
    private final VehicleService vehicles;

    public ArchiveImport(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                         CustomerService customers, VehicleService vehicles) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.customers = customers;
        this.vehicles = vehicles;
    }

    public ImportReport importFile(Path file) {
        return importFile(file, Progress.NONE, () -> false);
    }

    /**
     * Checks the whole file, then writes all of it or nothing. {@code cancelled} is asked between
     * rows; once it answers true the import stops with {@link ImportCancelledException} and
     * nothing is written.
     *
     * @throws BusinessRuleException when the file itself cannot be used (unreadable, no header row)
     */
    public ImportReport importFile(Path file, Progress progress, BooleanSupplier cancelled) {
        AuthenticatedUser user = session.require(Permission.IMPORT_CUSTOMERS);
        // chosen, not typed: kept with any override spelled out, short enough for the audit columns
        String fileName = AuditTrail.safeName(file.getFileName().toString(), 255);
        long started = System.nanoTime();
        progress.update(Phase.READING, 0, 0);
        List<ImportFile.SourceRow> all = ImportFile.read(file, MAX_ROWS + HEADER_SEARCH_ROWS);
        ImportHeader header = ImportHeader.find(all);
        List<ImportFile.SourceRow> data = all.stream()
                .filter(r -> r.number() > header.rowNumber() && !r.isBlank()).toList();
        if (data.isEmpty()) {
            throw new BusinessRuleException("archive.import.file.noRows");
        }
        if (data.size() > MAX_ROWS) {
            throw new BusinessRuleException("archive.import.file.tooManyRows", MAX_ROWS);
        }
        ImportCheck check = new ImportCheck(header, data.size(), customers);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < data.size(); i++) {
            stopIfCancelled(cancelled);
            check.row(data.get(i), today);
            progress.update(Phase.CHECKING, i + 1, data.size());
        }
        transactions.read(handle -> {
            check.againstTheArchive(handle.attach(ArchiveFileDao.class));
            return null;
        });
        check.withinTheFile();
        long checkedAt = System.nanoTime();
        if (!check.rejections.isEmpty()) {
            log.info("Import of {} refused: {} of {} rows need correcting (checked in {} ms)", fileName,
                    check.rejections.stream().mapToInt(ImportReport.Line::row).distinct().count(), data.size(),
                    (checkedAt - started) / 1_000_000);
            return check.report(fileName, 0, 0, 0);
        }
        try {
            ImportReport report = transactions.inTransaction(handle -> write(handle, check, fileName, user, progress,
                    cancelled));
            log.info("Imported {}: {} rows, {} customers and {} vehicles created, in {} ms (check {} ms, write {} ms)",
                    fileName, data.size(), report.customersCreated(), report.vehiclesCreated(),
                    (System.nanoTime() - started) / 1_000_000, (checkedAt - started) / 1_000_000,
                    (System.nanoTime() - checkedAt) / 1_000_000);
            return report;
        } catch (RowRefused refused) {
            // the archive changed between the check and the write (another workstation); all was rolled back
            check.reject(refused.row, refused.reason);
            return check.report(fileName, 0, 0, 0);
        }
    }

    private ImportReport write(Handle handle, ImportCheck check, String fileName, AuthenticatedUser user, Progress progress,
                               BooleanSupplier cancelled) {
        int written = 0;
        int customersCreated = 0;
        int vehiclesCreated = 0;
        int forExisting = 0;
        for (ImportCheck.RowCheck row : check.rows) {
            stopIfCancelled(cancelled);
            ImportCheck.FileCustomer owner = row.owner;
            try {
                if (owner.ownerId == null) {
                    if (owner.existing != null) {
                        owner.ownerId = owner.existing.id();
                    } else {
                        // a customer whose vehicle follows is indexed with it, once, not first alone
                        owner.ownerId = row.vehicle != null ? customers.insertUnindexed(handle, owner.customer)
                                : customers.insert(handle, owner.customer).id();
                        customersCreated++;
                    }
                }
                if (row.vehicle != null) {
                    vehicles.insert(handle, owner.ownerId, row.vehicle, user.username());
                    vehiclesCreated++;
                    forExisting += owner.existing != null ? 1 : 0;
                }
            } catch (BusinessRuleException e) {
                throw new RowRefused(row, e);
            }
            progress.update(Phase.WRITING, ++written, check.rows.size());
        }
        int existingFound = (int) check.rows.stream().map(r -> r.owner).distinct().filter(o -> o.existing != null).count();
        audit.record(handle, CustomersAuditAction.ARCHIVE_IMPORTED, "file", shortened(fileName, 60), null,
                "file=" + fileName + ", rows=" + check.rows.size() + ", customersCreated=" + customersCreated
                        + ", vehiclesCreated=" + vehiclesCreated + ", vehiclesForExistingCustomers=" + forExisting
                        + ", existingCustomers=" + existingFound);
        return check.report(fileName, customersCreated, vehiclesCreated, forExisting);
    }

    private static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelledException();
        }
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Thrown out of the write transaction (rolling it back) when the archive refuses a row after all. */
    private static final class RowRefused extends RuntimeException {
        private final transient ImportCheck.RowCheck row;
        private final BusinessRuleException reason;

        RowRefused(ImportCheck.RowCheck row, BusinessRuleException reason) {
            super(reason);
            this.row = row;
            this.reason = reason;
        }
    }

}
