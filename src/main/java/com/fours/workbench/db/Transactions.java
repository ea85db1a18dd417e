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
}
