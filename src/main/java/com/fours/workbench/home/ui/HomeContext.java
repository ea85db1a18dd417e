package com.fours.workbench.home.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.ChangeNotices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.home.HomeItem;
import com.fours.workbench.home.HomeLineKind;
import com.fours.workbench.home.HomeScreen;
import com.fours.workbench.home.HomeService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/** What the home page needs; {@code opener} (from app/) brings up the screen a line links to. */
public record HomeContext(HomeService home, ChangeNotices changes, Clock clock, Messages messages, Background background,
                          ErrorReporter errors, Window window, Opener opener) {

    /** Opens the screen that does a line's work: its section, and the item's record when given; or a shortcut's screen. */
    public interface Opener {
        void open(HomeLineKind kind, HomeItem item);

        void open(HomeScreen screen);
    }
}
