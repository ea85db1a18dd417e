package com.fours.workbench.store;

/** The store profile as typed into the form, before it is checked. */
public record StoreProfileInput(String name, String address, String phone, String creditCode,
                                String labourRate, String vatRatePercent) {

    public static final String NAME = "name";
    public static final String ADDRESS = "address";
    public static final String PHONE = "phone";
    public static final String CREDIT_CODE = "creditCode";
    public static final String LABOUR_RATE = "labourRate";
    public static final String VAT_RATE = "vatRate";

    public static StoreProfileInput of(StoreProfile profile) {
        return new StoreProfileInput(profile.name(), profile.address(), profile.phone(),
                profile.creditCode().value(), profile.labourRate().toPlainString(),
                profile.vatRate().movePointRight(2).stripTrailingZeros().toPlainString());
    }
}
