package com.fours.workbench.security;

import java.time.Clock;

import org.jdbi.v3.core.Handle;

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

    /** Before anyone is logged in: a login attempt, or the first set-up of the store. */
    public void recordAnonymous(Handle handle, String actorName, AuditAction action, String subjectType,
                                Object subjectId, String before, String after) {
        write(handle, null, actorName, action, subjectType, subjectId, before, after);
    }

    private void write(Handle handle, Long actorId, String actorName, AuditAction action, String subjectType,
                       Object subjectId, String before, String after) {
        handle.attach(AuditDao.class).insert(clock.instant(), actorId, actorName, action.code(), subjectType,
                subjectId == null ? null : subjectId.toString(), before, after);
    }
}
