package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The store's waste catalogue: storage places, kinds with their national codes, licensed handlers
 * and the generation rules. Changed by whoever manages it; read by the whole tab. The
 * {@code insert...(Handle, ...)} methods check their input and write in the caller's transaction
 * (the service's own calls and the demo's).
 */
public final class WasteCatalogue {

    private static final Pattern CATEGORY = Pattern.compile("HW\\d{2}");
    private static final Pattern CODE = Pattern.compile("\\d{3}-\\d{3}-\\d{2}");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;

    public WasteCatalogue(Transactions transactions, Session session, AuditTrail audit) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
    }

    public List<WastePlace> places() {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(EnvironmentDao.class).places());
    }

    public List<WasteKind> kinds() {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(EnvironmentDao.class).kinds());
    }

    public List<WasteHandler> handlers() {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(WasteCatalogue::handlers);
    }

    public List<WasteRule> rules() {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(EnvironmentDao.class).rules());
    }

    public WastePlace addPlace(String name, WasteUnit unit, BigDecimal capacity) {
        String user = session.require(Permission.MANAGE_WASTE_CATALOGUE).username();
        return transactions.inTransaction(handle -> {
            WastePlace place = insertPlace(handle, name, unit, capacity);
            audit.record(handle, EnvironmentAuditAction.WASTE_PLACE_SAVED, "wastePlace", place.id(), null,
                    place.name() + ", " + place.capacity().toPlainString() + " " + unit + ", by " + user);
            return place;
        });
    }

    public WasteKind addKind(String category, String code, String name, WasteUnit unit, long placeId) {
        session.require(Permission.MANAGE_WASTE_CATALOGUE);
        return transactions.inTransaction(handle -> {
            WasteKind kind = insertKind(handle, category, code, name, unit, placeId);
            audit.record(handle, EnvironmentAuditAction.WASTE_KIND_SAVED, "wasteKind", kind.id(), null, kind.label()
                    + ", " + unit + ", " + kind.placeName());
            return kind;
        });
    }

    public WasteHandler addHandler(String name, String licenceNo, LocalDate expiry, Set<String> categories) {
        session.require(Permission.MANAGE_WASTE_CATALOGUE);
        return transactions.inTransaction(handle -> {
            WasteHandler handler = insertHandler(handle, name, licenceNo, expiry, categories);
            audit.record(handle, EnvironmentAuditAction.WASTE_HANDLER_SAVED, "wasteHandler", handler.id(), null,
                    handler.name() + ", " + handler.licenceNo() + ", until " + expiry + ", " + handler.categories());
            return handler;
        });
    }

    /** A rule for a labour operation ({@code operationId}) or a part ({@code partId}), never both. */
    public WasteRule addRule(long kindId, Long operationId, Long partId, BigDecimal quantityPer, boolean oldPart) {
        session.require(Permission.MANAGE_WASTE_CATALOGUE);
        return transactions.inTransaction(handle -> {
            WasteRule rule = insertRule(handle, kindId, operationId, partId, quantityPer, oldPart);
            audit.record(handle, EnvironmentAuditAction.WASTE_RULE_SAVED, "wasteRule", rule.id(), null,
                    rule.source() + " -> " + rule.kindName() + " " + rule.quantityPer().toPlainString()
                            + (oldPart ? " (old part)" : ""));
            return rule;
        });
    }

    public static WastePlace insertPlace(Handle handle, String name, WasteUnit unit, BigDecimal capacity) {
        String checkedName = Typed.requiredText(name, 100);
        if (unit == null) {
            throw new InvalidValueException("field.required");
        }
        BigDecimal checked = WasteQuantities.positive(capacity == null ? "" : capacity.toPlainString());
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        return dao.place(dao.insertPlace(checkedName, unit.name(), checked)).orElseThrow();
    }

    public static WasteKind insertKind(Handle handle, String category, String code, String name, WasteUnit unit,
                                       long placeId) {
        String checkedCategory = Typed.requiredText(category, 4).toUpperCase();
        if (!CATEGORY.matcher(checkedCategory).matches()) {
            throw new InvalidValueException("waste.kind.category", checkedCategory);
        }
        String checkedCode = Typed.requiredText(code, 12);
        if (!CODE.matcher(checkedCode).matches() || !checkedCode.endsWith(checkedCategory.substring(2))) {
            throw new InvalidValueException("waste.kind.code", checkedCode, checkedCategory);
        }
        String checkedName = Typed.requiredText(name, 100);
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        WastePlace place = dao.place(placeId).orElseThrow(() -> new BusinessRuleException("waste.place.notFound",
                String.valueOf(placeId)));
        if (unit != place.unit()) {
            throw new BusinessRuleException("waste.kind.placeUnit", place.name(), place.unit(), unit);
        }
        if (dao.kindsNamed(checkedCode, checkedName) > 0) {
            throw new BusinessRuleException("waste.kind.duplicate", checkedCode, checkedName);
        }
        return dao.kind(dao.insertKind(checkedCategory, checkedCode, checkedName, unit.name(), placeId)).orElseThrow();
    }

    public static WasteHandler insertHandler(Handle handle, String name, String licenceNo, LocalDate expiry,
                                             Set<String> categories) {
        String checkedName = Typed.requiredText(name, 100);
        String checkedLicence = Typed.requiredText(licenceNo, 50);
        if (expiry == null) {
            throw new InvalidValueException("field.required");
        }
        Set<String> checked = new TreeSet<>();
        for (String category : categories) {
            String c = Typed.clean(category).toUpperCase();
            if (!CATEGORY.matcher(c).matches()) {
                throw new InvalidValueException("waste.kind.category", c);
            }
            checked.add(c);
        }
        if (checked.isEmpty()) {
            throw new BusinessRuleException("waste.handler.noCategories", checkedName);
        }
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        if (dao.handlersWithLicence(checkedLicence) > 0) {
            throw new BusinessRuleException("waste.handler.duplicate", checkedLicence);
        }
        long id = dao.insertHandler(checkedName, checkedLicence, expiry);
        checked.forEach(c -> dao.insertHandlerCategory(id, c));
        return new WasteHandler(id, checkedName, checkedLicence, expiry, List.copyOf(checked));
    }

    /**
     * Refuses a rule that would count a line twice: the same operation or part already adds the kind
     * (the ledger adds a kind once per line, so the second rule would be silently lost or double).
     */
    public static WasteRule insertRule(Handle handle, long kindId, Long operationId, Long partId,
                                       BigDecimal quantityPer, boolean oldPart) {
        if ((operationId == null) == (partId == null)) {
            throw new BusinessRuleException("waste.rule.oneSource");
        }
        BigDecimal quantity = WasteQuantities.positive(quantityPer == null ? "" : quantityPer.toPlainString());
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        WasteKind kind = dao.kind(kindId).orElseThrow(() -> new BusinessRuleException("waste.kind.notFound",
                String.valueOf(kindId)));
        List<WasteRule> existing;
        if (operationId != null) {
            if (dao.operationsWithId(operationId) == 0) {
                throw new BusinessRuleException("waste.rule.noOperation", String.valueOf(operationId));
            }
            existing = dao.rulesOfOperation(operationId);
        } else {
            if (dao.partsWithId(partId) == 0) {
                throw new BusinessRuleException("waste.rule.noPart", String.valueOf(partId));
            }
            existing = dao.rulesOfPart(partId);
        }
        for (WasteRule rule : existing) {
            if (rule.kindId() == kindId) {
                throw new BusinessRuleException("waste.rule.doubleCount", rule.source(), kind.name());
            }
        }
        long id = dao.insertRule(kindId, operationId, partId, quantity, oldPart);
        return dao.rules().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    static List<WasteHandler> handlers(Handle handle) {
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        Map<Long, List<String>> categories = dao.handlerCategories().stream().collect(Collectors.groupingBy(
                EnvironmentDao.HandlerCategory::handlerId, Collectors.mapping(EnvironmentDao.HandlerCategory::category,
                        Collectors.toList())));
        List<WasteHandler> all = new ArrayList<>();
        for (EnvironmentDao.HandlerRow row : dao.handlers()) {
            all.add(new WasteHandler(row.id(), row.name(), row.licenceNo(), row.licenceExpiry(),
                    List.copyOf(categories.getOrDefault(row.id(), List.of()))));
        }
        return all;
    }
}
