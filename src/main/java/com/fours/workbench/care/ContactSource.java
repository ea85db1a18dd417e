package com.fours.workbench.care;

import java.util.List;

import org.jdbi.v3.core.Handle;

/** One kind of recorded contact the time line reads; a new kind of contact is one more source. */
@FunctionalInterface
public interface ContactSource {

    List<ContactEntry> contacts(Handle handle, ContactScope scope);
}
