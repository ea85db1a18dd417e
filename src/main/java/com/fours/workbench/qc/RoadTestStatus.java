package com.fours.workbench.qc;

import java.util.Optional;

/** Where an order stands with its road test, as the QC sheet shows it. */
public enum RoadTestStatus {
    /** No rule names the order's work. */
    NOT_REQUIRED,
    /** A rule names the work and no road test counts yet: the final check cannot pass. */
    MISSING,
    /** The road test that counts failed: redo the work and test again. */
    FAILED,
    /** A passed road test counts for the final check. */
    DONE;

    static RoadTestStatus of(boolean required, Optional<RoadTest> current) {
        if (current.isPresent()) {
            return current.get().passed() ? DONE : required ? FAILED : NOT_REQUIRED;
        }
        return required ? MISSING : NOT_REQUIRED;
    }

    /** Whether the final check may pass as far as the road test goes. */
    public boolean allowsFinalCheck() {
        return this == NOT_REQUIRED || this == DONE;
    }
}
