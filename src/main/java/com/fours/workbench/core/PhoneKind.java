package com.fours.workbench.core;

public enum PhoneKind {
    MOBILE,
    LANDLINE
}
