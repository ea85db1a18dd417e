package com.fours.workbench.qc;

import java.util.Comparator;
import java.util.List;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** The checklist items QC signs against: for every order, or for one repair category. */
public final class QcChecklists {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;

    public QcChecklists(Transactions transactions, Session session, AuditTrail audit) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
    }

    public List<ChecklistItem> checklistItems() {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> handle.attach(QcDao.class).allItems()).stream()
                .sorted(Comparator.comparing(ChecklistItem::category, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(ChecklistItem::position))
                .toList();
    }

    /** Adds ({@code id} null) or changes a checklist item; a changed item keeps what earlier signatures recorded. */
    public ChecklistItem saveChecklistItem(Long id, int expectedVersion, RepairCategory category, String position,
                                           String textZh, String textEn, boolean active) {
        session.require(Permission.MANAGE_QC_CHECKLISTS);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String zh = textZh == null ? "" : textZh.strip();
        String en = textEn == null ? "" : textEn.strip();
        if (zh.isEmpty()) {
            errors.reject("textZh", new InvalidValueException("qc.invalid.itemTextRequired"));
        } else if (zh.length() > 200) {
            errors.reject("textZh", new InvalidValueException("qc.invalid.itemTextTooLong", 200));
        } else {
            errors.check("textZh", () -> Typed.optionalText(zh, 200));
        }
        if (en.length() > 200) {
            errors.reject("textEn", new InvalidValueException("qc.invalid.itemTextTooLong", 200));
        } else {
            errors.check("textEn", () -> Typed.optionalText(en, 200));
        }
        Integer pos = errors.check("position", () -> QcNumbers.atLeast(position == null || position.isBlank() ? "0"
                : position, 0, "qc.invalid.wholeNumber"));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            QcDao dao = handle.attach(QcDao.class);
            String cat = category == null ? null : category.name();
            long saved;
            String before = null;
            if (id == null) {
                saved = dao.insertItem(cat, pos, zh, en.isEmpty() ? zh : en, active);
            } else {
                ChecklistItem old = dao.item(id).orElseThrow(() -> new BusinessRuleException("qc.itemNotFound", id));
                before = old.toString();
                if (dao.updateItem(id, expectedVersion, cat, pos, zh, en.isEmpty() ? zh : en, active) == 0) {
                    throw new BusinessRuleException("qc.itemChanged", old.textZh());
                }
                saved = id;
            }
            ChecklistItem item = dao.item(saved).orElseThrow();
            audit.record(handle, QcAuditAction.QC_CHECKLIST_ITEM_SAVED, "qc_checklist_item", saved, before, item.toString());
            return item;
        });
    }
}
