package com.fours.workbench.customers;

public enum CustomerKind {
    PERSON,
    COMPANY
}
