package com.fours.workbench.repair.ui;

import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.JobClockReason;
import com.fours.workbench.repair.TechnicianJob;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/**
 * The technician's own screen (我的作业): today's jobs in large print and big clock buttons, for a
 * technician in overalls. Keyboard: arrows choose a job, F5 clocks on, F8 finishes, F6 pauses for parts, F7 for a break.
 */
final class JobClockPane implements Section {

    private final DispatchContext context;
    private final Messages messages;
    private final JobClockViewModel model;

    JobClockPane(DispatchContext context) {
        this.context = context;
        this.messages = context.repair().messages();
        this.model = new JobClockViewModel(context);
    }

    @Override
    public String id() {
        return "repairTab-myJobs";
    }

    @Override
    public String title() {
        return messages.get("myJobs.title");
    }

    @Override
    public Node build() {
        ListView<TechnicianJob> list = new ListView<>(model.jobs());
        list.setId("myJobsList");
        list.getStyleClass().add(StyleClasses.JOB_CLOCK_LIST);
        list.setPlaceholder(new Label(model.emptyText()));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TechnicianJob job, boolean empty) {
                super.updateItem(job, empty);
                setText(null);
                getStyleClass().remove(StyleClasses.JOB_CLOCK_ON);
                if (empty || job == null) {
                    setGraphic(null);
                    return;
                }
                Label car = new Label(model.car(job));
                car.getStyleClass().add(StyleClasses.JOB_CLOCK_CAR);
                Label work = new Label(model.work(job));
                work.getStyleClass().add(StyleClasses.JOB_CLOCK_WORK);
                Label hours = new Label(model.hours(job));
                hours.getStyleClass().add(StyleClasses.CARD_CAPTION);
                setGraphic(new VBox(2, car, work, hours));
                if (job.clockedOn()) {
                    getStyleClass().add(StyleClasses.JOB_CLOCK_ON);
                }
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });

        Button on = big("clockOnButton", messages.get("myJobs.clockOn") + "  F5", Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE);
        on.getStyleClass().add(Styles.SUCCESS);
        on.disableProperty().bind(model.canClockOnProperty().not());
        on.setOnAction(e -> model.clockOn());
        Button parts = big("pausePartsButton", messages.get("myJobs.pauseParts") + "  F6", Material2OutlinedMZ.PAUSE_CIRCLE_OUTLINE);
        parts.disableProperty().bind(model.canClockOffProperty().not());
        parts.setOnAction(e -> model.clockOff(JobClockReason.WAITING_FOR_PARTS));
        Button pause = big("pauseBreakButton", messages.get("myJobs.pauseBreak") + "  F7", Material2OutlinedAL.FREE_BREAKFAST);
        pause.disableProperty().bind(model.canClockOffProperty().not());
        pause.setOnAction(e -> model.clockOff(JobClockReason.BREAK));
        Button finish = big("finishButton", messages.get("myJobs.finish") + "  F8", Material2OutlinedAL.CHECK_CIRCLE);
        finish.getStyleClass().add(Styles.ACCENT);
        finish.disableProperty().bind(model.canClockOffProperty().not());
        finish.setOnAction(e -> model.clockOff(JobClockReason.FINISHED));

        HBox buttons = new HBox(12, on, parts, pause, finish);
        Label message = FormControls.message("myJobsMessage", model.messageProperty());
        message.getStyleClass().add(StyleClasses.JOB_CLOCK_MESSAGE);
        VBox box = new VBox(12, list, buttons, message);
        box.setPadding(new Insets(12));
        VBox.setVgrow(list, Priority.ALWAYS);
        // on the scene, not the box: after choosing the tab the focus is on the tab header, outside the
        // box, and the keys did nothing until a row was clicked; the model already holds the obvious job
        EventHandler<KeyEvent> keys = event -> {
            Button target = event.getCode() == KeyCode.F5 ? on : event.getCode() == KeyCode.F6 ? parts
                    : event.getCode() == KeyCode.F7 ? pause : event.getCode() == KeyCode.F8 ? finish : null;
            if (target != null && shown(box) && !target.isDisabled()) {
                target.fire();
                event.consume();
            }
        };
        box.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
        });
        model.refresh();
        return box;
    }

    /** Whether the node is on screen: a tab pane keeps the content of its other tabs in the scene, invisible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static Button big(String id, String text, org.kordamp.ikonli.Ikon icon) {
        Button button = FormControls.button(id, text, icon);
        button.getStyleClass().add(StyleClasses.JOB_CLOCK_BUTTON);
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        return button;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
