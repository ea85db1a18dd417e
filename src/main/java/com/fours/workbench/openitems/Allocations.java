package com.fours.workbench.openitems;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.security.ConcurrentChangeException;

/**
 * Money applied to open items, the same for a payer's receipt and a payment to a supplier: the amounts
 * as typed checked (each item once, none negative), never more than the money nor than an item has
 * open, the rest kept as the money's credit and applied later with the version the user saw. The
 * caller's transaction and tables come in through a {@link Book}; the refusals' keys through
 * {@link Refusals}.
 */
public final class Allocations {

    private Allocations() {
    }

    /** What one side calls its refusals: the field the applied amounts stand under and the message keys. */
    public record Refusals(String field, String twice, String nothing, String aboveAmount, String aboveCredit,
                           String otherParty, String notPayable, String aboveOpen, String alreadyPaid) {
    }

    /** An open item as read while it is locked: its party, its name for a message, what is open, if it may be paid. */
    public record Item(long id, long partyId, String label, Money open, boolean payable) {
    }

    /** The receipt or payment being applied, as locked: its party, number, version and unapplied credit. */
    public record Source(long id, long partyId, String number, int version, Money unapplied) {
    }

    /**
     * What the DAO of receipts or payments offers the kit (it declares both with its own SQL): the credit
     * taken off if the row is still {@code version} (1 row, else 0), and the allocations written.
     */
    public interface Credits {

        int useCredit(long id, int version, BigDecimal applied);

        void insertAllocations(long sourceId, List<Applied> applied, String appliedBy, Instant appliedAt);
    }

    /** One side's open items, written in the caller's transaction, and its {@link Credits}. */
    public interface Book {

        /** Locks the open item and reads it; refuses one that does not exist. */
        Item lockItem(long itemId);

        /** Takes {@code amount} off the item's open amount; false when more than is open. */
        boolean take(long itemId, BigDecimal amount);

        Credits credits();
    }

    /** The typed allocations checked: empty and zero amounts left out, a negative one or an item twice refused. */
    public static List<Applied> checked(List<Allocation> allocations, Refusals refusals) {
        List<Applied> applied = new ArrayList<>();
        Set<Long> items = new HashSet<>();
        for (Allocation a : allocations == null ? List.<Allocation>of() : allocations) {
            String typed = Typed.clean(a.amount());
            if (typed == null || typed.isEmpty()) {
                continue;
            }
            Money amount = Money.parse(typed).storable();
            if (amount.isZero()) {
                continue;
            }
            if (amount.isNegative()) {
                throw new InvalidValueException("cashier.amount.positive");
            }
            if (!items.add(a.itemId())) {
                throw new InvalidValueException(refusals.twice());
            }
            applied.add(new Applied(a.itemId(), amount.amount()));
        }
        return applied;
    }

    /** Refuses applying more than the money recorded with it. */
    public static void requireWithin(List<Applied> applied, Money amount, Refusals refusals) {
        Money total = total(applied);
        if (total.compareTo(amount) > 0) {
            throw new InvalidFieldsException(Map.of(refusals.field(), new InvalidValueException(
                    refusals.aboveAmount(), total.toPlainString(), amount.toPlainString())));
        }
    }

    /** Refuses an apply of nothing. */
    public static void requireSome(List<Applied> applied, Refusals refusals) {
        if (applied.isEmpty()) {
            throw new InvalidFieldsException(Map.of(refusals.field(), new InvalidValueException(refusals.nothing())));
        }
    }

    /**
     * Applies a recorded source's credit later: refused when the source changed since the user saw
     * {@code version} or the amounts exceed its credit.
     */
    public static void applyCredit(Book book, Source locked, int version, List<Applied> applied, Refusals refusals,
                                   String by, Instant at) {
        if (locked.version() != version) {
            throw new ConcurrentChangeException(locked.number());
        }
        Money total = total(applied);
        if (total.compareTo(locked.unapplied()) > 0) {
            throw new InvalidFieldsException(Map.of(refusals.field(), new InvalidValueException(
                    refusals.aboveCredit(), locked.number(), total.toPlainString(),
                    locked.unapplied().toPlainString())));
        }
        apply(book, locked, applied, refusals, by, at);
    }

    /**
     * Takes each amount off its item (the source's party's, payable, no more than is open), then off
     * the source's credit, and records the allocations; all in the caller's transaction.
     */
    public static void apply(Book book, Source source, List<Applied> applied, Refusals refusals, String by,
                             Instant at) {
        // items in id order: two sources applied to the same items at once lock them in the same order
        for (Applied a : applied.stream().sorted(Comparator.comparingLong(Applied::itemId)).toList()) {
            Item item = book.lockItem(a.itemId());
            if (item.partyId() != source.partyId()) {
                throw new BusinessRuleException(refusals.otherParty(), item.label(),
                        source.number());
            }
            if (!item.payable()) {
                throw new InvalidFieldsException(Map.of(refusals.field(), new InvalidValueException(
                        refusals.notPayable(), item.label())));
            }
            if (!book.take(a.itemId(), a.amount())) {
                throw new InvalidFieldsException(Map.of(refusals.field(), new InvalidValueException(
                        item.open().isZero() ? refusals.alreadyPaid() : refusals.aboveOpen(), item.label(),
                        Money.of(a.amount()).toPlainString(), item.open().toPlainString())));
            }
        }
        if (book.credits().useCredit(source.id(), source.version(), total(applied).amount()) != 1) {
            throw new ConcurrentChangeException(source.number());
        }
        book.credits().insertAllocations(source.id(), applied, by, at);
    }

    public static Money total(List<Applied> applied) {
        return Money.sum(applied.stream().map(a -> Money.of(a.amount())).toList());
    }

    /** The allocations for an audit row: {@code <kind><id>:<amount>} each. */
    public static String describe(List<Applied> applied, String kind) {
        return applied.stream().map(a -> kind + a.itemId() + ":" + Money.of(a.amount()).toPlainString()).toList()
                .toString();
    }

    /**
     * How {@code available} is spread over {@code targets} in the given order (oldest first), each up to
     * what is open on it; what is left over stays the money's credit.
     */
    public static <T> List<Allocation> spread(Money available, List<T> targets, Comparator<T> order,
                                              ToLongFunction<T> id, Function<T, Money> open) {
        List<T> inOrder = new ArrayList<>(targets);
        inOrder.sort(order);
        List<Allocation> allocations = new ArrayList<>();
        Money left = available;
        for (T target : inOrder) {
            if (!left.isPositive()) {
                break;
            }
            Money applied = open.apply(target).compareTo(left) < 0 ? open.apply(target) : left;
            allocations.add(new Allocation(id.applyAsLong(target), applied.toPlainString()));
            left = left.minus(applied);
        }
        return allocations;
    }

    /** A typed amount of money received or paid: more than zero and storable. */
    public static Money positive(String typed) {
        Money amount = Money.parse(typed).storable();
        if (!amount.isPositive()) {
            throw new InvalidValueException("cashier.amount.positive");
        }
        return amount;
    }

    /** The day typed (empty: today), never after today. */
    public static LocalDate day(String typed, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = Typed.optionalDate(typed);
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("receivables.day.future", day);
        }
        return day;
    }
}
