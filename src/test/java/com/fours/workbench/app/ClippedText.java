package com.fours.workbench.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

import com.fours.workbench.ui.Columns;

/**
 * What a screen draws shorter than it says: a label, button, tab or table cell whose drawn text ends
 * in its ellipsis, a table column that runs past the edge of its table's viewport (cut with no
 * ellipsis: "¥4" of "¥430.00"), and a button that lies outside the window. Only a free-text cell (ui/Columns'
 * long text: a job's description, a name) may be shortened, and then its tooltip shows it whole;
 * numbers, plates, statuses, amounts, labels and button labels always show whole.
 */
final class ClippedText {

    private ClippedText() {
    }

    /** Each cut text on the scene as "Kind 'whole text' shows 'drawn text'"; call on the FX thread. */
    static List<String> in(Scene scene) {
        List<String> found = new ArrayList<>();
        Set<Object> edge = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(scene.getRoot());
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!node.isVisible()) {
                continue;
            }
            if (node instanceof Labeled labeled) {
                cut(labeled).ifPresent(found::add);
            }
            if (node instanceof IndexedCell<?> cell) {
                pastEdge(cell, edge).ifPresent(found::add);
            }
            if (node instanceof ButtonBase button && outside(button, scene)) {
                found.add(kind(button) + " '" + button.getText() + "' lies outside the window");
            }
            if (node instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(todo::push);
            }
        }
        return found;
    }

    private static java.util.Optional<String> cut(Labeled labeled) {
        String whole = labeled.getText();
        if (whole == null || whole.isBlank() || labeled.getSkin() == null) {
            return java.util.Optional.empty();
        }
        String ellipsis = labeled.getEllipsisString();
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && child.getStyleClass().contains("text")) {
                String shown = drawn.getText();
                if (shown != null && !ellipsis.isEmpty() && shown.endsWith(ellipsis) && !whole.endsWith(ellipsis)
                        && !wholeOnHover(labeled, whole)) {
                    return java.util.Optional.of(kind(labeled) + " '" + whole + "' shows '" + shown + "'");
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A table cell that runs past the right edge of what its table shows: its column is wider than
     * the viewport left for it, and the user would have to scroll sideways (or could not at all) to
     * read the order number, plate, status or amount. Once per column. Only key columns
     * ({@link Columns#isKey}): free text and secondary columns may lie past the edge.
     */
    private static java.util.Optional<String> pastEdge(IndexedCell<?> cell, Set<Object> reported) {
        String text = cell.getText();
        if (text == null || text.isBlank() || cell.isEmpty() || !cell.isVisible()) {
            return java.util.Optional.empty();
        }
        Control table;
        Object column;
        if (cell instanceof TableCell<?, ?> tc && tc.getTableView() != null && tc.getTableColumn() != null) {
            table = tc.getTableView();
            column = tc.getTableColumn();
        } else if (cell instanceof TreeTableCell<?, ?> tc && tc.getTreeTableView() != null && tc.getTableColumn() != null) {
            table = tc.getTreeTableView();
            column = tc.getTableColumn();
        } else {
            return java.util.Optional.empty();
        }
        if (!rowShown(cell) || !(column instanceof TableColumnBase<?, ?> base) || !Columns.isKey(base)) {
            return java.util.Optional.empty();
        }
        Bounds drawn = drawnText(cell);
        double right = visibleRight(cell);
        if (drawn.getWidth() <= 0 || drawn.getMaxX() <= right + 1 || !reported.add(column)) {
            return java.util.Optional.empty();
        }
        String title = column instanceof TableColumnBase<?, ?> c ? c.getText() : "?";
        return java.util.Optional.of(kind(table) + " column '" + title + "' runs past the table's edge: '" + text
                + "' shows " + Math.round(Math.max(0, right - drawn.getMinX())) + " of " + Math.round(drawn.getWidth())
                + " px");
    }

    /** Where the cell's text is drawn (its padding may lie under the scroll bar), else the cell itself. */
    private static Bounds drawnText(IndexedCell<?> cell) {
        for (Node child : cell.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text") && child.isVisible()) {
                return text.localToScene(text.getLayoutBounds());
            }
        }
        return cell.localToScene(cell.getLayoutBounds());
    }

    /** A row of the table that is laid out and visible (not a spare cell the flow keeps hidden). */
    private static boolean rowShown(Node cell) {
        for (Node up = cell; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
            if (up instanceof TableView<?> || up instanceof TreeTableView<?>) {
                return true;
            }
        }
        return false;
    }

    /**
     * The right edge, in scene coordinates, of what is really drawn of {@code node}: every clip above
     * it (the table's viewport, a split pane's item, a scroll pane's viewport) and the window.
     */
    private static double visibleRight(Node node) {
        double right = node.getScene().getWidth();
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            Node clip = up.getClip();
            if (clip != null) {
                right = Math.min(right, up.localToScene(clip.getBoundsInParent()).getMaxX());
            }
        }
        return right;
    }

    private static boolean wholeOnHover(Labeled labeled, String whole) {
        Tooltip tip = labeled.getTooltip();
        return labeled instanceof Cell<?> && tip != null && whole.equals(tip.getText());
    }

    /** A button beyond the window's right or bottom edge, where no scroll pane can bring it into view. */
    private static boolean outside(ButtonBase button, Scene scene) {
        if (button.getScene() != scene || insideScrolling(button)) {
            return false;
        }
        Bounds bounds = button.localToScene(button.getBoundsInLocal());
        return bounds.getWidth() > 0 && (bounds.getMaxX() > scene.getWidth() + 1 || bounds.getMaxY() > scene.getHeight() + 1);
    }

    private static boolean insideScrolling(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane || up.getStyleClass().contains("virtual-flow")) {
                return true;
            }
        }
        return false;
    }

    private static String kind(Node node) {
        String name = node.getClass().getSimpleName();
        return (name.isEmpty() ? node.getClass().getSuperclass().getSimpleName() : name)
                + (node.getId() == null ? "" : "#" + node.getId());
    }

    /** Selects the first row of every shown list and table without a selection, so the detail beside it fills. */
    static void pickFirstRows(Node content) {
        if (content == null) {
            return;
        }
        for (Node node : shown(content)) {
            if (node instanceof TableView<?> table && !table.getItems().isEmpty()
                    && table.getSelectionModel() != null && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            } else if (node instanceof ListView<?> list && !list.getItems().isEmpty()
                    && list.getSelectionModel() != null && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().select(0);
            } else if (node instanceof TreeTableView<?> tree && tree.getSelectionModel() != null
                    && tree.getSelectionModel().isEmpty() && tree.getExpandedItemCount() > 0) {
                tree.getSelectionModel().select(0);
            }
        }
    }

    /** The tab panes directly inside {@code content}: not those nested in them. */
    static List<TabPane> nestedTabPanes(Node content) {
        List<TabPane> panes = new ArrayList<>();
        if (content == null) {
            return panes;
        }
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(content);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof TabPane pane) {
                panes.add(pane);
            } else if (node instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(todo::push);
            }
        }
        return panes;
    }

    private static List<Node> shown(Node root) {
        List<Node> nodes = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!node.isVisible()) {
                continue;
            }
            nodes.add(node);
            if (node instanceof Parent parent && !(node instanceof TabPane && node != root)) {
                parent.getChildrenUnmodifiable().forEach(todo::push);
            }
        }
        return nodes;
    }
}
