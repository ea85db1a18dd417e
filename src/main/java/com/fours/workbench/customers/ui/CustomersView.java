package com.fours.workbench.customers.ui;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.PossibleDuplicate;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.KeptAcrossLanguage;
import com.fours.workbench.ui.StyleClasses;

/**
 * The Customers &amp; Vehicles tab: one search field that finds a car from any fragment, the hits
 * as a table, and the card of the hit opened with Enter. Made to be used without the mouse: Down
 * goes from the field into the hits, Enter opens one, Esc clears the field, and typing in the hits
 * goes on typing in the field.
 */
public final class CustomersView {

    private static final PseudoClass EXACT = PseudoClass.getPseudoClass("exact");

    private final CustomersContext context;
    private final Messages messages;
    private final ArchiveSearchViewModel search;
    private final ArchiveCardViewModel card;
    private final CustomTextField field = new CustomTextField();
    private final TableView<SearchHit> results = new TableView<>();

    public CustomersView(CustomersContext context) {
        this.context = context;
        this.messages = context.messages();
        this.search = ArchiveSearchViewModel.of(context);
        this.card = new ArchiveCardViewModel(context);
    }

    public Parent build() {
        field.setId("archiveSearch");
        KeptAcrossLanguage.mark(field);
        field.setPromptText(messages.get("customers.ui.search.prompt"));
        field.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        field.textProperty().bindBidirectional(search.queryProperty());
        field.getStyleClass().add(StyleClasses.ARCHIVE_SEARCH);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox top = new HBox(10, field);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add(StyleClasses.ARCHIVE_TOP);
        if (context.may(Permission.EDIT_CUSTOMERS)) {
            Button newCustomer = FormControls.button("newCustomer", messages.get("customers.ui.action.newCustomer"),
                    Material2OutlinedMZ.PERSON_ADD);
            newCustomer.getStyleClass().add(Styles.ACCENT);
            newCustomer.setOnAction(e -> newCustomer());
            top.getChildren().add(newCustomer);
        }
        if (context.may(Permission.IMPORT_CUSTOMERS)) {
            Button importList = FormControls.button("importArchive", messages.get("archive.import.title"),
                    Material2OutlinedAL.FILE_UPLOAD);
            importList.setOnAction(e -> new ArchiveImportDialog(context.window(), messages, context.archiveImport(),
                    context.background(), context.errors()).show());
            top.getChildren().add(importList);
        }
        Button export = FormControls.button("exportArchive", messages.get("archive.export.title"),
                Material2OutlinedMZ.SAVE_ALT);
        export.disableProperty().bind(Bindings.isEmpty(search.hits()));
        export.setOnAction(e -> new ArchiveExportAction(context.window(), messages, context.archiveExport(),
                context.background(), context.errors()).export(List.copyOf(search.hits())));
        top.getChildren().add(export);

        Label status = new Label();
        status.setId("searchStatus");
        status.getStyleClass().add(StyleClasses.SEARCH_STATUS);
        status.textProperty().bind(Bindings.when(Bindings.isEmpty(search.hits())).then("")
                .otherwise(search.statusProperty()));
        Label more = new Label(messages.get("customers.ui.search.moreHint"));
        more.setId("moreResults");
        more.getStyleClass().add(StyleClasses.SEARCH_MORE);
        more.visibleProperty().bind(search.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        HBox statusLine = new HBox(12, status, more);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        statusLine.getStyleClass().add(StyleClasses.SEARCH_STATUS_LINE);

        buildResults();
        VBox left = new VBox(6, statusLine, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        left.getStyleClass().add(StyleClasses.ARCHIVE_RESULTS);

        ArchiveCardView cardView = new ArchiveCardView(messages, card, new CardActions(), context.cardPanels());
        SplitPane split = new SplitPane(left, cardView.build());
        split.setDividerPositions(0.5);
        split.getStyleClass().add(StyleClasses.ARCHIVE_SPLIT);

        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.setId("customersView");
        root.getStyleClass().add(StyleClasses.CUSTOMERS_VIEW);
        Platform.runLater(field::requestFocus);
        return root;
    }

    /** The tab is shown again: what was typed stays, the hits and the card are read again. */
    public void activate() {
        search.refresh();
        card.reload();
        Platform.runLater(field::requestFocus);
    }

    private void buildResults() {
        results.setId("archiveResults");
        results.setItems(search.hits());
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setId("archiveResultsPlaceholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(StyleClasses.EMPTY_STATE);
        placeholder.textProperty().bind(search.statusProperty());
        results.setPlaceholder(placeholder);

        TableColumn<SearchHit, SearchHit> plate = new TableColumn<>(messages.get("customers.ui.vehicle.plate"));
        plate.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        plate.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                if (hit.vehicleId() == null) {
                    setText(null);
                    Label none = new Label(messages.get("customers.ui.results.noVehicle"));
                    none.getStyleClass().add(StyleClasses.FIELD_HINT);
                    setGraphic(none);
                    return;
                }
                Region chip = new Region();
                chip.getStyleClass().addAll(StyleClasses.PLATE_CHIP, ArchiveCardView.plateClass(hit.plateColor()));
                Label number = new Label(hit.plate() == null ? messages.get("customers.ui.card.noPlate")
                        : displayPlate(hit.plate()));
                number.setMinWidth(Region.USE_PREF_SIZE);
                HBox line = new HBox(8, chip, number);
                line.setAlignment(Pos.CENTER_LEFT);
                if (hit.exact()) {
                    FontIcon star = new FontIcon(Material2OutlinedMZ.STAR);
                    star.getStyleClass().add(StyleClasses.EXACT_ICON);
                    Tooltip.install(number, new Tooltip(messages.get("customers.ui.results.exact")));
                    line.getChildren().add(star);
                }
                setText(null);
                setGraphic(line);
            }
        });
        plate.setPrefWidth(140);
        plate.setMinWidth(128);

        TableColumn<SearchHit, String> vin = Columns.text(messages.get("customers.ui.vehicle.vin"), (SearchHit h) -> h.vin() == null ? "" : h.vin());
        vin.setPrefWidth(170);
        vin.setMinWidth(162);
        vin.getStyleClass().add(StyleClasses.VIN_COLUMN);
        TableColumn<SearchHit, String> vehicle = Columns.longText(messages.get("customers.ui.results.vehicle"), SearchHit::brandAndModel);
        vehicle.setPrefWidth(125);
        vehicle.setMinWidth(80);
        TableColumn<SearchHit, String> owner = Columns.longText(messages.get("customers.ui.results.owner"), SearchHit::ownerName);
        owner.setPrefWidth(90);
        owner.setMinWidth(60);
        TableColumn<SearchHit, String> phone = Columns.text(messages.get("customers.ui.results.phone"), SearchHit::phone);
        phone.setPrefWidth(120);
        phone.setMinWidth(112);
        results.getColumns().setAll(List.of(plate, vin, vehicle, owner, phone));
        results.setRowFactory(table -> {
            TableRow<SearchHit> row = new TableRow<>() {
                @Override
                protected void updateItem(SearchHit hit, boolean empty) {
                    super.updateItem(hit, empty);
                    pseudoClassStateChanged(EXACT, !empty && hit != null && hit.exact());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });

        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                if (!results.getItems().isEmpty()) {
                    results.requestFocus();
                    if (results.getSelectionModel().isEmpty()) {
                        results.getSelectionModel().selectFirst();
                    }
                    results.getFocusModel().focus(results.getSelectionModel().getSelectedIndex());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                if (!results.getItems().isEmpty()) {
                    SearchHit chosen = results.getSelectionModel().getSelectedItem();
                    open(chosen != null ? chosen : results.getItems().get(0));
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                SearchHit chosen = results.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    open(chosen);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE
                    || e.getCode() == KeyCode.UP && results.getSelectionModel().getSelectedIndex() <= 0) {
                backToField();
                e.consume();
            }
        });
        // typing in the hits goes on typing in the field
        results.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!typed.isEmpty() && typed.charAt(0) > ' ' && typed.charAt(0) != 127 && !e.isControlDown()
                    && !e.isAltDown() && !e.isMetaDown()) {
                backToField();
                field.appendText(typed);
                e.consume();
            }
        });
    }

    private void backToField() {
        field.requestFocus();
        field.end();
    }

    private static String displayPlate(String plate) {
        try {
            return PlateNumber.parse(plate).display();
        } catch (BusinessRuleException unusual) {
            return plate;
        }
    }

    /** A text column; a text cut short by the column's width shows whole in a tooltip. */
    private void open(SearchHit hit) {
        if (hit.vehicleId() != null) {
            card.showVehicle(hit.vehicleId());
        } else {
            card.showCustomer(hit.customerId());
        }
    }

    private void open(PossibleDuplicate duplicate) {
        if (duplicate.vehicleId() != null) {
            card.showVehicle(duplicate.vehicleId());
        } else {
            card.showCustomer(duplicate.customerId());
        }
    }

    private void newCustomer() {
        new CustomerFormDialog(context).show(Optional.empty()).ifPresent(outcome -> {
            if (outcome.openInstead() != null) {
                open(outcome.openInstead());
                return;
            }
            Customer saved = outcome.saved();
            search.refresh();
            if (outcome.addVehicleNext()) {
                addVehicle(saved, () -> card.showCustomer(saved.id()));
            } else {
                card.showCustomer(saved.id());
            }
        });
    }

    private void addVehicle(Customer owner, Runnable onCancel) {
        new VehicleFormDialog(context).show(owner, Optional.empty()).ifPresentOrElse(outcome -> {
            if (outcome.openInstead() != null) {
                open(outcome.openInstead());
            } else {
                card.showVehicle(outcome.saved().id());
                search.refresh();
            }
        }, onCancel);
    }

    /** The card's buttons: each opens its dialog and reads the card and the hits again after a change. */
    private final class CardActions implements ArchiveCardView.Actions {

        @Override
        public void editCustomer() {
            Customer customer = card.customerProperty().get();
            if (customer == null) {
                return;
            }
            new CustomerFormDialog(context).show(Optional.of(customer)).ifPresent(outcome -> changed());
        }

        @Override
        public void addVehicle() {
            Customer owner = card.customerProperty().get();
            if (owner != null) {
                CustomersView.this.addVehicle(owner, () -> { });
            }
        }

        @Override
        public void editVehicle() {
            Vehicle vehicle = card.vehicleProperty().get();
            Customer owner = card.customerProperty().get();
            if (vehicle == null || owner == null) {
                return;
            }
            new VehicleFormDialog(context).show(owner, Optional.of(vehicle)).ifPresent(outcome -> {
                if (outcome.openInstead() != null) {
                    open(outcome.openInstead());
                } else {
                    changed();
                }
            });
        }

        @Override
        public void changeOwner() {
            Vehicle vehicle = card.vehicleProperty().get();
            Customer owner = card.customerProperty().get();
            if (vehicle != null && owner != null) {
                new ChangeOwnerDialog(context).show(vehicle, owner).ifPresent(changed -> changed());
            }
        }

        @Override
        public void merge() {
            Customer customer = card.customerProperty().get();
            if (customer == null) {
                return;
            }
            boolean vehicleCard = card.vehicleProperty().get() != null;
            new MergeDialog(context).show(customer).ifPresent(kept -> {
                if (vehicleCard) {
                    card.reload();
                } else {
                    card.showCustomer(kept.id());
                }
                search.refresh();
            });
        }

        @Override
        public void openVehicle(long vehicleId) {
            card.showVehicle(vehicleId);
        }

        @Override
        public void receiveVehicle() {
            Vehicle vehicle = card.vehicleProperty().get();
            if (vehicle != null && context.receiveVehicle() != null) {
                context.receiveVehicle().accept(vehicle.id());
            }
        }

        private void changed() {
            card.reload();
            search.refresh();
        }
    }
}
