package com.fours.workbench.security;

import java.time.Clock;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;

/**
 * Writes audit rows. A change and its audit row share the caller's transaction, so there is never
 * a change without its row nor a row without its change.
 */
public final class AuditTrail {

    private final Session session;
    private final Clock clock;

    public AuditTrail(Session session, Clock clock, Transactions transactions) {
        this.session = session;
        this.clock = clock;
        session.recordDenialsWith((user, permission) -> transactions.useTransaction(handle ->
                write(handle, user.id(), user.username(), SecurityAuditAction.ACCESS_DENIED, "permission",
                        permission.name(), null, null)));
    }

    /** By the logged-in user. */
    public void record(Handle handle, AuditAction action, String subjectType, Object subjectId,
                       String before, String after) {
        AuthenticatedUser user = session.requireUser();
        write(handle, user.id(), user.username(), action, subjectType, subjectId, before, after);
    }

    /**
     * Before anyone is logged in: a login attempt, or the first set-up of the store. The actor's
     * name may be whatever was typed at the log-in, so it is recorded {@linkplain #safeName safely}.
     */
    public void recordAnonymous(Handle handle, String actorName, AuditAction action, String subjectType,
                                Object subjectId, String before, String after) {
        write(handle, null, safeName(actorName, MAX_ACTOR_NAME), action, subjectType, subjectId, before, after);
    }

    /** The audit_log.actor_name column's size. */
    public static final int MAX_ACTOR_NAME = 100;

    /**
     * Typed text as the audit log keeps it when it was never checked (a refused log-in name):
     * characters that may not be stored are written as their code (U+202E), and text longer than
     * {@code max} is cut, ending in "…", so the failed attempt is recorded instead of refused.
     */
    public static String safeName(String typed, int max) {
        if (typed == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        typed.codePoints().forEach(c -> {
            if (Typed.isAllowed(c, false)) {
                safe.appendCodePoint(c);
            } else {
                safe.append(String.format("<U+%04X>", c));
            }
        });
        if (safe.length() <= max) {
            return safe.toString();
        }
        int end = max - 1;
        if (Character.isHighSurrogate(safe.charAt(end - 1))) {
            end--;
        }
        return safe.substring(0, end) + "…";
    }

    private void write(Handle handle, Long actorId, String actorName, AuditAction action, String subjectType,
                       Object subjectId, String before, String after) {
        handle.attach(AuditDao.class).insert(clock.instant(), actorId, actorName, action.code(), subjectType,
                subjectId == null ? null : subjectId.toString(), before, after);
    }
}
