package com.fours.workbench.customers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Writes vehicles and their owners to an .xlsx: a search result as the user sees it, or a list of
 * vehicles. Headers are in the user's language; a phone the user may not see in full is written
 * masked, whatever the caller passes in. Every export leaves an audit row with its row count.
 */
public final class ArchiveExport {

    private static final Logger log = LoggerFactory.getLogger(ArchiveExport.class);
    private static final int LOOKUP_BATCH = 500;
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    /** One line of the sheet; a customer without a vehicle has only owner and phone. */
    record Row(String plate, PlateColor plateColor, String vin, String brand, String model, Integer modelYear,
               String owner, String phone, Integer mileage, LocalDate firstRegistration, LocalDate insuranceExpiry,
               LocalDate nextServiceDate, Integer nextServiceMileage) {
    }

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final CustomerService customers;

    public ArchiveExport(Transactions transactions, Session session, AuditTrail audit, CustomerService customers) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.customers = customers;
    }

    /** The search hits in their order, with the details of each vehicle; returns the number of rows written. */
    public int export(List<SearchHit> shown, Path file, Messages messages) {
        session.require(Permission.USE_CUSTOMERS);
        List<SearchHit> hits = shown == null ? List.of() : shown;
        return transactions.inTransaction(handle -> {
            Map<Long, VehicleRow> vehicles = vehicles(handle, hits.stream().map(SearchHit::vehicleId)
                    .filter(Objects::nonNull).toList());
            Map<Long, CustomerRow> owners = owners(handle, hits.stream().map(SearchHit::customerId).toList());
            List<Row> rows = new ArrayList<>(hits.size());
            for (SearchHit hit : hits) {
                VehicleRow vehicle = hit.vehicleId() == null ? null : vehicles.get(hit.vehicleId());
                CustomerRow owner = owners.get(hit.customerId());
                String ownerName = owner != null ? owner.name() : hit.ownerName();
                rows.add(vehicle != null ? row(vehicle, ownerName, phone(owner))
                        : new Row(hit.plate(), hit.plateColor(), hit.vin(), hit.brandAndModel(), null, null, ownerName,
                        phone(owner), null, null, null, null, null));
            }
            return write(handle, rows, file, messages);
        });
    }

    /** Vehicles with their current owners, in the order given. */
    public int exportVehicles(List<Long> chosen, Path file, Messages messages) {
        session.require(Permission.USE_CUSTOMERS);
        List<Long> vehicleIds = chosen == null ? List.of() : chosen;
        return transactions.inTransaction(handle -> {
            Map<Long, VehicleRow> vehicles = vehicles(handle, vehicleIds);
            Map<Long, CustomerRow> owners = owners(handle, vehicles.values().stream().map(VehicleRow::ownerId).toList());
            List<Row> rows = vehicleIds.stream().map(vehicles::get).filter(Objects::nonNull).map(v -> {
                CustomerRow owner = owners.get(v.ownerId());
                return row(v, owner == null ? "" : owner.name(), phone(owner));
            }).toList();
            return write(handle, rows, file, messages);
        });
    }

    private static Row row(VehicleRow v, String owner, String phone) {
        return new Row(v.plate(), v.plateColor() == null ? null : PlateColor.valueOf(v.plateColor()), v.vin(), v.brand(),
                v.model(), v.modelYear(), owner, phone, v.mileage(), v.firstRegistration(), v.insuranceExpiry(),
                v.nextServiceDate(), v.nextServiceMileage());
    }

    /** As this user may see it: {@link CustomerService#phoneForDisplay}. */
    private String phone(CustomerRow owner) {
        if (owner == null) {
            return "";
        }
        String column = owner.mobile() != null ? owner.mobile() : owner.otherPhone();
        return column == null ? "" : customers.phoneForDisplay(PhoneNumber.parse(column));
    }

    private int write(Handle handle, List<Row> rows, Path file, Messages messages) {
        try {
            writeXlsx(rows, file, messages);
        } catch (IOException e) {
            log.warn("The export could not be written to {}", file, e);
            throw new BusinessRuleException("archive.export.writeFailed", file.getFileName().toString());
        }
        try {
            // a file name is chosen, not typed: recorded with any override spelled out, cut to the columns
            String name = file.getFileName().toString();
            audit.record(handle, CustomersAuditAction.ARCHIVE_EXPORTED, "file", AuditTrail.safeName(name, 60),
                    null, "file=" + AuditTrail.safeName(name, 255) + ", rows=" + rows.size());
        } catch (RuntimeException e) {
            // no export without its audit row
            deleteQuietly(file);
            throw e;
        }
        return rows.size();
    }

    static void writeXlsx(List<Row> rows, Path file, Messages messages) throws IOException {
        List<String> headers = List.of(
                messages.get("archive.export.column.plate"), messages.get("archive.export.column.plateColor"),
                messages.get("archive.export.column.vin"), messages.get("archive.export.column.brand"),
                messages.get("archive.export.column.model"), messages.get("archive.export.column.modelYear"),
                messages.get("archive.export.column.owner"), messages.get("archive.export.column.phone"),
                messages.get("archive.export.column.mileage"), messages.get("archive.export.column.firstRegistration"),
                messages.get("archive.export.column.insuranceExpiry"), messages.get("archive.export.column.nextServiceDate"),
                messages.get("archive.export.column.nextServiceMileage"));
        double[] widths = {12, 10, 22, 14, 16, 8, 24, 16, 10, 12, 12, 12, 12};
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "4S Workbench", "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.get("archive.export.sheet"));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.width(c, widths[c]);
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (Row row : rows) {
                text(sheet, r, 0, row.plate());
                text(sheet, r, 1, row.plateColor() == null ? null : messages.of(row.plateColor()));
                text(sheet, r, 2, row.vin());
                text(sheet, r, 3, row.brand());
                text(sheet, r, 4, row.model());
                number(sheet, r, 5, row.modelYear());
                text(sheet, r, 6, row.owner());
                text(sheet, r, 7, row.phone());
                number(sheet, r, 8, row.mileage());
                date(sheet, r, 9, row.firstRegistration());
                date(sheet, r, 10, row.insuranceExpiry());
                date(sheet, r, 11, row.nextServiceDate());
                number(sheet, r, 12, row.nextServiceMileage());
                r++;
            }
            workbook.finish();
        }
    }

    private static void text(Worksheet sheet, int r, int c, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.value(r, c, value);
        }
    }

    private static void number(Worksheet sheet, int r, int c, Integer value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    private static void date(Worksheet sheet, int r, int c, LocalDate value) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.style(r, c).format(DATE_FORMAT).set();
        }
    }

    private Map<Long, VehicleRow> vehicles(Handle handle, List<Long> ids) {
        return inBatches(ids, batch -> handle.attach(ArchiveFileDao.class).vehicles(batch)).stream()
                .collect(Collectors.toMap(VehicleRow::id, Function.identity()));
    }

    private Map<Long, CustomerRow> owners(Handle handle, List<Long> ids) {
        return inBatches(ids, batch -> handle.attach(CustomerDao.class).findAll(batch)).stream()
                .collect(Collectors.toMap(CustomerRow::id, Function.identity()));
    }

    private static <T> List<T> inBatches(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<T> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += LOOKUP_BATCH) {
            found.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_BATCH))));
        }
        return found;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove the unaudited export {}", file, e);
        }
    }
}
