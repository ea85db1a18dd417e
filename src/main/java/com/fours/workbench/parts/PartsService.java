package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.core.Typed;

/** The parts master (配件档案) and the bins: creating, changing and finding parts, and where they are kept. */
public final class PartsService {

    public static final int SEARCH_LIMIT = 200;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public PartsService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public Part create(PartInput input) {
        session.require(Permission.MANAGE_PARTS_MASTER);
        PartRules.CheckedPart checked = PartRules.check(input);
        return transactions.inTransaction(handle -> {
            Part created = insert(handle, checked);
            audit.record(handle, PartsAuditAction.PART_CREATED, "part", created.id(), null, created.auditText());
            return created;
        });
    }

    /** Inserts a checked part in the caller's transaction: for the form, the catalog import and the demo. */
    Part insert(Handle handle, PartRules.CheckedPart c) {
        PartsDao parts = handle.attach(PartsDao.class);
        if (parts.findByNumber(c.partNumber()).isPresent()) {
            throw new InvalidFieldsException(Map.of(PartInput.PART_NUMBER,
                    new InvalidValueException("part.invalid.numberExists", c.partNumber())));
        }
        checkBarcodesFree(parts, c.barcodes(), 0);
        long id = parts.insert(c.partNumber(), c.nameZh(), c.nameEn(), c.brand(), c.specification(), c.unit().name(),
                c.unit().whole(), c.category().name(), c.active(), c.reorderPoint(), c.reorderQuantity(),
                c.pricePolicy().name(), c.listPrice() == null ? null : c.listPrice().amount(), clock.instant());
        c.barcodes().forEach(code -> parts.insertBarcode(code, id));
        return load(handle, id);
    }

    /** Saves changes; refuses when someone else saved the part since {@code expectedVersion} was read. */
    public Part update(long partId, int expectedVersion, PartInput input) {
        session.require(Permission.MANAGE_PARTS_MASTER);
        PartRules.CheckedPart c = PartRules.check(input);
        return transactions.inTransaction(handle -> {
            PartsDao parts = handle.attach(PartsDao.class);
            Part before = load(handle, partId);
            Optional<PartRow> sameNumber = parts.findByNumber(c.partNumber());
            if (sameNumber.isPresent() && sameNumber.get().id() != partId) {
                throw new InvalidFieldsException(Map.of(PartInput.PART_NUMBER,
                        new InvalidValueException("part.invalid.numberExists", c.partNumber())));
            }
            if (before.unit().whole() != c.unit().whole() && StockLedger.onHand(handle, partId).signum() != 0) {
                throw new InvalidFieldsException(Map.of(PartInput.UNIT,
                        new InvalidValueException("part.invalid.unitChangeWithStock")));
            }
            checkBarcodesFree(parts, c.barcodes(), partId);
            int updated = parts.update(partId, expectedVersion, c.partNumber(), c.nameZh(), c.nameEn(), c.brand(),
                    c.specification(), c.unit().name(), c.unit().whole(), c.category().name(), c.active(),
                    c.reorderPoint(), c.reorderQuantity(), c.pricePolicy().name(),
                    c.listPrice() == null ? null : c.listPrice().amount());
            if (updated == 0) {
                throw new ConcurrentChangeException(before.partNumber());
            }
            parts.deleteBarcodes(partId);
            c.barcodes().forEach(code -> parts.insertBarcode(code, partId));
            Part after = load(handle, partId);
            audit.record(handle, PartsAuditAction.PART_CHANGED, "part", partId, before.auditText(), after.auditText());
            return after;
        });
    }

    private static void checkBarcodesFree(PartsDao parts, List<String> barcodes, long partId) {
        if (!barcodes.isEmpty() && !parts.barcodeOwners(barcodes, partId).isEmpty()) {
            throw new InvalidFieldsException(Map.of(PartInput.BARCODES,
                    new InvalidValueException("part.invalid.barcodeExists")));
        }
    }

    public Part find(long partId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> load(handle, partId));
    }

    /** The part by its number, with the barcodes and part numbers a person or a scanner types. */
    public Optional<Part> lookup(String code) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> lookup(handle, code));
    }

    /**
     * A part by its part number or one of its barcodes, in one indexed query: what the issue counter
     * and the stocktake scanner call for each scan.
     */
    public static Optional<Part> lookup(Handle handle, String code) {
        String cleaned = Typed.clean(code).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        List<PartRow> rows = handle.attach(PartsDao.class).byNumberOrBarcode(cleaned);
        return rows.isEmpty() ? Optional.empty() : Optional.of(withBarcodes(handle, rows.get(0)));
    }

    /** Parts whose number, name or brand contains the text, or that carry it as a barcode. */
    public List<Part> search(String text) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        String cleaned = Typed.clean(text).toUpperCase(Locale.ROOT);
        return transactions.read(handle -> {
            PartsDao parts = handle.attach(PartsDao.class);
            List<PartRow> rows = cleaned.isEmpty() ? parts.all().stream().limit(SEARCH_LIMIT).toList()
                    : parts.search("%" + cleaned.replace("%", "").replace("_", "") + "%", cleaned, SEARCH_LIMIT);
            return rows.stream().map(row -> withBarcodes(handle, row)).toList();
        });
    }

    /** As {@link #search} with the stock, primary bin and retail price of each part. */
    public List<PartSummary> searchWithStock(String text) {
        List<Part> found = search(text);
        return transactions.read(handle -> found.stream().map(part -> new PartSummary(part,
                StockLedger.onHand(handle, part.id()),
                handle.attach(PartsDao.class).binsOf(part.id()).stream().findFirst().map(Bin::code).orElse(""),
                retailPrice(handle, part))).toList());
    }

    public static Part load(Handle handle, long partId) {
        PartRow row = handle.attach(PartsDao.class).find(partId).orElseThrow(() -> unknown(partId));
        return withBarcodes(handle, row);
    }

    private static Part withBarcodes(Handle handle, PartRow row) {
        return row.toPart(handle.attach(PartsDao.class).barcodes(row.id()));
    }

    static BusinessRuleException unknown(long partId) {
        return new BusinessRuleException("part.notFound", String.valueOf(partId));
    }

    // ---- price policy

    /** The margin (percent over the moving average cost) of a category; 0 until the manager sets one. */
    public BigDecimal margin(PartCategory category) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> margin(handle, category));
    }

    static BigDecimal margin(Handle handle, PartCategory category) {
        return handle.createQuery("SELECT margin_percent FROM category_margin WHERE category = :category")
                .bind("category", category.name()).mapTo(BigDecimal.class).findOne()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    public void setMargin(PartCategory category, String typedPercent) {
        session.require(Permission.MANAGE_PARTS_MASTER);
        BigDecimal percent;
        try {
            percent = new BigDecimal(Typed.clean(typedPercent).replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("margin.invalid", Typed.clean(typedPercent));
        }
        if (percent.signum() < 0 || percent.stripTrailingZeros().scale() > 2 || percent.compareTo(new BigDecimal("1000")) >= 0) {
            throw new InvalidValueException("margin.invalid", Typed.clean(typedPercent));
        }
        transactions.useTransaction(handle -> {
            BigDecimal before = margin(handle, category);
            handle.createUpdate("DELETE FROM category_margin WHERE category = :category")
                    .bind("category", category.name()).execute();
            handle.createUpdate("INSERT INTO category_margin (category, margin_percent) VALUES (:category, :percent)")
                    .bind("category", category.name()).bind("percent", percent).execute();
            audit.record(handle, PartsAuditAction.CATEGORY_MARGIN_CHANGED, "category", category.name(),
                    before.toPlainString(), percent.toPlainString());
        });
    }

    /**
     * The retail price (tax included, as customers see prices): the fixed list price, or the moving
     * average cost plus the category's margin, rounded half-up to the fen.
     */
    public Money retailPrice(Part part) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> retailPrice(handle, part));
    }

    public static Money retailPrice(Handle handle, Part part) {
        if (part.pricePolicy() == PricePolicy.FIXED && part.listPrice() != null) {
            return part.listPrice();
        }
        BigDecimal factor = BigDecimal.ONE.add(margin(handle, part.category()).movePointLeft(2));
        return Money.of(part.averageCost().amount().multiply(factor));
    }

    // ---- bins

    public List<Bin> bins() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(PartsDao.class).bins());
    }

    /** A new bin location; the code is aisle-rack-shelf such as A-01-03. */
    public Bin createBin(String code, String description) {
        session.require(Permission.MANAGE_PARTS_MASTER);
        String cleaned = Typed.clean(code).toUpperCase(Locale.ROOT);
        if (!cleaned.matches("[A-Z0-9]{1,4}(-[A-Z0-9]{1,4}){0,3}")) {
            throw new InvalidValueException("bin.invalid.code", Typed.clean(code));
        }
        return transactions.inTransaction(handle -> {
            PartsDao parts = handle.attach(PartsDao.class);
            if (parts.binByCode(cleaned).isPresent()) {
                throw new BusinessRuleException("bin.exists", cleaned);
            }
            long id = parts.insertBin(cleaned, Typed.optionalText(description, 100));
            audit.record(handle, PartsAuditAction.BIN_CREATED, "bin", id, null, cleaned);
            return parts.bin(id).orElseThrow();
        });
    }

    public Optional<Bin> binByCode(String code) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(PartsDao.class)
                .binByCode(Typed.clean(code).toUpperCase(Locale.ROOT)));
    }

    /** Where the part is kept, its primary bin first. */
    public List<Bin> binsOf(long partId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(PartsDao.class).binsOf(partId));
    }

    /** Keeps the part in this bin too (or makes it the primary bin). */
    public void assignBin(long partId, long binId, boolean primary) {
        session.require(Permission.MANAGE_PARTS_MASTER);
        transactions.useTransaction(handle -> assignBin(handle, partId, binId, primary));
    }

    static void assignBin(Handle handle, long partId, long binId, boolean primary) {
        StockService.binCode(handle, binId); // a bin that does not exist is refused by name, not by a foreign key
        PartsDao parts = handle.attach(PartsDao.class);
        if (parts.isAssigned(partId, binId) == 0) {
            parts.assignBin(partId, binId, false);
        }
        if (primary || parts.binsOf(partId).size() == 1) {
            parts.makePrimary(partId, binId);
        }
    }

    // ---- stock, as the ledger keeps it

    public BigDecimal onHand(long partId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> StockLedger.onHand(handle, partId));
    }

    public List<StockBalance> balances(long partId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> StockLedger.balances(handle, partId));
    }

    public List<StockMovement> history(long partId, int limit) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> StockLedger.history(handle, partId, limit));
    }
}
