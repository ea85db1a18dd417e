package com.fours.workbench.qc.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;

/**
 * The Quality Control tab (质量检验): the sheet of the orders in QC (sign, fail with a reason,
 * prints, the certificate), the checklists and guarantee periods for those who manage them, and
 * the first-time-fix figures.
 */
public final class QualityControlView {

    private final QcContext context;
    private SectionTabs tabs;

    public QualityControlView(QcContext context) {
        this.context = context;
    }

    public Node build() {
        List<Section> sections = new ArrayList<>();
        sections.add(new QcSheetPane(context));
        if (context.session().may(Permission.MANAGE_QC_CHECKLISTS)) {
            sections.add(new ChecklistPane(context));
            sections.add(new ServiceRulesPane(context));
        }
        if (context.session().may(Permission.OVERRIDE_COMEBACK_CHARGE)) {
            sections.add(new ComebacksPane(context));
        }
        sections.add(new FiguresPane(context));
        tabs = new SectionTabs("qcTabs", sections);
        return tabs.build();
    }

    /** Brings a pane to the front and, on the QC sheet, chooses the order named: a link of the home page. */
    public void show(String sectionId, Long orderId) {
        if (tabs == null) {
            return;
        }
        tabs.select(sectionId).ifPresent(section -> {
            if (orderId != null && section instanceof QcSheetPane sheet) {
                sheet.open(orderId);
            }
        });
    }

    /** The tab is shown again: read what may have changed. */
    public void activate() {
        if (tabs != null) {
            tabs.activate();
        }
    }
}
