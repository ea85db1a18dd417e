package com.fours.workbench.customers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.PlateColor;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Finds vehicles and their owners from any fragment: part of a plate, the tail of a phone number,
 * part of a VIN, a name or its pinyin initials. Exact plate, VIN or phone matches come first.
 *
 * <p>The index holds the 2- to 5-character grams of each entry ({@link SearchText}). A fragment
 * is looked up through its rarest gram (judged from its first few entries, so counting stays
 * cheap), narrowed by a second gram when it has one, and every candidate is checked against the
 * whole fragment, stopping at the first page; a plain LIKE '%x%' over the archive never runs. Why
 * and how fast: docs/decisions/0011-archive-search.md.
 */
public final class ArchiveSearch {

    public static final int PAGE = 20;
    /**
     * How many of a gram's entries are read to tell how common it is: the whole count of a rare one,
     * and for a common one how far its first entries reach. Cheap enough for every gram of a VIN.
     */
    private static final int SAMPLE = 200;

    /**
     * A gram with fewer entries than the sample is rarer than one with more, and between those
     * with more, the one whose first {@link #SAMPLE} entries reach further into the archive is the
     * rarer (entry ids grow with the archive, so a gram's entries are spread over them evenly enough).
     */
    private static final Comparator<SearchDao.GramSample> RAREST_FIRST = Comparator
            .comparing((SearchDao.GramSample s) -> s.entries() >= SAMPLE)
            .thenComparingLong(s -> s.entries() >= SAMPLE ? -s.reach() : s.entries());

    private final Transactions transactions;
    private final Session session;
    private final CustomerService customers;

    public ArchiveSearch(Transactions transactions, Session session, CustomerService customers) {
        this.transactions = transactions;
        this.session = session;
        this.customers = customers;
    }

    public SearchResult search(String fragment) {
        session.require(Permission.USE_CUSTOMERS);
        String q = SearchText.normalise(fragment);
        List<String> grams = SearchText.queryGrams(q);
        if (grams.isEmpty()) {
            return SearchResult.empty(q);
        }
        return transactions.read(handle -> {
            SearchDao search = handle.attach(SearchDao.class);
            Map<Long, SearchDao.Entry> found = new LinkedHashMap<>();
            List<Long> exactIds = new ArrayList<>();
            for (SearchDao.Entry entry : search.exact(q)) {
                found.putIfAbsent(entry.id(), entry);
                exactIds.add(entry.id());
            }
            for (SearchDao.Entry entry : candidates(search, q, grams)) {
                found.putIfAbsent(entry.id(), entry);
            }
            boolean more = found.size() > PAGE;
            List<Long> page = found.keySet().stream().limit(PAGE).toList();
            if (page.isEmpty()) {
                return SearchResult.empty(q);
            }
            Map<Long, SearchDao.HitRow> rows = search.hits(page).stream().collect(Collectors.toMap(
                    row -> row.vehicleId() != null ? -row.vehicleId() : row.customerId(), Function.identity(), (a, b) -> a));
            List<SearchHit> hits = new ArrayList<>();
            for (Long entryId : page) {
                SearchDao.Entry entry = found.get(entryId);
                SearchDao.HitRow row = rows.get(entry.vehicleId() != null ? -entry.vehicleId() : entry.customerId());
                if (row != null) {
                    hits.add(hit(row, exactIds.contains(entryId)));
                }
            }
            return new SearchResult(q, hits, more);
        });
    }

    /**
     * The first page of entries holding the fragment, through its rarest gram, and for a fragment
     * of two or more grams also through a second one: the one that shares the fewest characters
     * with the first (grams far apart rarely come together by chance), the rarest of those.
     */
    private static List<SearchDao.Entry> candidates(SearchDao search, String q, List<String> grams) {
        String pattern = "%" + q + "%";
        if (grams.size() == 1) {
            return search.throughGram(grams.get(0), pattern, PAGE + 1);
        }
        Map<String, SearchDao.GramSample> samples = new LinkedHashMap<>();
        for (String gram : grams) {
            samples.put(gram, search.sample(gram, SAMPLE));
        }
        Comparator<String> rarestFirst = Comparator.comparing(samples::get, RAREST_FIRST);
        String driver = grams.stream().min(rarestFirst).orElseThrow();
        if (samples.get(driver).entries() == 0) {
            return List.of();
        }
        int from = q.indexOf(driver);
        int to = from + driver.length();
        Comparator<String> leastShared = Comparator.comparingInt(
                g -> Math.max(0, Math.min(to, q.indexOf(g) + g.length()) - Math.max(from, q.indexOf(g))));
        String filter = grams.stream().filter(g -> !g.equals(driver))
                .min(leastShared.thenComparing(rarestFirst)).orElseThrow();
        return search.throughGrams(driver, filter, pattern, PAGE + 1);
    }

    private SearchHit hit(SearchDao.HitRow row, boolean exact) {
        String phoneColumn = row.mobile() != null ? row.mobile() : row.otherPhone();
        String phone = phoneColumn == null ? "" : customers.phoneForDisplay(PhoneNumber.parse(phoneColumn));
        String brandModel = ((row.brand() == null ? "" : row.brand()) + " " + (row.model() == null ? "" : row.model())).strip();
        return new SearchHit(row.customerId(), row.vehicleId(), row.plate(),
                row.plateColor() == null ? null : PlateColor.valueOf(row.plateColor()), row.vin(), brandModel, row.name(),
                phone, exact);
    }
}
