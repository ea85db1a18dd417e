package com.fours.workbench.customers;

import java.util.List;

import com.fours.workbench.core.BusinessRuleException;

/**
 * The new record looks like one already in the archive. Nothing was saved; the user looks at the
 * others and either opens one of them or confirms that this really is someone (something) else.
 */
public class DuplicatesFoundException extends BusinessRuleException {

    private final transient List<PossibleDuplicate> duplicates;

    public DuplicatesFoundException(List<PossibleDuplicate> duplicates) {
        super("archive.duplicatesFound", duplicates.size());
        this.duplicates = List.copyOf(duplicates);
    }

    public List<PossibleDuplicate> duplicates() {
        return duplicates;
    }
}
