package com.fours.workbench.repair.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.Set;

import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.repair.JobBoardCard;
import com.fours.workbench.repair.JobBoardColumn;
import com.fours.workbench.ui.LiveUpdates;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/**
 * The job board (看板): six columns of car cards (plate, model, advisor, promised time; late cards
 * marked with the {@code job-card-late} style class). While it is shown it reloads as soon as any
 * workstation changes a repair order or stock (decision 0057), and every 20 seconds for the cards
 * that turn late as time passes; both stop when its tab or the Repair Orders tab is left.
 */
final class JobBoardPane implements Section {

    static final Duration REFRESH = Duration.seconds(20);

    private final DispatchContext context;
    private final JobBoardViewModel model;
    private final Timeline timer = new Timeline();
    private final LiveUpdates live;
    private Node root;

    JobBoardPane(DispatchContext context) {
        this.context = context;
        this.model = new JobBoardViewModel(context);
        timer.getKeyFrames().add(new KeyFrame(REFRESH, event -> tick()));
        timer.setCycleCount(Animation.INDEFINITE);
        live = new LiveUpdates(context.repair().changes(), Set.of(ChangeTopic.REPAIR_ORDER, ChangeTopic.STOCK),
                () -> root, changes -> model.refresh());
    }

    @Override
    public String id() {
        return "repairTab-board";
    }

    @Override
    public String title() {
        return context.repair().messages().get("jobBoard.title");
    }

    @Override
    public Node build() {
        HBox columns = new HBox(10);
        columns.setId("jobBoard");
        columns.setPadding(new Insets(10));
        for (JobBoardColumn column : JobBoardColumn.values()) {
            Node built = column(column);
            HBox.setHgrow(built, Priority.ALWAYS);
            columns.getChildren().add(built);
        }
        Label updated = new Label();
        updated.setId("jobBoardUpdated");
        updated.getStyleClass().add(StyleClasses.CARD_CAPTION);
        updated.textProperty().bind(model.updatedProperty());
        VBox box = new VBox(4, columns, updated);
        box.setPadding(new Insets(0, 10, 8, 10));
        VBox.setVgrow(columns, Priority.ALWAYS);
        root = box;
        activate();
        return box;
    }

    private Node column(JobBoardColumn column) {
        Label title = new Label(model.title(column));
        title.getStyleClass().add(StyleClasses.JOB_BOARD_COLUMN_TITLE);
        VBox cards = new VBox(8);
        cards.setId("jobBoardColumn-" + column.name());
        cards.getStyleClass().add(StyleClasses.JOB_BOARD_CARDS);
        model.cards(column).addListener((ListChangeListener<JobBoardCard>) change -> {
            title.setText(model.title(column));
            cards.getChildren().setAll(model.cards(column).stream().map(this::card).toList());
        });
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(StyleClasses.JOB_BOARD_SCROLL);
        VBox box = new VBox(6, title, scroll);
        box.getStyleClass().add(StyleClasses.JOB_BOARD_COLUMN);
        box.setPrefWidth(200);
        box.setMinWidth(150);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    private Node card(JobBoardCard card) {
        Label plate = new Label(card.plate() == null ? "—" : card.plate());
        plate.getStyleClass().add(StyleClasses.JOB_CARD_PLATE);
        Label number = new Label(card.orderNumber());
        number.getStyleClass().add(StyleClasses.CARD_CAPTION);
        Label model = new Label(card.model());
        Label advisor = new Label(card.advisor());
        advisor.getStyleClass().add(StyleClasses.CARD_CAPTION);
        Label promised = new Label(this.model.promised(card));
        promised.getStyleClass().add(StyleClasses.JOB_CARD_PROMISED);
        VBox box = new VBox(2, plate, model, advisor, promised, number);
        if (card.keyTag() != null) {
            Label keyTag = new Label(this.model.keyTag(card));
            keyTag.setId("jobCardKeyTag-" + card.orderNumber());
            keyTag.getStyleClass().add(StyleClasses.CARD_CAPTION);
            box.getChildren().add(keyTag);
        }
        box.setId("jobCard-" + card.orderNumber());
        box.getStyleClass().add(StyleClasses.JOB_CARD);
        if (card.late()) {
            box.getStyleClass().add(StyleClasses.JOB_CARD_LATE);
        }
        if (card.contactDue()) {
            Label due = new Label(this.model.contactDue());
            due.setId("jobCardContactDue-" + card.orderNumber());
            due.setWrapText(true);
            due.getStyleClass().add(StyleClasses.JOB_CARD_PROMISED);
            box.getChildren().add(due);
            box.getStyleClass().add(StyleClasses.JOB_CARD_CONTACT_DUE);
        }
        if (this.model.recordsContacts()) {
            Hyperlink contact = new Hyperlink(this.model.contactLink());
            contact.setId("jobCardContact-" + card.orderNumber());
            contact.setOnAction(e -> new ProgressContactDialog(this.model.contact(card), context.repair().messages())
                    .show(context.repair().window()));
            box.getChildren().add(contact);
        }
        return box;
    }

    @Override
    public void activate() {
        live.start();
        model.refresh();
        timer.play();
    }

    @Override
    public void deactivate() {
        timer.stop();
        live.stop();
    }

    /** Each tick: read the board again while it is on screen; otherwise stop until the tab is shown again. */
    private void tick() {
        if (LiveUpdates.shown(root)) {
            model.refresh();
        } else {
            timer.stop();
            live.stop();
        }
    }

    /** For the tests: whether the auto-refresh runs. */
    boolean refreshing() {
        return timer.getStatus() == Animation.Status.RUNNING;
    }

    /** For the tests: whether it listens to the other workstations' changes. */
    boolean listening() {
        return live.listening();
    }
}
