package com.fours.workbench.security.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.AuditLogExtract;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.AuditAction;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.AuditLogService;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ErrorReporter;

/** The manager's read-only view of the audit log, and its printed extract. Nothing here edits a row. */
public final class AuditLogView {

    /**
     * Subjects whose before and after values are states, by the simple name of their enum (named, not
     * imported: the audit log reads every feature's rows without depending on the features).
     */
    private static final Map<String, String> STATES_OF_SUBJECT = Map.of(
            "repair_order", "RepairOrderStatus",
            "stocktake", "StocktakeStatus");

    /** The kinds of subject named in the user's language; others show as recorded. */
    private static final Map<String, String> SUBJECT_KEYS = Map.of(
            "user", "audit.subject.user",
            "repair_order", "audit.subject.repair_order",
            "stocktake", "audit.subject.stocktake");

    private final Messages messages;
    private final AuditLogService auditLog;
    private final ReportEngine reports;
    private final Session session;
    private final String storeName;
    private final Background background;
    private final ErrorReporter errors;
    private final Window owner;
    private final Clock clock;
    private final Formats formats;
    private final TableView<AuditEntry> table = new TableView<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField text = new TextField();
    private final Label status = new Label();

    public AuditLogView(Messages messages, AuditLogService auditLog, ReportEngine reports, Session session,
                        String storeName, Background background, ErrorReporter errors, Window owner, Clock clock) {
        this.messages = messages;
        this.auditLog = auditLog;
        this.reports = reports;
        this.session = session;
        this.storeName = storeName;
        this.background = background;
        this.errors = errors;
        this.owner = owner;
        this.clock = clock;
        this.formats = Formats.of(messages.locale());
    }

    public Parent build() {
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.minusDays(7));
        to.setValue(today);
        from.setId("auditFrom");
        to.setId("auditTo");
        text.setId("auditText");
        text.setPromptText(messages.get("audit.filterPrompt"));
        text.setOnAction(e -> search());
        Button search = new Button(messages.get("action.search"), new FontIcon(Material2OutlinedMZ.SEARCH));
        search.setId("auditSearch");
        search.setOnAction(e -> search());
        Button print = new Button(messages.get("audit.printExtract"), new FontIcon(Material2OutlinedMZ.PRINT));
        print.setId("auditPrint");
        print.setOnAction(e -> printExtract());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(background.busyProperty());
        status.setId("auditStatus");

        table.setId("auditTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("audit.column.time"), e -> formats.dateTime(e.occurredAt(), clock.getZone())),
                Columns.text(messages.get("audit.column.user"), AuditEntry::actorName),
                Columns.text(messages.get("audit.column.action"), e -> actionText(e.action())),
                Columns.longText(messages.get("audit.column.subject"), this::subject),
                Columns.longText(messages.get("audit.column.before"), e -> value(e, e.beforeValue())),
                Columns.longText(messages.get("audit.column.after"), e -> value(e, e.afterValue()))));
        double[] widths = {180, 110, 150, 100, 340, 340};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setPlaceholder(new Label(messages.get("audit.none")));

        ToolBar bar = new ToolBar(new Label(messages.get("audit.from")), from, new Label(messages.get("audit.to")), to,
                text, search, print, progress, status);
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setId("auditLogView");
        search();
        return root;
    }

    private void search() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        String filter = text.getText();
        background.run(() -> auditLog.find(start, end, filter), rows -> {
            table.getItems().setAll(rows);
            status.setText(messages.get("audit.count", rows.size()));
        }, failure -> status.setText(errors.describe(failure)));
    }

    private void printExtract() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        String filter = text.getText();
        String printedBy = session.requireUser().displayName();
        background.run(() -> {
            List<AuditEntry> entries = auditLog.find(start, end, filter);
            List<AuditLogExtract.Row> rows = entries.stream().map(e -> new AuditLogExtract.Row(
                    formats.dateTime(e.occurredAt(), clock.getZone()), e.actorName(), actionText(e.action()), subject(e),
                    value(e, e.beforeValue()), value(e, e.afterValue()))).toList();
            var header = new AuditLogExtract.Header(storeName, formats.date(start), formats.date(end),
                    printedBy, formats.dateTime(clock.instant(), clock.getZone()));
            var report = AuditLogExtract.render(reports, messages, header, rows);
            auditLog.recordExtractPrinted(start, end, rows.size());
            return report;
        }, report -> new ReportPreviewWindow(owner, reports, report, background.executor(), messages).show(),
                failure -> errors.report(owner, failure));
    }

    private String actionText(String code) {
        String key = AuditAction.messageKey(code);
        return messages.has(key) ? messages.get(key) : code;
    }

    /** The kind of record in the user's language where the bundle has it, and its name rather than its id. */
    private String subject(AuditEntry e) {
        String typeKey = SUBJECT_KEYS.get(e.subjectType());
        String type = typeKey == null ? e.subjectType() : messages.get(typeKey);
        if (e.subjectName() != null) {
            return type + " " + e.subjectName();
        }
        return e.subjectId() == null ? type : type + " #" + e.subjectId();
    }

    /** A state written as its constant (IN_QC) reads as the screens say it, through the enum's text key. */
    private String value(AuditEntry e, String value) {
        String states = STATES_OF_SUBJECT.get(e.subjectType());
        if (value == null || states == null) {
            return nullToEmpty(value);
        }
        String key = "enum." + states + "." + value;
        return messages.has(key) ? messages.get(key) : value;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

}
