package com.fours.workbench.care.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2MZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.care.CallbackFallback;
import com.fours.workbench.care.CallbackService;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/**
 * The store's callback rules (回访规则), for the service manager: days after the hand-back, fewer
 * after a heavy repair, how many unanswered calls over how many days before "could not reach", and
 * the fallback. Its own section, so a settings pane of the tab can take it in as it is.
 */
final class CallbackRulesPane implements Section {

    private final Messages messages;
    private final CallbackRulesViewModel model;

    CallbackRulesPane(CareContext context) {
        this.messages = context.messages();
        this.model = new CallbackRulesViewModel(context);
    }

    @Override
    public String id() {
        return "careTab-rules";
    }

    @Override
    public String title() {
        return messages.get("care.rules.tab");
    }

    @Override
    public Node build() {
        FormGrid form = new FormGrid();
        form.addField(messages.get("care.rules.dueDays"), FormControls.text("careRulesDueDays",
                model.dueDaysProperty()), model.errors().of(CallbackService.DUE_DAYS));
        Label heavy = new Label(model.heavyMeans());
        heavy.setWrapText(true);
        heavy.getStyleClass().add(Styles.TEXT_MUTED);
        form.addField(messages.get("care.rules.heavyDueDays"), FormControls.text("careRulesHeavyDueDays",
                model.heavyDueDaysProperty()), model.errors().of(CallbackService.HEAVY_DUE_DAYS), heavy);
        form.addField(messages.get("care.rules.maxAttempts"), FormControls.text("careRulesMaxAttempts",
                model.maxAttemptsProperty()), model.errors().of(CallbackService.MAX_ATTEMPTS));
        form.addField(messages.get("care.rules.minAttemptDays"), FormControls.text("careRulesMinAttemptDays",
                model.minAttemptDaysProperty()), model.errors().of(CallbackService.MIN_ATTEMPT_DAYS));
        form.addField(messages.get("care.rules.fallback"), FormControls.choice("careRulesFallback",
                List.of(CallbackFallback.values()), model.fallbackProperty(), messages),
                model.errors().of(CallbackService.FALLBACK));
        Button save = FormControls.button("careRulesSave", messages.get("care.rules.save"), Material2MZ.SAVE);
        save.setOnAction(e -> model.save());
        save.setDefaultButton(true);
        Label hint = new Label(messages.get("care.rules.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, FormControls.heading(messages.get("care.rules.heading")), form, save,
                FormControls.message("careRulesMessage", model.messageProperty()), hint);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        model.refresh();
        return scroll;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
