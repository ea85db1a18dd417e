package com.fours.workbench.qc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** The guarantee period of each repair category: the statutory minimum, or the longer one the store promises. */
public final class GuaranteePeriods {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;

    public GuaranteePeriods(Transactions transactions, Session session, AuditTrail audit) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
    }

    /** The period of each category: the store's where it set one, else the statutory minimum. */
    public List<GuaranteePeriod> guaranteePeriods() {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> List.copyOf(periods(handle, EnumSet.allOf(RepairCategory.class))));
    }

    public static List<GuaranteePeriod> periods(Handle handle, Set<RepairCategory> categories) {
        Map<RepairCategory, GuaranteePeriod> store = new EnumMap<>(RepairCategory.class);
        for (QcDao.PeriodRow row : handle.attach(QcDao.class).storePeriods()) {
            RepairCategory c = RepairCategory.valueOf(row.category());
            store.put(c, new GuaranteePeriod(c, row.days(), row.km(), true));
        }
        List<GuaranteePeriod> periods = new ArrayList<>();
        for (RepairCategory c : new LinkedHashSet<>(categories)) {
            periods.add(store.getOrDefault(c, GuaranteePeriod.statutory(c)));
        }
        return periods;
    }

    /**
     * The store promises a longer period for a category; shorter than the statutory minimum in
     * days or km is refused. The statutory values themselves clear the store's own.
     */
    public GuaranteePeriod setGuaranteePeriod(RepairCategory category, String daysText, String kmText) {
        session.require(Permission.MANAGE_QC_CHECKLISTS);
        GuaranteePeriod statutory = GuaranteePeriod.statutory(category);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Integer days = errors.check("days", () -> QcNumbers.atLeast(daysText, statutory.days(), "qc.invalid.daysBelowStatutory"));
        Integer km = errors.check("km", () -> QcNumbers.atLeast(kmText, statutory.km(), "qc.invalid.kmBelowStatutory"));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            QcDao dao = handle.attach(QcDao.class);
            GuaranteePeriod before = periods(handle, Set.of(category)).get(0);
            dao.deletePeriod(category.name());
            boolean storeSet = days != statutory.days() || km != statutory.km();
            if (storeSet) {
                dao.insertPeriod(category.name(), days, km);
            }
            audit.record(handle, QcAuditAction.QC_GUARANTEE_PERIOD_SET, "qc_guarantee_period", category.name(),
                    before.days() + " d / " + before.km() + " km", days + " d / " + km + " km");
            return new GuaranteePeriod(category, days, km, storeSet);
        });
    }
}
