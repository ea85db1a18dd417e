package com.fours.workbench.care.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;

import com.fours.workbench.care.ComplaintCategory;
import com.fours.workbench.care.ComplaintInput;
import com.fours.workbench.care.ComplaintOwner;
import com.fours.workbench.care.ComplaintSeverity;
import com.fours.workbench.care.ComplaintVisit;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** A new complaint recorded at the counter, on the phone, online, from the hotline or 12315. Only binds. */
public final class NewComplaintSection implements Section {

    private final ComplaintsContext context;
    private final Messages messages;
    private final Formats formats;
    private NewComplaintViewModel model;

    public NewComplaintSection(ComplaintsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
    }

    @Override
    public String id() {
        return "careTab-newComplaint";
    }

    @Override
    public String title() {
        return messages.get("care.ui.tab.newComplaint");
    }

    @Override
    public void activate() {
        if (model != null) {
            model.refresh();
        }
    }

    @Override
    public Node build() {
        model = new NewComplaintViewModel(context);
        var errors = model.errors();
        TextField search = FormControls.text("newComplaintSearch", model.search().queryProperty(),
                messages.get("care.ui.new.searchPrompt"));
        ListView<SearchHit> cars = new ListView<>(model.cars());
        cars.setId("newComplaintCars");
        cars.setPrefHeight(130);
        cars.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : (hit.plate() != null ? hit.plate() : hit.vin()) + "   "
                        + hit.ownerName() + "   " + hit.brandAndModel());
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(StyleClasses.FIELD_HINT);
        placeholder.textProperty().bind(model.search().statusProperty());
        cars.setPlaceholder(placeholder);
        cars.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.choose(now));
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !cars.getItems().isEmpty()) {
                cars.requestFocus();
                cars.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        Label chosen = new Label();
        chosen.setId("newComplaintCar");
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.carTextProperty());

        ComboBox<ComplaintVisit> visit = FormControls.choice("newComplaintVisit", List.of(), model.visitProperty(),
                v -> v.number() + "  " + formats.date(v.createdAt(), context.zone()));
        visit.setItems(model.visits());
        TextArea words = FormControls.area("newComplaintWords", model.wordsProperty(), model::save);
        words.setPrefRowCount(4);
        ComboBox<ComplaintOwner> owner = FormControls.choice("newComplaintOwner", List.of(), model.ownerProperty(),
                ComplaintOwner::name);
        owner.setItems(model.owners());

        FormGrid form = new FormGrid();
        form.addField(messages.get("care.ui.new.search"), search, errors.of(ComplaintInput.VEHICLE));
        form.addWide(cars);
        form.addWide(chosen);
        form.addField(messages.get("care.ui.new.visit"), visit, errors.of("visit"));
        form.addField(messages.get("care.ui.new.channel"), FormControls.choice("newComplaintChannel",
                NewComplaintViewModel.CHANNELS, model.channelProperty(), messages), errors.of(ComplaintInput.CHANNEL));
        form.addField(messages.get("care.ui.col.category"), FormControls.choice("newComplaintCategory",
                List.of(ComplaintCategory.values()), model.categoryProperty(), messages), errors.of(ComplaintInput.CATEGORY));
        form.addField(messages.get("care.ui.new.severity"), FormControls.choice("newComplaintSeverity",
                List.of(ComplaintSeverity.values()), model.severityProperty(), messages), errors.of(ComplaintInput.SEVERITY));
        form.addField(messages.get("care.ui.col.words"), words, errors.of(ComplaintInput.WORDS));
        form.addField(messages.get("care.ui.col.owner"), owner, errors.of(ComplaintInput.OWNER));
        form.addField(messages.get("care.ui.new.resolveBy"), FormControls.text("newComplaintResolveBy",
                model.resolveByProperty(), messages.get("care.ui.datePrompt")), errors.of(ComplaintInput.RESOLVE_BY));
        Button save = FormControls.button("newComplaintSave", messages.get("care.ui.new.save"), Material2AL.FEEDBACK);
        save.setOnAction(e -> model.save());
        form.addWide(save);

        VBox pane = new VBox(10, FormControls.heading(messages.get("care.ui.new.title")), form,
                FormControls.message("newComplaintMessage", model.messageProperty()));
        pane.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        model.refresh();
        return scroll;
    }
}
