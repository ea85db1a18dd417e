package com.fours.workbench.customers.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.ui.ArchiveCardViewModel.Field;
import com.fours.workbench.customers.ui.ArchiveCardViewModel.Mode;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.StyleClasses;

/**
 * The vehicle card (or the customer card of a customer without a vehicle): the car and its owner
 * side by side, then the owner's vehicles, who owned the car before, its odometer readings and its
 * visits. The buttons the user's roles do not allow are not there.
 */
final class ArchiveCardView {

    /** What the card's buttons ask of the screen around it. */
    interface Actions {
        void editCustomer();

        void addVehicle();

        void editVehicle();

        void changeOwner();

        void merge();

        void openVehicle(long vehicleId);

        void receiveVehicle();
    }

    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");
    private static final double ROW = 30;
    private static final double HEADER = 40;
    private static final int MAX_VISIBLE_ROWS = 6;
    private static final String NO_PLATE_COLOUR = StyleClasses.PLATE_NONE;
    /** Below this width the car and its owner are shown one above the other. */
    private static final double SIDE_BY_SIDE_WIDTH = 560;
    private static final double GAP = 16;
    /** The left and right padding of .archive-card in workbench.css, and a little for the scroll bar. */
    private static final double CARD_PADDING = 36;

    private final Messages messages;
    private final ArchiveCardViewModel model;
    private final Actions actions;

    private final List<CardPanel> panels;

    ArchiveCardView(Messages messages, ArchiveCardViewModel model, Actions actions, List<CardPanel> panels) {
        this.messages = messages;
        this.model = model;
        this.actions = actions;
        this.panels = panels;
    }

    Node build() {
        BooleanBinding vehicleMode = model.modeProperty().isEqualTo(Mode.VEHICLE);
        BooleanBinding customerMode = model.modeProperty().isEqualTo(Mode.CUSTOMER);

        ScrollPane scroll = new ScrollPane();
        // what the card's sections have inside the scroll pane: its width less the card's padding
        DoubleBinding room = Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth() - CARD_PADDING,
                scroll.viewportBoundsProperty());
        VBox content = new VBox(16, header(vehicleMode), actionBar(vehicleMode), error(), details(vehicleMode, room),
                ownerVehicles(vehicleMode, customerMode), ownership(vehicleMode), readings(vehicleMode), visits(vehicleMode));
        content.getStyleClass().add(StyleClasses.ARCHIVE_CARD);
        for (CardPanel panel : panels) {
            content.getChildren().add(panel.build());
        }
        if (!panels.isEmpty()) {
            // the owner is set before the mode and the car after it: act once all three agree
            javafx.beans.InvalidationListener shown = o -> {
                if (model.modeProperty().get() == Mode.VEHICLE && model.vehicleProperty().get() != null) {
                    panels.forEach(p -> p.showVehicle(model.vehicleProperty().get().id()));
                } else if (model.modeProperty().get() == Mode.CUSTOMER && model.customerProperty().get() != null) {
                    panels.forEach(p -> p.showCustomer(model.customerProperty().get().id()));
                }
            };
            model.modeProperty().addListener(shown);
            model.vehicleProperty().addListener(shown);
            model.customerProperty().addListener(shown);
        }
        content.idProperty().bind(Bindings.when(customerMode).then("customerCard").otherwise("vehicleCard"));
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(StyleClasses.ARCHIVE_CARD_SCROLL);
        scroll.visibleProperty().bind(model.modeProperty().isNotEqualTo(Mode.EMPTY));

        Label placeholder = new Label(messages.get("customers.ui.card.placeholder"),
                new FontIcon(Material2OutlinedAL.DIRECTIONS_CAR));
        placeholder.setId("cardPlaceholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(StyleClasses.EMPTY_STATE);
        placeholder.visibleProperty().bind(model.modeProperty().isEqualTo(Mode.EMPTY));
        StackPane host = new StackPane(placeholder, scroll);
        host.getStyleClass().add(StyleClasses.ARCHIVE_CARD_HOST);
        return host;
    }

    private Node header(BooleanBinding vehicleMode) {
        Label plate = new Label();
        plate.setId("cardPlate");
        plate.textProperty().bind(model.text(Field.PLATE));
        plate.getStyleClass().addAll(StyleClasses.PLATE_BADGE, NO_PLATE_COLOUR);
        model.plateColorProperty().addListener((obs, old, now) -> {
            plate.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.PLATE_PREFIX) && !c.equals(StyleClasses.PLATE_BADGE));
            plate.getStyleClass().add(plateClass(now));
        });
        plate.visibleProperty().bind(vehicleMode);
        plate.managedProperty().bind(vehicleMode);

        Label title = new Label();
        title.setId("cardTitle");
        title.getStyleClass().add(StyleClasses.CARD_TITLE);
        title.textProperty().bind(Bindings.when(vehicleMode).then(model.text(Field.BRAND_MODEL))
                .otherwise(model.text(Field.OWNER_NAME)));
        Label subtitle = new Label();
        subtitle.setId("cardSubtitle");
        subtitle.getStyleClass().add(StyleClasses.CARD_SUBTITLE);
        subtitle.textProperty().bind(Bindings.when(vehicleMode)
                .then(Bindings.concat(model.text(Field.OWNER_NAME), " · ", model.text(Field.VIN)))
                .otherwise(model.text(Field.OWNER_KIND)));
        VBox titles = new VBox(2, title, subtitle);
        HBox header = new HBox(16, plate, titles);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(StyleClasses.CARD_HEADER);
        return header;
    }

    static String plateClass(PlateColor colour) {
        return colour == null ? NO_PLATE_COLOUR : StyleClasses.PLATE_PREFIX + colour.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Node actionBar(BooleanBinding vehicleMode) {
        FlowPane bar = new FlowPane(8, 8);
        bar.setId("cardActions");
        if (model.mayEdit()) {
            Button editCustomer = FormControls.button("editCustomer", messages.get("customers.ui.action.editCustomer"),
                    Material2OutlinedAL.EDIT);
            editCustomer.setOnAction(e -> actions.editCustomer());
            Button editVehicle = FormControls.button("editVehicle", messages.get("customers.ui.action.editVehicle"),
                    Material2OutlinedAL.DIRECTIONS_CAR);
            editVehicle.setOnAction(e -> actions.editVehicle());
            onlyWhen(editVehicle, vehicleMode);
            Button addVehicle = FormControls.button("addVehicle", messages.get("customers.ui.action.addVehicle"),
                    Material2OutlinedAL.ADD);
            addVehicle.setOnAction(e -> actions.addVehicle());
            Button changeOwner = FormControls.button("changeOwner", messages.get("customers.ui.action.changeOwner"),
                    Material2OutlinedMZ.SWAP_HORIZ);
            changeOwner.setOnAction(e -> actions.changeOwner());
            onlyWhen(changeOwner, vehicleMode);
            bar.getChildren().addAll(editVehicle, editCustomer, addVehicle, changeOwner);
        }
        if (model.mayReceive()) {
            Button receive = FormControls.button("receiveVehicle", messages.get("customers.ui.action.receive"),
                    Material2OutlinedAL.ASSIGNMENT);
            receive.setOnAction(e -> actions.receiveVehicle());
            onlyWhen(receive, vehicleMode);
            bar.getChildren().add(0, receive);
        }
        if (model.mayMerge()) {
            Button merge = FormControls.button("mergeCustomer", messages.get("customers.ui.action.merge"),
                    Material2OutlinedMZ.MERGE_TYPE);
            merge.setOnAction(e -> actions.merge());
            bar.getChildren().add(merge);
        }
        bar.visibleProperty().bind(Bindings.isNotEmpty(bar.getChildren()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node error() {
        Label error = FormControls.formError("cardError");
        error.textProperty().bind(model.errorProperty());
        return error;
    }

    private Node details(BooleanBinding vehicleMode, DoubleBinding room) {
        Label vinDecoded = FormControls.hint("cardVinDecoded");
        vinDecoded.textProperty().bind(model.text(Field.VIN_DECODED));
        VBox vehicle = section("customers.ui.card.vehicle", grid(
                row(Field.VIN, vinDecoded),
                row(Field.PLATE_COLOR, null),
                row(Field.MODEL_YEAR, null),
                row(Field.ENGINE_NUMBER, null),
                row(Field.BODY_COLOR, null),
                row(Field.FIRST_REGISTRATION, null),
                row(Field.MILEAGE, null),
                row(Field.INSURANCE_EXPIRY, null),
                row(Field.NEXT_SERVICE_DATE, null),
                row(Field.NEXT_SERVICE_MILEAGE, null)));
        onlyWhen(vehicle, vehicleMode);

        Button reveal = FormControls.button("revealPhone", messages.get("customers.ui.action.revealPhone"),
                Material2OutlinedMZ.VISIBILITY);
        reveal.getStyleClass().add(Styles.SMALL);
        reveal.setOnAction(e -> model.revealPhone());
        onlyWhen(reveal, model.phoneMaskedProperty());
        Node[] creditCode = row(Field.OWNER_CREDIT_CODE, null);
        for (Node node : creditCode) {
            onlyWhen(node, model.companyProperty());
        }
        VBox owner = section("customers.ui.card.owner", grid(
                row(Field.OWNER_NAME, null),
                row(Field.OWNER_KIND, null),
                row(Field.OWNER_PHONES, reveal),
                row(Field.OWNER_ADDRESS, null),
                creditCode,
                row(Field.OWNER_CONTACT, null),
                row(Field.OWNER_CONSENT, null),
                row(Field.OWNER_MEMBER_LEVEL, null),
                row(Field.OWNER_NOTES, null)));

        return sideBySideWhenWide(vehicle, owner, room);
    }

    /** The car and its owner next to each other when the card is wide enough, one above the other otherwise. */
    private static Node sideBySideWhenWide(VBox vehicle, VBox owner, DoubleBinding room) {
        GridPane sections = new GridPane();
        sections.setHgap(GAP);
        sections.setVgap(GAP);
        ColumnConstraints half = new ColumnConstraints();
        half.setHgrow(Priority.ALWAYS);
        half.setFillWidth(true);
        half.setPercentWidth(50);
        ColumnConstraints whole = new ColumnConstraints();
        whole.setHgrow(Priority.ALWAYS);
        whole.setFillWidth(true);
        whole.setPercentWidth(100);
        for (VBox section : List.of(vehicle, owner)) {
            section.setMaxWidth(Double.MAX_VALUE);
            GridPane.setValignment(section, VPos.TOP);
            GridPane.setFillHeight(section, true);
        }
        boolean[] arrangedWide = {false};
        // side by side when there is room for both as they are at their narrowest (long English captions)
        BooleanSupplier roomForBoth = () -> vehicle.isManaged() && room.get() >= Math.max(SIDE_BY_SIDE_WIDTH,
                2 * Math.max(vehicle.minWidth(-1), owner.minWidth(-1)) + GAP);
        Runnable arrange = () -> {
            boolean wide = roomForBoth.getAsBoolean();
            arrangedWide[0] = wide;
            sections.getChildren().clear();
            if (wide) {
                sections.getColumnConstraints().setAll(half, half);
                sections.add(vehicle, 0, 0);
                sections.add(owner, 1, 0);
            } else {
                sections.getColumnConstraints().setAll(whole);
                sections.add(vehicle, 0, 0);
                sections.add(owner, 0, 1);
            }
        };
        room.addListener((obs, old, now) -> {
            if (roomForBoth.getAsBoolean() != arrangedWide[0]) {
                arrange.run();
            }
        });
        vehicle.managedProperty().addListener((obs, old, now) -> arrange.run());
        arrange.run();
        return sections;
    }

    /** A caption and its value (and perhaps something under the value), as two cells of a row. */
    private Node[] row(Field field, Node below) {
        Label caption = new Label(messages.get(captionKey(field)));
        caption.getStyleClass().add(StyleClasses.CARD_CAPTION);
        Label value = new Label();
        value.setId(id(field));
        value.getStyleClass().add(StyleClasses.CARD_VALUE);
        if (field == Field.VIN) {
            value.getStyleClass().add(StyleClasses.VIN);
            value.setWrapText(false);
            value.setMinWidth(Region.USE_PREF_SIZE); // a VIN is read as one piece
        }
        value.setWrapText(true);
        value.textProperty().bind(model.text(field));
        Node cell = below == null ? value : new VBox(4, value, below);
        return new Node[] {caption, cell};
    }

    private static GridPane grid(Node[]... rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(StyleClasses.CARD_GRID);
        grid.setHgap(12);
        // the space between rows is each cell's margin, so a hidden row (a person's credit code) leaves no gap
        grid.setVgap(0);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setHalignment(HPos.RIGHT);
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(captions, values);
        for (int i = 0; i < rows.length; i++) {
            GridPane.setValignment(rows[i][0], VPos.TOP);
            for (Node cell : rows[i]) {
                GridPane.setMargin(cell, new Insets(3, 0, 3, 0));
            }
            grid.addRow(i, rows[i]);
        }
        return grid;
    }

    private VBox section(String headingKey, Node body) {
        Label heading = new Label(messages.get(headingKey));
        heading.getStyleClass().add(StyleClasses.CARD_SECTION_TITLE);
        VBox section = new VBox(8, heading, body);
        section.getStyleClass().add(StyleClasses.CARD_SECTION);
        return section;
    }

    private Node ownerVehicles(BooleanBinding vehicleMode, BooleanBinding customerMode) {
        TableView<ArchiveCardViewModel.VehicleLine> table = table("cardOwnerVehicles", model.ownerVehicles(),
                "customers.ui.card.noVehicles",
                Columns.text(messages.get("customers.ui.vehicle.plate"), ArchiveCardViewModel.VehicleLine::plate),
                Columns.text(messages.get("customers.ui.vehicle.vin"), ArchiveCardViewModel.VehicleLine::vin),
                Columns.text(messages.get("customers.ui.card.brandModel"), ArchiveCardViewModel.VehicleLine::brandModel));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ArchiveCardViewModel.VehicleLine item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(SHOWN, !empty && item != null && item.shown());
            }
        });
        Runnable open = () -> {
            var line = table.getSelectionModel().getSelectedItem();
            if (line != null && !line.shown()) {
                actions.openVehicle(line.vehicleId());
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
                e.consume();
            }
        });
        VBox section = section("customers.ui.card.vehicles", table);
        onlyWhen(section, customerMode.or(vehicleMode.and(Bindings.size(model.ownerVehicles()).greaterThan(1))));
        return section;
    }

    private Node ownership(BooleanBinding vehicleMode) {
        VBox section = section("customers.ui.card.ownership", table("cardOwners", model.owners(),
                "customers.ui.card.noOwners",
                Columns.text(messages.get("customers.ui.card.ownerColumn"), ArchiveCardViewModel.OwnerLine::name),
                Columns.text(messages.get("customers.ui.card.fromColumn"), ArchiveCardViewModel.OwnerLine::from),
                Columns.text(messages.get("customers.ui.card.untilColumn"), ArchiveCardViewModel.OwnerLine::until)));
        onlyWhen(section, vehicleMode);
        return section;
    }

    private Node readings(BooleanBinding vehicleMode) {
        TableColumn<ArchiveCardViewModel.ReadingLine, String> recordedAt =
                Columns.text(messages.get("customers.ui.card.recordedAtColumn"), ArchiveCardViewModel.ReadingLine::recordedAt);
        recordedAt.setPrefWidth(150);
        recordedAt.setMinWidth(140);
        VBox section = section("customers.ui.card.readings", table("cardReadings", model.readings(),
                "customers.ui.card.noReadings",
                recordedAt,
                Columns.number(messages.get("customers.ui.vehicle.mileage"), ArchiveCardViewModel.ReadingLine::mileage),
                Columns.text(messages.get("customers.ui.card.recordedByColumn"), ArchiveCardViewModel.ReadingLine::recordedBy),
                Columns.text(messages.get("customers.ui.card.approvedByColumn"), ArchiveCardViewModel.ReadingLine::approvedBy)));
        onlyWhen(section, vehicleMode);
        return section;
    }

    private Node visits(BooleanBinding vehicleMode) {
        TableView<ArchiveCardViewModel.VisitLine> table = table("cardVisits", model.visits(), "customers.ui.card.noVisits",
                Columns.text(messages.get("customers.ui.card.visitDate"), ArchiveCardViewModel.VisitLine::date),
                Columns.text(messages.get("customers.ui.card.visitKind"), ArchiveCardViewModel.VisitLine::kind),
                Columns.text(messages.get("customers.ui.card.visitReference"), ArchiveCardViewModel.VisitLine::reference),
                Columns.longText(messages.get("customers.ui.card.visitSummary"), ArchiveCardViewModel.VisitLine::summary),
                Columns.text(messages.get("customers.ui.card.visitStatus"), ArchiveCardViewModel.VisitLine::status));
        table.getPlaceholder().setId("noVisits");
        VBox section = section("customers.ui.card.visits", table);
        onlyWhen(section, vehicleMode);
        return section;
    }

    @SafeVarargs
    private <T> TableView<T> table(String id, ObservableList<T> items, String emptyKey, TableColumn<T, String>... columns) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.getStyleClass().add(StyleClasses.CARD_TABLE);
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(columns));
        Label empty = new Label(messages.get(emptyKey));
        empty.setWrapText(true);
        empty.getStyleClass().add(StyleClasses.FIELD_HINT);
        table.setPlaceholder(empty);
        // as tall as its rows (up to six), or two rows for the message of an empty table
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> HEADER + 2
                + ROW * (items.isEmpty() ? 2 : Math.min(MAX_VISIBLE_ROWS, items.size())), items));
        table.minHeightProperty().bind(table.prefHeightProperty());
        return table;
    }

    private static void onlyWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static String id(Field field) {
        StringBuilder id = new StringBuilder("card");
        for (String word : field.name().split("_")) {
            id.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return id.toString();
    }

    private static String captionKey(Field field) {
        return switch (field) {
            case OWNER_NAME -> "customers.ui.customer.name";
            case OWNER_KIND -> "customers.ui.customer.kind";
            case OWNER_PHONES -> "customers.ui.card.phones";
            case OWNER_ADDRESS -> "customers.ui.customer.address";
            case OWNER_CREDIT_CODE -> "customers.ui.customer.creditCode";
            case OWNER_CONTACT -> "customers.ui.customer.preferredContact";
            case OWNER_CONSENT -> "customers.ui.customer.consent";
            case OWNER_MEMBER_LEVEL -> "customers.ui.customer.memberLevel";
            case OWNER_NOTES -> "customers.ui.customer.notes";
            case PLATE -> "customers.ui.vehicle.plate";
            case PLATE_COLOR -> "customers.ui.vehicle.plateColor";
            case VIN -> "customers.ui.vehicle.vin";
            case VIN_DECODED -> "customers.ui.card.vinDecoded";
            case BRAND_MODEL -> "customers.ui.card.brandModel";
            case MODEL_YEAR -> "customers.ui.vehicle.modelYear";
            case ENGINE_NUMBER -> "customers.ui.vehicle.engineNumber";
            case BODY_COLOR -> "customers.ui.vehicle.bodyColor";
            case FIRST_REGISTRATION -> "customers.ui.vehicle.firstRegistration";
            case MILEAGE -> "customers.ui.vehicle.mileage";
            case INSURANCE_EXPIRY -> "customers.ui.vehicle.insuranceExpiry";
            case NEXT_SERVICE_DATE -> "customers.ui.card.nextService";
            case NEXT_SERVICE_MILEAGE -> "customers.ui.card.nextServiceMileage";
        };
    }
}
