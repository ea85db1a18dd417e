package com.fours.workbench.care;

/** The kinds of contact the built-in sources of the time line record ({@code enum.ContactKind.*} names them). */
public enum ContactKind {
    COMPLAINT,
    CONFIRMED_SATISFIED,
    CONFIRMED_NOT_SATISFIED,
    INSURANCE_CALL,
    INSPECTION_CALL,
    APPOINTMENT_CALL,
    PHONE_APPROVAL
}
