package com.fours.workbench.db;

import com.fours.workbench.core.BusinessRuleException;

/** The database was written by a newer workbench: this one would not understand it and refuses to open it. */
public final class DatabaseTooNewException extends BusinessRuleException {

    public DatabaseTooNewException(String databaseVersion, String newestShipped) {
        super("upgrade.databaseTooNew", databaseVersion, newestShipped);
    }
}
