package com.fours.workbench.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Writes one chart of the dashboard to an .xlsx (as the archive's export does): a title row, the
 * categories down, one column per series, figures as numbers; "no data" as text. Leaves an audit row.
 */
public final class DashboardExport {

    private static final Logger log = LoggerFactory.getLogger(DashboardExport.class);

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
        try {
            write(chart, file, messages);
        } catch (IOException e) {
            log.warn("The dashboard export could not be written to {}", file, e);
            throw new BusinessRuleException("dashboard.export.writeFailed", file.getFileName().toString());
        }
        String name = file.getFileName().toString();
        transactions.useTransaction(handle -> audit.record(handle, DashboardAuditAction.DASHBOARD_EXPORTED, "chart",
                chart.id(), null, "file=" + AuditTrail.safeName(name, 200) + ", rows=" + chart.categories().size()));
        return chart.categories().size();
    }

    static void write(DashboardChart chart, Path file, Messages messages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "4S Workbench", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(chart.title()));
            sheet.value(0, 0, chart.title());
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, chart.categoryTitle());
            sheet.width(0, 30);
            for (int s = 0; s < chart.series().size(); s++) {
                sheet.value(1, s + 1, chart.series().get(s).name());
                sheet.width(s + 1, 28);
            }
            sheet.range(1, 0, 1, chart.series().size()).style().bold().set();
            sheet.freezePane(1, 2);
            String noData = messages.get("dashboard.noData");
            for (int r = 0; r < chart.categories().size(); r++) {
                sheet.value(r + 2, 0, chart.categories().get(r));
                for (int s = 0; s < chart.series().size(); s++) {
                    BigDecimal value = chart.series().get(s).values().get(r);
                    if (value == null) {
                        sheet.value(r + 2, s + 1, noData);
                    } else {
                        sheet.value(r + 2, s + 1, value);
                    }
                }
            }
            workbook.finish();
        }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
