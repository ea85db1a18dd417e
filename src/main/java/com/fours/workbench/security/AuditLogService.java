package com.fours.workbench.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.fours.workbench.core.BusinessRuleException;
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
        return transactions.read(handle -> handle.attach(AuditDao.class).find(start, end, needle, pattern, MAX_ROWS));
    }

    /** Printing an extract of the log is itself worth a row. */
    public void recordExtractPrinted(LocalDate from, LocalDate to, int rows) {
        session.require(Permission.VIEW_AUDIT_LOG);
        transactions.useTransaction(handle -> audit.record(handle, SecurityAuditAction.AUDIT_EXTRACT_PRINTED,
                "audit_log", null, null, "from=" + from + ", to=" + to + ", rows=" + rows));
    }
}
