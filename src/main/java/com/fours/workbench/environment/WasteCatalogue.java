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
import com.fours.workbench.core.InvalidFieldsException;
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

    /** A storage place from the catalogue's form; bad input refused under its field, nothing saved. */
    public WastePlace savePlace(CatalogueInput.Place input) {
        session.require(Permission.MANAGE_WASTE_CATALOGUE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        errors.check(CatalogueInput.NAME, () -> Typed.requiredText(input.name(), 100));
        if (input.unit() == null) {
            errors.reject(CatalogueInput.UNIT, new InvalidValueException("field.required"));
        }
        BigDecimal capacity = errors.check(CatalogueInput.CAPACITY, () -> WasteQuantities.positive(input.capacity()));
        errors.throwIfAny();
        return addPlace(input.name(), input.unit(), capacity);
    }

    /** A kind from the catalogue's form: a malformed category or national code is refused under its field. */
    public WasteKind saveKind(CatalogueInput.Kind input) {
        session.require(Permission.MANAGE_WASTE_CATALOGUE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String category = errors.check(CatalogueInput.CATEGORY, () -> category(input.category()));
        if (category != null) {
            errors.check(CatalogueInput.CODE, () -> code(input.code(), category));
        }
        errors.check(CatalogueInput.NAME, () -> Typed.requiredText(input.name(), 100));
        if (input.unit() == null) {
            errors.reject(CatalogueInput.UNIT, new InvalidValueException("field.required"));
        }
        if (input.placeId() == null) {
            errors.reject(CatalogueInput.PLACE, new InvalidValueException("field.required"));
        }
        errors.throwIfAny();
        return underField(CatalogueInput.PLACE, "waste.kind.placeUnit",
                () -> addKind(input.category(), input.code(), input.name(), input.unit(), input.placeId()));
    }

    /** A licensed handler from the catalogue's form, its categories typed as "HW08, HW31". */
    public WasteHandler saveHandler(CatalogueInput.Handler input) {
        session.require(Permission.MANAGE_WASTE_CATALOGUE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        errors.check(CatalogueInput.NAME, () -> Typed.requiredText(input.name(), 100));
        errors.check(CatalogueInput.LICENCE, () -> Typed.requiredText(input.licenceNo(), 50));
        if (input.expiry() == null) {
            errors.reject(CatalogueInput.EXPIRY, new InvalidValueException("field.required"));
        }
        Set<String> categories = errors.check(CatalogueInput.CATEGORIES, () -> categories(input.categories()));
        errors.throwIfAny();
        return underField(CatalogueInput.LICENCE, "waste.handler.duplicate",
                () -> addHandler(input.name(), input.licenceNo(), input.expiry(), categories));
    }

    /**
     * A generation rule from the catalogue's form: the operation's code or the part's number is looked
     * up; a rule that would count a line twice is refused under the source.
     */
    public WasteRule saveRule(CatalogueInput.Rule input) {
        session.require(Permission.MANAGE_WASTE_CATALOGUE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.kindId() == null) {
            errors.reject(CatalogueInput.KIND, new InvalidValueException("field.required"));
        }
        String source = errors.check(CatalogueInput.SOURCE, () -> Typed.requiredText(input.source(), 40));
        BigDecimal quantity = errors.check(CatalogueInput.QUANTITY, () -> WasteQuantities.positive(input.quantityPer()));
        errors.throwIfAny();
        Long id = transactions.read(handle -> {
            EnvironmentDao dao = handle.attach(EnvironmentDao.class);
            return (input.part() ? dao.partNumbered(source) : dao.operationCoded(source)).orElse(null);
        });
        if (id == null) {
            throw new InvalidFieldsException(Map.of(CatalogueInput.SOURCE, new BusinessRuleException(
                    input.part() ? "waste.rule.noPart" : "waste.rule.noOperation", source)));
        }
        return underField(CatalogueInput.SOURCE, "waste.rule.doubleCount", () -> addRule(input.kindId(),
                input.part() ? null : id, input.part() ? id : null, quantity, input.oldPart()));
    }

    /** Runs {@code save}; its refusal with {@code key} is shown under {@code field}, the form's field it concerns. */
    private static <T> T underField(String field, String key, java.util.function.Supplier<T> save) {
        try {
            return save.get();
        } catch (BusinessRuleException e) {
            if (key.equals(e.messageKey())) {
                throw new InvalidFieldsException(Map.of(field, e));
            }
            throw e;
        }
    }

    private static String category(String typed) {
        String checked = Typed.requiredText(typed, 4).toUpperCase();
        if (!CATEGORY.matcher(checked).matches()) {
            throw new InvalidValueException("waste.kind.category", checked);
        }
        return checked;
    }

    private static String code(String typed, String category) {
        String checked = Typed.requiredText(typed, 12);
        if (!CODE.matcher(checked).matches() || !checked.endsWith(category.substring(2))) {
            throw new InvalidValueException("waste.kind.code", checked, category);
        }
        return checked;
    }

    private static Set<String> categories(String typed) {
        Set<String> checked = new TreeSet<>();
        for (String part : Typed.requiredText(typed, 200).split("[,，、/\\s]+")) {
            if (!part.isBlank()) {
                checked.add(category(part));
            }
        }
        return checked;
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
        String checkedCategory = category(category);
        String checkedCode = code(code, checkedCategory);
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
