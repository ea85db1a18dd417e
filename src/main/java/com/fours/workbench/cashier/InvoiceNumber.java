package com.fours.workbench.cashier;

import org.jdbi.v3.core.Handle;

/**
 * A bill number: {@code JS} + year + {@code -} + six digits, e.g. {@code JS2026-000042}, gapless per
 * year. Taking one locks the year's counter row until the issuing transaction ends, so two cashiers
 * wait for each other instead of colliding, and a rolled-back issue gives its number back.
 */
public record InvoiceNumber(int year, int sequence) {

    public static InvoiceNumber next(Handle handle, int year) {
        CashierDao dao = handle.attach(CashierDao.class);
        dao.ensureCounter(year);
        if (dao.advanceCounter(year) != 1) {
            throw new IllegalStateException("No invoice counter for " + year);
        }
        return new InvoiceNumber(year, dao.lastNumber(year));
    }

    public String text() {
        return String.format("JS%d-%06d", year, sequence);
    }
}
