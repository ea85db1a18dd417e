package com.fours.workbench.staff;

import java.time.LocalDate;

import com.fours.workbench.security.Role;

/**
 * An employee of the department: an active account with an after-sales role (the administrator's
 * account is not staff). {@code role} is the one the appraisal measures; {@code since} the first day
 * of employment, the day the account was made (decision 0101).
 */
public record StaffMember(long id, String username, String name, Role role, LocalDate since) {
}
