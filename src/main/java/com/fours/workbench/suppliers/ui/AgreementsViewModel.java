package com.fours.workbench.suppliers.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.suppliers.AgreedPrice;
import com.fours.workbench.suppliers.AgreementInput;
import com.fours.workbench.suppliers.PurchaseAgreement;
import com.fours.workbench.ui.FieldErrors;

/**
 * Purchase agreements: the list, the prices of the chosen one, those ending within 30 days, a new
 * agreement and an agreed price set on the chosen one.
 */
public final class AgreementsViewModel {

    private final SuppliersContext context;
    private final Messages messages;
    private final ObservableList<PurchaseAgreement> agreements = FXCollections.observableArrayList();
    private final ObservableList<PurchaseAgreement> expiring = FXCollections.observableArrayList();
    private final ObjectProperty<PurchaseAgreement> agreement = new SimpleObjectProperty<>(this, "agreement");
    private final ObservableList<AgreedPrice> prices = FXCollections.observableArrayList();
    private final ObservableList<SuppliersContext.Choice> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<SuppliersContext.Choice> supplier = new SimpleObjectProperty<>(this, "supplier");
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>(this, "validFrom");
    private final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>(this, "validTo");
    private final StringProperty paymentDays = new SimpleStringProperty(this, "paymentDays", "30");
    private final StringProperty leadDays = new SimpleStringProperty(this, "leadDays", "3");
    private final StringProperty partCode = new SimpleStringProperty(this, "partCode", "");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();
    private final FieldErrors priceErrors = new FieldErrors();

    public AgreementsViewModel(SuppliersContext context) {
        this.context = context;
        this.messages = context.messages();
        agreement.addListener((obs, old, now) -> prices.setAll(now == null ? List.of() : now.prices()));
    }

    public ObservableList<PurchaseAgreement> agreements() { return agreements; }
    public ObservableList<PurchaseAgreement> expiring() { return expiring; }
    public ObjectProperty<PurchaseAgreement> agreementProperty() { return agreement; }
    public ObservableList<AgreedPrice> prices() { return prices; }
    public ObservableList<SuppliersContext.Choice> suppliers() { return suppliers; }
    public ObjectProperty<SuppliersContext.Choice> supplierProperty() { return supplier; }
    public StringProperty numberProperty() { return number; }
    public ObjectProperty<LocalDate> validFromProperty() { return validFrom; }
    public ObjectProperty<LocalDate> validToProperty() { return validTo; }
    public StringProperty paymentDaysProperty() { return paymentDays; }
    public StringProperty leadDaysProperty() { return leadDays; }
    public StringProperty partCodeProperty() { return partCode; }
    public StringProperty priceProperty() { return price; }
    public StringProperty messageProperty() { return message; }
    public FieldErrors errors() { return errors; }
    public FieldErrors priceErrors() { return priceErrors; }

    /** Days left of an agreement, as the expiring list shows it. */
    public String daysLeft(PurchaseAgreement a) {
        long left = a.daysLeft(LocalDate.now(context.clock()));
        return messages.get("agreement.ui.daysLeft", left);
    }

    public void refresh() {
        record Loaded(List<PurchaseAgreement> all, List<PurchaseAgreement> expiring, List<SuppliersContext.Choice> suppliers) {
        }
        Long selected = agreement.get() == null ? null : agreement.get().id();
        context.background().run(() -> new Loaded(context.agreements().agreements(), context.agreements().expiring(),
                context.catalogue().suppliers()), loaded -> {
                    agreements.setAll(loaded.all());
                    expiring.setAll(loaded.expiring());
                    SuppliersContext.Choice chosen = supplier.get();
                    suppliers.setAll(loaded.suppliers());
                    supplier.set(chosen);
                    agreement.set(loaded.all().stream().filter(a -> selected != null && a.id() == selected).findFirst()
                            .orElse(null));
                }, this::fail);
    }

    /** Saves the new agreement as typed (without prices: they are set on it one by one). */
    public void create() {
        errors.clear();
        SuppliersContext.Choice chosen = supplier.get();
        if (chosen == null) {
            errors.of(SuppliersSection.SUPPLIER).set(messages.get("agreement.ui.chooseSupplier"));
            return;
        }
        AgreementInput input = new AgreementInput(chosen.id(), number.get(), text(validFrom.get()), text(validTo.get()),
                paymentDays.get(), leadDays.get(), null, List.of());
        context.background().run(() -> context.agreements().create(input), created -> {
            message.set(messages.get("agreement.ui.created", created.agreementNumber()));
            number.set("");
            // chosen before the list is read again: the refresh keeps what is chosen when it starts
            agreement.set(created);
            refresh();
        }, error -> context.refusals().show(error, errors, message));
    }

    /** Sets the agreed price of the part typed on the chosen agreement. */
    public void setPrice() {
        priceErrors.clear();
        PurchaseAgreement chosen = agreement.get();
        if (chosen == null) {
            message.set(messages.get("agreement.ui.chooseAgreement"));
            return;
        }
        String code = partCode.get();
        String typed = price.get();
        context.background().run(() -> {
            SuppliersContext.Choice part = context.catalogue().part(code)
                    .orElseThrow(() -> new BusinessRuleException("issue.unknownCode", code == null ? "" : code.strip()));
            return context.agreements().setPrice(chosen.id(), chosen.version(), part.id(), typed);
        }, changed -> {
            message.set(messages.get("agreement.ui.priceSet", changed.agreementNumber()));
            partCode.set("");
            price.set("");
            agreement.set(changed);
            refresh();
        }, error -> context.refusals().show(error, priceErrors, message));
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private void fail(Throwable error) {
        context.refusals().show(error, message);
    }
}
