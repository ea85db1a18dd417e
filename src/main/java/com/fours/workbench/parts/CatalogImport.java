package com.fours.workbench.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.customers.ImportFile;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Imports a parts catalog (.csv or .xlsx, read by the same {@link ImportFile} as the customer
 * import): one row per part, with a header row naming the columns in Chinese or English.
 *
 * <p>All or nothing (decision 17): every row is checked with the same {@link PartRules} as the form,
 * for part numbers and barcodes twice in the file or already in the parts master, for bins that do
 * not exist and suppliers that are not known; if any row is refused nothing is written and the
 * report lists every refusal. Otherwise all parts are created in one transaction with one audit row.
 */
public final class CatalogImport {

    private static final Logger log = LoggerFactory.getLogger(CatalogImport.class);

    public static final int MAX_ROWS = 50_000;
    private static final int HEADER_SEARCH_ROWS = 10;

    /** The columns a catalog may have, each with the titles it is recognised by (lower case). */
    enum Column {
        PART_NUMBER("配件编号", "零件号", "配件号", "part number", "part no", "partnumber"),
        NAME_ZH("名称", "中文名称", "配件名称", "name", "chinese name"),
        NAME_EN("英文名称", "english name", "name en"),
        BRAND("品牌", "brand"),
        SPECIFICATION("规格", "规格型号", "specification", "spec"),
        UNIT("单位", "unit"),
        CATEGORY("类别", "分类", "category"),
        BARCODE("条码", "条形码", "barcode", "barcodes"),
        REORDER_POINT("再订货点", "安全库存", "reorder point"),
        REORDER_QUANTITY("再订货量", "订货批量", "reorder quantity"),
        LIST_PRICE("标价", "零售价", "list price", "price"),
        BIN("货位", "库位", "bin"),
        SUPPLIER("供应商编码", "供应商", "supplier", "supplier code");

        private final List<String> titles;

        Column(String... titles) {
            this.titles = Arrays.asList(titles);
        }
    }

    private static final Map<String, PartUnit> UNITS = new HashMap<>();
    private static final Map<String, PartCategory> CATEGORIES = new HashMap<>();

    static {
        String[][] units = {{"个", "PCS"}, {"件", "PCS"}, {"只", "PCS"}, {"条", "PCS"}, {"根", "PCS"}, {"片", "PCS"},
                {"套", "SET"}, {"对", "PAIR"}, {"瓶", "BOTTLE"}, {"桶", "BOTTLE"}, {"盒", "BOX"}, {"升", "LITRE"},
                {"l", "LITRE"}, {"米", "METRE"}, {"m", "METRE"}, {"千克", "KG"}, {"公斤", "KG"}};
        for (String[] u : units) {
            UNITS.put(u[0], PartUnit.valueOf(u[1]));
        }
        for (PartUnit unit : PartUnit.values()) {
            UNITS.put(unit.name().toLowerCase(Locale.ROOT), unit);
        }
        String[][] categories = {{"机油", "OIL"}, {"滤清器", "FILTER"}, {"滤芯", "FILTER"}, {"制动", "BRAKE"},
                {"刹车", "BRAKE"}, {"点火", "IGNITION"}, {"火花塞", "IGNITION"}, {"雨刮", "WIPER"}, {"轮胎", "TYRE"},
                {"灯泡", "BULB"}, {"皮带", "BELT"}, {"蓄电池", "BATTERY"}, {"电瓶", "BATTERY"}, {"油液", "FLUID"},
                {"车身件", "BODY"}, {"其他", "OTHER"}};
        for (String[] c : categories) {
            CATEGORIES.put(c[0], PartCategory.valueOf(c[1]));
        }
        for (PartCategory category : PartCategory.values()) {
            CATEGORIES.put(category.name().toLowerCase(Locale.ROOT), category);
        }
    }

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final PartsService parts;

    public CatalogImport(Transactions transactions, Session session, AuditTrail audit, PartsService parts) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.parts = parts;
    }

    private record CheckedRow(int row, PartRules.CheckedPart part, String bin, Long supplierId) {
    }

    /** Checks the whole file, then creates every part or none. */
    public CatalogImportReport importFile(Path file) {
        session.require(Permission.MANAGE_PARTS_MASTER);
        String fileName = file.getFileName().toString();
        List<ImportFile.SourceRow> all = ImportFile.read(file, MAX_ROWS + HEADER_SEARCH_ROWS);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Column, String> titles = new EnumMap<>(Column.class);
        int headerRow = findHeader(all, columns, titles);
        List<ImportFile.SourceRow> data = all.stream().filter(r -> r.number() > headerRow && !r.isBlank()).toList();
        if (data.isEmpty()) {
            throw new BusinessRuleException("catalog.import.noRows");
        }
        if (data.size() > MAX_ROWS) {
            throw new BusinessRuleException("catalog.import.tooManyRows", MAX_ROWS);
        }
        List<CatalogImportReport.Rejection> rejections = new ArrayList<>();
        List<CheckedRow> checked = new ArrayList<>();
        Map<String, Integer> numbersInFile = new HashMap<>();
        Map<String, Integer> barcodesInFile = new HashMap<>();
        transactions.read(handle -> {
            PartsDao dao = handle.attach(PartsDao.class);
            PurchasingDao suppliers = handle.attach(PurchasingDao.class);
            for (ImportFile.SourceRow row : data) {
                int before = rejections.size();
                String unitText = cell(row, columns, Column.UNIT);
                String categoryText = cell(row, columns, Column.CATEGORY);
                PartUnit unit = UNITS.get(unitText.strip().toLowerCase(Locale.ROOT));
                PartCategory category = CATEGORIES.get(categoryText.strip().toLowerCase(Locale.ROOT));
                if (unit == null) {
                    reject(rejections, row, titles, Column.UNIT, unitText, "catalog.import.unknownUnit");
                }
                if (category == null) {
                    reject(rejections, row, titles, Column.CATEGORY, categoryText, "catalog.import.unknownCategory");
                }
                String price = cell(row, columns, Column.LIST_PRICE);
                PartInput input = new PartInput(cell(row, columns, Column.PART_NUMBER), cell(row, columns, Column.NAME_ZH),
                        cell(row, columns, Column.NAME_EN), cell(row, columns, Column.BRAND),
                        cell(row, columns, Column.SPECIFICATION), unit == null ? PartUnit.PCS : unit,
                        category == null ? PartCategory.OTHER : category, cell(row, columns, Column.BARCODE),
                        cell(row, columns, Column.REORDER_POINT), cell(row, columns, Column.REORDER_QUANTITY),
                        price.isBlank() ? PricePolicy.COST_PLUS : PricePolicy.FIXED, price, true);
                PartRules.CheckedPart part = null;
                try {
                    part = PartRules.check(input);
                } catch (InvalidFieldsException invalid) {
                    invalid.byField().forEach((field, reason) -> {
                        Column column = columnOf(field);
                        rejections.add(new CatalogImportReport.Rejection(row.number(), titles.getOrDefault(column, ""),
                                cell(row, columns, column), reason.messageKey(), List.of(reason.arguments())));
                    });
                }
                String binCode = cell(row, columns, Column.BIN).strip().toUpperCase(Locale.ROOT);
                if (!binCode.isEmpty() && dao.binByCode(binCode).isEmpty()) {
                    reject(rejections, row, titles, Column.BIN, binCode, "catalog.import.unknownBin");
                }
                String supplierCode = cell(row, columns, Column.SUPPLIER).strip().toUpperCase(Locale.ROOT);
                Optional<Supplier> supplier = supplierCode.isEmpty() ? Optional.empty() : suppliers.supplierByCode(supplierCode);
                if (!supplierCode.isEmpty() && supplier.isEmpty()) {
                    reject(rejections, row, titles, Column.SUPPLIER, supplierCode, "catalog.import.unknownSupplier");
                }
                String number = part != null ? part.partNumber() : numberOrNull(cell(row, columns, Column.PART_NUMBER));
                if (number != null) {
                    // a row refused for another reason still holds its number: a second row with it is a mistake too
                    Integer first = numbersInFile.putIfAbsent(number, row.number());
                    if (first != null) {
                        reject(rejections, row, titles, Column.PART_NUMBER, number, "catalog.import.numberTwice", first);
                    } else if (dao.findByNumber(number).isPresent()) {
                        reject(rejections, row, titles, Column.PART_NUMBER, number, "part.invalid.numberExists", number);
                    }
                }
                if (part != null) {
                    for (String code : part.barcodes()) {
                        Integer firstBarcode = barcodesInFile.putIfAbsent(code, row.number());
                        if (firstBarcode != null) {
                            reject(rejections, row, titles, Column.BARCODE, code, "catalog.import.barcodeTwice", firstBarcode);
                        }
                    }
                    if (!part.barcodes().isEmpty() && !dao.barcodeOwners(part.barcodes(), 0).isEmpty()) {
                        reject(rejections, row, titles, Column.BARCODE, String.join(" ", part.barcodes()),
                                "part.invalid.barcodeExists");
                    }
                }
                if (rejections.size() == before) {
                    checked.add(new CheckedRow(row.number(), part, binCode.isEmpty() ? null : binCode,
                            supplier.map(Supplier::id).orElse(null)));
                }
            }
            return null;
        });
        if (!rejections.isEmpty()) {
            log.info("Catalog import of {} refused: {} findings in {} rows", fileName, rejections.size(), data.size());
            return new CatalogImportReport(fileName, data.size(), 0, rejections);
        }
        transactions.useTransaction(handle -> write(handle, checked, fileName));
        log.info("Catalog {} imported: {} parts", fileName, checked.size());
        return new CatalogImportReport(fileName, data.size(), checked.size(), List.of());
    }

    private void write(Handle handle, List<CheckedRow> rows, String fileName) {
        PartsDao dao = handle.attach(PartsDao.class);
        PurchasingDao purchasing = handle.attach(PurchasingDao.class);
        for (CheckedRow row : rows) {
            Part created = parts.insert(handle, row.part());
            if (row.bin() != null) {
                PartsService.assignBin(handle, created.id(), dao.binByCode(row.bin()).orElseThrow().id(), true);
            }
            if (row.supplierId() != null) {
                purchasing.addPartSupplier(created.id(), row.supplierId(), null, true);
            }
        }
        audit.record(handle, PartsAuditAction.CATALOG_IMPORTED, "file", fileName, null, rows.size() + " parts");
    }

    private static int findHeader(List<ImportFile.SourceRow> rows, Map<Column, Integer> columns, Map<Column, String> titles) {
        for (ImportFile.SourceRow row : rows.subList(0, Math.min(rows.size(), HEADER_SEARCH_ROWS))) {
            columns.clear();
            titles.clear();
            for (int i = 0; i < row.cells().size(); i++) {
                String title = row.cell(i).strip().toLowerCase(Locale.ROOT);
                for (Column column : Column.values()) {
                    if (column.titles.contains(title) && !columns.containsKey(column)) {
                        columns.put(column, i);
                        titles.put(column, row.cell(i).strip());
                    }
                }
            }
            if (columns.containsKey(Column.PART_NUMBER) && columns.containsKey(Column.NAME_ZH)) {
                return row.number();
            }
        }
        throw new BusinessRuleException("catalog.import.noHeader");
    }

    private static String numberOrNull(String typed) {
        try {
            return PartRules.partNumber(typed);
        } catch (BusinessRuleException e) {
            return null;
        }
    }

    private static String cell(ImportFile.SourceRow row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static void reject(List<CatalogImportReport.Rejection> rejections, ImportFile.SourceRow row,
                               Map<Column, String> titles, Column column, String value, String key, Object... arguments) {
        rejections.add(new CatalogImportReport.Rejection(row.number(), titles.getOrDefault(column, ""), value, key,
                List.of(arguments)));
    }

    private static Column columnOf(String field) {
        return switch (field) {
            case PartInput.PART_NUMBER -> Column.PART_NUMBER;
            case PartInput.NAME_ZH -> Column.NAME_ZH;
            case PartInput.NAME_EN -> Column.NAME_EN;
            case PartInput.BRAND -> Column.BRAND;
            case PartInput.SPECIFICATION -> Column.SPECIFICATION;
            case PartInput.UNIT -> Column.UNIT;
            case PartInput.CATEGORY -> Column.CATEGORY;
            case PartInput.BARCODES -> Column.BARCODE;
            case PartInput.REORDER_POINT -> Column.REORDER_POINT;
            case PartInput.REORDER_QUANTITY -> Column.REORDER_QUANTITY;
            default -> Column.LIST_PRICE;
        };
    }
}
