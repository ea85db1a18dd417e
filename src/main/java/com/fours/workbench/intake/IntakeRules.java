package com.fours.workbench.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.FullWidthForms;
import com.fours.workbench.core.TypedMoment;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;

/** The checks of an intake sheet, field by field; every refused field is named with its reason. */
public final class IntakeRules {

    static final int MAX_MILEAGE = 2_000_000;
    static final int MAX_COMPLAINT = 2000;
    static final int MAX_VALUABLES = 1000;
    static final int MAX_ITEMS_TEXT = 4000;
    static final int MAX_CONTACT = 200;
    static final int MAX_NOTE = 500;
    static final int MAX_NOTES = 2000;
    static final int MAX_MARKERS = 60;


    /** A sheet that passed every check, in the types it is stored in. */
    public record Checked(int mileage, FuelLevel fuelLevel, String valuables, String complaint, List<String> items,
                          Money estimatedCost, Instant promisedAt, OldPartsHandling oldParts, String approvalContact,
                          boolean customerWaits, String notes, List<DamageMarker> markers,
                          KeysAndDocuments.Taken taken) {
    }

    private IntakeRules() {
    }

    /**
     * Checks everything at once so the advisor sees every problem in one go. {@code receivedAt}
     * is when the car came in: a promised time must be after it; a time without a date is that day.
     */
    public static Checked check(IntakeInput typed, Instant receivedAt, ZoneId zone) {
        IntakeInput input = typed != null ? typed
                : new IntakeInput(null, null, null, null, null, null, null, null, null, false, null, null);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Integer mileage = errors.check(IntakeInput.MILEAGE, () -> mileage(input.mileage()));
        if (input.fuelLevel() == null) {
            errors.reject(IntakeInput.FUEL_LEVEL, new InvalidValueException("intake.invalid.fuelLevel"));
        }
        String complaint = text(errors, IntakeInput.COMPLAINT, input.complaint(), MAX_COMPLAINT, true);
        List<String> items = errors.check(IntakeInput.REQUESTED_ITEMS, () -> input.requestedItems().stream()
                .map(item -> Typed.optionalLineText(item, MAX_ITEMS_TEXT)).filter(item -> item != null).toList());
        if (items == null) {
            items = List.of();
        } else if (complaint.isEmpty() && items.isEmpty()) {
            errors.reject(IntakeInput.COMPLAINT, new InvalidValueException("intake.invalid.complaintOrItems"));
            errors.reject(IntakeInput.REQUESTED_ITEMS, new InvalidValueException("intake.invalid.complaintOrItems"));
        }
        tooLong(errors, IntakeInput.REQUESTED_ITEMS, String.join("\n", items), MAX_ITEMS_TEXT);
        String valuables = text(errors, IntakeInput.VALUABLES, input.valuables(), MAX_VALUABLES, true);
        Money estimate = errors.check(IntakeInput.ESTIMATED_COST, () -> estimate(input.estimatedCost()));
        Instant promised = errors.check(IntakeInput.PROMISED_AT, () -> promised(input.promisedAt(), receivedAt, zone));
        if (input.oldParts() == null) {
            errors.reject(IntakeInput.OLD_PARTS, new InvalidValueException("intake.invalid.oldParts"));
        }
        String contact = text(errors, IntakeInput.APPROVAL_CONTACT, input.approvalContact(), MAX_CONTACT, false);
        if (contact.isEmpty()) {
            errors.reject(IntakeInput.APPROVAL_CONTACT, new InvalidValueException("intake.invalid.approvalContact"));
        }
        String notes = text(errors, IntakeInput.NOTES, input.notes(), MAX_NOTES, true);
        List<DamageMarker> markers = markers(input.markers(), errors);
        KeysAndDocuments.Taken taken = KeysAndDocuments.check(input.keysAndDocuments(), errors);
        errors.throwIfAny();
        return new Checked(mileage, input.fuelLevel(), valuables, complaint, items, estimate, promised, input.oldParts(),
                contact, input.customerWaits(), notes, markers, taken);
    }

    /** "31000", "31,000", "３１０００ km", "31000公里". */
    public static int mileage(String typed) {
        String text = typed == null ? "" : FullWidthForms.toHalfWidth(typed).strip().toLowerCase(java.util.Locale.ROOT);
        text = text.replaceAll("(km|公里)$", "").strip().replace(",", "").replace(" ", "");
        if (text.isEmpty()) {
            throw new InvalidValueException("intake.invalid.mileageEmpty");
        }
        if (!text.matches("\\d{1,8}")) {
            throw new InvalidValueException("intake.invalid.mileage");
        }
        int value = Integer.parseInt(text);
        if (value > MAX_MILEAGE) {
            throw new InvalidValueException("intake.invalid.mileage");
        }
        return value;
    }

    /** Empty is "no estimate"; more than two decimals or a negative amount is refused. */
    static Money estimate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Money money = Money.parse(typed);
        if (money.isNegative()) {
            throw new InvalidValueException("intake.invalid.estimateNegative");
        }
        return money;
    }

    /** "2026-11-27 17:30" or "17:30" (the day the car came in); empty is "not promised". */
    static Instant promised(String typed, Instant receivedAt, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        LocalDateTime at;
        try {
            at = TypedMoment.parse(typed, LocalDate.ofInstant(receivedAt, zone));
        } catch (java.time.DateTimeException e) {
            throw new InvalidValueException("intake.invalid.promisedAt");
        }
        Instant instant = at.atZone(zone).toInstant();
        if (instant.isBefore(receivedAt)) {
            throw new InvalidValueException("intake.invalid.promisedBeforeReceived");
        }
        return instant;
    }

    private static List<DamageMarker> markers(List<DamageMarker> markers, InvalidFieldsException.Collector errors) {
        List<String> untyped = new ArrayList<>();
        List<DamageMarker> numbered = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            DamageMarker marker = markers.get(i);
            if (marker.type() == null) {
                untyped.add(String.valueOf(marker.number()));
            }
            if (marker.note().length() > MAX_NOTE) {
                errors.reject(IntakeInput.MARKERS, new InvalidValueException("intake.invalid.markerNote",
                        String.valueOf(marker.number()), MAX_NOTE));
            } else {
                errors.check(IntakeInput.MARKERS, () -> Typed.optionalLineText(marker.note(), MAX_NOTE));
            }
            numbered.add(marker.renumbered(i + 1));
        }
        if (!untyped.isEmpty()) {
            errors.reject(IntakeInput.MARKERS, new InvalidValueException("intake.invalid.markerType",
                    String.join(", ", untyped)));
        }
        if (markers.size() > MAX_MARKERS) {
            errors.reject(IntakeInput.MARKERS, new InvalidValueException("intake.invalid.tooManyMarkers", MAX_MARKERS));
        }
        return numbered;
    }

    /**
     * A free-text field through the one free-text rule; a text too long keeps this sheet's own
     * message. Refused or empty text is "" here, the refusal being collected against its field.
     */
    private static String text(InvalidFieldsException.Collector errors, String field, String typed, int max,
                               boolean multiline) {
        String stripped = strip(typed);
        tooLong(errors, field, stripped, max);
        if (stripped.length() > max) {
            return "";
        }
        String value = errors.check(field, () -> multiline ? Typed.optionalMultilineText(typed, max)
                : Typed.optionalLineText(typed, max));
        return value == null ? "" : value;
    }

    private static void tooLong(InvalidFieldsException.Collector errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.reject(field, new InvalidValueException("intake.invalid.tooLong", max));
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    static BusinessRuleException unknown(long intakeId) {
        return new BusinessRuleException("intake.notFound", String.valueOf(intakeId));
    }
}
