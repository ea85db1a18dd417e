package com.fours.workbench.core;

import java.util.List;
import java.util.Optional;

/** Manufacturers common in Chinese 4S stores, by their world manufacturer identifiers (VIN positions 1-3). */
public enum VinManufacturer {
    FAW_VOLKSWAGEN("LFV"),
    SAIC_VOLKSWAGEN("LSV"),
    BMW_BRILLIANCE("LBV"),
    BEIJING_BENZ("LE4"),
    GAC_HONDA("LHG"),
    DONGFENG_HONDA("LVH"),
    GAC_TOYOTA("LVG"),
    FAW_TOYOTA("LFM"),
    DONGFENG_NISSAN("LGB"),
    SAIC_GM("LSG"),
    CHANGAN_FORD("LVS"),
    TESLA_SHANGHAI("LRW"),
    BYD("LGX", "LC0"),
    BMW("WBA"),
    MERCEDES_BENZ("WDD"),
    VOLKSWAGEN("WVW"),
    TOYOTA("JTD");

    private final List<String> wmis;

    VinManufacturer(String... wmis) {
        this.wmis = List.of(wmis);
    }

    /** The world manufacturer identifiers of this manufacturer, e.g. for demo data. */
    public List<String> wmis() {
        return wmis;
    }

    static Optional<VinManufacturer> ofWmi(String wmi) {
        for (VinManufacturer manufacturer : values()) {
            if (manufacturer.wmis.contains(wmi)) {
                return Optional.of(manufacturer);
            }
        }
        return Optional.empty();
    }
}
