package com.fours.workbench.staff;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.security.Role;

/** Who is staff (decision 0101): every active account with an after-sales role; the role measured is its first. */
final class StaffDirectory {

    private StaffDirectory() {
    }

    static List<StaffMember> staff(Handle handle, ZoneId zone) {
        return members(handle.attach(StaffDao.class).activeUserRoles(), zone);
    }

    static Optional<StaffMember> member(Handle handle, long id, ZoneId zone) {
        return members(handle.attach(StaffDao.class).userRoles(id), zone).stream().findFirst();
    }

    /** Employment starts the day the account was made, in the store's zone. */
    private static List<StaffMember> members(List<StaffDao.UserRole> rows, ZoneId zone) {
        Map<Long, StaffMember> byId = new LinkedHashMap<>();
        for (StaffDao.UserRole r : rows) {
            Role role = Role.valueOf(r.role());
            if (role == Role.ADMINISTRATOR) {
                continue;
            }
            StaffMember known = byId.get(r.id());
            if (known == null || role.compareTo(known.role()) < 0) {
                byId.put(r.id(), new StaffMember(r.id(), r.username(), r.name(), role,
                        r.createdAt().atZone(zone).toLocalDate()));
            }
        }
        return new ArrayList<>(byId.values());
    }
}
