package com.fours.workbench.security;

import java.util.EnumSet;
import java.util.Set;

/** The person at the keyboard, as established by a successful login. */
public record AuthenticatedUser(long id, String username, String displayName, Set<Role> roles,
                                boolean mustChangePassword) {

    public AuthenticatedUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean may(Permission permission) {
        return Role.permissionsOf(roles).contains(permission);
    }

    @Override
    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
