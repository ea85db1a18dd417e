package com.fours.workbench.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A user as the administrator sees it. The password hash never leaves the security package. */
public record UserAccount(long id, String username, String displayName, boolean active, int failedAttempts,
                          Instant lockedUntil, boolean mustChangePassword, int version, Set<Role> roles) {

    public UserAccount {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    UserAccount withRoles(Set<Role> newRoles) {
        return new UserAccount(id, username, displayName, active, failedAttempts, lockedUntil, mustChangePassword,
                version, newRoles);
    }

    /** How the account reads in the audit log. */
    public String auditText() {
        return "username=" + username + ", name=" + displayName + ", active=" + active + ", roles=" + roles;
    }
}
