package com.fours.workbench.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fours.workbench.core.i18n.Messages;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The printed audit-log extract for a date range ({@code reports/audit_log_extract.jrxml}). The
 * caller formats every value (dates in the user's format, subject as entity plus id); this class
 * adds the translated title and labels.
 */
public final class AuditLogExtract {

    public static final String REPORT_NAME = "audit_log_extract";

    /** One audit entry, every value already formatted for print. */
    public record Row(String occurredAt, String actor, String action, String subject, String before, String after) {
    }

    /** What the header says: the store, the range shown, who printed it and when. */
    public record Header(String storeName, String from, String to, String printedBy, String printedAt) {

        public Header {
            Objects.requireNonNull(storeName, "storeName");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(printedBy, "printedBy");
            Objects.requireNonNull(printedAt, "printedAt");
        }
    }

    private AuditLogExtract() {
    }

    /** Fills the extract in the language of {@code messages}. */
    public static RenderedReport render(ReportEngine engine, Messages messages, Header header, List<Row> rows) {
        Map<String, Object> parameters = parameters(messages, header);
        return engine.render(REPORT_NAME, (String) parameters.get("TITLE"), parameters, rows);
    }

    /** The report parameters: header values plus every label, translated. */
    public static Map<String, Object> parameters(Messages messages, Header header) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        p.put("STORE_NAME", header.storeName());
        p.put("TITLE", messages.get("reporting.auditExtract.title"));
        p.put("FROM", header.from());
        p.put("TO", header.to());
        p.put("PRINTED_BY", header.printedBy());
        p.put("PRINTED_AT", header.printedAt());
        p.put("LABEL_PERIOD", messages.get("reporting.auditExtract.period"));
        p.put("LABEL_PRINTED_BY", messages.get("reporting.document.printedBy"));
        p.put("LABEL_PRINTED_AT", messages.get("reporting.document.printedAt"));
        p.put("LABEL_TIME", messages.get("reporting.auditExtract.column.time"));
        p.put("LABEL_USER", messages.get("reporting.auditExtract.column.user"));
        p.put("LABEL_ACTION", messages.get("reporting.auditExtract.column.action"));
        p.put("LABEL_SUBJECT", messages.get("reporting.auditExtract.column.subject"));
        p.put("LABEL_BEFORE", messages.get("reporting.auditExtract.column.before"));
        p.put("LABEL_AFTER", messages.get("reporting.auditExtract.column.after"));
        p.put("LABEL_ENTRY_COUNT", messages.get("reporting.auditExtract.entryCount"));
        p.put("LABEL_PAGE_OF", messages.get("reporting.document.pageOf"));
        return p;
    }
}
