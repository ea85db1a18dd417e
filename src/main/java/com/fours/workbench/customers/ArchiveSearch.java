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
 * <p>The index holds the 2- and 3-character grams of each entry. A fragment is looked up through
 * its rarest gram (counted only up to a cap, so counting stays cheap) and every candidate is
 * checked against the whole fragment, stopping at the first page; a plain LIKE '%x%' over the
 * archive never runs.
 */
public final class ArchiveSearch {

    public static final int PAGE = 20;
    private static final int COUNT_CAP = 2_000;

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
            String rarest = grams.size() == 1 ? grams.get(0)
                    : grams.stream().min(Comparator.comparingInt(g -> search.cappedCount(g, COUNT_CAP))).orElseThrow();
            for (SearchDao.Entry entry : search.throughGram(rarest, "%" + q + "%", PAGE + 1)) {
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

    private SearchHit hit(SearchDao.HitRow row, boolean exact) {
        String phoneColumn = row.mobile() != null ? row.mobile() : row.otherPhone();
        String phone = phoneColumn == null ? "" : customers.phoneForDisplay(PhoneNumber.parse(phoneColumn));
        String brandModel = ((row.brand() == null ? "" : row.brand()) + " " + (row.model() == null ? "" : row.model())).strip();
        return new SearchHit(row.customerId(), row.vehicleId(), row.plate(),
                row.plateColor() == null ? null : PlateColor.valueOf(row.plateColor()), row.vin(), brandModel, row.name(),
                phone, exact);
    }
}
