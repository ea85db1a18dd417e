package com.fours.workbench.security.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.AuditLogExtract;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.AuditAction;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.AuditLogService;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/**
 * The audit log viewer's state: the period and text searched, the rows found, each row's columns in
 * the user's language, and the printed extract. Read-only: nothing here edits a row.
 */
public final class AuditLogViewModel {

    /**
     * Subjects whose before and after values are states, by the simple name of their enum (named, not
     * imported: the audit log reads every feature's rows without depending on the features).
     */
    private static final Map<String, String> STATES_OF_SUBJECT = Map.of(
            "repair_order", "RepairOrderStatus",
            "stocktake", "StocktakeStatus",
            "appointment", "AppointmentStatus");

    /** The kinds of subject named in the user's language; others show as recorded. */
    private static final Map<String, String> SUBJECT_KEYS = Map.ofEntries(
            Map.entry("user", "audit.subject.user"),
            Map.entry("repair_order", "audit.subject.repair_order"),
            Map.entry("stocktake", "audit.subject.stocktake"),
            Map.entry("appointment", "audit.subject.appointment"),
            Map.entry("vehicle", "audit.subject.vehicle"),
            Map.entry("customer", "audit.subject.customer"),
            Map.entry("part", "audit.subject.part"),
            Map.entry("supplier", "audit.subject.supplier"),
            Map.entry("purchase_order", "audit.subject.purchase_order"),
            Map.entry("intake", "audit.subject.intake"),
            Map.entry("repair_line", "audit.subject.repair_line"),
            Map.entry("bill", "audit.subject.bill"),
            Map.entry("cash_day", "audit.subject.cash_day"),
            Map.entry("coupon", "audit.subject.coupon"),
            Map.entry("bin", "audit.subject.bin"));

    /** A state written inside a value, "status=NO_SHOW" (among other pairs): read as the screens say it. */
    private static final Pattern STATUS_PAIR = Pattern.compile("\\bstatus=([A-Z_]+)");

    private final Messages messages;
    private final AuditLogService auditLog;
    private final ReportEngine reports;
    private final Session session;
    private final String storeName;
    private final Background background;
    private final ErrorReporter errors;
    private final Window owner;
    private final Refusals refusals;
    private final Clock clock;
    private final Formats formats;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();

    public AuditLogViewModel(Messages messages, AuditLogService auditLog, ReportEngine reports, Session session,
                             String storeName, Background background, ErrorReporter errors, Window owner, Clock clock) {
        this.messages = messages;
        this.auditLog = auditLog;
        this.reports = reports;
        this.session = session;
        this.storeName = storeName;
        this.background = background;
        this.errors = errors;
        this.owner = owner;
        this.refusals = new Refusals(messages, errors, owner);
        this.clock = clock;
        this.formats = Formats.of(messages.locale());
        LocalDate today = LocalDate.now(clock);
        from.set(today.minusDays(7));
        to.set(today);
    }

    public void search() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        String filter = text.get();
        background.run(() -> auditLog.find(start, end, filter), found -> {
            rows.setAll(found);
            status.set(messages.get("audit.count", found.size()));
        }, failure -> status.set(refusals.text(failure, null)));
    }

    /** Renders the extract of the period and text searched (and records that it was printed); {@code preview} shows it. */
    public void printExtract(Consumer<RenderedReport> preview) {
        LocalDate start = from.get();
        LocalDate end = to.get();
        String filter = text.get();
        String printedBy = session.requireUser().displayName();
        background.run(() -> {
            List<AuditEntry> entries = auditLog.find(start, end, filter);
            List<AuditLogExtract.Row> extractRows = entries.stream().map(e -> new AuditLogExtract.Row(
                    time(e), e.actorDisplayName(), action(e), subject(e), before(e), after(e))).toList();
            var header = new AuditLogExtract.Header(storeName, formats.date(start), formats.date(end),
                    printedBy, formats.dateTime(clock.instant(), clock.getZone()));
            var report = AuditLogExtract.render(reports, messages, header, extractRows);
            auditLog.recordExtractPrinted(start, end, extractRows.size());
            return report;
        }, preview, failure -> errors.report(owner, failure));
    }

    public String time(AuditEntry e) {
        return formats.dateTime(e.occurredAt(), clock.getZone());
    }

    public String action(AuditEntry e) {
        String key = AuditAction.messageKey(e.action());
        return messages.has(key) ? messages.get(key) : e.action();
    }

    /**
     * The kind of record in the user's language where the bundle has it, and its name rather than its
     * id: a stocktake by its number, a bill or a day by the number or date it was written with.
     */
    public String subject(AuditEntry e) {
        if ("stocktake".equals(e.subjectType()) && e.subjectId() != null) {
            return messages.get("stocktake.ui.number", e.subjectId());
        }
        String typeKey = SUBJECT_KEYS.get(e.subjectType());
        String type = typeKey == null ? e.subjectType() : messages.get(typeKey);
        if (e.subjectName() != null) {
            return type + " " + e.subjectName();
        }
        return e.subjectId() == null ? type : type + " " + e.subjectId();
    }

    public String before(AuditEntry e) {
        return value(e, e.beforeValue());
    }

    public String after(AuditEntry e) {
        return value(e, e.afterValue());
    }

    /** A state written as its constant (IN_QC) reads as the screens say it, through the enum's text key. */
    private String value(AuditEntry e, String value) {
        String states = STATES_OF_SUBJECT.get(e.subjectType());
        if (value == null || states == null) {
            return value == null ? "" : value;
        }
        String key = "enum." + states + "." + value;
        if (messages.has(key)) {
            return messages.get(key);
        }
        Matcher pair = STATUS_PAIR.matcher(value);
        StringBuilder read = new StringBuilder();
        while (pair.find()) {
            String stateKey = "enum." + states + "." + pair.group(1);
            pair.appendReplacement(read, Matcher.quoteReplacement(messages.has(stateKey)
                    ? messages.get("audit.value.status", messages.get(stateKey)) : pair.group()));
        }
        pair.appendTail(read);
        return read.toString();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
