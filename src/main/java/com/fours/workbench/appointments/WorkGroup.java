package com.fours.workbench.appointments;

/** A work group of the workshop (机修组, 钣金组, ...): capacity is planned per group. */
public record WorkGroup(long id, String name, int sortOrder, boolean active, int version) {
}
