package com.fours.workbench.payables;

/** The settings as typed. */
public record SettingsInput(String priceTolerancePct, String approvalLimit, String defaultPaymentDays) {

    public static final String TOLERANCE = "payablesTolerance";
    public static final String LIMIT = "payablesApprovalLimit";
    public static final String DAYS = "payablesPaymentDays";
}
