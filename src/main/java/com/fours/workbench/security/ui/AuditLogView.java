package com.fours.workbench.security.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.AuditLogExtract;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.AuditAction;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.AuditLogService;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/** The manager's read-only view of the audit log, and its printed extract. Nothing here edits a row. */
public final class AuditLogView {

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
    private final Clock clock;
    private final DateTimeFormatter timeFormat;
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
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(clock.getZone());
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
                column("audit.column.time", e -> timeFormat.format(e.occurredAt())),
                column("audit.column.user", AuditEntry::actorDisplayName),
                column("audit.column.action", e -> actionText(e.action())),
                column("audit.column.subject", this::subject),
                column("audit.column.before", e -> value(e, e.beforeValue())),
                column("audit.column.after", e -> value(e, e.afterValue()))));
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
        DateTimeFormatter dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        String printedBy = session.requireUser().displayName();
        background.run(() -> {
            List<AuditEntry> entries = auditLog.find(start, end, filter);
            List<AuditLogExtract.Row> rows = entries.stream().map(e -> new AuditLogExtract.Row(
                    timeFormat.format(e.occurredAt()), e.actorDisplayName(), actionText(e.action()), subject(e),
                    value(e, e.beforeValue()), value(e, e.afterValue()))).toList();
            var header = new AuditLogExtract.Header(storeName, dateFormat.format(start), dateFormat.format(end),
                    printedBy, timeFormat.format(clock.instant()));
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

    /**
     * The kind of record in the user's language where the bundle has it, and its name rather than its
     * id: a stocktake by its number, a bill or a day by the number or date it was written with.
     */
    private String subject(AuditEntry e) {
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

    /** A state written as its constant (IN_QC) reads as the screens say it, through the enum's text key. */
    private String value(AuditEntry e, String value) {
        String states = STATES_OF_SUBJECT.get(e.subjectType());
        if (value == null || states == null) {
            return nullToEmpty(value);
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
