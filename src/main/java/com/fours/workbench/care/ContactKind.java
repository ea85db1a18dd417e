package com.fours.workbench.care;

/**
 * The kinds of contact the sources of the time line record ({@code enum.ContactKind.*} names them); the
 * last two are the callbacks' (each call, and a callback closed unreached with the store's fallback).
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
    CALLBACK_UNREACHABLE
}
