package com.fours.workbench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;

import com.fours.workbench.care.CallbackComplaint;
import com.fours.workbench.care.ui.CareContext;
import com.fours.workbench.care.ui.CustomerCareView;
import com.fours.workbench.ui.Section;

/** Customer care (客户关怀): callbacks after every visit with the survey, the questionnaire, the figures. */
final class CustomerCareModule implements WorkbenchModule {

    private CustomerCareView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.CUSTOMER_CARE;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        List<Section> handedIn = new ArrayList<>();
        // COMPLAINTS: the complaints section (feature/complaints) goes here, after Callbacks:
        //   handedIn.add(complaintsSection);
        // and raiseComplaint below becomes: words -> { view.select(complaintsSection); complaintsSection.raise(words); }
        Consumer<CallbackComplaint> raiseComplaint = null;
        view = new CustomerCareView(new CareContext(services.callbacks(), services.questionnaires(),
                services.careFigures(), services.session(), services.clock(), context.messages(), context.background(),
                context.errors(), context.window(), raiseComplaint), handedIn);
        return view.build();
    }

    @Override
    public void activate() {
        if (view != null) {
            view.activate();
        }
    }

    @Override
    public void close() {
        view = null;
    }
}
