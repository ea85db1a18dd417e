package com.fours.workbench.core;

/** One committed change seen in the change feed: its topic and, where known, the record's id. */
public record Change(ChangeTopic topic, Long key) {

    /** Whether this change may concern the record {@code id} of {@code topic} (an unkeyed change may concern any). */
    public boolean concerns(ChangeTopic topic, long id) {
        return this.topic == topic && (key == null || key == id);
    }
}
