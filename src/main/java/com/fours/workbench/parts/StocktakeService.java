package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

/**
 * Stocktakes (盘点): freeze the book, count by scanning or typing (every entry saved at once, so a
 * count survives the app closing), recount the lines whose variance is too large, approve, and post
 * the variances through the {@link StockLedger} in one transaction.
 */
public final class StocktakeService {

    /** A line goes to a recount when its variance is more than this many units... */
    public static final BigDecimal DEFAULT_THRESHOLD_QUANTITY = new BigDecimal("2");
    /** ...or worth more than this. */
    public static final Money DEFAULT_THRESHOLD_VALUE = Money.of("200.00");
    /** The A class of a cycle count: the parts making up this share of the value issued in the last year. */
    public static final int LIST_LIMIT = 100;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final StockLedger ledger;
    private final Clock clock;

    public StocktakeService(Transactions transactions, Session session, AuditTrail audit, StockLedger ledger,
                            Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.ledger = ledger;
        this.clock = clock;
    }

    // ---- creating

    /** Starts a count: freezes the book quantities and unit costs of every part and bin in the scope. */
    public Stocktake create(StocktakeInput input) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        StocktakeScope scope = input.scope();
        if (scope == null) {
            errors.reject(StocktakeInput.SCOPE, new InvalidValueException("stocktake.invalid.scope"));
        }
        String binFrom = errors.check(StocktakeInput.BIN_FROM, () -> binCode(input.binFrom()));
        String binTo = errors.check(StocktakeInput.BIN_TO, () -> binCode(input.binTo()));
        if (scope == StocktakeScope.BIN_RANGE && binFrom == null && binTo == null) {
            errors.reject(StocktakeInput.BIN_FROM, new InvalidValueException("stocktake.invalid.binRange"));
        }
        if (binFrom != null && binTo != null && binFrom.compareTo(binTo) > 0) {
            errors.reject(StocktakeInput.BIN_TO, new InvalidValueException("stocktake.invalid.binOrder"));
        }
        if (scope == StocktakeScope.CATEGORY && input.category() == null) {
            errors.reject(StocktakeInput.CATEGORY, new InvalidValueException("stocktake.invalid.category"));
        }
        BigDecimal thresholdQuantity = errors.check(StocktakeInput.THRESHOLD_QUANTITY,
                () -> blank(input.thresholdQuantity()) ? DEFAULT_THRESHOLD_QUANTITY
                        : Quantity.parseAllowingZero(input.thresholdQuantity(), PartUnit.LITRE));
        Money thresholdValue = errors.check(StocktakeInput.THRESHOLD_VALUE,
                () -> blank(input.thresholdValue()) ? DEFAULT_THRESHOLD_VALUE : threshold(input.thresholdValue()));
        errors.throwIfAny();
        String username = session.requireUser().username();
        return transactions.inTransaction(handle -> {
            StocktakeDao dao = handle.attach(StocktakeDao.class);
            Instant now = clock.instant();
            long freeze = dao.lastMovementId();
            long id = dao.insert(scope.name(), scope == StocktakeScope.BIN_RANGE ? binFrom : null,
                    scope == StocktakeScope.BIN_RANGE ? binTo : null,
                    scope == StocktakeScope.CATEGORY ? input.category().name() : null,
                    thresholdQuantity, thresholdValue.amount(), freeze, now, username);
            int lines = switch (scope) {
                case WHOLE_STORE -> dao.freezeLines(id, null, null, null, null);
                case BIN_RANGE -> dao.freezeLines(id, binFrom, binTo, null, null);
                case CATEGORY -> dao.freezeLines(id, null, null, input.category().name(), null);
                case CYCLE_A_CLASS -> dao.freezeLines(id, null, null, null, aClassParts(handle, now));
            };
            if (lines == 0) {
                throw new BusinessRuleException("stocktake.empty");
            }
            Stocktake created = dao.find(id).orElseThrow();
            audit.record(handle, StocktakeAuditAction.STOCKTAKE_CREATED, "stocktake", id, null,
                    scopeText(created) + ", " + lines + " lines, recount over " + Quantity.display(thresholdQuantity)
                            + " / " + thresholdValue.toPlainString());
            return created;
        });
    }

    /** The A-class parts by the value issued over the last twelve months, as the warehouse's figures class them. */
    static List<Long> aClassParts(Handle handle, Instant now) {
        // the period's end is exclusive: a day ahead takes in what left the store at this very moment
        return FiguresService.abcClasses(handle, now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(1))).stream()
                .filter(line -> line.abcClass() == AbcClass.A).map(AbcLine::partId).toList();
    }

    // ---- counting

    /**
     * A scan (or a typed code) while counting: finds the part by its number or barcode and adds
     * {@code quantity} (one for a plain scan) to its line in {@code binId}, or to its only line when no
     * bin is given. A part found in a bin the book did not have gets a new line there. Saved at once.
     */
    public StocktakeScan scan(long stocktakeId, Long binId, String code, BigDecimal quantity) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        BigDecimal adding = quantity == null ? BigDecimal.ONE : quantity;
        if (adding.signum() == 0) {
            throw new InvalidValueException("quantity.invalid.zero");
        }
        String username = session.requireUser().username();
        return transactions.inTransaction(handle -> {
            StocktakeStatus status = takingCounts(handle, stocktakeId);
            Part part = PartsService.lookup(handle, code)
                    .orElseThrow(() -> new BusinessRuleException("stocktake.scan.unknownCode", Typed.clean(code)));
            Quantity.check(adding, part.wholeUnits());
            StocktakeDao dao = handle.attach(StocktakeDao.class);
            StocktakeLine line = lineFor(handle, dao, stocktakeId, status, part, binId);
            long watermark = dao.lastMovementId();
            boolean recount = status == StocktakeStatus.RECOUNTING;
            BigDecimal sofar = recount ? line.recountQuantity() : line.countedQuantity();
            if (sofar != null && sofar.add(adding).compareTo(Quantity.MAX) > 0) {
                throw new InvalidValueException("quantity.invalid.tooLarge");
            }
            if (recount) {
                if (!line.recountRequired()) {
                    throw new BusinessRuleException("stocktake.scan.noRecount", part.partNumber(), line.binCode());
                }
                dao.addRecount(line.id(), adding, watermark, username, clock.instant());
            } else {
                dao.addCount(line.id(), adding, watermark, username, clock.instant());
            }
            return new StocktakeScan(dao.line(line.id()).orElseThrow(), adding, recount);
        });
    }

    private StocktakeLine lineFor(Handle handle, StocktakeDao dao, long stocktakeId, StocktakeStatus status, Part part,
                                  Long binId) {
        List<StocktakeLine> lines = dao.linesOfPart(stocktakeId, part.id());
        if (binId != null) {
            Optional<StocktakeLine> inBin = lines.stream().filter(l -> l.binId() == binId).findFirst();
            if (inBin.isPresent()) {
                return inBin.get();
            }
            if (status == StocktakeStatus.RECOUNTING || lines.isEmpty()) {
                throw new BusinessRuleException("stocktake.scan.notInCount", part.partNumber());
            }
            // found where the book did not expect it: a line with the book as it was at the freeze
            long freeze = dao.find(stocktakeId).orElseThrow().freezeMovementId();
            BigDecimal book = StockLedger.onHand(handle, part.id(), binId).subtract(dao.movedSince(part.id(), binId, freeze));
            long id = dao.insertLine(stocktakeId, part.id(), binId, book, part.averageCost().amount());
            return dao.line(id).orElseThrow();
        }
        if (lines.isEmpty()) {
            throw new BusinessRuleException("stocktake.scan.notInCount", part.partNumber());
        }
        if (lines.size() > 1) {
            throw new BusinessRuleException("stocktake.scan.chooseBin", part.partNumber(),
                    String.join(", ", lines.stream().map(StocktakeLine::binCode).toList()));
        }
        return lines.get(0);
    }

    /** A count typed for a line: replaces what was counted in the current round (zero is a valid count). */
    public StocktakeLine setCount(long lineId, String typed) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        String username = session.requireUser().username();
        return transactions.inTransaction(handle -> {
            StocktakeDao dao = handle.attach(StocktakeDao.class);
            StocktakeLine line = dao.line(lineId)
                    .orElseThrow(() -> new BusinessRuleException("stocktake.lineNotFound", String.valueOf(lineId)));
            StocktakeStatus status = takingCounts(handle, line.stocktakeId());
            BigDecimal quantity = Quantity.parseAllowingZero(typed, line.unit());
            long watermark = dao.lastMovementId();
            if (status == StocktakeStatus.RECOUNTING) {
                if (dao.setRecount(lineId, quantity, watermark, username, clock.instant()) == 0) {
                    throw new BusinessRuleException("stocktake.scan.noRecount", line.partNumber(), line.binCode());
                }
            } else {
                dao.setCount(lineId, quantity, watermark, username, clock.instant());
            }
            return dao.line(lineId).orElseThrow();
        });
    }

    /** The status, locked for this transaction, when the stocktake takes counts; refused otherwise. */
    private static StocktakeStatus takingCounts(Handle handle, long stocktakeId) {
        StocktakeStatus status = handle.attach(StocktakeDao.class).lockStatus(stocktakeId)
                .orElseThrow(() -> unknown(stocktakeId));
        if (!status.takesCounts()) {
            throw new BusinessRuleException("stocktake.notCounting", String.valueOf(stocktakeId), status.name());
        }
        return status;
    }

    public Stocktake pause(long stocktakeId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> {
            StocktakeDao dao = handle.attach(StocktakeDao.class);
            StocktakeStatus status = takingCounts(handle, stocktakeId);
            dao.changeStatus(stocktakeId, status.name(), StocktakeStatus.PAUSED.name());
            audit.record(handle, StocktakeAuditAction.STOCKTAKE_PAUSED, "stocktake", stocktakeId, status.name(), null);
            return dao.find(stocktakeId).orElseThrow();
        });
    }

    /** Back to counting, or to recounting when the lines to recount were already chosen. */
    public Stocktake resume(long stocktakeId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> {
            StocktakeDao dao = handle.attach(StocktakeDao.class);
            Stocktake stocktake = dao.find(stocktakeId).orElseThrow(() -> unknown(stocktakeId));
            if (stocktake.status() != StocktakeStatus.PAUSED) {
                throw new BusinessRuleException("stocktake.notPaused", String.valueOf(stocktakeId));
            }
            StocktakeStatus to = stocktake.recountLines() > 0 ? StocktakeStatus.RECOUNTING : StocktakeStatus.COUNTING;
            if (dao.changeStatus(stocktakeId, StocktakeStatus.PAUSED.name(), to.name()) == 0) {
                throw new ConcurrentChangeException(String.valueOf(stocktakeId));
            }
            audit.record(handle, StocktakeAuditAction.STOCKTAKE_RESUMED, "stocktake", stocktakeId, null, to.name());
            return dao.find(stocktakeId).orElseThrow();
        });
    }

    /**
     * Ends the current round. After the first count, the lines whose variance exceeds a threshold go
     * to a recount (status RECOUNTING); after the recount, or when none was needed, the stocktake is
     * COUNTED and waits for approval. Every line of the round must have been counted.
     */
    public Stocktake finishCounting(long stocktakeId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> {
            StocktakeDao dao = handle.attach(StocktakeDao.class);
            StocktakeStatus status = takingCounts(handle, stocktakeId);
            Stocktake stocktake = dao.find(stocktakeId).orElseThrow();
            if (stocktake.openLines() > 0) {
                throw new BusinessRuleException("stocktake.uncounted", stocktake.openLines());
            }
            List<StocktakeVariance.Result> results = StocktakeVariance.compute(handle, stocktakeId,
                    stocktake.freezeMovementId());
            StocktakeVariance.store(handle, results);
            StocktakeStatus to = StocktakeStatus.COUNTED;
            int toRecount = 0;
            if (status == StocktakeStatus.COUNTING) {
                List<Long> over = results.stream()
                        .filter(r -> r.exceeds(stocktake.thresholdQuantity(), stocktake.thresholdValue()))
                        .map(StocktakeVariance.Result::lineId).toList();
                if (!over.isEmpty()) {
                    for (int from = 0; from < over.size(); from += 1000) {
                        dao.requireRecount(over.subList(from, Math.min(over.size(), from + 1000)));
                    }
                    to = StocktakeStatus.RECOUNTING;
                    toRecount = over.size();
                }
            }
            dao.changeStatus(stocktakeId, status.name(), to.name());
            audit.record(handle, StocktakeAuditAction.STOCKTAKE_COUNT_FINISHED, "stocktake", stocktakeId, status.name(),
                    to.name() + (toRecount > 0 ? ", " + toRecount + " lines to recount" : ""));
            return dao.find(stocktakeId).orElseThrow();
        });
    }

    // ---- approving and posting

    /** The manager accepts the counted variances; {@code expectedVersion} is the stocktake as the manager saw it. */
    public Stocktake approve(long stocktakeId, int expectedVersion) {
        session.require(Permission.APPROVE_STOCKTAKE);
        String username = session.requireUser().username();
        return transactions.inTransaction(handle -> {
            StocktakeDao dao = handle.attach(StocktakeDao.class);
            Stocktake stocktake = dao.find(stocktakeId).orElseThrow(() -> unknown(stocktakeId));
            if (stocktake.status() != StocktakeStatus.COUNTED) {
                throw new BusinessRuleException("stocktake.notCounted", String.valueOf(stocktakeId),
                        stocktake.status().name());
            }
            if (dao.approve(stocktakeId, expectedVersion, username, clock.instant()) == 0) {
                throw new ConcurrentChangeException(String.valueOf(stocktakeId));
            }
            audit.record(handle, StocktakeAuditAction.STOCKTAKE_APPROVED, "stocktake", stocktakeId,
                    StocktakeStatus.COUNTED.name(), summary(dao.lines(stocktakeId)));
            return dao.find(stocktakeId).orElseThrow();
        });
    }

    /**
     * Posts an approved stocktake: one STOCKTAKE_VARIANCE movement per line whose count differs from
     * what was expected, at the frozen unit cost, all through the ledger in one transaction with the
     * stocktake closed. A refusal (stock that would go below zero) leaves nothing posted.
     */
    public Stocktake post(long stocktakeId) {
        session.require(Permission.APPROVE_STOCKTAKE);
        String username = session.requireUser().username();
        return transactions.inTransaction(handle -> {
            StocktakeDao dao = handle.attach(StocktakeDao.class);
            StocktakeStatus status = dao.lockStatus(stocktakeId).orElseThrow(() -> unknown(stocktakeId));
            if (status != StocktakeStatus.APPROVED) {
                throw new BusinessRuleException("stocktake.notApproved", String.valueOf(stocktakeId), status.name());
            }
            Stocktake stocktake = dao.find(stocktakeId).orElseThrow();
            List<StocktakeVariance.Result> results = StocktakeVariance.compute(handle, stocktakeId,
                    stocktake.freezeMovementId());
            StocktakeVariance.store(handle, results);
            String reference = "STK-" + stocktakeId;
            List<NewMovement> movements = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (StocktakeVariance.Result r : results) {
                if (r.variance().signum() == 0) {
                    continue;
                }
                movements.add(NewMovement.of(r.partId(), r.binId(), MovementType.STOCKTAKE_VARIANCE, r.variance())
                        .withUnitCost(r.unitCost()).withStocktake(stocktakeId).withReference(reference));
                total = total.add(r.value());
                if (r.variance().signum() > 0 && r.expected().signum() == 0) {
                    PartsService.assignBin(handle, r.partId(), r.binId(), false);
                }
            }
            ledger.postAll(handle, movements);
            dao.markPosted(stocktakeId, username, clock.instant());
            audit.record(handle, StocktakeAuditAction.STOCKTAKE_POSTED, "stocktake", stocktakeId,
                    StocktakeStatus.APPROVED.name(), movements.size() + " variance movements, value "
                            + Money.of(total).toPlainString());
            return dao.find(stocktakeId).orElseThrow();
        });
    }

    // ---- reading

    public List<Stocktake> recent() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(StocktakeDao.class).recent(LIST_LIMIT));
    }

    public Stocktake find(long stocktakeId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(StocktakeDao.class).find(stocktakeId)
                .orElseThrow(() -> unknown(stocktakeId)));
    }

    /** Every line by bin and part number. Book quantities are in the records: a blind screen does not show them. */
    public List<StocktakeLine> lines(long stocktakeId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(handle -> handle.attach(StocktakeDao.class).lines(stocktakeId));
    }

    /**
     * The lines with their variance as it stands now (for the variance report before and after
     * approval): computed afresh for an open stocktake, as posted for a posted one.
     */
    public List<StocktakeLine> varianceLines(long stocktakeId) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.inTransaction(handle -> {
            StocktakeDao dao = handle.attach(StocktakeDao.class);
            Stocktake stocktake = dao.find(stocktakeId).orElseThrow(() -> unknown(stocktakeId));
            if (stocktake.status() != StocktakeStatus.POSTED) {
                StocktakeVariance.store(handle, StocktakeVariance.compute(handle, stocktakeId,
                        stocktake.freezeMovementId()));
            }
            return dao.lines(stocktakeId);
        });
    }

    // ---- helpers

    static String summary(Collection<StocktakeLine> lines) {
        long differing = lines.stream().filter(l -> l.varianceQuantity() != null && l.varianceQuantity().signum() != 0)
                .count();
        BigDecimal value = lines.stream().map(StocktakeLine::varianceValue).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return lines.size() + " lines, " + differing + " with a variance, value " + Money.of(value).toPlainString();
    }

    private static String scopeText(Stocktake s) {
        return s.scope().name() + switch (s.scope()) {
            case BIN_RANGE -> " " + (s.binFrom() == null ? "" : s.binFrom()) + ".." + (s.binTo() == null ? "" : s.binTo());
            case CATEGORY -> " " + s.category();
            default -> "";
        };
    }

    private static String binCode(String typed) {
        String cleaned = Typed.optionalText(typed, 20); // stocktake.bin_from / bin_to
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    private static Money threshold(String typed) {
        Money value = Money.parse(typed);
        if (value.isNegative()) {
            throw new InvalidValueException("price.invalid.negative");
        }
        return value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static BusinessRuleException unknown(long stocktakeId) {
        return new BusinessRuleException("stocktake.notFound", String.valueOf(stocktakeId));
    }
}
