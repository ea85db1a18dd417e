package com.fours.workbench.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;

/** Reading the audit log: for the service manager and the administrator. */
public final class AuditLogService {

    public static final int MAX_ROWS = 5_000;
    static final int MAX_SEARCH = 200;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final ZoneId zone;

    public AuditLogService(Transactions transactions, Session session, AuditTrail audit, ZoneId zone) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.zone = zone;
    }

    /** Rows from the start of {@code from} to the end of {@code to}, newest first. */
    public List<AuditEntry> find(LocalDate from, LocalDate to, String text) {
        session.require(Permission.VIEW_AUDIT_LOG);
        if (from == null || to == null) {
            throw new BusinessRuleException("audit.rangeRequired");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("audit.rangeReversed");
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        String typed = Typed.optionalLineText(text, MAX_SEARCH);
        String needle = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return transactions.read(handle -> {
            AuditDao dao = handle.attach(AuditDao.class);
            return named(dao, dao.find(start, end, needle, pattern, MAX_ROWS));
        });
    }

    /**
     * Names the subjects the row query leaves unnamed, one query per kind of record for all rows: a
     * booking by its car and time, a vehicle or an intake by its plate, a part by number and name, a
     * customer, a supplier, a purchase order, a plan line by its order. Ids that are not numbers, or
     * of records since gone, stay as written.
     */
    private static List<AuditEntry> named(AuditDao dao, List<AuditEntry> entries) {
        Map<String, Function<List<Long>, Map<Long, String>>> namers = Map.of(
                "appointment", ids -> toMap(dao.bookings(ids).stream().map(b -> new AuditDao.SubjectName(b.id(),
                        (PlateNumber.displayOf(b.plate()) + " " + b.visitDay() + " " + b.slot()).strip())).toList()),
                "vehicle", ids -> plates(dao.vehiclePlates(ids)),
                "intake", ids -> plates(dao.intakePlates(ids)),
                "part", ids -> toMap(dao.parts(ids)),
                "customer", ids -> toMap(dao.customers(ids)),
                "supplier", ids -> toMap(dao.suppliers(ids)),
                "purchase_order", ids -> toMap(dao.purchaseOrders(ids)),
                "repair_line", ids -> toMap(dao.repairLines(ids)));
        Map<String, Map<Long, String>> names = new HashMap<>();
        namers.forEach((type, namer) -> {
            List<Long> ids = entries.stream().filter(e -> e.subjectName() == null && type.equals(e.subjectType()))
                    .map(e -> idOf(e.subjectId())).filter(Objects::nonNull).distinct().toList();
            if (!ids.isEmpty()) {
                names.put(type, namer.apply(ids));
            }
        });
        if (names.isEmpty()) {
            return entries;
        }
        return entries.stream().map(e -> {
            Long id = e.subjectName() == null ? idOf(e.subjectId()) : null;
            String name = id == null ? null : names.getOrDefault(e.subjectType(), Map.of()).get(id);
            return name == null ? e : e.withSubjectName(name);
        }).toList();
    }

    private static Map<Long, String> toMap(List<AuditDao.SubjectName> rows) {
        Map<Long, String> map = new HashMap<>();
        rows.stream().filter(r -> r.name() != null && !r.name().isBlank()).forEach(r -> map.put(r.id(), r.name()));
        return map;
    }

    private static Map<Long, String> plates(List<AuditDao.SubjectName> rows) {
        return toMap(rows.stream().map(r -> new AuditDao.SubjectName(r.id(), PlateNumber.displayOf(r.name()))).toList());
    }

    private static Long idOf(String subjectId) {
        if (subjectId == null || subjectId.isEmpty() || subjectId.length() > 18
                || !subjectId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(subjectId);
    }

    /** Printing an extract of the log is itself worth a row. */
    public void recordExtractPrinted(LocalDate from, LocalDate to, int rows) {
        session.require(Permission.VIEW_AUDIT_LOG);
        transactions.useTransaction(handle -> audit.record(handle, SecurityAuditAction.AUDIT_EXTRACT_PRINTED,
                "audit_log", null, null, "from=" + from + ", to=" + to + ", rows=" + rows));
    }
}
