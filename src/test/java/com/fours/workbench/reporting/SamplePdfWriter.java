package com.fours.workbench.reporting;

import java.nio.file.Path;
import java.util.Locale;

import com.fours.workbench.core.i18n.Messages;

/** Writes sample PDFs of the audit-log extract for a person to look at: {@code args[0]} is the folder. */
final class SamplePdfWriter {
    public static void main(String[] args) {
        ReportEngine engine = new ReportEngine();
        Path folder = Path.of(args[0]);
        engine.exportPdf(AuditLogExtract.render(engine, Messages.forLocale(Locale.SIMPLIFIED_CHINESE),
                AuditLogExtractPdfTest.HEADER, AuditLogExtractPdfTest.sampleRows(60)), folder.resolve("audit_zh.pdf"));
        engine.exportPdf(AuditLogExtract.render(engine, Messages.forLocale(Locale.ENGLISH),
                AuditLogExtractPdfTest.HEADER, AuditLogExtractPdfTest.sampleRows(0)), folder.resolve("audit_en_empty.pdf"));
    }
}
