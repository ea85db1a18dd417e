package com.fours.workbench.store;

/** The first-start form: the store, and the administrator who will run the workbench. */
public record SetupInput(StoreProfileInput store, String adminUsername, String adminDisplayName,
                         char[] adminPassword, char[] adminPasswordRepeated) {

    public static final String ADMIN_USERNAME = "adminUsername";
    public static final String ADMIN_DISPLAY_NAME = "adminDisplayName";
    public static final String ADMIN_PASSWORD = "adminPassword";
    public static final String ADMIN_PASSWORD_REPEATED = "adminPasswordRepeated";
}
