package com.fours.workbench.customers;

import java.util.List;

/** The first page of hits for a fragment; {@code more} when there are further ones. */
public record SearchResult(String fragment, List<SearchHit> hits, boolean more) {

    public static SearchResult empty(String fragment) {
        return new SearchResult(fragment, List.of(), false);
    }
}
