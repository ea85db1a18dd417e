package com.fours.workbench.core;

import java.util.List;
import java.util.Optional;

/**
 * The country a VIN's manufacturer code was assigned to, for the countries whose cars a Chinese
 * dealer sees. ISO 3780 gives each country ranges of the first two characters, e.g. "SA-SM"; the
 * second character runs A..Z (without I, O, Q), then 1..9, then 0.
 */
public enum VinCountry {
    CHINA("CN", "LA-L0"),
    JAPAN("JP", "JA-J0"),
    SOUTH_KOREA("KR", "KL-KR"),
    GERMANY("DE", "WA-W0"),
    UNITED_STATES("US", "1A-10", "4A-40", "5A-50"),
    CANADA("CA", "2A-20"),
    MEXICO("MX", "3A-3W"),
    UNITED_KINGDOM("GB", "SA-SM"),
    FRANCE("FR", "VF-VR"),
    SPAIN("ES", "VS-VW"),
    SWEDEN("SE", "YS-YW"),
    ITALY("IT", "ZA-ZR");

    private static final String SECOND_CHARACTER_ORDER = "ABCDEFGHJKLMNPRSTUVWXYZ1234567890";

    private final String isoCode;
    private final List<String> ranges;

    VinCountry(String isoCode, String... ranges) {
        this.isoCode = isoCode;
        this.ranges = List.of(ranges);
    }

    /** ISO 3166-1 alpha-2, e.g. "CN". */
    public String isoCode() {
        return isoCode;
    }

    static Optional<VinCountry> ofWmi(String wmi) {
        char first = wmi.charAt(0);
        int second = SECOND_CHARACTER_ORDER.indexOf(wmi.charAt(1));
        for (VinCountry country : values()) {
            for (String range : country.ranges) {
                if (range.charAt(0) == first
                        && second >= SECOND_CHARACTER_ORDER.indexOf(range.charAt(1))
                        && second <= SECOND_CHARACTER_ORDER.indexOf(range.charAt(4))) {
                    return Optional.of(country);
                }
            }
        }
        return Optional.empty();
    }
}
