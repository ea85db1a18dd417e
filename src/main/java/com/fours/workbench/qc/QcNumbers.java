package com.fours.workbench.qc;

import com.fours.workbench.core.InvalidValueException;

/** Whole numbers typed on the QC screens: guarantee days and km, checklist positions, exit mileage. */
final class QcNumbers {

    private QcNumbers() {
    }

    static int atLeast(String text, int minimum, String belowKey) {
        int value;
        try {
            value = Integer.parseInt(text == null ? "" : text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("qc.invalid.wholeNumber");
        }
        if (value < minimum) {
            throw new InvalidValueException(belowKey, minimum);
        }
        if (value > 9_999_999) {
            throw new InvalidValueException("qc.invalid.wholeNumber");
        }
        return value;
    }

    /** The odometer at exit; blank is none (the intake mileage is used). */
    static Integer mileage(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip().replace(",", "").replace(" ", ""));
            if (value < 0 || value > 9_999_999) {
                throw new InvalidValueException("qc.invalid.exitMileage");
            }
            return value;
        } catch (NumberFormatException notNumber) {
            throw new InvalidValueException("qc.invalid.exitMileage");
        }
    }
}
