package com.fours.workbench.db;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The one place that opens transactions. A service method that changes data does all of its
 * writes, its audit row included, inside one {@link #inTransaction} call: all or nothing.
 */
public final class Transactions {

    private final Jdbi jdbi;

    Transactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> work) throws X {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work);
    }

    public <X extends Exception> void useTransaction(HandleConsumer<X> work) throws X {
        jdbi.useTransaction(TransactionIsolationLevel.READ_COMMITTED, work);
    }

    /** Reads that need no transaction of their own. */
    public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
        return jdbi.withHandle(handle -> {
            handle.setReadOnly(true);
            return work.withHandle(handle);
        });
    }

    /**
     * Whether a failure is another workstation holding a row lock longer than the database waits
     * (H2's and PostgreSQL's lock time-outs): the caller refuses with "try again", not an error.
     */
    public static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("timeout") || message.contains("lock")) {
                return true;
            }
        }
        return false;
    }
}
