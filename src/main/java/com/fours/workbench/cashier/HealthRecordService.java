package com.fours.workbench.cashier;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

/**
 * The electronic health record (汽车维修电子健康档案, JT/T 1132): settled visits exported per settlement
 * day as a JSON and a CSV file for upload to the provincial system, with a record of what went into
 * which file. An export takes every visit with a live bill no export has taken yet, whatever day it
 * was settled; a voided bill is never exported (its re-issued bill is, as a corrected visit).
 */
public final class HealthRecordService {

    private static final Logger log = LoggerFactory.getLogger(HealthRecordService.class);
    private static final int HISTORY = 50;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final StoreProfileService storeProfiles;
    private final Path dataFolder;

    public HealthRecordService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                               StoreProfileService storeProfiles, Path dataFolder) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.storeProfiles = storeProfiles;
        this.dataFolder = dataFolder;
    }

    /** Where the files go unless the user picks another folder: {@code health-records} in the data folder. */
    public Path defaultFolder() {
        return dataFolder.resolve("health-records");
    }

    /** A visit to export: its order and its live bills, the settlement day being the last bill's. */
    record Visit(long orderId, List<HealthRecordDao.LiveBill> bills) {
        LocalDate settlementDay() {
            return bills.stream().map(HealthRecordDao.LiveBill::businessDay).max(Comparator.naturalOrder()).orElseThrow();
        }

        String settlementListNumber() {
            return bills.stream().map(HealthRecordDao.LiveBill::number).collect(Collectors.joining("/"));
        }
    }

    /** What the next export will take, oldest settlement first. */
    public List<HealthRecordPending> pending() {
        session.require(Permission.EXPORT_HEALTH_RECORDS);
        return transactions.read(handle -> {
            HealthRecordDao dao = handle.attach(HealthRecordDao.class);
            List<HealthRecordPending> pending = new ArrayList<>();
            for (Visit visit : newVisits(handle, clock)) {
                RepairPlan plan = RepairOrderService.plan(handle, visit.orderId());
                pending.add(new HealthRecordPending(visit.orderId(), dao.orderNumber(visit.orderId()),
                        plan.plate() == null ? "" : plan.plate(), visit.settlementListNumber(), visit.settlementDay()));
            }
            return pending;
        });
    }

    private static List<Visit> newVisits(Handle handle, Clock clock) {
        HealthRecordDao dao = handle.attach(HealthRecordDao.class);
        // a bill committed a moment after the last export read the bills is still a day inside the range
        LocalDate since = dao.lastExportAt().map(at -> LocalDate.ofInstant(at, clock.getZone()).minusDays(1))
                .orElse(LocalDate.of(1900, 1, 1));
        List<Long> orders = dao.ordersWithNewBills(since);
        List<Visit> visits = new ArrayList<>();
        for (int from = 0; from < orders.size(); from += 500) {
            Map<Long, List<HealthRecordDao.LiveBill>> byOrder = new LinkedHashMap<>();
            for (HealthRecordDao.LiveBill bill : dao.liveBills(orders.subList(from, Math.min(orders.size(), from + 500)))) {
                byOrder.computeIfAbsent(bill.repairOrderId(), id -> new ArrayList<>()).add(bill);
            }
            byOrder.forEach((order, bills) -> visits.add(new Visit(order, bills)));
        }
        visits.sort(Comparator.comparing(Visit::settlementDay).thenComparing(Visit::orderId));
        return visits;
    }

    /**
     * Writes every new visit into {@code folder}: per settlement day a {@code .json} and a {@code .csv}
     * (a day exported before gets the next sequence number, never an overwritten file), records which
     * bills went into which file, and audits the run. Nothing new is refused; when anything fails no
     * file stays and nothing is recorded.
     */
    public HealthRecordExport export(Path folder) {
        AuthenticatedUser user = session.require(Permission.EXPORT_HEALTH_RECORDS);
        // health_record_export.folder holds 1,000 characters; a file where the folder should be is refused before any record
        if (folder == null || folder.toAbsolutePath().toString().length() > 1000
                || (Files.exists(folder) && !Files.isDirectory(folder))) {
            throw new BusinessRuleException("healthRecord.writeFailed", String.valueOf(folder));
        }
        String shopName = storeProfiles.find().map(StoreProfile::name).orElse("");
        Messages chinese = Messages.forLocale(Messages.CHINESE);
        List<Path> written = new ArrayList<>();
        try {
            return transactions.inTransaction(handle -> {
                HealthRecordDao dao = handle.attach(HealthRecordDao.class);
                List<Visit> visits = newVisits(handle, clock);
                if (visits.isEmpty()) {
                    throw new BusinessRuleException("healthRecord.nothingNew");
                }
                Map<LocalDate, List<Visit>> byDay = new TreeMap<>();
                visits.forEach(v -> byDay.computeIfAbsent(v.settlementDay(), d -> new ArrayList<>()).add(v));
                Instant now = clock.instant();
                long exportId = dao.insertExport(now, user.username(), folder.toAbsolutePath().toString(), visits.size());
                List<String> files = new ArrayList<>();
                for (Map.Entry<LocalDate, List<Visit>> day : byDay.entrySet()) {
                    int sequence = dao.lastSequence(day.getKey()) + 1;
                    while (Files.exists(folder.resolve(HealthRecordFiles.baseName(day.getKey(), sequence) + ".json"))
                            || Files.exists(folder.resolve(HealthRecordFiles.baseName(day.getKey(), sequence) + ".csv"))) {
                        sequence++;
                    }
                    String baseName = HealthRecordFiles.baseName(day.getKey(), sequence);
                    dao.insertFile(day.getKey(), sequence, exportId, baseName, day.getValue().size());
                    List<HealthRecord> records = new ArrayList<>();
                    for (Visit visit : day.getValue()) {
                        records.add(record(handle, shopName, visit));
                        for (HealthRecordDao.LiveBill bill : visit.bills()) {
                            if (!bill.exported()) {
                                dao.insertEntry(bill.id(), visit.orderId(), day.getKey(), sequence, exportId);
                            }
                        }
                    }
                    try {
                        written.addAll(HealthRecordFiles.write(folder, baseName, day.getKey(), records, chinese));
                    } catch (IOException e) {
                        log.warn("The health records could not be written to {}", folder, e);
                        throw new BusinessRuleException("healthRecord.writeFailed", folder.toString());
                    }
                    files.add(baseName + ".json");
                    files.add(baseName + ".csv");
                }
                audit.record(handle, CashUpAuditAction.HEALTH_RECORDS_EXPORTED, "health_record_export", exportId, null,
                        "records=" + visits.size() + ", folder=" + folder.toAbsolutePath() + ", files=" + String.join(" ", files));
                return new HealthRecordExport(exportId, now, user.displayName(), folder.toAbsolutePath().toString(),
                        visits.size(), files);
            });
        } catch (RuntimeException e) {
            // no file without its record, and no record without its file
            for (Path file : written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    log.warn("Could not remove {} after a failed export", file);
                }
            }
            throw e;
        }
    }

    /** One visit's 13 data elements, from its repair order, the intake and its live bills. */
    HealthRecord record(Handle handle, String shopName, Visit visit) {
        RepairPlan plan = RepairOrderService.plan(handle, visit.orderId());
        List<HealthRecord.Item> items = new ArrayList<>();
        List<HealthRecord.Part> parts = new ArrayList<>();
        for (RepairLine line : plan.lines()) {
            if (!line.approved()) {
                continue;
            }
            if (line.kind() == LineKind.LABOUR) {
                items.add(new HealthRecord.Item(line.description(), line.quantity()));
            } else if (line.kind() == LineKind.SUBLET) {
                items.add(new HealthRecord.Item(line.description(), BigDecimal.ZERO));
            } else if (line.kind() == LineKind.PART) {
                parts.add(new HealthRecord.Part(line.description(), line.partNumber(), line.quantity()));
            }
        }
        String plate = plan.plate() == null ? "" : plan.plate().replace("·", "");
        return new HealthRecord(shopName, plan.vin(), plate,
                LocalDate.ofInstant(plan.order().createdAt(), clock.getZone()), plan.mileage(),
                visit.settlementDay(), visit.settlementListNumber(), plan.complaint(), items, parts);
    }

    /** Past exports, newest first, with the files each wrote. */
    public List<HealthRecordExport> exports() {
        session.require(Permission.EXPORT_HEALTH_RECORDS);
        return transactions.read(handle -> {
            HealthRecordDao dao = handle.attach(HealthRecordDao.class);
            return dao.exports(HISTORY).stream().map(x -> new HealthRecordExport(x.id(), x.exportedAt(), x.exportedBy(),
                    x.folder(), x.recordCount(), dao.fileNames(x.id()).stream()
                    .flatMap(base -> Stream.of(base + ".json", base + ".csv")).toList())).toList();
        });
    }

    /** Bills voided after their visit was exported, newest void first: to correct by hand in the provincial system. */
    public List<HealthRecordVoided> voidedAfterExport() {
        session.require(Permission.EXPORT_HEALTH_RECORDS);
        return transactions.read(handle -> handle.attach(HealthRecordDao.class).voidedAfterExport(HISTORY));
    }
}
