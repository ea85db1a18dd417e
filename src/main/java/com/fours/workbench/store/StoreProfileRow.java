package com.fours.workbench.store;

import java.math.BigDecimal;


import com.fours.workbench.core.UnifiedSocialCreditCode;

record StoreProfileRow(String name, String address, String phone, String creditCode,
                       BigDecimal labourRate, BigDecimal vatRate, int version) {

    StoreProfile toProfile() {
        return new StoreProfile(name, address, phone, new UnifiedSocialCreditCode(creditCode), labourRate, vatRate, version);
    }
}
