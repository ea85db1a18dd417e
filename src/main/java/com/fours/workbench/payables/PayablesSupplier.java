package com.fours.workbench.payables;

/** A supplier as payables name it. */
public record PayablesSupplier(long id, String name) {
}
