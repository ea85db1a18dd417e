package com.fours.workbench.backup;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest of each of the last {@code daily} days that have one, of the
 * last {@code weekly} ISO weeks, and of the last {@code monthly} months; the newest backup of all
 * is always kept. Everything else may go.
 */
public final class Rotation {

    private Rotation() {
    }

    /** A backup file and when it was taken (from its name). */
    public record Taken(String fileName, LocalDateTime at) {
    }

    public static Set<String> toDelete(List<Taken> backups, int daily, int weekly, int monthly) {
        List<Taken> newestFirst = backups.stream().sorted(Comparator.comparing(Taken::at).reversed()).toList();
        Set<String> keep = new HashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0).fileName());
        }
        keep.addAll(newestPer(newestFirst, t -> t.at().toLocalDate(), daily));
        keep.addAll(newestPer(newestFirst, t -> t.at().get(IsoFields.WEEK_BASED_YEAR) * 100
                + t.at().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weekly));
        keep.addAll(newestPer(newestFirst, t -> YearMonth.from(t.at()), monthly));
        Set<String> delete = new HashSet<>();
        for (Taken t : newestFirst) {
            if (!keep.contains(t.fileName())) {
                delete.add(t.fileName());
            }
        }
        return delete;
    }

    private static List<String> newestPer(List<Taken> newestFirst, Function<Taken, Object> period, int periods) {
        Map<Object, String> newest = new LinkedHashMap<>();
        for (Taken t : newestFirst) {
            if (newest.size() >= periods && !newest.containsKey(period.apply(t))) {
                break;
            }
            newest.putIfAbsent(period.apply(t), t.fileName());
        }
        return List.copyOf(newest.values());
    }
}
