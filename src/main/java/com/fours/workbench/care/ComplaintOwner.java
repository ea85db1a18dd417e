package com.fours.workbench.care;

/** A user who may own a complaint (holds the customer-care permission), by the name people know. */
public record ComplaintOwner(long id, String name) {
}
