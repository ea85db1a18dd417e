package com.fours.workbench.customers;

import com.fours.workbench.core.BusinessRuleException;

/** The clerk cancelled the import; nothing of the file was written. */
public class ImportCancelledException extends BusinessRuleException {

    public ImportCancelledException() {
        super("archive.import.cancelled");
    }
}
