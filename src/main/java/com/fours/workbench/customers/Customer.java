package com.fours.workbench.customers;

import java.time.Instant;
import java.util.Optional;

import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.UnifiedSocialCreditCode;

/** A customer of the store (客户档案): a person or a company. */
public record Customer(long id, CustomerKind kind, String name, PhoneNumber mobile, PhoneNumber otherPhone,
                       String address, UnifiedSocialCreditCode creditCode, PreferredContact preferredContact,
                       boolean contactConsent, Instant consentAt, MemberLevel memberLevel, String notes,
                       int version, Instant createdAt) {

    public Optional<PhoneNumber> mobileNumber() {
        return Optional.ofNullable(mobile);
    }

    public Optional<PhoneNumber> otherPhoneNumber() {
        return Optional.ofNullable(otherPhone);
    }

    /** The number to call: the mobile if there is one. */
    public Optional<PhoneNumber> phone() {
        return mobile != null ? Optional.of(mobile) : Optional.ofNullable(otherPhone);
    }

    String auditText() {
        return "kind=" + kind + ", name=" + name + ", mobile=" + (mobile == null ? "" : mobile.digits())
                + ", otherPhone=" + (otherPhone == null ? "" : otherPhone.digits()) + ", address=" + nullToEmpty(address)
                + ", creditCode=" + (creditCode == null ? "" : creditCode.value()) + ", preferredContact=" + preferredContact
                + ", consent=" + contactConsent + ", memberLevel=" + memberLevel + ", notes=" + nullToEmpty(notes);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
