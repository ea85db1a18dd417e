package com.fours.workbench.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;

/**
 * The one factory of table columns. Every value is written by {@link Formats}; amounts, quantities
 * and kilometres are right-aligned; a column grows to the widest text it shows (and to its header),
 * so an order number, a plate, a status or an amount is never cut. Only free text ({@link #longText})
 * may be elided, and then its cell shows the whole text in a tooltip.
 */
public final class Columns {

    /** The width a free-text column starts at before the user resizes it. */
    private static final double LONG_TEXT_WIDTH = 200;
    // the cell's own insets are measured; this covers sub-pixel rounding and the sort arrow of a header
    private static final double SLACK = 6;
    private static final double HEADER_EXTRA = 22;
    private static final double DEFAULT_FONT_SIZE = 14; // .root in css/workbench.css
    private static final String STYLESHEET_FAMILY = "Noto Sans SC"; // .root in css/workbench.css
    private static final double SCROLL_BAR_WIDTH = 14;
    /** the divider itself and a pixel or two of rounding */
    private static final double DIVIDER_ROOM = 8;
    private static final String KEEPS_COLUMNS_WHOLE = "columns.keepsColumnsWhole";
    private static final String NOT_KEY = "columns.notKey";
    private static final Pattern FIGURE = Pattern.compile("\\s*([-+]?\\d+(?:\\.\\d+)?)");

    private Columns() {
    }

    /** A short key text (an order number, a plate, a name, a code): never cut. */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        return column(title, value, false, false);
    }

    /** Free text (a description, a note, a complaint): may be elided, shown whole in a tooltip. */
    public static <T> TableColumn<T, String> longText(String title, Function<T, String> value) {
        TableColumn<T, String> column = column(title, value, true, false);
        column.setPrefWidth(Math.max(column.getMinWidth(), LONG_TEXT_WIDTH));
        column.getProperties().put(NOT_KEY, Boolean.TRUE);
        return column;
    }

    /** As {@link #longText(String, Function)}, starting at {@code prefWidth}. */
    public static <T> TableColumn<T, String> longText(String title, Function<T, String> value, double prefWidth) {
        TableColumn<T, String> column = longText(title, value);
        column.setPrefWidth(Math.max(column.getMinWidth(), prefWidth));
        return column;
    }

    /**
     * Marks a column that is not a key value (a name beside the plate, an advisor, a consent): when
     * the table is narrow it may lie past the table's edge, where the user scrolls to it. A table
     * keeps room for its key columns only, so they come first and the marked ones after them.
     */
    public static <C extends TableColumnBase<?, ?>> C secondary(C column) {
        column.getProperties().put(NOT_KEY, Boolean.TRUE);
        return column;
    }

    /** A key column (an order number, a plate, a status, an amount): neither free text nor {@link #secondary}. */
    public static boolean isKey(TableColumnBase<?, ?> column) {
        return !column.getProperties().containsKey(NOT_KEY);
    }

    /** An already formatted figure (a percentage, hours with their unit), right-aligned and never cut. */
    public static <T> TableColumn<T, String> number(String title, Function<T, String> value) {
        return column(title, value, false, true);
    }

    public static <T> TableColumn<T, String> money(String title, Function<T, Money> value, Formats formats) {
        return number(title, row -> formats.money(value.apply(row)));
    }

    public static <T> TableColumn<T, String> quantity(String title, Function<T, BigDecimal> value, Formats formats) {
        return number(title, row -> formats.quantity(value.apply(row)));
    }

    /** Kilometres with their unit (120,000 公里 / 120,000 km). */
    public static <T> TableColumn<T, String> km(String title, Function<T, ? extends Number> value, Formats formats) {
        return number(title, row -> formats.km(value.apply(row)));
    }

    public static <T> TableColumn<T, String> date(String title, Function<T, LocalDate> value, Formats formats) {
        return text(title, row -> formats.date(value.apply(row)));
    }

    public static <T> TableColumn<T, String> dateTime(String title, Function<T, Instant> value, ZoneId zone,
                                                      Formats formats) {
        return text(title, row -> formats.dateTime(value.apply(row), zone));
    }

    /** A status or another enum, in the screen's language: never cut. */
    public static <T> TableColumn<T, String> status(String title, Function<T, ? extends Enum<?>> value,
                                                    Messages messages) {
        return text(title, row -> {
            Enum<?> constant = value.apply(row);
            return constant == null ? "" : messages.of(constant);
        });
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, boolean elide,
                                                     boolean number) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new FittedCell<>(elide));
        if (number) {
            column.getStyleClass().add(StyleClasses.NUMBER_COLUMN);
            column.setComparator(Columns::byNumber);
        }
        // until a cell is laid out with its real font, the header at the stylesheet's size, in the
        // wider of the stylesheet's family (where it is loaded yet) and the platform's
        double header = Math.max(headerWidth(title, Font.font(Font.getDefault().getFamily(), DEFAULT_FONT_SIZE)),
                headerWidth(title, Font.font(STYLESHEET_FAMILY, DEFAULT_FONT_SIZE)));
        column.setMinWidth(header);
        column.setPrefWidth(Math.max(column.getPrefWidth(), header));
        column.tableViewProperty().addListener((obs, old, table) -> {
            if (table != null) {
                keepColumnsWhole(table);
            }
        });
        return column;
    }

    /**
     * Keeps the table at least as wide as its key columns (and any column before the last of them),
     * its insets and a vertical scroll bar, so the split pane or box it sits in cannot squeeze an
     * amount past the table's edge ("¥4"), while free text and secondary columns after them do not
     * push a detail pane beside the table off the window. As cells widen their columns, the table's
     * minimum follows; the space above it goes to the table's flexible column.
     */
    static void keepColumnsWhole(TableView<?> table) {
        if (table.getProperties().putIfAbsent(KEEPS_COLUMNS_WHOLE, Boolean.TRUE) != null) {
            return;
        }
        Set<TableColumnBase<?, ?>> watched = Collections.newSetFromMap(new IdentityHashMap<>());
        Runnable fit = () -> {
            double min = Math.ceil(columnsWidth(table));
            table.setMinWidth(min);
            // a box lays the table out at its minimum even where the box itself is narrower (the
            // split pane then clips it), so the table's own width cannot tell; the split pane's item can
            makeRoom(table);
        };
        InvalidationListener refit = o -> fit.run();
        ListChangeListener<TableColumnBase<?, ?>> columnsChanged = change -> {
            for (TableColumnBase<?, ?> column : table.getVisibleLeafColumns()) {
                if (watched.add(column)) {
                    column.minWidthProperty().addListener(refit);
                }
            }
            fit.run();
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        javafx.collections.ObservableList<TableColumnBase<?, ?>> leaves = (javafx.collections.ObservableList) table.getVisibleLeafColumns();
        leaves.addListener(columnsChanged);
        table.skinProperty().addListener(refit);
        table.widthProperty().addListener(refit);
        table.paddingProperty().addListener(refit);
        columnsChanged.onChanged(null);
    }

    /**
     * A split pane honours its items' minimum widths when its dividers are dragged, not when an
     * item's minimum grows later (the columns widen as their cells are first drawn, or after the
     * view is rebuilt in another language): the divider beside the item holding the table is moved
     * so that the item gets its minimum width.
     */
    private static void makeRoom(Node table) {
        for (Node up = table.getParent(); up != null; up = up.getParent()) {
            if (up instanceof SplitPane split && split.getOrientation() == Orientation.HORIZONTAL) {
                widen(split, table);
                return;
            }
        }
    }

    private static void widen(SplitPane split, Node table) {
        double width = split.getWidth();
        List<SplitPane.Divider> dividers = split.getDividers();
        for (int k = 0; k < split.getItems().size() && width > 0; k++) {
            Node item = split.getItems().get(k);
            if (!holds(item, table)) {
                continue;
            }
            Bounds at = split.sceneToLocal(item.localToScene(item.getLayoutBounds()));
            double need = item.minWidth(-1) + DIVIDER_ROOM;
            if (at == null || at.getWidth() >= need - DIVIDER_ROOM) {
                return;
            }
            if (k < dividers.size()) {
                dividers.get(k).setPosition(Math.min(1, (at.getMinX() + need) / width));
            } else if (k > 0) {
                dividers.get(k - 1).setPosition(Math.max(0, (at.getMaxX() - need) / width));
            }
            return;
        }
    }

    private static boolean holds(Node item, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == item) {
                return true;
            }
        }
        return false;
    }

    private static double columnsWidth(TableView<?> table) {
        double width = table.snappedLeftInset() + table.snappedRightInset() + scrollBarWidth(table);
        double upToKey = 0;
        double total = 0;
        for (TableColumnBase<?, ?> column : table.getVisibleLeafColumns()) {
            total += column.getMinWidth();
            if (isKey(column)) {
                upToKey = total;
            }
        }
        return width + upToKey;
    }

    /** The vertical scroll bar's width where the skin has one, else the stylesheet's. */
    private static double scrollBarWidth(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                double width = bar.prefWidth(-1);
                if (width > 0) {
                    return width;
                }
            }
        }
        return SCROLL_BAR_WIDTH;
    }

    /** Lets a column grow (never shrink) so that {@code width} fits. */
    static void atLeast(TableColumn<?, ?> column, double width) {
        if (column.getMinWidth() < width) {
            column.setMinWidth(Math.ceil(width));
        }
        if (column.getPrefWidth() < width) {
            column.setPrefWidth(Math.ceil(width));
        }
    }

    /** Figures sort by their value (¥999.00 before ¥1,000.00), text after them as text. */
    static int byNumber(String a, String b) {
        BigDecimal x = numberIn(a);
        BigDecimal y = numberIn(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
    }

    private static BigDecimal numberIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FIGURE.matcher(text.replace(",", "").replace("¥", ""));
        return m.lookingAt() ? new BigDecimal(m.group(1)) : null;
    }

    private static double headerWidth(String title, Font font) {
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        return textWidth(title, bold) + HEADER_EXTRA + SLACK;
    }

    static double textWidth(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    private static final class FittedCell<T> extends TableCell<T, String> {

        private final boolean elide;
        private Tooltip whole;
        private String fitted;
        private Font fittedFont;
        private boolean measured;

        FittedCell(boolean elide) {
            this.elide = elide;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            String text = empty ? null : item;
            setText(text);
            if (elide) {
                if (text == null || text.isEmpty()) {
                    setTooltip(null);
                } else {
                    if (whole == null) {
                        whole = new Tooltip();
                        whole.setWrapText(true);
                        whole.setMaxWidth(600);
                    }
                    whole.setText(text);
                    setTooltip(whole);
                }
            }
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // measured here, where the stylesheet's font is known; only when text or font changed
            TableColumn<T, String> column = getTableColumn();
            String text = getText();
            Font font = getFont();
            if (column == null || (measured && Objects.equals(text, fitted) && font.equals(fittedFont))) {
                return;
            }
            measured = true;
            fitted = text;
            fittedFont = font;
            double insets = snappedLeftInset() + snappedRightInset();
            double needed = headerWidth(column.getText(), font);
            if (!elide) {
                needed = Math.max(needed, textWidth(text, font) + insets + SLACK);
            }
            atLeast(column, needed);
        }
    }
}
