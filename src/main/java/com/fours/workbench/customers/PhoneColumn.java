package com.fours.workbench.customers;

import com.fours.workbench.core.PhoneNumber;

/** How a phone number is stored: its digits, and an extension after a dash. */
final class PhoneColumn {

    private PhoneColumn() {
    }

    static String of(PhoneNumber phone) {
        if (phone == null) {
            return null;
        }
        return phone.digits() + phone.extension().map(ext -> "-" + ext).orElse("");
    }
}
