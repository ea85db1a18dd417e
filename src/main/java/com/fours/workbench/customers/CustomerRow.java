package com.fours.workbench.customers;

import java.time.Instant;

import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.UnifiedSocialCreditCode;

record CustomerRow(long id, String kind, String name, String mobile, String otherPhone, String address,
                   String creditCode, String preferredContact, boolean contactConsent, Instant consentAt,
                   String memberLevel, String notes, int version, Instant createdAt) {

    static final String COLUMNS = "id, kind, name, mobile, other_phone, address, credit_code, preferred_contact, "
            + "contact_consent, consent_at, member_level, notes, version, created_at";

    Customer toCustomer() {
        return new Customer(id, CustomerKind.valueOf(kind), name, mobile == null ? null : PhoneNumber.parse(mobile),
                otherPhone == null ? null : PhoneNumber.parse(otherPhone), address,
                creditCode == null ? null : new UnifiedSocialCreditCode(creditCode),
                PreferredContact.valueOf(preferredContact), contactConsent, consentAt, MemberLevel.valueOf(memberLevel),
                notes, version, createdAt);
    }
}
