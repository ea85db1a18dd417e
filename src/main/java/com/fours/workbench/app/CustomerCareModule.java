package com.fours.workbench.app;

import java.util.List;

import javafx.scene.Node;

import com.fours.workbench.care.ContactScope;
import com.fours.workbench.care.ui.ComplaintsContext;
import com.fours.workbench.care.ui.ComplaintsSection;
import com.fours.workbench.care.ui.ContactHistoryPane;
import com.fours.workbench.care.ui.DueRemindersSection;
import com.fours.workbench.customers.ui.CardPanel;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;

/**
 * Customer care (客户关怀): complaints and the due lists of this branch; the callbacks, the
 * questionnaire and the figures are the other half's sections, merged here by the integrator.
 */
final class CustomerCareModule implements WorkbenchModule {

    private SectionTabs tabs;

    @Override
    public ModuleKind kind() {
        return ModuleKind.CUSTOMER_CARE;
    }

    @Override
    public Node createContent(ModuleContext context) {
        ComplaintsContext care = complaintsContext(context);
        List<Section> sections = List.of(new ComplaintsSection(care), new DueRemindersSection(care));
        tabs = new SectionTabs("careSections", sections);
        return tabs.build();
    }

    @Override
    public void activate() {
        if (tabs != null) {
            tabs.activate();
        }
    }

    @Override
    public void close() {
        tabs = null;
    }

    static ComplaintsContext complaintsContext(ModuleContext context) {
        AppServices services = context.services();
        return new ComplaintsContext(services.complaints(), services.correctiveActions(), services.dueReminders(),
                services.contactHistory(), services.session(), services.zone(), context.messages(), context.background(),
                context.errors(), context.window());
    }

    /** The contact history at the foot of the archive's cards. */
    static CardPanel contactHistoryPanel(ModuleContext context) {
        ContactHistoryPane pane = new ContactHistoryPane(complaintsContext(context));
        return new CardPanel() {
            @Override
            public Node build() {
                return pane.build();
            }

            @Override
            public void showVehicle(long vehicleId) {
                pane.show(ContactScope.vehicle(vehicleId));
            }

            @Override
            public void showCustomer(long customerId) {
                pane.show(ContactScope.customer(customerId));
            }
        };
    }
}
