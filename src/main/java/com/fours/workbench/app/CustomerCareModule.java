package com.fours.workbench.app;

import java.util.List;
import java.util.Optional;

import javafx.scene.Node;

import com.fours.workbench.care.CallbackComplaint;
import com.fours.workbench.care.Complaint;
import com.fours.workbench.care.ComplaintChannel;
import com.fours.workbench.care.ContactScope;
import com.fours.workbench.care.ui.CareContext;
import com.fours.workbench.care.ui.ComplaintDeadlinesSection;
import com.fours.workbench.care.ui.ComplaintHandOver;
import com.fours.workbench.care.ui.ComplaintsContext;
import com.fours.workbench.care.ui.ComplaintsSection;
import com.fours.workbench.care.ui.ContactHistoryPane;
import com.fours.workbench.care.ui.CorrectiveActionsSection;
import com.fours.workbench.care.ui.CustomerCareView;
import com.fours.workbench.care.ui.DueRemindersSection;
import com.fours.workbench.care.ui.NewComplaintSection;
import com.fours.workbench.customers.ui.ArchiveSearchViewModel;
import com.fours.workbench.customers.ui.CardPanel;

/**
 * Customer care (客户关怀): callbacks after every visit with the survey, complaints to closure, the
 * insurance and annual-inspection due lists, the questionnaire and the figures.
 */
final class CustomerCareModule implements WorkbenchModule, OpensWork {

    private CustomerCareView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.CUSTOMER_CARE;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        ComplaintsContext care = complaintsContext(context);
        ComplaintsSection complaints = new ComplaintsSection(care);
        view = new CustomerCareView(new CareContext(services.callbacks(), services.questionnaires(),
                services.careFigures(), services.session(), services.clock(), context.messages(), context.background(),
                context.errors(), context.window(), handOver(services, complaints), services.carePrints(),
                services.reports()),
                List.of(complaints, new NewComplaintSection(care), new CorrectiveActionsSection(care),
                        new DueRemindersSection(care), new ComplaintDeadlinesSection(care)));
        return view.build();
    }

    /** The call pane records a complaint in place and opens it in the complaints section when asked. */
    private ComplaintHandOver handOver(AppServices services, ComplaintsSection complaints) {
        return new ComplaintHandOver() {
            @Override
            public Complaint raise(CallbackComplaint from) {
                return services.complaints().raise(from.repairOrderId(), from.callbackId(), from.customerWords(),
                        ComplaintChannel.CALLBACK);
            }

            @Override
            public Optional<Complaint> raisedFrom(long callbackId) {
                return services.complaints().raisedFrom(callbackId);
            }

            @Override
            public void open(Complaint complaint) {
                view.select(complaints);
                complaints.open(complaint);
            }
        };
    }

    @Override
    public void activate() {
        if (view != null) {
            view.activate();
        }
    }

    @Override
    public void openWork(String sectionId, Long recordId) {
        if (view != null) {
            view.show(sectionId, recordId);
        }
    }

    @Override
    public void close() {
        view = null;
    }

    static ComplaintsContext complaintsContext(ModuleContext context) {
        AppServices services = context.services();
        return new ComplaintsContext(services.complaints(), services.correctiveActions(), services.dueReminders(),
                services.contactHistory(), services.session(), services.zone(), context.messages(), context.background(),
                context.errors(), context.window(), () -> new ArchiveSearchViewModel(services.archiveSearch()::search,
                        context.background(), context.errors(), context.messages()),
                services.carePrints(), services.reports());
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
