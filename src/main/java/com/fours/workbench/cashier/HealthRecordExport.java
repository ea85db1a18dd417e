package com.fours.workbench.cashier;

import java.time.Instant;
import java.util.List;

/** One run of the export: when, by whom, into which folder, how many visits, and the files it wrote. */
public record HealthRecordExport(long id, Instant exportedAt, String exportedBy, String folder, int recordCount,
                                 List<String> files) {

    public HealthRecordExport {
        files = List.copyOf(files);
    }
}
