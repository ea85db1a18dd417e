package com.fours.workbench.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;

import org.junit.jupiter.api.Test;

import com.fours.workbench.core.i18n.Messages;

/**
 * Printing through the real JRPrintServiceExporter path, to the JDK's PostScript stream printer
 * (a genuine PrintService that writes to memory), so it runs on machines without a printer.
 */
class ReportPrintingTest {

    private static final ReportEngine ENGINE = new ReportEngine();

    @Test
    void printsEveryPageOnTheChosenPrintService() {
        RenderedReport report = AuditLogExtract.render(ENGINE, Messages.forLocale(Locale.SIMPLIFIED_CHINESE),
                AuditLogExtractPdfTest.HEADER, AuditLogExtractPdfTest.sampleRows(60));
        ByteArrayOutputStream spooled = new ByteArrayOutputStream();
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, DocFlavor.BYTE_ARRAY.POSTSCRIPT.getMimeType());
        assertThat(factories).as("the JDK's PostScript stream printer").isNotEmpty();
        StreamPrintService printer = factories[0].getPrintService(spooled);

        ENGINE.print(report, printer);

        String postScript = spooled.toString(StandardCharsets.ISO_8859_1);
        assertThat(postScript).startsWith("%!PS");
        assertThat(postScript.split("%%Page: ", -1)).as("PostScript pages").hasSize(report.pageCount() + 1);
        assertThat(postScript).contains("%%Page: " + report.pageCount() + " " + report.pageCount()).endsWith("%%EOF\n");
    }
}
