package com.fours.workbench.app;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/** What a module's screens need from the workbench around them. */
public record ModuleContext(AppServices services, Messages messages, Background background, ErrorReporter errors,
                            Window window, Navigator navigator) {

    ModuleContext withNavigator(Navigator navigator) {
        return new ModuleContext(services, messages, background, errors, window, navigator);
    }
}
