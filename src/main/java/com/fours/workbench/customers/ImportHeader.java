package com.fours.workbench.customers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fours.workbench.core.BusinessRuleException;

/** The header row of an imported list: which of our columns stand where, and which headers are not ours. */
record ImportHeader(int rowNumber, Map<ArchiveColumn, Integer> indexes, List<String> texts, List<String> ignored) {

    static ImportHeader find(List<ImportFile.SourceRow> rows) {
        int looked = 0;
        for (ImportFile.SourceRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (++looked > ArchiveImport.HEADER_SEARCH_ROWS) {
                break;
            }
            Map<ArchiveColumn, Integer> indexes = new EnumMap<>(ArchiveColumn.class);
            List<String> ignored = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String text = row.cell(i);
                if (text.isBlank()) {
                    continue;
                }
                var column = ArchiveColumn.forHeader(text);
                if (column.isEmpty()) {
                    ignored.add(text.strip());
                } else if (indexes.containsKey(column.get())) {
                    throw new BusinessRuleException("archive.import.file.sameColumnTwice",
                            row.cell(indexes.get(column.get())).strip(), text.strip());
                } else {
                    indexes.put(column.get(), i);
                }
            }
            if (indexes.size() >= 2) {
                if (!indexes.containsKey(ArchiveColumn.NAME) || !indexes.containsKey(ArchiveColumn.MOBILE)
                        && !indexes.containsKey(ArchiveColumn.OTHER_PHONE)) {
                    throw new BusinessRuleException("archive.import.file.missingColumns", String.valueOf(row.number()));
                }
                return new ImportHeader(row.number(), indexes, row.cells(), ignored);
            }
        }
        throw new BusinessRuleException("archive.import.file.noHeader");
    }

    String value(ImportFile.SourceRow row, ArchiveColumn column) {
        Integer index = indexes.get(column);
        return index == null ? "" : row.cell(index);
    }

    String text(ArchiveColumn column) {
        Integer index = indexes.get(column);
        return index == null ? null : texts.get(index);
    }

    int index(ArchiveColumn column) {
        return indexes.getOrDefault(column, -1);
    }
}
