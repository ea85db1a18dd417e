package com.fours.workbench.qc.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import com.fours.workbench.security.Permission;

/**
 * The Quality Control tab (质量检验): the sheet of the orders in QC (sign, fail with a reason,
 * prints, the certificate), the checklists and guarantee periods for those who manage them, and
 * the first-time-fix figures.
 */
public final class QualityControlView {

    private final QcContext context;
    private QcSheetPane sheet;
    private ChecklistPane checklists;
    private FiguresPane figures;
    private ComebacksPane comebacks;
    private TabPane tabs;

    public QualityControlView(QcContext context) {
        this.context = context;
    }

    public Node build() {
        sheet = new QcSheetPane(context);
        figures = new FiguresPane(context);
        tabs = new TabPane();
        tabs.setId("qcTabs");
        tabs.getTabs().add(tab("qcTab-sheet", context.messages().get("qc.ui.tab.sheet"), sheet.build()));
        if (context.session().may(Permission.MANAGE_QC_CHECKLISTS)) {
            checklists = new ChecklistPane(context);
            tabs.getTabs().add(tab("qcTab-checklists", context.messages().get("qc.ui.tab.checklists"), checklists.build()));
        }
        if (context.session().may(Permission.OVERRIDE_COMEBACK_CHARGE)) {
            comebacks = new ComebacksPane(context);
            tabs.getTabs().add(tab("qcTab-comebacks", context.messages().get("qc.ui.tab.comebacks"), comebacks.build()));
        }
        tabs.getTabs().add(tab("qcTab-figures", context.messages().get("qc.ui.tab.figures"), figures.build()));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> activate());
        return tabs;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** The tab is shown again: read what may have changed. */
    public void activate() {
        if (tabs == null) {
            return;
        }
        String id = tabs.getSelectionModel().getSelectedItem().getId();
        switch (id) {
            case "qcTab-checklists" -> checklists.activate();
            case "qcTab-figures" -> figures.activate();
            case "qcTab-comebacks" -> comebacks.activate();
            default -> sheet.activate();
        }
    }
}
