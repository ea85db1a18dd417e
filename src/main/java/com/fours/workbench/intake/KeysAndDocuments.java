package com.fours.workbench.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AuditTrail;

/**
 * Keys and documents (3.2(5), 3.5(4)): what reception takes with the car, under a key tag the key
 * board, the job board and the order show, and how each comes back at the hand-back: returned, or
 * kept by the store on purpose with the reason. A car leaves with nothing unaccounted for.
 * Called inside the caller's transaction: reception's and the hand-back's.
 */
public final class KeysAndDocuments {

    public static final int MAX_KEYS = 9;
    public static final int MAX_KEY_TAG = 12;
    public static final int MAX_OTHER = 200;
    public static final int MAX_REASON = 300;

    /** What reception took, checked: the tag (null when no key was taken) and one item per kind. */
    public record Taken(String keyTag, List<TakenItem> items) {

        public Taken {
            items = List.copyOf(items);
        }

        static Taken none() {
            return new Taken(null, List.of());
        }
    }

    private KeysAndDocuments() {
    }

    /** What reception took, as the intake sheet prints it: "钥匙 2 把（钥匙牌 K-17）、行驶证". */
    public static String describeTaken(List<TakenItem> items, String keyTag, Messages m) {
        if (items.isEmpty()) {
            return m.get("intake.keys.noneTaken");
        }
        List<String> parts = new ArrayList<>();
        for (TakenItem item : items) {
            String text = name(item, m);
            parts.add(item.kind() == ItemKind.KEY && keyTag != null ? m.get("intake.keys.withTag", text, keyTag) : text);
        }
        return String.join(m.get("intake.keys.separator"), parts);
    }

    /** How the items came back, as the gate pass prints it: returned ones, then kept ones with the reason. */
    public static String describeHandedBack(List<TakenItem> items, Messages m) {
        if (items.isEmpty()) {
            return m.get("intake.keys.handBack.none");
        }
        String separator = m.get("intake.keys.separator");
        List<String> returned = items.stream().filter(i -> i.state() == ItemState.RETURNED).map(i -> name(i, m)).toList();
        List<String> kept = items.stream().filter(i -> i.state() == ItemState.KEPT)
                .map(i -> m.get("intake.keys.keptBecause", name(i, m), i.reason())).toList();
        List<String> held = items.stream().filter(TakenItem::held).map(i -> name(i, m)).toList();
        List<String> lines = new ArrayList<>();
        if (!returned.isEmpty()) {
            lines.add(m.get("intake.keys.handBack.returned", String.join(separator, returned)));
        }
        if (!kept.isEmpty()) {
            lines.add(m.get("intake.keys.handBack.kept", String.join(separator, kept)));
        }
        if (!held.isEmpty()) {
            lines.add(m.get("intake.keys.handBack.held", String.join(separator, held)));
        }
        return String.join(m.get("intake.keys.lineSeparator"), lines);
    }

    /** One item by name: the keys with their count, "other" by what it was. */
    public static String name(TakenItem item, Messages m) {
        return switch (item.kind()) {
            case KEY -> m.get("intake.keys.keyCount", item.quantity());
            case OTHER -> m.get("intake.keys.other", item.description());
            default -> m.of(item.kind());
        };
    }

    /** Checks the typed part of the sheet; each refusal is collected against its field. */
    static Taken check(KeysAndDocumentsInput typed, InvalidFieldsException.Collector errors) {
        KeysAndDocumentsInput input = typed == null ? KeysAndDocumentsInput.none() : typed;
        Integer keys = errors.check(KeysAndDocumentsInput.KEYS, () -> {
            Integer n = Typed.optionalWholeNumber(input.keys(), MAX_KEYS);
            return n == null ? 0 : n;
        });
        String tag = errors.check(KeysAndDocumentsInput.KEY_TAG, () -> keyTag(input.keyTag()));
        String other = errors.check(KeysAndDocumentsInput.OTHER, () -> Typed.optionalLineText(input.other(), MAX_OTHER));
        if (keys == null || tag == null && input.keyTag() != null && !input.keyTag().isBlank()) {
            return Taken.none(); // refused above
        }
        if (keys > 0 && tag == null) {
            errors.reject(KeysAndDocumentsInput.KEY_TAG, new InvalidValueException("intake.invalid.keyTagMissing"));
        } else if (keys == 0 && tag != null) {
            errors.reject(KeysAndDocumentsInput.KEYS, new InvalidValueException("intake.invalid.keyTagWithoutKeys"));
        }
        List<TakenItem> items = new ArrayList<>();
        if (keys > 0) {
            items.add(held(ItemKind.KEY, keys, ""));
        }
        if (input.vehicleLicence()) {
            items.add(held(ItemKind.VEHICLE_LICENCE, 1, ""));
        }
        if (input.maintenanceBooklet()) {
            items.add(held(ItemKind.MAINTENANCE_BOOKLET, 1, ""));
        }
        if (input.insurancePolicy()) {
            items.add(held(ItemKind.INSURANCE_POLICY, 1, ""));
        }
        if (other != null) {
            items.add(held(ItemKind.OTHER, 1, other));
        }
        return new Taken(tag, items);
    }

    /** "k-17", "Ｋ１７" or "A03": letters, digits and dashes, kept in capitals; empty is null. */
    static String keyTag(String typed) {
        String text = Typed.clean(typed).toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_KEY_TAG || !text.matches("[A-Z0-9][A-Z0-9-]*")) {
            throw new InvalidValueException("intake.invalid.keyTag", MAX_KEY_TAG);
        }
        return text;
    }

    private static TakenItem held(ItemKind kind, int quantity, String description) {
        return new TakenItem(0, kind, quantity, description, ItemState.HELD, null, null, null);
    }

    /**
     * Writes what reception took. On a changed sheet the items still held are replaced; an item
     * already settled at a hand-back is never written over.
     */
    static void write(Handle handle, long intakeId, Taken taken) {
        KeysAndDocumentsDao dao = handle.attach(KeysAndDocumentsDao.class);
        dao.setKeyTag(intakeId, taken.keyTag());
        dao.deleteHeld(intakeId, Arrays.stream(ItemKind.values()).map(Enum::name).toList());
        List<ItemKind> settled = dao.items(intakeId).stream().map(KeysAndDocumentsDao.ItemRow::toItem)
                .map(TakenItem::kind).toList();
        for (TakenItem item : taken.items()) {
            if (!settled.contains(item.kind())) {
                dao.insert(intakeId, item.kind().name(), item.quantity(), item.description());
            }
        }
    }

    /** What reception took with the intake sheet, keys first. */
    public static List<TakenItem> items(Handle handle, long intakeId) {
        return handle.attach(KeysAndDocumentsDao.class).items(intakeId).stream()
                .map(KeysAndDocumentsDao.ItemRow::toItem).toList();
    }

    /** What reception took with the car of a repair order. */
    public static List<TakenItem> itemsOfOrder(Handle handle, long orderId) {
        return handle.attach(KeysAndDocumentsDao.class).intakeOfOrder(orderId)
                .map(intakeId -> items(handle, intakeId)).orElse(List.of());
    }

    /** The key tag of a repair order's car, or null when no key was taken. */
    public static String keyTagOfOrder(Handle handle, long orderId) {
        KeysAndDocumentsDao dao = handle.attach(KeysAndDocumentsDao.class);
        return dao.intakeOfOrder(orderId).flatMap(dao::keyTag).orElse(null);
    }

    /**
     * The hand-back of an order's keys and documents: each item still held is returned or kept with
     * its reason, as {@code returns} say, and audited. Refused when an item would stay unaccounted
     * for, naming it; nothing is written then (the caller's transaction rolls back).
     */
    public static List<TakenItem> handBack(Handle handle, AuditTrail audit, long orderId, String orderNumber,
                                           List<ItemReturn> returns, String username, Instant now) {
        KeysAndDocumentsDao dao = handle.attach(KeysAndDocumentsDao.class);
        Long intakeId = dao.intakeOfOrder(orderId).orElse(null);
        if (intakeId == null) {
            return List.of();
        }
        Map<Long, ItemReturn> byItem = new HashMap<>();
        for (ItemReturn r : returns == null ? List.<ItemReturn>of() : returns) {
            if (r != null) {
                byItem.put(r.itemId(), r);
            }
        }
        List<TakenItem> unaccounted = new ArrayList<>();
        StringBuilder settledText = new StringBuilder();
        for (TakenItem item : items(handle, intakeId)) {
            if (!item.held()) {
                continue;
            }
            ItemReturn r = byItem.get(item.id());
            if (r != null && r.returned()) {
                dao.settle(intakeId, item.id(), ItemState.RETURNED.name(), null, username, now);
                settledText.append(item.kind()).append('x').append(item.quantity()).append("=RETURNED\n");
            } else if (r != null && r.keptReason() != null && !r.keptReason().isBlank()) {
                String reason;
                try {
                    reason = Typed.optionalLineText(r.keptReason(), MAX_REASON);
                } catch (BusinessRuleException refused) {
                    throw new BusinessRuleException("intake.items.keptReasonInvalid", item.kind(), refused.messageKey());
                }
                dao.settle(intakeId, item.id(), ItemState.KEPT.name(), reason, username, now);
                settledText.append(item.kind()).append('x').append(item.quantity()).append("=KEPT: ").append(reason)
                        .append('\n');
            } else {
                unaccounted.add(item);
            }
        }
        if (!unaccounted.isEmpty()) {
            TakenItem first = unaccounted.get(0);
            throw new BusinessRuleException("intake.items.unaccounted", orderNumber, unaccounted.size(), first.kind());
        }
        if (settledText.length() > 0) {
            audit.record(handle, IntakeAuditAction.KEYS_AND_DOCUMENTS_HANDED_BACK, "intake", intakeId, null,
                    "order=" + orderNumber + "\n" + settledText);
        }
        return items(handle, intakeId);
    }
}
