package com.fours.workbench.partsales;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.repair.LabourCatalog;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LabourRate;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

/**
 * The public price list (价格公示, decision 0103): the labour rates per repair category, the active
 * labour operations with their standard hours and the price those hours cost at their category's
 * rate, and the common parts (every active part outside body parts and "other") at their retail
 * price. Dated the day it is made; printed on A4 for the customer area or written to an .xlsx. The
 * service advisor and the manager print it (USE_REPAIR_ORDERS: they read the labour catalogue).
 */
public final class PriceList {
    /** Prints are in Chinese: the formats of the Chinese screen. */
    private static final Formats FORMATS = Formats.of(Locale.SIMPLIFIED_CHINESE);

    public static final String REPORT = "price_list";
    public static final int MAX_PARTS = 300;
    static final List<PartCategory> COMMON = List.of(PartCategory.OIL, PartCategory.FILTER, PartCategory.BRAKE,
            PartCategory.IGNITION, PartCategory.WIPER, PartCategory.TYRE, PartCategory.BULB, PartCategory.BELT,
            PartCategory.BATTERY, PartCategory.FLUID);
    private static final Logger log = LoggerFactory.getLogger(PriceList.class);

    /** One row as printed: its section and the section's column heads, then the five cells. */
    public record Row(String section, String sectionTitle, String h1, String h2, String h3, String h4, String h5,
                      String code, String name, String detail, String unit, String price) {
    }

    /** The list's content: its day and its rows, section by section. */
    public record Content(LocalDate day, List<Row> rows) {
        public long count(String section) {
            return rows.stream().filter(r -> r.section().equals(section)).count();
        }
    }

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final LabourCatalog labour;
    private final ReportEngine engine;
    private final StoreProfileService store;

    public PriceList(Transactions transactions, Session session, AuditTrail audit, Clock clock, LabourCatalog labour,
                     ReportEngine engine, StoreProfileService store) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.labour = labour;
        this.engine = engine;
        this.store = store;
    }

    /** The prices as they stand now, labelled in the language of {@code messages}. */
    public Content content(Messages messages) {
        session.require(Permission.USE_REPAIR_ORDERS);
        boolean chinese = "zh".equals(messages.locale().getLanguage());
        List<Row> rows = new ArrayList<>();
        Map<RepairCategory, Money> rates = new EnumMap<>(RepairCategory.class);
        String rateTitle = messages.get("priceList.section.rates");
        String perHour = messages.get("priceList.perHour");
        for (LabourRate rate : labour.rates()) {
            rates.put(rate.category(), rate.hourlyRate());
            rows.add(new Row("1", rateTitle, messages.get("priceList.column.category"), "", "", messages.get(
                    "priceList.column.unit"), messages.get("priceList.column.rate"), messages.of(rate.category()), "", "",
                    perHour, money(rate.hourlyRate())));
        }
        String opTitle = messages.get("priceList.section.operations");
        for (LabourOperation op : labour.operations()) {
            if (!op.active()) {
                continue;
            }
            Money price = Money.of(rates.getOrDefault(op.category(), Money.ZERO).amount().multiply(op.standardHours())
                    .setScale(2, RoundingMode.HALF_UP));
            rows.add(new Row("2", opTitle, messages.get("priceList.column.code"), messages.get("priceList.column.operation"),
                    messages.get("priceList.column.category"), messages.get("priceList.column.hours"),
                    messages.get("priceList.column.price"), op.code(), op.name(chinese), messages.of(op.category()),
                    op.standardHours().stripTrailingZeros().toPlainString(), money(price)));
        }
        String partTitle = messages.get("priceList.section.parts");
        transactions.useTransaction(handle -> {
            for (long id : handle.attach(PartsSaleDao.class).commonParts(COMMON.stream().map(Enum::name).toList(),
                    MAX_PARTS)) {
                Part part = PartsService.load(handle, id);
                rows.add(new Row("3", partTitle, messages.get("priceList.column.partNumber"),
                        messages.get("priceList.column.part"), messages.get("priceList.column.brandSpec"),
                        messages.get("priceList.column.unit"), messages.get("priceList.column.retail"), part.partNumber(),
                        chinese || part.nameEn() == null ? part.nameZh() : part.nameEn(),
                        join(part.brand(), part.specification()), messages.of(part.unit()),
                        money(PartsService.retailPrice(handle, part))));
            }
        });
        return new Content(LocalDate.now(clock), rows);
    }

    /** The list on A4 for the customer area. */
    public RenderedReport print(Messages messages) {
        Content content = content(messages);
        Map<String, Object> p = new HashMap<>();
        p.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, messages.locale());
        StoreProfile profile = store.find().orElse(null);
        p.put("STORE_NAME", profile == null ? "" : profile.name());
        p.put("STORE_LINE", profile == null ? "" : join(profile.address(), profile.phone()));
        p.put("TITLE", messages.get("priceList.title"));
        p.put("DATE_LINE", messages.get("priceList.dateLine", content.day().toString()));
        p.put("NOTE", messages.get("priceList.note"));
        p.put("PRINTED_BY", session.requireUser().displayName());
        p.put("PRINTED_AT", FORMATS.dateTime(clock.instant(), clock.getZone()));
        p.put("LABEL_PRINTED_BY", messages.get("reporting.document.printedBy"));
        p.put("LABEL_PRINTED_AT", messages.get("reporting.document.printedAt"));
        p.put("LABEL_PAGE_OF", messages.get("reporting.document.pageOf"));
        RenderedReport report = engine.render(REPORT, messages.get("priceList.title") + " " + content.day(), p,
                content.rows());
        transactions.useTransaction(handle -> audit.record(handle, PartsSalesAuditAction.PRICE_LIST_PRINTED, "priceList",
                content.day().toString(), null, "rows=" + content.rows().size()));
        return report;
    }

    /** Writes the list to an .xlsx: its title and day, then each section with its heads; prices as numbers. */
    public int exportExcel(Path file, Messages messages) {
        Content content = content(messages);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "4S Workbench", "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.get("priceList.title"));
            sheet.value(0, 0, messages.get("priceList.title"));
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, messages.get("priceList.dateLine", content.day().toString()));
            int[] widths = {16, 30, 22, 12, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, widths[c]);
            }
            int r = 2;
            String section = null;
            for (Row row : content.rows()) {
                if (!row.section().equals(section)) {
                    section = row.section();
                    r++;
                    sheet.value(r, 0, row.sectionTitle());
                    sheet.style(r, 0).bold().set();
                    r++;
                    String[] heads = {row.h1(), row.h2(), row.h3(), row.h4(), row.h5()};
                    for (int c = 0; c < heads.length; c++) {
                        sheet.value(r, c, heads[c]);
                    }
                    sheet.range(r, 0, r, heads.length - 1).style().bold().set();
                    r++;
                }
                String[] cells = {row.code(), row.name(), row.detail(), row.unit()};
                for (int c = 0; c < cells.length; c++) {
                    sheet.value(r, c, cells[c]);
                }
                sheet.value(r, 4, new BigDecimal(row.price()));
                sheet.style(r, 4).format("0.00").set();
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            log.warn("The price list could not be written to {}", file, e);
            throw new BusinessRuleException("priceList.export.writeFailed", file.getFileName().toString());
        }
        String name = file.getFileName().toString();
        transactions.useTransaction(handle -> audit.record(handle, PartsSalesAuditAction.PRICE_LIST_EXPORTED, "priceList",
                content.day().toString(), null, "file=" + AuditTrail.safeName(name, 200) + ", rows=" + content.rows().size()));
        return content.rows().size();
    }

    private static String money(Money m) {
        return m.amount().toPlainString();
    }

    static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }
}
