package com.fours.workbench.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The store's 5S checklist per area, versioned as the satisfaction questionnaire is: a version no
 * inspection has used is changed in place; a change to one that has been used makes the next
 * version, and the inspections keep theirs. Set by whoever manages the environment catalogue.
 */
public final class FiveSChecklists {

    public static final String ITEMS = "items";
    public static final int MAX_ITEMS = 40;
    public static final String PILLAR = "pillar";
    public static final String TEXT = "text";
    public static final String SCALE = "scale";
    public static final String WEIGHT = "weight";
    /** The top of an item's scale: 0 to 1 is the smallest range (done or not), 0 to 10 the largest. */
    public static final int MAX_SCALE = 10;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    public FiveSChecklists(Transactions transactions, Session session, AuditTrail audit, java.time.Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** The field of the item at {@code position} (from 1) a refusal is shown under, e.g. {@code item.3.text}. */
    public static String field(int position, String part) {
        return "item." + position + "." + part;
    }

    /** The area's current version, or empty when the store has not set one. */
    public Optional<FiveSChecklist> current(FiveSArea area) {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> current(handle, area));
    }

    public FiveSChecklist version(long id) {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> version(handle, id));
    }

    static Optional<FiveSChecklist> current(Handle handle, FiveSArea area) {
        FiveSDao dao = handle.attach(FiveSDao.class);
        return dao.current(area.name()).map(h -> of(dao, h));
    }

    static FiveSChecklist version(Handle handle, long id) {
        FiveSDao dao = handle.attach(FiveSDao.class);
        return of(dao, dao.head(id).orElseThrow(() -> new BusinessRuleException("fiveS.checklist.notFound")));
    }

    private static FiveSChecklist of(FiveSDao dao, FiveSDao.Head h) {
        return new FiveSChecklist(h.id(), h.area(), h.versionNo(), h.currentVersion(), h.createdBy(), h.createdAt(),
                dao.items(h.id()));
    }

    /**
     * Saves the area's checklist based on the version the user saw ({@code basedOnId}, null when the
     * area had none). A stale version is refused; a version with inspections is kept and the next made.
     */
    public FiveSChecklist save(FiveSArea area, Long basedOnId, List<ChecklistItemInput> items) {
        AuthenticatedUser user = session.require(Permission.MANAGE_WASTE_CATALOGUE);
        Checked in = check(items);
        return transactions.inTransaction(handle -> {
            FiveSDao dao = handle.attach(FiveSDao.class);
            Optional<FiveSChecklist> before = current(handle, area);
            Long seen = before.map(FiveSChecklist::id).orElse(null);
            if (!java.util.Objects.equals(seen, basedOnId)) {
                throw new BusinessRuleException("fiveS.checklist.changed", before.map(FiveSChecklist::versionNo)
                        .orElse(0));
            }
            long id;
            if (before.isPresent() && dao.inspectionCount(before.get().id()) == 0) {
                id = before.get().id();
                dao.deleteItems(id);
                insertItems(dao, id, in);
                audit.record(handle, InspectionAuditAction.FIVE_S_CHECKLIST_CHANGED, "fiveSChecklist", id,
                        describe(before.get()), describe(area, in));
            } else {
                before.ifPresent(b -> dao.retire(b.id()));
                id = insert(handle, area, in, user.username(), clock.instant());
                audit.record(handle, InspectionAuditAction.FIVE_S_CHECKLIST_VERSION_CREATED, "fiveSChecklist", id,
                        before.map(FiveSChecklists::describe).orElse(null), describe(area, in));
            }
            return version(handle, id);
        });
    }

    /** A checked new current version in the caller's transaction (the service's and the demo's). */
    public static FiveSChecklist insert(Handle handle, FiveSArea area, List<ChecklistItemInput> items, String by,
                                        Instant at) {
        Checked in = check(items);
        FiveSDao dao = handle.attach(FiveSDao.class);
        dao.current(area.name()).ifPresent(h -> dao.retire(h.id()));
        return version(handle, insert(handle, area, in, by, at));
    }

    private static long insert(Handle handle, FiveSArea area, Checked in, String by, Instant at) {
        FiveSDao dao = handle.attach(FiveSDao.class);
        long id = dao.insertChecklist(area.name(), dao.lastVersionNo(area.name()) + 1, by, at);
        insertItems(dao, id, in);
        return id;
    }

    private static void insertItems(FiveSDao dao, long id, Checked in) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i <= in.texts.size(); i++) {
            positions.add(i);
        }
        dao.insertItems(id, positions, in.pillars, in.texts, in.scales, in.weights);
    }

    private record Checked(List<String> pillars, List<String> texts, List<Integer> scales, List<BigDecimal> weights) {
    }

    private static Checked check(List<ChecklistItemInput> items) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        List<ChecklistItemInput> given = items == null ? List.of() : items;
        if (given.isEmpty() || given.size() > MAX_ITEMS) {
            errors.reject(ITEMS, new InvalidValueException("fiveS.checklist.count", MAX_ITEMS));
        }
        Checked c = new Checked(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        int n = 0;
        for (ChecklistItemInput item : given) {
            int position = ++n;
            if (item.pillar() == null) {
                errors.reject(field(position, PILLAR), new InvalidValueException("fiveS.checklist.pillar", position));
            }
            String text = errors.check(field(position, TEXT), () -> {
                try {
                    return Typed.requiredText(item.text(), 200);
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("fiveS.checklist.itemText", position);
                }
            });
            if (text != null) {
                // the same item twice would be scored twice and weigh double
                Integer first = seen.putIfAbsent(text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "),
                        position);
                if (first != null) {
                    errors.reject(field(position, TEXT), new InvalidValueException("fiveS.checklist.duplicate",
                            position, first));
                }
            }
            Integer scale = errors.check(field(position, SCALE), () -> {
                Integer s = null;
                try {
                    s = Typed.optionalWholeNumber(top(item.scaleMax()), 1000);
                } catch (InvalidValueException e) {
                    // said below
                }
                if (s == null || s < 1 || s > MAX_SCALE) {
                    throw new InvalidValueException("fiveS.checklist.scale", position);
                }
                return s;
            });
            BigDecimal weight = errors.check(field(position, WEIGHT), () -> weight(item.weight(), position));
            c.pillars.add(item.pillar() == null ? null : item.pillar().name());
            c.texts.add(text);
            c.scales.add(scale);
            c.weights.add(weight);
        }
        errors.throwIfAny();
        return c;
    }

    /** The top of a scale typed as "5" or as the whole range "0-5" (0~5, 0 至 5). */
    private static String top(String typed) {
        java.util.regex.Matcher range = RANGE.matcher(typed == null ? "" : typed);
        return range.matches() ? range.group(1) : typed;
    }

    private static final java.util.regex.Pattern RANGE =
            java.util.regex.Pattern.compile("\\s*0\\s*(?:-|–|~|～|至|到|to)\\s*(\\S+)\\s*");

    private static BigDecimal weight(String typed, int position) {
        try {
            BigDecimal w = new BigDecimal(Typed.clean(typed)).setScale(2, RoundingMode.UNNECESSARY);
            if (w.signum() <= 0 || w.compareTo(MAX_WEIGHT) > 0) {
                throw new InvalidValueException("fiveS.checklist.weight", position);
            }
            return w;
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            throw new InvalidValueException("fiveS.checklist.weight", position);
        }
    }

    private static String describe(FiveSChecklist c) {
        return c.area() + " v" + c.versionNo() + " " + c.items().stream()
                .map(i -> i.pillar() + ":" + i.text() + " 0-" + i.scaleMax() + "×" + i.weight()).toList();
    }

    private static String describe(FiveSArea area, Checked c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.texts.size(); i++) {
            parts.add(c.pillars.get(i) + ":" + c.texts.get(i) + " 0-" + c.scales.get(i) + "×" + c.weights.get(i));
        }
        return area + " " + parts;
    }
}
