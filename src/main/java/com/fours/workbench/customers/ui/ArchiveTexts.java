package com.fours.workbench.customers.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Vin;
import com.fours.workbench.core.i18n.Messages;

/** How the archive screens write dates, mileages and decoded VINs in the screen's language. */
final class ArchiveTexts {

    static final String NONE = "—";

    private final Messages messages;
    private final Clock clock;
    private final Formats formats;

    ArchiveTexts(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.formats = Formats.of(messages.locale());
    }

    String date(LocalDate value) {
        return value == null ? NONE : formats.date(value);
    }

    /** The day of an instant, in the store's time zone. */
    String date(Instant value) {
        return value == null ? NONE : formats.date(value, clock.getZone());
    }

    String dateTime(Instant value) {
        return value == null ? NONE : formats.dateTime(value, clock.getZone());
    }

    String mileage(Integer kilometres) {
        return kilometres == null ? NONE : formats.km(kilometres);
    }

    static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    /** "GAC Toyota · China, Asia · model year 2022" as far as the VIN tells. */
    String decoded(Vin vin) {
        List<String> parts = new ArrayList<>();
        parts.add(vin.manufacturer().map(messages::of).orElse(messages.get("customers.ui.vin.wmi", vin.wmi())));
        String country = vin.country().map(messages::of).orElse(null);
        String region = vin.region().map(messages::of).orElse(null);
        if (country != null && region != null) {
            parts.add(messages.get("customers.ui.vin.countryRegion", country, region));
        } else if (country != null || region != null) {
            parts.add(country != null ? country : region);
        }
        vin.modelYear(clock).ifPresent(year -> parts.add(messages.get("customers.ui.vin.modelYear",
                String.valueOf(year.getValue()))));
        return String.join(" · ", parts);
    }
}
