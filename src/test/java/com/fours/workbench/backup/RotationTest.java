package com.fours.workbench.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RotationTest {

    private static Rotation.Taken at(String when) {
        return new Rotation.Taken("workbench-" + when + ".zip", LocalDateTime.parse(when.substring(0, 4) + "-"
                + when.substring(4, 6) + "-" + when.substring(6, 8) + "T" + when.substring(9, 11) + ":"
                + when.substring(11, 13) + ":" + when.substring(13, 15)));
    }

    @Test
    void aYearOfNightlyBackupsKeeps14Daily8WeeklyAnd12Monthly() {
        List<Rotation.Taken> all = new ArrayList<>();
        LocalDateTime night = LocalDateTime.of(2026, 1, 1, 22, 30);
        for (int i = 0; i < 365; i++) {
            LocalDateTime t = night.plusDays(i);
            all.add(new Rotation.Taken("b" + i, t));
        }
        Set<String> delete = Rotation.toDelete(all, 14, 8, 12);
        List<Rotation.Taken> kept = all.stream().filter(t -> !delete.contains(t.fileName())).toList();
        // the last 14 nights (18-31 Dec); of the 8 newest ISO weeks' last nights 5 are older (13 Dec back
        // to 15 Nov); of the 12 months' last nights 11 are not kept already (30 Nov back to 31 Jan)
        assertThat(kept).hasSize(14 + 5 + 11);
        assertThat(kept.stream().map(Rotation.Taken::at).filter(t -> t.isAfter(night.plusDays(364 - 14)))).hasSize(14);
        assertThat(kept).extracting(t -> t.at().toLocalDate().toString()).contains("2026-01-31", "2026-06-30");
    }

    @Test
    void severalBackupsOfOneDayKeepTheNewestAndTheNewestOfAllIsNeverDeleted() {
        List<Rotation.Taken> all = List.of(at("20261127-101500"), at("20261127-183000"), at("20261127-223000"),
                at("20261126-223000"));
        assertThat(Rotation.toDelete(all, 1, 0, 0)).containsExactlyInAnyOrder("workbench-20261127-101500.zip",
                "workbench-20261127-183000.zip", "workbench-20261126-223000.zip");
        assertThat(Rotation.toDelete(List.of(at("20261127-101500")), 1, 0, 0)).isEmpty();
    }
}
