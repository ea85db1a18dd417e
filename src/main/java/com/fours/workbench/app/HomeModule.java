package com.fours.workbench.app;

import javafx.scene.Node;

import com.fours.workbench.home.HomeItem;
import com.fours.workbench.home.HomeLineKind;
import com.fours.workbench.home.HomeScreen;
import com.fours.workbench.home.ui.HomeContext;
import com.fours.workbench.home.ui.HomeView;
import com.fours.workbench.inspection.ui.ActionDoneDialog;

/**
 * The home page (今日), every user's first tab: what waits for them now, each line a link into the
 * tab and section that does it, with the record chosen (decision 0090).
 */
final class HomeModule implements WorkbenchModule {

    private HomeView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.HOME;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        view = new HomeView(new HomeContext(services.home(), services.changes(), services.clock(), context.messages(),
                context.background(), context.errors(), context.window(),
                new HomeContext.Opener() {
                    @Override
                    public void open(HomeLineKind kind, HomeItem item) {
                        if (!HomeModule.open(context.navigator(), kind, item)
                                && kind == HomeLineKind.OVERDUE_5S_ACTIONS && item != null) {
                            // the action's owner without the Environment tab closes it here (decision 0121)
                            new ActionDoneDialog(FiveSSection.context(context)).show(item.recordId(), item.name(),
                                    () -> view.activate());
                        }
                    }

                    @Override
                    public void open(HomeScreen screen) {
                        context.navigator().open(ModuleKind.valueOf(screen.name()), WorkbenchModule.class);
                    }
                }));
        return view.build();
    }

    /** The line's tab, its section and, for an item, its record; false when the user may not open the tab. */
    static boolean open(Navigator navigator, HomeLineKind kind, HomeItem item) {
        Long record = item != null && kind.opensRecord() ? item.recordId() : null;
        return navigator.open(ModuleKind.valueOf(kind.screen().name()), OpensWork.class)
                .map(module -> {
                    module.openWork(kind.sectionId(), record);
                    return true;
                }).orElse(false);
    }

    @Override
    public void activate() {
        if (view != null) {
            view.activate();
        }
    }

    @Override
    public void close() {
        if (view != null) {
            view.deactivate();
        }
        view = null;
    }
}
