package com.fours.workbench.payables;

import java.time.LocalDate;

import com.fours.workbench.core.Money;

/** A supplier's invoice (供应商发票) with what is still owed on it and how many lines differ. */
public record SupplierInvoice(long id, long supplierId, String supplierName, String invoiceNumber, LocalDate invoiceDate,
                              LocalDate dueOn, Money amount, Money openAmount, InvoiceStatus status, int differences,
                              String recordedBy, String decidedBy, String decisionNote, int version) {

    static final String COLUMNS = "i.id, i.supplier_id, s.name AS supplier_name, i.invoice_number, i.invoice_date, "
            + "i.due_on, i.amount, i.open_amount, i.status, i.differences, i.recorded_by, i.decided_by, "
            + "i.decision_note, i.version";

    public boolean payable() {
        return status == InvoiceStatus.ACCEPTED && openAmount.isPositive();
    }
}
