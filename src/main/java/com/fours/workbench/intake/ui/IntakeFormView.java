package com.fours.workbench.intake.ui;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.intake.DamageType;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.ItemKind;
import com.fours.workbench.intake.KeysAndDocumentsInput;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.PhotoStrip;
import com.fours.workbench.ui.StyleClasses;

/**
 * The intake sheet: the advisor's fields on the left, the car outline with its markers and the
 * photos on the right, the commands at the bottom. Tab goes through every field in order, the
 * labels carry mnemonics (Alt+letter), Enter in a one-line field goes to the next one, Ctrl+S or
 * Ctrl+Enter saves, Ctrl+P prints, Esc leaves a saved sheet.
 * Only placing a marker needs the mouse.
 */
final class IntakeFormView {

    private static final double DIAGRAM_WIDTH = 380;
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE_FROM_FIELD = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final ReceptionContext context;
    private final IntakeFormViewModel model;
    private final Runnable onClose;
    private final Consumer<RenderedReport> showReport;
    private DamageDiagramView diagram;

    IntakeFormView(ReceptionContext context, IntakeFormViewModel model, Runnable onClose,
                   Consumer<RenderedReport> showReport) {
        this.context = context;
        this.model = model;
        this.onClose = onClose;
        this.showReport = showReport;
    }

    Parent build() {
        Messages m = context.messages();
        FieldErrors errors = model.fieldErrors();

        TextField mileage = FormControls.text("intakeMileage", model.mileageProperty(), "31000");
        Button confirmMileage = FormControls.button("confirmIntakeMileage", m.get("intake.ui.managerConfirms"),
                Material2OutlinedMZ.VERIFIED_USER);
        confirmMileage.visibleProperty().bind(model.approvalNeededProperty());
        confirmMileage.managedProperty().bind(confirmMileage.visibleProperty());
        confirmMileage.setOnAction(e -> context.archive().managerApproval(Permission.CORRECT_MILEAGE,
                m.get("intake.ui.approval.mileageReason", model.mileageProperty().get()))
                .ifPresent(approver -> model.saveApproved(approver, () -> { })));
        ComboBox<FuelLevel> fuel = FormControls.choice("intakeFuel", List.of(FuelLevel.values()),
                model.fuelLevelProperty(), m);
        fuel.setPromptText(m.get("intake.ui.fuelPrompt"));
        TextField valuables = FormControls.text("intakeValuables", model.valuablesProperty(),
                m.get("intake.ui.valuablesPrompt"));
        TextArea complaint = FormControls.area("intakeComplaint", model.complaintProperty(), this::save);
        complaint.setPromptText(m.get("intake.ui.complaintPrompt"));
        TextArea items = FormControls.area("intakeItems", model.itemsProperty(), this::save);
        items.setPromptText(m.get("intake.ui.itemsPrompt"));
        items.setPrefRowCount(4);
        TextField estimate = FormControls.text("intakeEstimate", model.estimateProperty(),
                m.get("intake.ui.estimatePrompt"));
        TextField promised = FormControls.text("intakePromisedAt", model.promisedAtProperty(),
                m.get("intake.ui.promisedPrompt"));
        ComboBox<OldPartsHandling> oldParts = FormControls.choice("intakeOldParts", List.of(OldPartsHandling.values()),
                model.oldPartsProperty(), m);
        TextField contact = FormControls.text("intakeApprovalContact", model.approvalContactProperty());
        CheckBox waits = new CheckBox(m.get("intake.ui.customerWaitsText"));
        waits.setId("intakeCustomerWaits");
        waits.selectedProperty().bindBidirectional(model.customerWaitsProperty());
        TextField keyTag = FormControls.text("intakeKeyTag", model.keyTagProperty(), m.get("intake.ui.keyTagPrompt"));
        TextField keys = FormControls.text("intakeKeys", model.keysProperty(), "2");
        keys.setPrefColumnCount(3);
        CheckBox licence = checkBox("intakeVehicleLicence", m.of(ItemKind.VEHICLE_LICENCE), model.vehicleLicenceProperty());
        CheckBox booklet = checkBox("intakeMaintenanceBooklet", m.of(ItemKind.MAINTENANCE_BOOKLET),
                model.maintenanceBookletProperty());
        CheckBox policy = checkBox("intakeInsurancePolicy", m.of(ItemKind.INSURANCE_POLICY), model.insurancePolicyProperty());
        FlowPane moreDocuments = new FlowPane(12, 4, booklet, policy);
        TextField other = FormControls.text("intakeOtherItem", model.otherItemProperty(), m.get("intake.ui.otherItemPrompt"));
        TextArea notes = FormControls.area("intakeNotes", model.notesProperty(), this::save);
        notes.setPrefRowCount(2);

        FormGrid form = new FormGrid();
        form.addField(m.get("intake.ui.mileage"), mileage, errors.of(IntakeInput.MILEAGE), confirmMileage);
        form.addField(m.get("intake.ui.fuelLevel"), fuel, errors.of(IntakeInput.FUEL_LEVEL));
        form.addField(m.get("intake.ui.complaint"), complaint, errors.of(IntakeInput.COMPLAINT));
        form.addField(m.get("intake.ui.requestedItems"), items, errors.of(IntakeInput.REQUESTED_ITEMS));
        form.addField(m.get("intake.ui.valuables"), valuables, errors.of(IntakeInput.VALUABLES));
        form.addField(m.get("intake.ui.estimatedCost"), estimate, errors.of(IntakeInput.ESTIMATED_COST));
        form.addField(m.get("intake.ui.promisedAt"), promised, errors.of(IntakeInput.PROMISED_AT));
        form.addField(m.get("intake.ui.oldParts"), oldParts, errors.of(IntakeInput.OLD_PARTS));
        form.addField(m.get("intake.ui.approvalContact"), contact, errors.of(IntakeInput.APPROVAL_CONTACT));
        form.addField(m.get("intake.ui.customerWaits"), waits, errors.of("customerWaits"));
        form.addField(m.get("intake.ui.keys"), keys, errors.of(KeysAndDocumentsInput.KEYS));
        form.addField(m.get("intake.ui.keyTag"), keyTag, errors.of(KeysAndDocumentsInput.KEY_TAG));
        form.addField(m.get("intake.ui.documents"), licence, errors.of("documents"), moreDocuments);
        form.addField(m.get("intake.ui.otherItem"), other, errors.of(KeysAndDocumentsInput.OTHER));
        form.addField(m.get("intake.ui.notes"), notes, errors.of(IntakeInput.NOTES));
        form.setMinWidth(380);
        form.setPrefWidth(460);
        HBox.setHgrow(form, Priority.ALWAYS);

        VBox right = new VBox(10, damageSection(), photoSection(), changesSection());
        right.setMinWidth(DIAGRAM_WIDTH + 20);
        right.setMaxWidth(DIAGRAM_WIDTH + 60);
        HBox columns = new HBox(24, form, right);
        columns.getStyleClass().add(StyleClasses.INTAKE_COLUMNS);
        columns.setPadding(new Insets(12, 16, 12, 16));
        ScrollPane scroller = new ScrollPane(columns);
        scroller.setFitToWidth(true);
        scroller.setId("intakeScroller");

        BorderPane root = new BorderPane(scroller);
        root.setId("intakeForm");
        root.getStyleClass().add(StyleClasses.INTAKE_FORM);
        root.setTop(header());
        root.setBottom(commands());
        root.getProperties().put(IntakeFormViewModel.class, model);
        root.getProperties().put(DamageDiagramView.class, diagram);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !model.dirtyProperty().get() && model.savedProperty().get() != null) {
                e.consume();
                onClose.run();
            }
        });
        // on the form only: Ctrl+S in another tab must not save this sheet
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) || SAVE_FROM_FIELD.match(e)) {
                e.consume();
                save();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()
                    && e.getTarget() instanceof TextField field) {
                // Enter in a one-line field goes on to the next field, as on the paper form
                e.consume();
                field.fireEvent(new KeyEvent(e.getSource(), field, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        e.isShiftDown(), false, false, false));
            } else if (PRINT.match(e)) {
                e.consume();
                print();
            }
        });
        mileage.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(mileage::requestFocus);
            }
        });
        return root;
    }

    private static CheckBox checkBox(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private Node header() {
        Label title = new Label();
        title.setId("intakeTitle");
        title.getStyleClass().add(StyleClasses.INTAKE_TITLE);
        title.textProperty().bind(model.titleProperty());
        Label subtitle = new Label();
        subtitle.setId("intakeSubtitle");
        subtitle.getStyleClass().add(StyleClasses.CARD_CAPTION);
        subtitle.textProperty().bind(model.subtitleProperty());
        Label status = new Label();
        status.setId("intakeStatus");
        status.getStyleClass().add(StyleClasses.INTAKE_STATUS);
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label recommendations = new Label();
        recommendations.setId("intakeRecommendations");
        recommendations.getStyleClass().add(StyleClasses.INTAKE_STATUS);
        recommendations.setWrapText(true);
        recommendations.textProperty().bind(model.recommendationsProperty());
        recommendations.visibleProperty().bind(model.recommendationsProperty().isNotEmpty());
        recommendations.managedProperty().bind(recommendations.visibleProperty());
        Label guarantee = new Label();
        guarantee.setId("intakeGuaranteeNotice");
        guarantee.getStyleClass().addAll(StyleClasses.INTAKE_STATUS, Styles.DANGER);
        guarantee.setWrapText(true);
        guarantee.textProperty().bind(model.guaranteeNoticeProperty());
        guarantee.visibleProperty().bind(model.guaranteeNoticeProperty().isNotEmpty());
        guarantee.managedProperty().bind(guarantee.visibleProperty());
        VBox header = new VBox(2, title, subtitle, status, guarantee, recommendations);
        header.getStyleClass().add(StyleClasses.INTAKE_HEADER);
        return header;
    }

    private Node damageSection() {
        Messages m = context.messages();
        Label heading = new Label(m.get("intake.ui.damage"));
        heading.getStyleClass().add(StyleClasses.INTAKE_SECTION);
        ToggleGroup types = new ToggleGroup();
        FlowPane typeBar = new FlowPane(4, 4);
        for (DamageType type : DamageType.values()) {
            ToggleButton button = new ToggleButton(m.of(type));
            button.setId("markerType-" + type.name());
            button.setToggleGroup(types);
            button.setUserData(type);
            button.setSelected(type == model.markerTypeProperty().get());
            typeBar.getChildren().add(button);
        }
        types.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one type is always chosen
            } else {
                model.markerTypeProperty().set((DamageType) now.getUserData());
            }
        });
        Label hint = new Label(m.get("intake.ui.damageHint"));
        hint.getStyleClass().add(StyleClasses.FIELD_HINT);
        hint.setWrapText(true);
        diagram = new DamageDiagramView(model, m::of, DIAGRAM_WIDTH);
        Label markersError = FormControls.formError("intakeMarkersError");
        markersError.textProperty().bind(model.fieldErrors().of(IntakeInput.MARKERS));

        VBox rows = new VBox(4);
        rows.setId("markerRows");
        Label none = new Label(m.get("intake.ui.noMarkers"));
        none.getStyleClass().add(StyleClasses.FIELD_HINT);
        Runnable rebuild = () -> {
            rows.getChildren().clear();
            if (model.markers().isEmpty()) {
                rows.getChildren().add(none);
            }
            for (MarkerItem marker : model.markers()) {
                rows.getChildren().add(markerRow(marker));
            }
        };
        model.markers().addListener((ListChangeListener<MarkerItem>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuild.run();
                    return;
                }
            }
        });
        rebuild.run();
        return new VBox(6, heading, typeBar, hint, diagram, markersError, rows);
    }

    private Node markerRow(MarkerItem marker) {
        Messages m = context.messages();
        Label number = new Label();
        number.textProperty().bind(marker.numberProperty().asString());
        number.getStyleClass().add(StyleClasses.MARKER_NUMBER);
        number.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<DamageType> type = FormControls.choice("markerTypeOf" + marker.numberProperty().get(),
                List.of(DamageType.values()), marker.typeProperty(), m);
        type.setPromptText(m.get("intake.ui.markerTypePrompt"));
        Label where = new Label(m.of(marker.view()));
        where.getStyleClass().add(StyleClasses.FIELD_HINT);
        where.setMinWidth(Region.USE_PREF_SIZE);
        TextField note = FormControls.text("markerNoteOf" + marker.numberProperty().get(), marker.noteProperty(),
                m.get("intake.ui.markerNotePrompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button remove = FormControls.button("removeMarker" + marker.numberProperty().get(), null,
                Material2OutlinedAL.DELETE);
        remove.setTooltip(new Tooltip(m.get("intake.ui.removeMarker")));
        remove.getStyleClass().add(Styles.FLAT);
        remove.setOnAction(e -> model.removeMarker(marker));
        HBox row = new HBox(6, number, type, where, note, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node photoSection() {
        Messages m = context.messages();
        Label heading = new Label(m.get("intake.ui.photos"));
        heading.getStyleClass().add(StyleClasses.INTAKE_SECTION);
        Button add = FormControls.button("addPhotos", m.get("intake.ui.addPhotos"), Material2OutlinedAL.ADD_A_PHOTO);
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(e -> choosePhotos());
        FlowPane thumbnails = new FlowPane(6, 6);
        thumbnails.setId("photoThumbnails");
        Label none = new Label(m.get("intake.ui.noPhotos"));
        none.getStyleClass().add(StyleClasses.FIELD_HINT);
        Runnable rebuild = () -> {
            thumbnails.getChildren().clear();
            if (model.photos().isEmpty()) {
                thumbnails.getChildren().add(none);
            }
            for (PhotoItem photo : model.photos()) {
                ImageView view = new ImageView(new Image(new ByteArrayInputStream(photo.thumbnail())));
                view.setFitWidth(96);
                view.setFitHeight(72);
                view.setPreserveRatio(true);
                Button caption = new Button(photo.fileName(), view);
                caption.setId("photo-" + thumbnails.getChildren().size());
                caption.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
                caption.setMaxWidth(110);
                caption.getStyleClass().addAll(Styles.FLAT, photo.pending() ? StyleClasses.PHOTO_PENDING : StyleClasses.PHOTO_KEPT);
                caption.setTooltip(new Tooltip(photo.pending() ? m.get("intake.ui.photoPending", photo.fileName())
                        : m.get("intake.ui.photoOpen", photo.fileName())));
                caption.setOnAction(e -> model.openPhoto(photo, image -> PhotoViewer.show(context.window(),
                        photo.fileName(), m.get("intake.ui.photoViewerCaption", photo.fileName(), model.titleProperty().get()),
                        image)));
                thumbnails.getChildren().add(caption);
            }
        };
        model.photos().addListener((ListChangeListener<PhotoItem>) c -> rebuild.run());
        rebuild.run();
        thumbnails.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        thumbnails.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            model.attachPhotos(files.stream().map(File::toPath).toList());
            e.setDropCompleted(true);
            e.consume();
        });
        Label message = FormControls.formError("photoMessage");
        message.textProperty().bind(model.photoMessageProperty());
        return new VBox(6, heading, add, thumbnails, message);
    }

    private Node changesSection() {
        Messages m = context.messages();
        Label heading = new Label(m.get("intake.ui.changes"));
        heading.getStyleClass().add(StyleClasses.INTAKE_SECTION);
        ListView<String> list = new ListView<>(model.changes());
        list.setId("intakeChanges");
        list.setPrefHeight(120);
        list.setFocusTraversable(false);
        VBox box = new VBox(6, heading, list);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.changes()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node commands() {
        Messages m = context.messages();
        Button save = FormControls.button("saveIntake", m.get("intake.ui.save"), Material2OutlinedMZ.SAVE);
        save.setDefaultButton(false);
        save.setMnemonicParsing(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> save());
        Button sign = FormControls.button("signIntake", m.get("intake.ui.sign"), Material2OutlinedAL.CREATE);
        sign.setMnemonicParsing(true);
        // signing again only means something once the sheet has changed since it was signed
        sign.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> model.savedProperty().get() != null && model.savedProperty().get().intake().signed()
                        && !model.savedProperty().get().changedSinceSigned() && !model.dirtyProperty().get(),
                model.savedProperty(), model.dirtyProperty())));
        sign.setOnAction(e -> model.sign());
        Button print = FormControls.button("printIntake", m.get("intake.ui.print"), Material2OutlinedMZ.PRINT);
        print.setMnemonicParsing(true);
        print.disableProperty().bind(model.busyProperty());
        print.setOnAction(e -> print());
        Button close = FormControls.button("closeIntake", m.get("intake.ui.close"), Material2OutlinedAL.CLOSE);
        close.setMnemonicParsing(true);
        close.setOnAction(e -> onClose.run());
        Label error = FormControls.formError("intakeFormError");
        error.textProperty().bind(model.formErrorProperty());
        error.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox bar = new HBox(8, save, sign, print, error, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(StyleClasses.INTAKE_COMMANDS);
        return bar;
    }

    private void save() {
        model.save(() -> { });
    }

    private void print() {
        model.print(showReport);
    }

    private void choosePhotos() {
        List<Path> files = PhotoStrip.choosePictures(context.messages(), context.window());
        if (!files.isEmpty()) {
            model.attachPhotos(files);
        }
    }
}
