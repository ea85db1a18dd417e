package com.fours.workbench.inspection;

/** A user who may own a corrective action: any active user, by the name people know. */
public record ActionOwner(long id, String name) {
}
