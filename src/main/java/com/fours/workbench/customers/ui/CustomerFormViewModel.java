package com.fours.workbench.customers.ui;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.DuplicatesFoundException;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PossibleDuplicate;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.ui.FieldErrors;

/**
 * The customer form: a new customer, or changes to one. A refused field shows its reason under
 * it; what was typed stays until it is saved. A new customer sharing a phone with existing ones is
 * not saved until the user has looked at them and chosen to save anyway.
 */
public final class CustomerFormViewModel {

    private final ObjectProperty<CustomerKind> kind = new SimpleObjectProperty<>(this, "kind", CustomerKind.PERSON);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty mobile = new SimpleStringProperty(this, "mobile", "");
    private final StringProperty otherPhone = new SimpleStringProperty(this, "otherPhone", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty creditCode = new SimpleStringProperty(this, "creditCode", "");
    private final ObjectProperty<PreferredContact> preferredContact =
            new SimpleObjectProperty<>(this, "preferredContact", PreferredContact.PHONE);
    private final BooleanProperty consent = new SimpleBooleanProperty(this, "consent");
    private final ObjectProperty<MemberLevel> memberLevel = new SimpleObjectProperty<>(this, "memberLevel", MemberLevel.NONE);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final BooleanProperty addVehicleNext = new SimpleBooleanProperty(this, "addVehicleNext", true);
    private final FieldErrors fieldErrors = new FieldErrors();
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<PossibleDuplicate> duplicates = FXCollections.observableArrayList();
    private final BooleanBinding isCompany = kind.isEqualTo(CustomerKind.COMPANY);

    private final CustomersContext context;
    private final Customer existing;

    public CustomerFormViewModel(CustomersContext context, Optional<Customer> existing) {
        this.context = context;
        this.existing = existing.orElse(null);
        existing.map(CustomerInput::of).ifPresent(this::fill);
        // the fields the form has, so a refusal naming one of them shows under it
        for (String field : new String[] {CustomerInput.NAME, CustomerInput.MOBILE, CustomerInput.OTHER_PHONE,
                CustomerInput.ADDRESS, CustomerInput.CREDIT_CODE, CustomerInput.NOTES}) {
            fieldErrors.of(field);
        }
    }

    private void fill(CustomerInput input) {
        kind.set(input.kind());
        name.set(nullToEmpty(input.name()));
        mobile.set(nullToEmpty(input.mobile()));
        otherPhone.set(nullToEmpty(input.otherPhone()));
        address.set(nullToEmpty(input.address()));
        creditCode.set(nullToEmpty(input.creditCode()));
        preferredContact.set(input.preferredContact());
        consent.set(input.contactConsent());
        memberLevel.set(input.memberLevel());
        notes.set(nullToEmpty(input.notes()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public boolean isNew() {
        return existing == null;
    }

    CustomerInput input() {
        return new CustomerInput(kind.get(), name.get(), mobile.get(), otherPhone.get(), address.get(),
                kind.get() == CustomerKind.COMPANY ? creditCode.get() : "", preferredContact.get(), consent.get(),
                memberLevel.get(), notes.get());
    }

    /** Saves; a new customer that looks like existing ones fills {@link #duplicates()} instead. */
    public void save(Consumer<Customer> onSaved) {
        save(false, onSaved);
    }

    /** Saves a new customer although it shares a phone with the duplicates shown. */
    public void saveAnyway(Consumer<Customer> onSaved) {
        save(true, onSaved);
    }

    private void save(boolean duplicatesConfirmed, Consumer<Customer> onSaved) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        fieldErrors.clear();
        formError.set("");
        duplicates.clear();
        CustomerInput input = input();
        Customer before = existing;
        context.background().run(() -> before == null ? context.customers().create(input, duplicatesConfirmed)
                : context.customers().update(before.id(), before.version(), input), saved -> {
                    busy.set(false);
                    onSaved.accept(saved);
                }, failure -> {
                    busy.set(false);
                    if (failure instanceof DuplicatesFoundException found) {
                        duplicates.setAll(found.duplicates());
                    } else {
                        context.refusals().showInLine(failure, fieldErrors, formError);
                    }
                });
    }

    /** How a possible duplicate is listed: who it is and why it looks the same. */

    public ObjectProperty<CustomerKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty mobileProperty() {
        return mobile;
    }

    public StringProperty otherPhoneProperty() {
        return otherPhone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    public ObjectProperty<PreferredContact> preferredContactProperty() {
        return preferredContact;
    }

    public BooleanProperty consentProperty() {
        return consent;
    }

    public ObjectProperty<MemberLevel> memberLevelProperty() {
        return memberLevel;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty addVehicleNextProperty() {
        return addVehicleNext;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<PossibleDuplicate> duplicates() {
        return duplicates;
    }

    public BooleanBinding isCompany() {
        return isCompany;
    }

    public BooleanBinding hasDuplicates() {
        return Bindings.isNotEmpty(duplicates);
    }
}
