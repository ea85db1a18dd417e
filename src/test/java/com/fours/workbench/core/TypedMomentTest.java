package com.fours.workbench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class TypedMomentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void readsWhatACounterTypes() {
        LocalDateTime expected = LocalDateTime.of(2026, 12, 8, 17, 30);
        assertThat(TypedMoment.parse("2026-12-08 17:30", DAY)).isEqualTo(expected);
        assertThat(TypedMoment.parse(" 2026/12/8  17:30 ", DAY)).isEqualTo(expected);
        assertThat(TypedMoment.parse("２０２６－１２－０８　１７：３０", DAY)).isEqualTo(expected);
        assertThat(TypedMoment.parse("2026-12-08T17:30", DAY)).isEqualTo(expected);
        assertThat(TypedMoment.parse("9:05", DAY)).isEqualTo(LocalDateTime.of(2026, 12, 7, 9, 5));
        assertThat(TypedMoment.parse("１７：３０", DAY)).isEqualTo(LocalDateTime.of(2026, 12, 7, 17, 30));
        assertThat(TypedMoment.parse("  ", DAY)).isNull();
        assertThat(TypedMoment.parse(null, DAY)).isNull();
    }

    @Test
    void refusesWhatIsNotAMomentThatExists() {
        for (String typed : new String[] {"2026-02-30 10:00", "25:00", "17:60", "tomorrow", "2026-12-08", "12/08 17:30"}) {
            assertThatThrownBy(() -> TypedMoment.parse(typed, DAY)).as(typed).isInstanceOf(DateTimeException.class);
        }
    }
}
