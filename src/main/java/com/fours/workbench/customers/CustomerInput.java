package com.fours.workbench.customers;

/** A customer as typed into the form (or read from an import file), before it is checked. */
public record CustomerInput(CustomerKind kind, String name, String mobile, String otherPhone, String address,
                            String creditCode, PreferredContact preferredContact, boolean contactConsent,
                            MemberLevel memberLevel, String notes) {

    public static final String NAME = "name";
    public static final String MOBILE = "mobile";
    public static final String OTHER_PHONE = "otherPhone";
    public static final String ADDRESS = "address";
    public static final String CREDIT_CODE = "creditCode";
    public static final String NOTES = "notes";

    public static CustomerInput of(Customer c) {
        return new CustomerInput(c.kind(), c.name(), c.mobile() == null ? "" : c.mobile().display(),
                c.otherPhone() == null ? "" : c.otherPhone().display(), c.address(),
                c.creditCode() == null ? "" : c.creditCode().value(), c.preferredContact(), c.contactConsent(),
                c.memberLevel(), c.notes());
    }
}
