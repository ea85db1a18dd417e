package com.fours.workbench.backup;

/** The settings as typed; each field is checked and refused on its own. Blank folder: the default. */
public record BackupSettingsInput(String folder, String dailyAt, String keepDaily, String keepWeekly,
                                  String keepMonthly) {

    public static final String FOLDER = "folder";
    public static final String DAILY_AT = "dailyAt";
    public static final String KEEP_DAILY = "keepDaily";
    public static final String KEEP_WEEKLY = "keepWeekly";
    public static final String KEEP_MONTHLY = "keepMonthly";
}
