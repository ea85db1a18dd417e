package com.fours.workbench.payables;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.openitems.Ageing;
import com.fours.workbench.reporting.ChartWorkbook;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** What payables show: every supplier's ageing, what falls due this week, a supplier's invoices and payments. */
public final class PayablesFigures {

    private static final Logger LOG = LoggerFactory.getLogger(PayablesFigures.class);
    /** The payments a supplier's screen lists, newest first. */
    public static final int RECENT_PAYMENTS = 200;
    /** "This week": due within the next seven days, or already past due. */
    public static final int DUE_WITHIN_DAYS = 7;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public PayablesFigures(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every supplier's ageing on {@code asOf}, those owed most first; a supplier with nothing open shows zeros. */
    public List<PayablesAgeingLine> ageing(LocalDate asOf) {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> ageing(handle, asOf));
    }

    static List<PayablesAgeingLine> ageing(Handle handle, LocalDate asOf) {
        PayablesDao dao = handle.attach(PayablesDao.class);
        return Ageing.lines(dao.suppliersWithPayables(), PayablesSupplier::id, dao.ageing(Ageing.Edges.of(asOf)),
                dao.credits(), (supplier, open, credit) -> new PayablesAgeingLine(supplier.id(), supplier.name(),
                        open.current(), open.days1To30(), open.days31To60(), open.days61To90(), open.over90(), credit),
                PayablesAgeingLine::supplierName);
    }

    /** Accepted invoices still open that fall due within the week from {@code asOf}, or are past due. */
    public List<SupplierInvoice> dueThisWeek(LocalDate asOf) {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).dueBy(asOf.plusDays(DUE_WITHIN_DAYS)));
    }

    /** The suppliers a new invoice may name. */
    public List<PayablesSupplier> suppliers() {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).suppliers());
    }

    public List<SupplierInvoice> openInvoices(long supplierId) {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).openInvoices(supplierId));
    }

    public List<SupplierPayment> payments(long supplierId) {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).payments(supplierId, RECENT_PAYMENTS));
    }

    /** Everything invoiced (accepted) by and paid to the supplier, and what is open and unapplied now. */
    public PayablesDao.Totals totals(long supplierId) {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).totals(supplierId));
    }

    /** Writes the ageing on {@code asOf} to an .xlsx (amounts as numbers); returns the supplier rows. Audited. */
    public int exportAgeing(LocalDate asOf, Path file, Messages m) {
        session.require(Permission.USE_PAYABLES);
        List<PayablesAgeingLine> lines = transactions.read(handle -> ageing(handle, asOf));
        String title = m.get("payables.export.title", asOf);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "4S Workbench", "1.0");
            Worksheet sheet = workbook.newWorksheet(ChartWorkbook.sheetName(title));
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().set();
            List<String> heads = List.of(m.get("payables.ui.col.supplier"), m.get("receivables.ui.col.current"),
                    m.get("receivables.ui.col.days30"), m.get("receivables.ui.col.days60"),
                    m.get("receivables.ui.col.days90"), m.get("receivables.ui.col.over90"),
                    m.get("receivables.ui.col.credit"), m.get("receivables.ui.col.balance"));
            for (int c = 0; c < heads.size(); c++) {
                sheet.value(1, c, heads.get(c));
                sheet.width(c, c == 0 ? 36 : 14);
            }
            sheet.range(1, 0, 1, heads.size() - 1).style().bold().set();
            int r = 2;
            for (PayablesAgeingLine l : lines) {
                sheet.value(r, 0, l.supplierName());
                Money[] cells = {l.current(), l.days1To30(), l.days31To60(), l.days61To90(), l.over90(),
                        l.unapplied(), l.balance()};
                for (int c = 0; c < cells.length; c++) {
                    sheet.value(r, c + 1, cells[c].amount());
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            LOG.warn("The payables ageing could not be written to {}", file, e);
            throw new BusinessRuleException("payables.export.writeFailed", file.getFileName().toString());
        }
        String name = file.getFileName().toString();
        transactions.useTransaction(handle -> audit.record(handle, PayablesAuditAction.PAYABLES_EXPORTED,
                "payablesAgeing", asOf, null, "file=" + AuditTrail.safeName(name, 200) + ", rows=" + lines.size()));
        return lines.size();
    }
}
