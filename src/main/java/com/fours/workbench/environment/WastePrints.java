package com.fours.workbench.environment;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.reporting.ChartWorkbook;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The ledger of a month or a year on paper ({@code reports/waste_ledger.jrxml}) and in an .xlsx for
 * the provincial solid-waste platform: the same rows, in the screen's language.
 */
public final class WastePrints {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String REPORT_NAME = "waste_ledger";
    public static final String TRANSFER_REPORT_NAME = "waste_transfer";
    private static final Logger LOG = LoggerFactory.getLogger(WastePrints.class);

    /** A printed line of the transfer record: the item and its value. */
    public record Item(String label, String value) {
    }

    /** A printed row: seven columns; headings bold. */
    public record Row(String c1, String c2, String c3, String c4, String c5, String c6, String c7, Boolean total) {
    }

    private final Transactions transactions;
    private final ReportEngine engine;
    private final StoreProfileService store;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public WastePrints(Transactions transactions, ReportEngine engine, StoreProfileService store, Session session,
                       AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.engine = engine;
        this.store = store;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public static String title(LedgerReport ledger, Messages m) {
        return ledger.year() ? m.get("waste.print.titleYear", String.valueOf(ledger.from().getYear()))
                : m.get("waste.print.titleMonth", YearMonth.from(ledger.from()).toString());
    }

    public RenderedReport render(LedgerReport ledger, Messages m) {
        session.require(Permission.USE_ENVIRONMENT);
        Formats f = Formats.of(m.locale());
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        String title = title(ledger, m);
        String storeName = store.find().map(StoreProfile::name).orElse("");
        p.put("TITLE", title);
        p.put("STORE_NAME", storeName);
        p.put("PRODUCER", m.get("waste.print.producer", storeName));
        p.put("PERIOD", m.get("waste.print.period", f.date(ledger.from()), f.date(ledger.to())));
        p.put("RESPONSIBLE", m.get(ledger.closed() ? "waste.print.closed" : "waste.print.open"));
        p.put("SUMMARY", m.get("waste.print.summary", ledger.transfers().size()));
        p.put("NOTE", m.get("waste.print.note"));
        p.put("PRINTED_BY", m.get("reporting.document.printedBy") + ": "
                + session.user().map(u -> u.displayName()).orElse(""));
        p.put("PRINTED_AT", m.get("reporting.document.printedAt") + ": " + FORMATS.dateTime(clock.instant(), clock.getZone()));
        List<String> heads = headings(m);
        for (int i = 0; i < heads.size(); i++) {
            p.put("H" + (i + 1), heads.get(i));
        }
        p.put("LABEL_KEEPER_SIGN", m.get("waste.print.keeperSign"));
        p.put("LABEL_STORE_SIGN", m.get("waste.print.storeSign"));
        p.put("LABEL_PAGE_OF", m.get("reporting.document.pageOf"));
        return engine.render(REPORT_NAME, title, p, rows(ledger, m, f));
    }

    /**
     * The record of one hand-over ({@code reports/waste_transfer.jrxml}), kept with the manifest: what,
     * how much, to which licensed handler, the vehicle, the day and both signatures.
     */
    public RenderedReport renderTransfer(long transferId, Messages m) {
        session.require(Permission.USE_ENVIRONMENT);
        Formats f = Formats.of(m.locale());
        record Read(WasteTransfer transfer, WasteKind kind, WasteHandler handler) {
        }
        Read read = transactions.read(handle -> {
            EnvironmentDao dao = handle.attach(EnvironmentDao.class);
            WasteTransfer t = dao.transfer(transferId).orElseThrow(() -> new BusinessRuleException(
                    "waste.transfer.notFound", String.valueOf(transferId)));
            WasteHandler h = WasteCatalogue.handlers(handle).stream().filter(x -> x.id() == t.handlerId()).findFirst()
                    .orElseThrow();
            return new Read(t, dao.kind(t.kindId()).orElseThrow(), h);
        });
        WasteTransfer t = read.transfer();
        String title = m.get("waste.print.transferTitle", t.manifestNo());
        String storeName = store.find().map(StoreProfile::name).orElse("");
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("TITLE", title);
        p.put("STORE_NAME", storeName);
        p.put("PRODUCER", m.get("waste.print.producer", storeName));
        p.put("PRINTED_BY", m.get("reporting.document.printedBy") + ": "
                + session.user().map(u -> u.displayName()).orElse(""));
        p.put("PRINTED_AT", m.get("reporting.document.printedAt") + ": " + FORMATS.dateTime(clock.instant(), clock.getZone()));
        p.put("NOTE", m.get("waste.print.transferNote"));
        p.put("LABEL_HANDED_SIGN", m.get("waste.print.handedSign", t.handedBy()));
        p.put("LABEL_RECEIVED_SIGN", m.get("waste.print.receivedSign", t.receivedBy()));
        p.put("LABEL_PAGE_OF", m.get("reporting.document.pageOf"));
        List<Item> items = List.of(
                new Item(m.get("waste.print.manifest"), t.manifestNo()),
                new Item(m.get("waste.print.kind"), t.kindName()),
                new Item(m.get("waste.print.code"), read.kind().category() + " " + read.kind().code()),
                new Item(m.get("waste.print.quantity"), plain(t.quantity()) + " " + m.of(t.unit())),
                new Item(m.get("waste.print.handler"), t.handlerName()),
                new Item(m.get("waste.print.licence"), m.get("waste.print.licenceLine", read.handler().licenceNo(),
                        f.date(read.handler().licenceExpiry()), String.join("、", read.handler().categories()))),
                new Item(m.get("waste.print.vehicle"), t.vehicle()),
                new Item(m.get("waste.print.day"), f.date(t.transferDay())),
                new Item(m.get("waste.print.handedBy"), t.handedBy()),
                new Item(m.get("waste.print.receivedBy"), t.receivedBy()));
        return engine.render(TRANSFER_REPORT_NAME, title, p, items);
    }

    /** Writes the ledger to an .xlsx; returns the rows written. Leaves an audit row. */
    public int export(LedgerReport ledger, Path file, Messages m) {
        session.require(Permission.USE_ENVIRONMENT);
        List<Row> rows = rows(ledger, m, Formats.of(m.locale()));
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "4S Workbench", "1.0");
            Worksheet sheet = workbook.newWorksheet(ChartWorkbook.sheetName(title(ledger, m)));
            sheet.value(0, 0, title(ledger, m));
            sheet.style(0, 0).bold().set();
            List<String> heads = headings(m);
            for (int c = 0; c < heads.size(); c++) {
                sheet.value(1, c, heads.get(c));
                sheet.width(c, c == 0 ? 40 : 16);
            }
            sheet.range(1, 0, 1, heads.size() - 1).style().bold().set();
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                String[] cells = {row.c1(), row.c2(), row.c3(), row.c4(), row.c5(), row.c6(), row.c7()};
                for (int c = 0; c < cells.length; c++) {
                    if (c >= 3 && !cells[c].isEmpty() && !Boolean.TRUE.equals(row.total())) {
                        sheet.value(r + 2, c, new BigDecimal(cells[c].replace(",", "")));
                    } else {
                        sheet.value(r + 2, c, cells[c]);
                    }
                }
                if (Boolean.TRUE.equals(row.total())) {
                    sheet.range(r + 2, 0, r + 2, cells.length - 1).style().bold().set();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            LOG.warn("The waste ledger could not be written to {}", file, e);
            throw new BusinessRuleException("waste.export.writeFailed", file.getFileName().toString());
        }
        String name = file.getFileName().toString();
        transactions.useTransaction(handle -> audit.record(handle, EnvironmentAuditAction.WASTE_LEDGER_EXPORTED,
                "wasteLedger", ledger.from() + ".." + ledger.to(), null, "file=" + AuditTrail.safeName(name, 200)
                        + ", rows=" + rows.size()));
        return rows.size();
    }

    static List<String> headings(Messages m) {
        return List.of(m.get("waste.print.kind"), m.get("waste.print.code"), m.get("waste.print.unit"),
                m.get("waste.print.opening"), m.get("waste.print.produced"), m.get("waste.print.transferred"),
                m.get("waste.print.closing"));
    }

    static List<Row> rows(LedgerReport ledger, Messages m, Formats f) {
        List<Row> rows = new ArrayList<>();
        for (LedgerRow r : ledger.rows()) {
            rows.add(new Row(r.kind().name(), r.kind().category() + " " + r.kind().code(), m.of(r.kind().unit()),
                    plain(r.opening()), plain(r.produced()), plain(r.transferred()), plain(r.closing()), false));
        }
        if (!ledger.transfers().isEmpty()) {
            rows.add(new Row(m.get("waste.print.transfers"), m.get("waste.print.manifest"),
                    m.get("waste.print.unit"), "", "", m.get("waste.print.transferred"), "", true));
            for (WasteTransfer t : ledger.transfers()) {
                rows.add(new Row(m.get("waste.print.transferLine", f.date(t.transferDay()), t.kindName(),
                        t.handlerName(), t.vehicle(), t.handedBy(), t.receivedBy()), t.manifestNo(), m.of(t.unit()),
                        "", "", plain(t.quantity()), "", false));
            }
        }
        return rows;
    }

    /** A quantity as the ledger writes it: 200, 4.5, 0.125 (no grouping, so the export reads it back as a number). */
    static String plain(BigDecimal quantity) {
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }
}
