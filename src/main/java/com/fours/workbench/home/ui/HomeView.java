package com.fours.workbench.home.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.kordamp.ikonli.material2.Material2OutlinedAL;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.home.HomeItem;
import com.fours.workbench.home.HomeLine;
import com.fours.workbench.home.HomeLineKind;
import com.fours.workbench.home.HomeScreen;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.LiveUpdates;
import com.fours.workbench.ui.StyleClasses;

/**
 * The home page (今日): a card per line of the user's roles, three to a row, each with its count,
 * how many are late, and the first few items as links into the screen that does them. While shown
 * it reads the page again every 30 seconds and whenever another workstation changes an order, a
 * booking, a bill or stock; a card is updated in place, so a refresh does not flicker.
 */
public final class HomeView {

    static final Duration REFRESH = Duration.seconds(30);
    private static final int COLUMNS = 3;

    private final HomeViewModel model;
    private final Timeline timer = new Timeline();
    private final LiveUpdates live;
    private final Map<HomeLineKind, Card> cards = new EnumMap<>(HomeLineKind.class);
    private GridPane grid;
    private Node root;

    public HomeView(HomeContext context) {
        this.model = new HomeViewModel(context);
        timer.getKeyFrames().add(new KeyFrame(REFRESH, event -> tick()));
        timer.setCycleCount(Animation.INDEFINITE);
        live = new LiveUpdates(context.changes(), Set.of(ChangeTopic.values()), () -> root, changes -> model.refresh());
    }

    public Node build() {
        grid = new GridPane();
        grid.setId("homeLines");
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        model.lines().addListener((ListChangeListener<HomeLine>) change -> show());
        Label updated = new Label();
        updated.setId("homeUpdated");
        updated.getStyleClass().add(StyleClasses.CARD_CAPTION);
        updated.textProperty().bind(model.updatedProperty());
        Label empty = new Label(model.nothing());
        empty.setId("homeNothing");
        empty.getStyleClass().add(StyleClasses.EMPTY_STATE);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.lines())
                .and(model.updatedProperty().isNotEmpty()));
        empty.managedProperty().bind(empty.visibleProperty());
        HBox shortcuts = new HBox(8);
        shortcuts.setId("homeShortcuts");
        shortcuts.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.shortcuts()));
        model.shortcuts().addListener((ListChangeListener<HomeScreen>) change -> shortcuts.getChildren().setAll(
                model.shortcuts().stream().map(this::shortcut).toList()));
        VBox page = new VBox(10, shortcuts, grid, empty, updated);
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("homePage");
        scroll.setFitToWidth(true);
        root = scroll;
        activate();
        return scroll;
    }

    /** A button that opens a screen, as a line's name does. */
    private Node shortcut(HomeScreen screen) {
        Button button = FormControls.button("homeOpen-" + screen.name(), model.shortcut(screen),
                Material2OutlinedAL.INSERT_CHART);
        button.getStyleClass().add(Styles.ACCENT);
        button.setOnAction(e -> model.open(screen));
        return button;
    }

    /** The lines in place: a card per kind, made once, its contents changed in place. */
    private void show() {
        int index = 0;
        for (HomeLine line : model.lines()) {
            Card card = cards.computeIfAbsent(line.kind(), Card::new);
            card.show(line);
            int column = index % COLUMNS;
            int row = index / COLUMNS;
            if (!grid.getChildren().contains(card.box)) {
                grid.add(card.box, column, row);
            } else {
                GridPane.setConstraints(card.box, column, row);
            }
            index++;
        }
        grid.getChildren().removeIf(n -> cards.values().stream().noneMatch(c -> c.box == n
                && model.lines().stream().anyMatch(l -> l.kind() == c.kind)));
    }

    public void activate() {
        live.start();
        model.refresh();
        timer.play();
    }

    public void deactivate() {
        timer.stop();
        live.stop();
    }

    /** Each tick: read the page again while it is on screen; otherwise stop until the tab is shown again. */
    private void tick() {
        if (LiveUpdates.shown(root)) {
            model.refresh();
        } else {
            deactivate();
        }
    }

    /** For the tests: whether the auto-refresh runs. */
    boolean refreshing() {
        return timer.getStatus() == Animation.Status.RUNNING;
    }

    /** One line's card: a link with the line's name to the section, the count, the late count, the items. */
    private final class Card {
        private final HomeLineKind kind;
        private final VBox box = new VBox(4);
        private final Label count = new Label();
        private final Label overdue = new Label();
        private final VBox items = new VBox(2);
        private final Label more = new Label();
        private final Label empty = new Label();

        Card(HomeLineKind kind) {
            this.kind = kind;
            Hyperlink title = new Hyperlink(model.title(kind));
            title.setId("homeLink-" + kind.name());
            title.getStyleClass().add(Styles.TITLE_4);
            title.setOnAction(e -> model.open(kind, null));
            title.setMinWidth(Region.USE_PREF_SIZE);
            count.setId("homeCount-" + kind.name());
            count.getStyleClass().addAll(Styles.TITLE_3, StyleClasses.HOME_COUNT);
            count.setMinWidth(Region.USE_PREF_SIZE);
            overdue.setId("homeOverdue-" + kind.name());
            overdue.getStyleClass().add(StyleClasses.HOME_OVERDUE);
            overdue.setMinWidth(Region.USE_PREF_SIZE);
            Region space = new Region();
            HBox.setHgrow(space, Priority.ALWAYS);
            HBox head = new HBox(8, title, space, overdue, count);
            head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            items.setId("homeItems-" + kind.name());
            more.getStyleClass().add(StyleClasses.CARD_CAPTION);
            empty.setText(model.empty(kind));
            empty.setId("homeEmpty-" + kind.name());
            empty.getStyleClass().add(StyleClasses.CARD_CAPTION);
            empty.setWrapText(true);
            box.getChildren().addAll(head, items, more, empty);
            box.setId("homeLine-" + kind.name());
            box.getStyleClass().add(StyleClasses.HOME_CARD);
            box.setMaxWidth(Double.MAX_VALUE);
        }

        void show(HomeLine line) {
            count.setText(model.count(line));
            overdue.setText(model.overdue(line));
            overdue.setVisible(line.overdue() > 0);
            box.getStyleClass().remove(StyleClasses.HOME_CARD_LATE);
            if (line.overdue() > 0) {
                box.getStyleClass().add(StyleClasses.HOME_CARD_LATE);
            }
            items.getChildren().setAll(line.first().stream().map(this::item).toList());
            more.setText(model.more(line));
            more.setVisible(!more.getText().isEmpty());
            more.setManaged(more.isVisible());
            empty.setVisible(line.empty());
            empty.setManaged(line.empty());
        }

        private Node item(HomeItem item) {
            Hyperlink link = new Hyperlink(model.item(item));
            // a supplier's long name wraps in a third of a 1280 window rather than losing the time
            link.setWrapText(true);
            link.getStyleClass().add(StyleClasses.HOME_ITEM);
            if (item.overdue()) {
                link.getStyleClass().add(StyleClasses.HOME_ITEM_LATE);
            }
            link.setOnAction(e -> model.open(kind, item));
            return link;
        }
    }
}
