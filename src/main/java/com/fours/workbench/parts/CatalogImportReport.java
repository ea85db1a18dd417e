package com.fours.workbench.parts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a catalog import did, or why it did nothing: when any row is refused nothing was written and
 * {@link #rejections()} says, row by row and column by column, what to fix. Reasons are message
 * keys with their arguments, so each user reads them in their own language.
 */
public record CatalogImportReport(String fileName, int rows, int partsCreated, List<Rejection> rejections) {

    public CatalogImportReport {
        rejections = Collections.unmodifiableList(new ArrayList<>(rejections));
    }

    /** One refused cell: the row as Excel numbers it, the column's title in the file, the value. */
    public record Rejection(int row, String column, String value, String key, List<Object> arguments) {

        public Rejection {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }
    }

    public boolean imported() {
        return rejections.isEmpty();
    }
}
