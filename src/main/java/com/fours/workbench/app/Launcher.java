package com.fours.workbench.app;

import javafx.application.Application;

/**
 * The main class of the jar and the installer. It is not the Application subclass, so the JavaFX
 * runtime can come from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        LogSetup.beforeAnythingLogs(args);
        WorkbenchApp.prepare(args);
        Application.launch(WorkbenchApp.class, args);
    }
}
