package com.fours.workbench.payables;

import java.util.List;

/** An invoice as typed: its number, its day (empty: today) and its lines. */
public record InvoiceInput(String invoiceNumber, String invoiceDate, List<InvoiceLineInput> lines) {

    public static final String NUMBER = "invoiceNumber";
    public static final String DATE = "invoiceDate";
    public static final String LINES = "invoiceLines";
}
