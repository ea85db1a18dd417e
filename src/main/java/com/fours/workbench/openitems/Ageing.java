package com.fours.workbench.openitems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.fours.workbench.core.AgedBalance;
import com.fours.workbench.core.Money;

/**
 * The ageing of open items by days past due, the same for what the store is owed and what it owes:
 * one grouped pass over the open rows (alias {@code i}, columns {@code due_on} and {@code open_amount})
 * sums them into the buckets of {@link AgedBalance}; every party is listed, those owing most first.
 */
public final class Ageing {

    /**
     * The five bucket sums: due on or after {@code asOf}; due 1-30 days before ({@code d30} = asOf - 30);
     * 31-60; 61-90; earlier. Bound from {@link Edges}.
     */
    public static final String BUCKET_SUMS = """
            SUM(CASE WHEN i.due_on >= :asOf THEN i.open_amount ELSE 0 END) AS current,
            SUM(CASE WHEN i.due_on < :asOf AND i.due_on >= :d30 THEN i.open_amount ELSE 0 END) AS days1_to30,
            SUM(CASE WHEN i.due_on < :d30 AND i.due_on >= :d60 THEN i.open_amount ELSE 0 END) AS days31_to60,
            SUM(CASE WHEN i.due_on < :d60 AND i.due_on >= :d90 THEN i.open_amount ELSE 0 END) AS days61_to90,
            SUM(CASE WHEN i.due_on < :d90 THEN i.open_amount ELSE 0 END) AS over90
            """;

    private Ageing() {
    }

    /** The days the buckets start on, for {@code @BindMethods}. */
    public record Edges(LocalDate asOf, LocalDate d30, LocalDate d60, LocalDate d90) {

        public static Edges of(LocalDate asOf) {
            return new Edges(asOf, asOf.minusDays(30), asOf.minusDays(60), asOf.minusDays(90));
        }
    }

    /** One party's open amounts by bucket, as the grouped pass returns them (column {@code party_id}). */
    public record Buckets(long partyId, Money current, Money days1To30, Money days31To60, Money days61To90,
                          Money over90) {

        static Buckets none(long partyId) {
            return new Buckets(partyId, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        }
    }

    /** One party's unapplied credit (columns {@code party_id}, {@code amount}). */
    public record Credit(long partyId, BigDecimal amount) {
    }

    /** Makes a party's line from the party, its buckets (zeros when nothing is open) and its credit. */
    @FunctionalInterface
    public interface LineMaker<P, L> {
        L line(P party, Buckets open, Money unapplied);
    }

    /**
     * A line for every party (a party with nothing open shows zeros), the largest balance first, then
     * by name.
     */
    public static <P, L extends AgedBalance> List<L> lines(List<P> parties, ToLongFunction<P> id, List<Buckets> open,
                                                           List<Credit> credits, LineMaker<P, L> maker,
                                                           Function<L, String> name) {
        Map<Long, Buckets> byParty = new HashMap<>();
        open.forEach(b -> byParty.put(b.partyId(), b));
        Map<Long, BigDecimal> credit = new HashMap<>();
        credits.forEach(c -> credit.put(c.partyId(), c.amount()));
        List<L> lines = new ArrayList<>(parties.size());
        for (P party : parties) {
            long partyId = id.applyAsLong(party);
            lines.add(maker.line(party, byParty.getOrDefault(partyId, Buckets.none(partyId)),
                    Money.of(credit.getOrDefault(partyId, BigDecimal.ZERO))));
        }
        lines.sort(Comparator.comparing((L l) -> l.balance().amount()).reversed().thenComparing(name));
        return lines;
    }
}
