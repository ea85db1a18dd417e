package com.fours.workbench.environment.ui;

import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.environment.CatalogueInput;
import com.fours.workbench.environment.PlaceFill;
import com.fours.workbench.environment.WasteKind;
import com.fours.workbench.environment.WasteUnit;
import com.fours.workbench.ui.FieldErrors;

/**
 * The catalogue's four forms (storage place, kind, licensed handler, generation rule), each with its
 * own field errors; what they save is read again through the store's lists. Never touches a control.
 */
public final class WasteCatalogueViewModel {

    private final EnvironmentContext context;
    private final Messages messages;
    private final Runnable reload;
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    private final FieldErrors placeErrors = new FieldErrors();
    private final StringProperty placeName = new SimpleStringProperty(this, "placeName", "");
    private final ObjectProperty<WasteUnit> placeUnit = new SimpleObjectProperty<>(this, "placeUnit", WasteUnit.KG);
    private final StringProperty placeCapacity = new SimpleStringProperty(this, "placeCapacity", "");

    private final FieldErrors kindErrors = new FieldErrors();
    private final StringProperty kindCategory = new SimpleStringProperty(this, "kindCategory", "");
    private final StringProperty kindCode = new SimpleStringProperty(this, "kindCode", "");
    private final StringProperty kindName = new SimpleStringProperty(this, "kindName", "");
    private final ObjectProperty<WasteUnit> kindUnit = new SimpleObjectProperty<>(this, "kindUnit", WasteUnit.KG);
    private final ObjectProperty<PlaceFill> kindPlace = new SimpleObjectProperty<>(this, "kindPlace");

    private final FieldErrors handlerErrors = new FieldErrors();
    private final StringProperty handlerName = new SimpleStringProperty(this, "handlerName", "");
    private final StringProperty handlerLicence = new SimpleStringProperty(this, "handlerLicence", "");
    private final ObjectProperty<LocalDate> handlerExpiry = new SimpleObjectProperty<>(this, "handlerExpiry");
    private final StringProperty handlerCategories = new SimpleStringProperty(this, "handlerCategories", "");

    private final FieldErrors ruleErrors = new FieldErrors();
    private final ObjectProperty<WasteKind> ruleKind = new SimpleObjectProperty<>(this, "ruleKind");
    private final BooleanProperty rulePart = new SimpleBooleanProperty(this, "rulePart");
    private final StringProperty ruleSource = new SimpleStringProperty(this, "ruleSource", "");
    private final StringProperty ruleQuantity = new SimpleStringProperty(this, "ruleQuantity", "");
    private final BooleanProperty ruleOldPart = new SimpleBooleanProperty(this, "ruleOldPart");

    /** {@code reload}: reads the catalogue's lists again after a save. */
    public WasteCatalogueViewModel(EnvironmentContext context, Runnable reload) {
        this.context = context;
        this.messages = context.messages();
        this.reload = reload;
    }

    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors placeErrors() { return placeErrors; }
    public StringProperty placeNameProperty() { return placeName; }
    public ObjectProperty<WasteUnit> placeUnitProperty() { return placeUnit; }
    public StringProperty placeCapacityProperty() { return placeCapacity; }
    public FieldErrors kindErrors() { return kindErrors; }
    public StringProperty kindCategoryProperty() { return kindCategory; }
    public StringProperty kindCodeProperty() { return kindCode; }
    public StringProperty kindNameProperty() { return kindName; }
    public ObjectProperty<WasteUnit> kindUnitProperty() { return kindUnit; }
    public ObjectProperty<PlaceFill> kindPlaceProperty() { return kindPlace; }
    public FieldErrors handlerErrors() { return handlerErrors; }
    public StringProperty handlerNameProperty() { return handlerName; }
    public StringProperty handlerLicenceProperty() { return handlerLicence; }
    public ObjectProperty<LocalDate> handlerExpiryProperty() { return handlerExpiry; }
    public StringProperty handlerCategoriesProperty() { return handlerCategories; }
    public FieldErrors ruleErrors() { return ruleErrors; }
    public ObjectProperty<WasteKind> ruleKindProperty() { return ruleKind; }
    public BooleanProperty rulePartProperty() { return rulePart; }
    public StringProperty ruleSourceProperty() { return ruleSource; }
    public StringProperty ruleQuantityProperty() { return ruleQuantity; }
    public BooleanProperty ruleOldPartProperty() { return ruleOldPart; }

    public void savePlace() {
        CatalogueInput.Place input = new CatalogueInput.Place(placeName.get(), placeUnit.get(), placeCapacity.get());
        save(placeErrors, () -> context.catalogue().savePlace(input).name(), () -> {
            placeName.set("");
            placeCapacity.set("");
        });
    }

    public void saveKind() {
        CatalogueInput.Kind input = new CatalogueInput.Kind(kindCategory.get(), kindCode.get(), kindName.get(),
                kindUnit.get(), kindPlace.get() == null ? null : kindPlace.get().place().id());
        save(kindErrors, () -> context.catalogue().saveKind(input).label(), () -> {
            kindCode.set("");
            kindName.set("");
        });
    }

    public void saveHandler() {
        CatalogueInput.Handler input = new CatalogueInput.Handler(handlerName.get(), handlerLicence.get(),
                handlerExpiry.get(), handlerCategories.get());
        save(handlerErrors, () -> context.catalogue().saveHandler(input).name(), () -> {
            handlerName.set("");
            handlerLicence.set("");
            handlerExpiry.set(null);
            handlerCategories.set("");
        });
    }

    public void saveRule() {
        CatalogueInput.Rule input = new CatalogueInput.Rule(ruleKind.get() == null ? null : ruleKind.get().id(),
                rulePart.get(), ruleSource.get(), ruleQuantity.get(), ruleOldPart.get());
        save(ruleErrors, () -> {
            var rule = context.catalogue().saveRule(input);
            return rule.source() + " → " + rule.kindName();
        }, () -> {
            ruleSource.set("");
            ruleQuantity.set("");
            ruleOldPart.set(false);
        });
    }

    private void save(FieldErrors errors, Supplier<String> call, Runnable clearForm) {
        if (busy.get()) {
            return;
        }
        message.set("");
        placeErrors.clear();
        kindErrors.clear();
        handlerErrors.clear();
        ruleErrors.clear();
        busy.set(true);
        context.background().run(call::get, saved -> {
            busy.set(false);
            message.set(messages.get("waste.ui.catalogue.saved", saved));
            clearForm.run();
            reload.run();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, errors, message);
        });
    }

    public String placeText(PlaceFill fill) {
        return fill == null ? "" : fill.place().name() + " (" + messages.of(fill.place().unit()) + ")";
    }
}
