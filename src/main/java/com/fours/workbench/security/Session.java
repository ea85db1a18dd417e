package com.fours.workbench.security;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who is logged in at this workstation. Services ask it before they act. */
public final class Session {

    private static final Logger log = LoggerFactory.getLogger(Session.class);

    private volatile AuthenticatedUser user;
    private volatile DenialRecorder denialRecorder = (u, p) -> { };

    /** Where refused attempts are written; set once the audit trail exists. */
    interface DenialRecorder {
        void record(AuthenticatedUser user, Permission permission);
    }

    void recordDenialsWith(DenialRecorder recorder) {
        this.denialRecorder = recorder;
    }

    public Optional<AuthenticatedUser> user() {
        return Optional.ofNullable(user);
    }

    public AuthenticatedUser requireUser() {
        AuthenticatedUser current = user;
        if (current == null) {
            throw new AccessDeniedException();
        }
        return current;
    }

    /** Refuses, and leaves an audit row, when the logged-in user may not do this. */
    public AuthenticatedUser require(Permission permission) {
        AuthenticatedUser current = requireUser();
        if (!current.may(permission)) {
            log.warn("{} was refused {}", current.username(), permission);
            denialRecorder.record(current, permission);
            throw new AccessDeniedException(permission);
        }
        return current;
    }

    public boolean may(Permission permission) {
        AuthenticatedUser current = user;
        return current != null && current.may(permission);
    }

    void start(AuthenticatedUser authenticated) {
        this.user = authenticated;
    }

    void end() {
        this.user = null;
    }
}
