package com.fours.workbench.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Transactions;

/** User administration and each user's own password. */
public final class UserService {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public UserService(Transactions transactions, Session session, AuditTrail audit, PasswordHasher hasher,
                       Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    public List<UserAccount> listUsers() {
        session.require(Permission.MANAGE_USERS);
        return transactions.read(handle -> {
            UserDao users = handle.attach(UserDao.class);
            return users.findAll().stream().map(row -> account(users, row)).toList();
        });
    }

    /** A new user, who must choose their own password at the first login. */
    public UserAccount createUser(String username, String displayName, Set<Role> roles, char[] initialPassword) {
        session.require(Permission.MANAGE_USERS);
        return transactions.inTransaction(handle -> {
            UserAccount created = insertUser(handle, username, displayName, roles, initialPassword, true);
            audit.record(handle, SecurityAuditAction.USER_CREATED, "user", created.id(), null, created.auditText());
            return created;
        });
    }

    /** Inserts a user without a permission check: for the first set-up and the demo accounts only. */
    public UserAccount insertUser(Handle handle, String typedUsername, String typedDisplayName, Set<Role> roles,
                           char[] password, boolean mustChangePassword) {
        String username = Credentials.normaliseUsername(typedUsername);
        String displayName = Credentials.normaliseDisplayName(typedDisplayName);
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException("user.invalid.noRole");
        }
        Credentials.checkNewPassword(password);
        return insertHashed(handle, username, displayName, roles, hasher.hash(password), mustChangePassword);
    }

    /**
     * As {@link #insertUser} with the password already hashed: the demo's accounts share one published
     * password, and hashing it once instead of once per account saves seconds of the first start.
     */
    public UserAccount insertUserWithHash(Handle handle, String typedUsername, String typedDisplayName, Set<Role> roles,
                                          String passwordHash, boolean mustChangePassword) {
        String username = Credentials.normaliseUsername(typedUsername);
        String displayName = Credentials.normaliseDisplayName(typedDisplayName);
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException("user.invalid.noRole");
        }
        return insertHashed(handle, username, displayName, roles, passwordHash, mustChangePassword);
    }

    /** The stored form of a password, as {@link #insertUserWithHash} takes it. */
    public String hash(char[] password) {
        Credentials.checkNewPassword(password);
        return hasher.hash(password);
    }

    private UserAccount insertHashed(Handle handle, String username, String displayName, Set<Role> roles,
                                     String passwordHash, boolean mustChangePassword) {
        UserDao users = handle.attach(UserDao.class);
        if (users.findByUsername(username).isPresent()) {
            throw new BusinessRuleException("user.invalid.usernameTaken", username);
        }
        long id = users.insert(username, displayName, passwordHash, mustChangePassword, clock.instant());
        roles.forEach(role -> users.addRole(id, role));
        return account(users, users.findById(id).orElseThrow());
    }

    public UserAccount changeRoles(UserAccount user, Set<Role> newRoles) {
        AuthenticatedUser admin = session.require(Permission.MANAGE_USERS);
        if (newRoles == null || newRoles.isEmpty()) {
            throw new BusinessRuleException("user.invalid.noRole");
        }
        if (user.id() == admin.id() && !newRoles.contains(Role.ADMINISTRATOR)) {
            throw new BusinessRuleException("user.cannotRemoveOwnAdministrator");
        }
        return transactions.inTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            existing(users, user);
            if (users.touch(user.id(), user.version()) == 0) {
                throw new ConcurrentChangeException(user.username());
            }
            users.removeRoles(user.id());
            newRoles.forEach(role -> users.addRole(user.id(), role));
            UserAccount after = account(users, users.findById(user.id()).orElseThrow());
            audit.record(handle, SecurityAuditAction.USER_ROLES_CHANGED, "user", user.id(),
                    "roles=" + user.roles(), "roles=" + after.roles());
            return after;
        });
    }

    public UserAccount setActive(UserAccount user, boolean active) {
        AuthenticatedUser admin = session.require(Permission.MANAGE_USERS);
        if (!active && user.id() == admin.id()) {
            throw new BusinessRuleException("user.cannotDeactivateSelf");
        }
        return transactions.inTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            // the stored name, not the one the caller's copy carries: this only (de)activates
            UserRow row = existing(users, user);
            if (users.updateDetails(user.id(), row.displayName(), active, user.version()) == 0) {
                throw new ConcurrentChangeException(user.username());
            }
            UserAccount after = account(users, users.findById(user.id()).orElseThrow());
            audit.record(handle, active ? SecurityAuditAction.USER_ACTIVATED : SecurityAuditAction.USER_DEACTIVATED,
                    "user", user.id(), user.auditText(), after.auditText());
            return after;
        });
    }

    /** Sets a temporary password the user must change at the next login; also lifts a lock-out. */
    public void resetPassword(UserAccount user, char[] temporaryPassword) {
        session.require(Permission.MANAGE_USERS);
        Credentials.checkNewPassword(temporaryPassword);
        transactions.useTransaction(handle -> {
            existing(handle.attach(UserDao.class), user);
            handle.attach(UserDao.class).updatePassword(user.id(), hasher.hash(temporaryPassword), true);
            audit.record(handle, SecurityAuditAction.PASSWORD_RESET, "user", user.id(), null, "mustChangePassword=true");
        });
    }

    public void unlock(UserAccount user) {
        session.require(Permission.MANAGE_USERS);
        transactions.useTransaction(handle -> {
            existing(handle.attach(UserDao.class), user);
            handle.attach(UserDao.class).updateLoginState(user.id(), 0, null);
            audit.record(handle, SecurityAuditAction.USER_UNLOCKED, "user", user.id(),
                    "failedAttempts=" + user.failedAttempts() + ", lockedUntil=" + user.lockedUntil(), "failedAttempts=0");
        });
    }

    /** Any logged-in user changes their own password, proving they know the current one. */
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        AuthenticatedUser me = session.requireUser();
        transactions.useTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            UserRow row = users.findById(me.id()).orElseThrow();
            if (currentPassword == null || !hasher.verify(currentPassword, row.passwordHash())) {
                throw new BusinessRuleException("password.currentWrong");
            }
            Credentials.checkNewPassword(newPassword);
            if (hasher.verify(newPassword, row.passwordHash())) {
                throw new BusinessRuleException("password.sameAsCurrent");
            }
            users.updatePassword(me.id(), hasher.hash(newPassword), false);
            audit.record(handle, SecurityAuditAction.PASSWORD_CHANGED, "user", me.id(), null, null);
        });
        session.start(new AuthenticatedUser(me.id(), me.username(), me.displayName(), me.roles(), false));
    }

    /** The store's first account, made during set-up when nobody can log in yet. */
    public UserAccount createFirstAdministrator(Handle handle, String username, String displayName, char[] password) {
        if (handle.attach(UserDao.class).count() > 0) {
            throw new BusinessRuleException("setup.alreadyDone");
        }
        UserAccount admin = insertUser(handle, username, displayName, EnumSet.of(Role.ADMINISTRATOR), password, false);
        audit.recordAnonymous(handle, admin.username(), SecurityAuditAction.USER_CREATED, "user", admin.id(), null,
                admin.auditText());
        return admin;
    }

    public boolean anyUserExists() {
        return transactions.read(handle -> handle.attach(UserDao.class).count() > 0);
    }

    private static UserRow existing(UserDao users, UserAccount user) {
        if (user == null) {
            throw new BusinessRuleException("user.notFound", "");
        }
        return users.findById(user.id()).orElseThrow(() -> new BusinessRuleException("user.notFound", user.username()));
    }

    private static UserAccount account(UserDao users, UserRow row) {
        List<Role> roles = users.rolesOf(row.id());
        return new UserAccount(row.id(), row.username(), row.displayName(), row.active(), row.failedAttempts(),
                row.lockedUntil(), row.mustChangePassword(), row.version(),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }
}
