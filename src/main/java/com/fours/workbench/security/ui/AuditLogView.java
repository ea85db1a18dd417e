package com.fours.workbench.security.ui;

import java.time.Clock;
import java.util.List;

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

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.AuditLogService;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.FormControls;

/** The manager's read-only view of the audit log, and its printed extract. Only binds to {@link AuditLogViewModel}. */
public final class AuditLogView {

    private final Messages messages;
    private final ReportEngine reports;
    private final Background background;
    private final Window owner;
    private final AuditLogViewModel model;

    public AuditLogView(Messages messages, AuditLogService auditLog, ReportEngine reports, Session session,
                        String storeName, Background background, ErrorReporter errors, Window owner, Clock clock) {
        this.messages = messages;
        this.reports = reports;
        this.background = background;
        this.owner = owner;
        this.model = new AuditLogViewModel(messages, auditLog, reports, session, storeName, background, errors, owner, clock);
    }

    public Parent build() {
        DatePicker from = FormControls.datePicker("auditFrom");
        DatePicker to = FormControls.datePicker("auditTo");
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        from.setId("auditFrom");
        to.setId("auditTo");
        TextField text = new TextField();
        text.setId("auditText");
        text.textProperty().bindBidirectional(model.textProperty());
        text.setPromptText(messages.get("audit.filterPrompt"));
        text.setOnAction(e -> model.search());
        Button search = new Button(messages.get("action.search"), new FontIcon(Material2OutlinedMZ.SEARCH));
        search.setId("auditSearch");
        search.setOnAction(e -> model.search());
        Button print = new Button(messages.get("audit.printExtract"), new FontIcon(Material2OutlinedMZ.PRINT));
        print.setId("auditPrint");
        print.setOnAction(e -> model.printExtract(report ->
                new ReportPreviewWindow(owner, reports, report, background.executor(), messages).show()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("auditStatus");
        status.textProperty().bind(model.statusProperty());

        TableView<AuditEntry> table = new TableView<>(model.rows());
        table.setId("auditTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("audit.column.time"), model::time),
                Columns.text(messages.get("audit.column.user"), AuditEntry::actorDisplayName),
                Columns.text(messages.get("audit.column.action"), model::action),
                Columns.longText(messages.get("audit.column.subject"), model::subject),
                Columns.longText(messages.get("audit.column.before"), model::before),
                Columns.longText(messages.get("audit.column.after"), model::after)));
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
        model.search();
        return root;
    }

}
