package com.fours.workbench.care;

/**
 * The kinds of contact the sources of the time line record ({@code enum.ContactKind.*} names them); the
 * callbacks' (each call, and a callback closed unreached with the store's fallback), then the
 * advisor's progress calls and messages about a car in the workshop (repair's progress_contact).
 */
public enum ContactKind {
    COMPLAINT,
    CONFIRMED_SATISFIED,
    CONFIRMED_NOT_SATISFIED,
    INSURANCE_CALL,
    INSPECTION_CALL,
    APPOINTMENT_CALL,
    PHONE_APPROVAL,
    CALLBACK,
    CALLBACK_UNREACHABLE,
    PROGRESS_CALL,
    PROGRESS_MESSAGE
}
