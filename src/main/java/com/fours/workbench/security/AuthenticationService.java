package com.fours.workbench.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Transactions;

/** Logs users in and out, and locks an account after repeated wrong passwords. */
public final class AuthenticationService {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(AuthenticationService.class);

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AuthenticationService(Transactions transactions, Session session, AuditTrail audit,
                                 PasswordHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    public AuthenticatedUser login(String typedUsername, char[] password) {
        String username = typedUsername == null ? "" : typedUsername.strip();
        if (username.isEmpty()) {
            throw new LoginRefusedException("login.usernameRequired");
        }
        if (password == null || password.length == 0) {
            throw new LoginRefusedException("login.passwordRequired");
        }
        Outcome outcome = transactions.inTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            // a name no account can have is not looked up, but its attempt is audited like any other
            Optional<UserRow> found = Credentials.couldBeUsername(username) ? users.findByUsername(username)
                    : Optional.empty();
            Instant now = clock.instant();
            if (found.isEmpty()) {
                hasher.hash(password); // same work as a real check, so timing does not reveal unknown names
                audit.recordAnonymous(handle, username, SecurityAuditAction.LOGIN_FAILED, "user", null, null, "unknown user");
                return Outcome.refused(new LoginRefusedException("login.invalid"));
            }
            UserRow row = found.get();
            if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
                audit.recordAnonymous(handle, row.username(), SecurityAuditAction.LOGIN_FAILED, "user", row.id(), null, "locked");
                return Outcome.refused(new LoginRefusedException("login.locked", Date.from(row.lockedUntil())));
            }
            if (!hasher.verify(password, row.passwordHash())) {
                int failed = row.lockedUntil() != null ? 1 : row.failedAttempts() + 1;
                if (failed >= MAX_FAILED_ATTEMPTS) {
                    Instant until = now.plus(LOCK_DURATION);
                    users.updateLoginState(row.id(), failed, until);
                    audit.recordAnonymous(handle, row.username(), SecurityAuditAction.ACCOUNT_LOCKED, "user", row.id(),
                            null, "failedAttempts=" + failed + ", lockedUntil=" + until);
                    return Outcome.refused(new LoginRefusedException("login.lockedNow", MAX_FAILED_ATTEMPTS,
                            LOCK_DURATION.toMinutes()));
                }
                users.updateLoginState(row.id(), failed, null);
                audit.recordAnonymous(handle, row.username(), SecurityAuditAction.LOGIN_FAILED, "user", row.id(),
                        null, "failedAttempts=" + failed);
                return Outcome.refused(new LoginRefusedException("login.invalid"));
            }
            if (!row.active()) {
                audit.recordAnonymous(handle, row.username(), SecurityAuditAction.LOGIN_FAILED, "user", row.id(), null, "inactive");
                return Outcome.refused(new LoginRefusedException("login.inactive"));
            }
            users.updateLoginState(row.id(), 0, null);
            var roles = users.rolesOf(row.id());
            AuthenticatedUser user = new AuthenticatedUser(row.id(), row.username(), row.displayName(),
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), row.mustChangePassword());
            audit.recordAnonymous(handle, row.username(), SecurityAuditAction.LOGIN, "user", row.id(), null, null);
            return Outcome.success(user);
        });
        if (outcome.refusal != null) {
            log.info("Login refused for '{}': {}", AuditTrail.safeName(username, AuditTrail.MAX_ACTOR_NAME),
                    outcome.refusal.messageKey());
            throw outcome.refusal;
        }
        session.start(outcome.user);
        log.info("{} logged in with roles {}", outcome.user.username(), outcome.user.roles());
        return outcome.user;
    }

    /**
     * A second person confirms a sensitive step at this workstation (a manager at the counter)
     * with their own password, without logging the current user out. Wrong passwords count towards
     * the approver's lock-out like any login; the approval itself is audited by the caller's step.
     */
    public AuthenticatedUser approve(String typedUsername, char[] password, Permission needed) {
        String username = typedUsername == null ? "" : typedUsername.strip();
        char[] typedPassword = password == null ? new char[0] : password;
        session.requireUser();
        AuthenticatedUser approver = transactions.inTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            Optional<UserRow> found = Credentials.couldBeUsername(username) ? users.findByUsername(username)
                    : Optional.empty();
            Instant now = clock.instant();
            if (found.isEmpty() || !found.get().active()
                    || found.get().lockedUntil() != null && found.get().lockedUntil().isAfter(now)) {
                audit.record(handle, SecurityAuditAction.APPROVAL_REFUSED, "user", null, null,
                        "approver=" + AuditTrail.safeName(username, AuditTrail.MAX_ACTOR_NAME));
                return null;
            }
            UserRow row = found.get();
            if (!hasher.verify(typedPassword, row.passwordHash())) {
                int failed = row.failedAttempts() + 1;
                users.updateLoginState(row.id(), failed, failed >= MAX_FAILED_ATTEMPTS ? now.plus(LOCK_DURATION) : null);
                audit.record(handle, SecurityAuditAction.APPROVAL_REFUSED, "user", row.id(), null,
                        "approver=" + row.username() + ", failedAttempts=" + failed);
                return null;
            }
            var roles = users.rolesOf(row.id());
            return new AuthenticatedUser(row.id(), row.username(), row.displayName(),
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), false);
        });
        if (approver == null) {
            throw new BusinessRuleException("approval.invalid");
        }
        if (!approver.may(needed)) {
            throw new BusinessRuleException("approval.notAllowed", approver.displayName(), needed);
        }
        return approver;
    }

    public void logout() {
        session.user().ifPresent(user -> {
            transactions.useTransaction(handle -> audit.record(handle, SecurityAuditAction.LOGOUT, "user", user.id(), null, null));
            log.info("{} logged out", user.username());
        });
        session.end();
    }

    /** A refused login still commits its failure count, so the refusal is carried out of the transaction. */
    private record Outcome(AuthenticatedUser user, LoginRefusedException refusal) {
        static Outcome success(AuthenticatedUser user) {
            return new Outcome(user, null);
        }

        static Outcome refused(LoginRefusedException refusal) {
            return new Outcome(null, refusal);
        }
    }
}
