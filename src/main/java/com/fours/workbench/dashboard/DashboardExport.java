package com.fours.workbench.dashboard;

import java.nio.file.Path;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.reporting.ChartWorkbook;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Exports one chart of the dashboard to an .xlsx, written by {@link ChartWorkbook}, for a user who may
 * see the dashboard; leaves an audit row.
 */
public final class DashboardExport {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;

    public DashboardExport(Transactions transactions, Session session, AuditTrail audit) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
    }

    /** Returns the number of category rows written. */
    public int export(DashboardChart chart, Path file, Messages messages) {
        session.require(Permission.VIEW_DASHBOARD);
        ChartWorkbook.save(chart.table(), file, messages);
        String name = file.getFileName().toString();
        transactions.useTransaction(handle -> audit.record(handle, DashboardAuditAction.DASHBOARD_EXPORTED, "chart",
                chart.id(), null, "file=" + AuditTrail.safeName(name, 200) + ", rows=" + chart.categories().size()));
        return chart.categories().size();
    }
}
