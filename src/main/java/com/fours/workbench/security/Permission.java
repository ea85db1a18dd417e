package com.fours.workbench.security;

/** Something a user may do. Services check these; the user interface only follows them. */
public enum Permission {
    USE_APPOINTMENTS,
    USE_RECEPTION,
    USE_REPAIR_ORDERS,
    USE_QUALITY_CONTROL,
    USE_CASHIER,
    USE_PARTS_WAREHOUSE,
    USE_CUSTOMERS,
    USE_CUSTOMER_CARE,
    EDIT_CUSTOMERS,
    VIEW_CUSTOMER_PHONES,
    MERGE_CUSTOMERS,
    CORRECT_MILEAGE,
    IMPORT_CUSTOMERS,
    MANAGE_PARTS_MASTER,
    RECEIVE_WITHOUT_ORDER,
    ADJUST_STOCK,
    APPROVE_STOCKTAKE,
    MANAGE_WORKSHOP_CAPACITY,
    OVERBOOK_APPOINTMENTS,
    MANAGE_USERS,
    VIEW_AUDIT_LOG,
    EDIT_STORE_PROFILE,
    VIEW_SYSTEM_INFO,
    MANAGE_LABOUR_CATALOG,
    DISPATCH_JOBS,
    SIGN_SELF_CHECK,
    SIGN_RECHECK,
    SIGN_FINAL_CHECK,
    MANAGE_QC_CHECKLISTS,
    OVERRIDE_COMEBACK_CHARGE,
    DELIVER_VEHICLES,
    MANAGE_DISCOUNT_POLICY,
    APPROVE_DISCOUNTS,
    VOID_INVOICES,
    CLOSE_CASH_DAY,
    EXPORT_HEALTH_RECORDS,
    MANAGE_BACKUPS,
    RESTORE_BACKUPS,
    CANCEL_REPAIR_ORDERS,
    VIEW_DASHBOARD,
    /** Training records, the plan, and every employee's appraisal (人员). */
    MANAGE_STAFF,
    /** One's own appraisal: read it and sign it. */
    VIEW_OWN_APPRAISAL,
    USE_ENVIRONMENT,
    MANAGE_WASTE_CATALOGUE,
    /** Supplier invoices, payments to suppliers and what the store owes (应付账款). */
    USE_PAYABLES,
    /** Accept a supplier invoice whose quantities or prices differ from the order and the receipt. */
    ACCEPT_INVOICE_DIFFERENCES,
    /** Pay a supplier above the store's approval limit, and set that limit and the price tolerance. */
    APPROVE_SUPPLIER_PAYMENTS,
    /** Purchase agreements with suppliers and the weights of the supplier evaluation (decision 0111). */
    MANAGE_PURCHASE_AGREEMENTS,
    /** Places an order outside its supplier's agreement (expired, above the agreed price), audited. */
    ORDER_OUTSIDE_AGREEMENT
}
