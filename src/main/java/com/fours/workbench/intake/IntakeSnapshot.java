package com.fours.workbench.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sheet as it stood at one moment, field by field, kept as text (one {@code field=value} per
 * line, line breaks escaped) so a signed version survives any later change of the tables.
 * Markers are one field each, {@code marker.<n>} = {@code VIEW|x|y|TYPE|note}.
 */
public final class IntakeSnapshot {

    private final Map<String, String> fields;

    private IntakeSnapshot(Map<String, String> fields) {
        this.fields = fields;
    }

    public static IntakeSnapshot of(Intake intake) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(IntakeInput.MILEAGE, String.valueOf(intake.mileage()));
        f.put(IntakeInput.FUEL_LEVEL, intake.fuelLevel().name());
        f.put(IntakeInput.VALUABLES, intake.valuables());
        f.put(IntakeInput.COMPLAINT, intake.complaint());
        f.put(IntakeInput.REQUESTED_ITEMS, String.join("\n", intake.requestedItems()));
        f.put(IntakeInput.ESTIMATED_COST, intake.estimate().map(m -> m.toPlainString()).orElse(""));
        f.put(IntakeInput.PROMISED_AT, intake.promised().map(Object::toString).orElse(""));
        f.put(IntakeInput.OLD_PARTS, intake.oldParts().name());
        f.put(IntakeInput.APPROVAL_CONTACT, intake.approvalContact());
        f.put("customerWaits", String.valueOf(intake.customerWaits()));
        f.put(IntakeInput.NOTES, intake.notes());
        if (intake.keyTag() != null) {
            f.put(KeysAndDocumentsInput.KEY_TAG, intake.keyTag());
        }
        for (TakenItem item : intake.taken()) {
            f.put("taken." + item.kind().name(), item.quantity() + (item.description().isEmpty() ? "" : "|" + item.description()));
        }
        for (DamageMarker m : intake.markers()) {
            f.put("marker." + m.number(), m.view().name() + "|" + String.format(Locale.ROOT, "%.4f|%.4f", m.x(), m.y())
                    + "|" + (m.type() == null ? "" : m.type().name()) + "|" + m.note());
        }
        return new IntakeSnapshot(f);
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> text.append(k).append('=').append(escape(v)).append('\n'));
        return text.toString();
    }

    public static IntakeSnapshot parse(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                f.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return new IntakeSnapshot(f);
    }

    public Map<String, String> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** What differs from {@code earlier}, field by field in the order of the sheet; a marker only in one is a change too. */
    public List<FieldChange> changesSince(IntakeSnapshot earlier) {
        Set<String> names = new LinkedHashSet<>(earlier.fields.keySet());
        names.addAll(fields.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String before = earlier.fields.getOrDefault(name, "");
            String after = fields.getOrDefault(name, "");
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(name, before, after));
            }
        }
        return changes;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
