package com.fours.workbench.care;

/** Where a complaint came from: a callback, the counter, the phone, online, the maker's hotline or a 12315 referral. */
public enum ComplaintChannel {
    CALLBACK,
    COUNTER,
    PHONE,
    ONLINE,
    MAKER_HOTLINE,
    AUTHORITY_12315
}
