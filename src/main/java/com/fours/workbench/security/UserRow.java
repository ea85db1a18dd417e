package com.fours.workbench.security;

import java.time.Instant;

/** The app_user row as stored, hash included; used inside the security package only. */
record UserRow(long id, String username, String displayName, String passwordHash, boolean active,
               int failedAttempts, Instant lockedUntil, boolean mustChangePassword, int version) {
}
