package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The labour catalog: operations with their standard hours, the hourly rate of each repair
 * category, canned jobs, and the approval margin. The service manager maintains it; advisors read it.
 */
public final class LabourCatalog {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;

    public LabourCatalog(Transactions transactions, Session session, AuditTrail audit) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
    }

    // ---- operations

    public List<LabourOperation> operations() {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> handle.attach(LabourCatalogDao.class).operations());
    }

    public LabourOperation saveOperation(Long id, int expectedVersion, LabourOperationInput input) {
        session.require(Permission.MANAGE_LABOUR_CATALOG);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String code = errors.check(LabourOperationInput.CODE, () -> code(input.code()));
        String nameZh = errors.check(LabourOperationInput.NAME_ZH, () -> name(input.nameZh()));
        String nameEn = errors.check(LabourOperationInput.NAME_EN, () -> Typed.optionalText(input.nameEn(), 100));
        if (input.category() == null) {
            errors.reject(LabourOperationInput.CATEGORY, new InvalidValueException("labourRate.categoryRequired"));
        }
        BigDecimal hours = errors.check(LabourOperationInput.STANDARD_HOURS, () -> hours(input.standardHours()));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            LabourCatalogDao dao = handle.attach(LabourCatalogDao.class);
            requireWorkGroup(handle, input.workGroupId());
            dao.operationByCode(code).filter(other -> id == null || other.id() != id).ifPresent(other -> {
                throw new InvalidFieldsException(java.util.Map.of(LabourOperationInput.CODE,
                        new InvalidValueException("labourOperation.invalid.codeExists", code)));
            });
            long savedId;
            String before = null;
            if (id == null) {
                savedId = dao.insertOperation(code, nameZh, nameEn, input.category().name(), hours, input.workGroupId(),
                        input.active());
            } else {
                LabourOperation old = operation(handle, id);
                before = old.toString();
                if (dao.updateOperation(id, expectedVersion, code, nameZh, nameEn, input.category().name(), hours,
                        input.workGroupId(), input.active()) == 0) {
                    throw new ConcurrentChangeException(old.code());
                }
                savedId = id;
            }
            LabourOperation saved = operation(handle, savedId);
            audit.record(handle, RepairAuditAction.LABOUR_OPERATION_SAVED, "labour_operation", savedId, before,
                    saved.toString());
            return saved;
        });
    }

    /** An operation's or a canned job's code: letters and digits as printed, at most 20 (the column). */
    private static String code(String typed) {
        String code = Typed.optionalText(typed, 20);
        if (code == null) {
            throw new InvalidValueException("labourOperation.invalid.code");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private static String name(String typed) {
        String name = Typed.optionalText(typed, 100);
        if (name == null) {
            throw new InvalidValueException("labourOperation.invalid.name");
        }
        return name;
    }

    /** A work group chosen for an operation or a line must exist: refused by name, not by a foreign key. */
    static void requireWorkGroup(Handle handle, Long workGroupId) {
        if (workGroupId != null && handle.attach(LabourCatalogDao.class).workGroupCount(workGroupId) == 0) {
            throw new BusinessRuleException("workGroup.notFound", String.valueOf(workGroupId));
        }
    }

    /** Standard hours as typed: more than zero, at most two decimals. */
    static BigDecimal hours(String typed) {
        try {
            BigDecimal hours = new BigDecimal(typed == null ? "" : typed.strip().replace('。', '.'));
            if (hours.signum() <= 0 || hours.stripTrailingZeros().scale() > 2 || hours.compareTo(new BigDecimal("999")) > 0) {
                throw new InvalidValueException("repairLine.invalid.hours");
            }
            return hours.setScale(2);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("repairLine.invalid.hours");
        }
    }

    public static LabourOperation operation(Handle handle, long id) {
        return handle.attach(LabourCatalogDao.class).operation(id)
                .orElseThrow(() -> new BusinessRuleException("labourOperation.notFound", String.valueOf(id)));
    }

    // ---- rates

    /** The rate of every category: its own where the store set one, else the store's hourly rate. */
    public List<LabourRate> rates() {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> {
            LabourCatalogDao dao = handle.attach(LabourCatalogDao.class);
            Money store = handle.attach(RepairPlanDao.class).storeRate().orElse(Money.ZERO);
            List<LabourRate> rates = new ArrayList<>();
            for (RepairCategory category : RepairCategory.values()) {
                rates.add(dao.rate(category.name()).map(r -> new LabourRate(category, Money.of(r), true))
                        .orElse(new LabourRate(category, store, false)));
            }
            return rates;
        });
    }

    /** Sets a category's own rate; an empty rate makes the category use the store's rate again. */
    public void setRate(RepairCategory category, String typedRate) {
        session.require(Permission.MANAGE_LABOUR_CATALOG);
        if (category == null) {
            throw new BusinessRuleException("labourRate.categoryRequired");
        }
        Money rate = typedRate == null || typedRate.isBlank() ? null : Money.parse(typedRate);
        if (rate != null && rate.amount().compareTo(Money.MAX_STORED.movePointLeft(3)) > 0) {
            // a line is the rate times up to 999.99 standard hours; the line's amount must still fit its column
            throw new InvalidValueException("money.invalid.tooLarge");
        }
        if (rate != null && !rate.isPositive()) {
            throw new InvalidValueException("labourRate.invalid");
        }
        transactions.useTransaction(handle -> {
            LabourCatalogDao dao = handle.attach(LabourCatalogDao.class);
            String before = dao.rate(category.name()).map(BigDecimal::toPlainString).orElse(null);
            dao.deleteRate(category.name());
            if (rate != null) {
                dao.insertRate(category.name(), rate.amount());
            }
            audit.record(handle, RepairAuditAction.LABOUR_RATE_CHANGED, "labour_rate", category.name(), before,
                    rate == null ? null : rate.toPlainString());
        });
    }

    public BigDecimal approvalMarginPercent() {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> handle.attach(RepairPlanDao.class).approvalMarginPercent());
    }

    /** How far (percent) the running total may pass the approved estimate before the customer is asked again. */
    public void setApprovalMarginPercent(String typedPercent) {
        session.require(Permission.MANAGE_LABOUR_CATALOG);
        BigDecimal percent;
        try {
            percent = new BigDecimal(typedPercent == null ? "" : typedPercent.replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("repairMargin.invalid");
        }
        if (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0 || percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("repairMargin.invalid");
        }
        transactions.useTransaction(handle -> {
            RepairPlanDao dao = handle.attach(RepairPlanDao.class);
            BigDecimal before = dao.approvalMarginPercent();
            dao.setApprovalMarginPercent(percent);
            audit.record(handle, RepairAuditAction.APPROVAL_MARGIN_CHANGED, "repair_settings", 1,
                    before.toPlainString(), percent.toPlainString());
        });
    }

    // ---- canned jobs

    public List<CannedJob> cannedJobs() {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> handle.attach(LabourCatalogDao.class).cannedJobIds().stream()
                .map(id -> cannedJob(handle, id)).toList());
    }

    public CannedJob saveCannedJob(Long id, int expectedVersion, CannedJobInput input) {
        session.require(Permission.MANAGE_LABOUR_CATALOG);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String code = errors.check(CannedJobInput.CODE, () -> code(input.code()));
        String nameZh = errors.check(CannedJobInput.NAME_ZH, () -> name(input.nameZh()));
        String nameEn = errors.check(CannedJobInput.NAME_EN, () -> Typed.optionalText(input.nameEn(), 100));
        String model = errors.check(CannedJobInput.VEHICLE_MODEL, () -> Typed.optionalText(input.vehicleModel(), 60));
        if (input.items().isEmpty()) {
            errors.reject(CannedJobInput.ITEMS, new InvalidValueException("cannedJob.invalid.empty"));
        }
        for (CannedJobItem item : input.items()) {
            if (item == null || (item.operationId() == null) == (item.partId() == null)) {
                errors.reject(CannedJobInput.ITEMS, new InvalidValueException("cannedJob.invalid.empty"));
            } else if (item.quantity() == null || item.quantity().signum() <= 0) {
                errors.reject(CannedJobInput.ITEMS, new InvalidValueException("repairLine.invalid.quantity"));
            } else {
                errors.check(CannedJobInput.ITEMS, () -> Quantity.check(item.quantity(), false));
            }
        }
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            LabourCatalogDao dao = handle.attach(LabourCatalogDao.class);
            for (CannedJobItem item : input.items()) {
                if (item.operationId() != null) {
                    operation(handle, item.operationId());
                } else {
                    PartsService.load(handle, item.partId());
                }
            }
            dao.cannedJobByCode(code).filter(other -> id == null || other.longValue() != id).ifPresent(other -> {
                throw new InvalidFieldsException(java.util.Map.of(CannedJobInput.CODE,
                        new InvalidValueException("labourOperation.invalid.codeExists", code)));
            });
            long savedId;
            String before = null;
            if (id == null) {
                savedId = dao.insertCannedJob(code, nameZh, nameEn, model, input.active());
            } else {
                before = cannedJob(handle, id).toString();
                if (dao.updateCannedJob(id, expectedVersion, code, nameZh, nameEn, model, input.active()) == 0) {
                    throw new ConcurrentChangeException(code);
                }
                dao.deleteItems(id);
                savedId = id;
            }
            int no = 1;
            for (CannedJobItem item : input.items()) {
                dao.insertItem(savedId, no++, item.operationId(), item.partId(), item.quantity());
            }
            CannedJob saved = cannedJob(handle, savedId);
            audit.record(handle, RepairAuditAction.CANNED_JOB_SAVED, "canned_job", savedId, before, saved.toString());
            return saved;
        });
    }

    public static CannedJob cannedJob(Handle handle, long id) {
        LabourCatalogDao dao = handle.attach(LabourCatalogDao.class);
        CannedJobRow row = dao.cannedJob(id)
                .orElseThrow(() -> new BusinessRuleException("cannedJob.notFound", String.valueOf(id)));
        return new CannedJob(row.id(), row.code(), row.nameZh(), row.nameEn(), row.vehicleModel(), row.active(),
                dao.items(id), row.version());
    }

    record CannedJobRow(long id, String code, String nameZh, String nameEn, String vehicleModel, boolean active,
                        int version) {
    }
}
