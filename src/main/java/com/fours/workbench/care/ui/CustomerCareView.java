package com.fours.workbench.care.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

import com.fours.workbench.security.Role;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;

/**
 * The Customer care tab (客户关怀): today's callbacks with the call pane, the questionnaire and its
 * versions, the figures, and for the service manager the callback rules; then the sections app/ hands in from other features (complaints).
 */
public final class CustomerCareView {

    private final CareContext context;
    private final List<Section> handedIn;
    private SectionTabs tabs;

    public CustomerCareView(CareContext context, List<Section> handedIn) {
        this.context = context;
        this.handedIn = handedIn;
    }

    public Node build() {
        List<Section> sections = new ArrayList<>();
        sections.add(new CallbacksPane(context));
        sections.addAll(handedIn);
        sections.add(new QuestionnairePane(context));
        sections.add(new CareFiguresPane(context));
        if (context.session().user().map(u -> u.roles().contains(Role.SERVICE_MANAGER)).orElse(false)) {
            sections.add(new CallbackRulesPane(context));
        }
        tabs = new SectionTabs("careTabs", sections);
        return tabs.build();
    }

    public void activate() {
        if (tabs != null) {
            tabs.activate();
        }
    }

    /** Brings a section to the front and, on the complaints, chooses the complaint named: a link of the home page. */
    public void show(String sectionId, Long recordId) {
        if (tabs == null) {
            return;
        }
        tabs.select(sectionId).ifPresent(section -> {
            if (recordId != null && section instanceof ComplaintsSection complaints) {
                complaints.open(recordId);
            }
        });
    }

    /** Shows a section handed in (the complaints section, when a complaint was raised from a call). */
    public boolean select(Section section) {
        return tabs != null && tabs.select(section);
    }
}
