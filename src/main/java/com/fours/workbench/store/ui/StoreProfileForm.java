package com.fours.workbench.store.ui;

import javafx.scene.control.TextField;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.store.StoreProfileInput;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormGrid;

/** The store profile's fields, shared by the first-start set-up and the profile screen. */
final class StoreProfileForm {

    final TextField name = field("storeName");
    final TextField address = field("storeAddress");
    final TextField phone = field("storePhone");
    final TextField creditCode = field("storeCreditCode");
    final TextField labourRate = field("storeLabourRate");
    final TextField vatRate = field("storeVatRate");

    void addTo(FormGrid form, Messages messages, FieldErrors errors) {
        form.addField(messages.get("store.name"), name, errors.of(StoreProfileInput.NAME));
        form.addField(messages.get("store.address"), address, errors.of(StoreProfileInput.ADDRESS));
        form.addField(messages.get("store.phone"), phone, errors.of(StoreProfileInput.PHONE));
        form.addField(messages.get("store.creditCode"), creditCode, errors.of(StoreProfileInput.CREDIT_CODE));
        form.addField(messages.get("store.labourRate"), labourRate, errors.of(StoreProfileInput.LABOUR_RATE));
        form.addField(messages.get("store.vatRate"), vatRate, errors.of(StoreProfileInput.VAT_RATE));
        vatRate.setPromptText("13");
        labourRate.setPromptText("380.00");
        creditCode.setPromptText("91440101MA5CXXXXXX");
    }

    StoreProfileInput input() {
        return new StoreProfileInput(name.getText(), address.getText(), phone.getText(), creditCode.getText(),
                labourRate.getText(), vatRate.getText());
    }

    void show(StoreProfileInput input) {
        name.setText(input.name());
        address.setText(input.address());
        phone.setText(input.phone());
        creditCode.setText(input.creditCode());
        labourRate.setText(input.labourRate());
        vatRate.setText(input.vatRatePercent());
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
