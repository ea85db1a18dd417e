package com.fours.workbench.repair;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Visit;
import com.fours.workbench.customers.VisitSource;
import com.fours.workbench.db.Transactions;

/**
 * The repair orders of a vehicle on its card: number, status, what was done and what it came to,
 * and the work the customer declined (recommended at the next visit). The vehicle card checks who
 * may see it; texts are in the workbench's language.
 */
public final class RepairVisits implements VisitSource {

    private static final int MAX_ITEMS = 3;

    private final Transactions transactions;
    private final Clock clock;

    public RepairVisits(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<Visit> visitsOf(long vehicleId) {
        Messages m = Messages.forLocale(Locale.getDefault());
        return transactions.read(handle -> {
            List<RepairOrderDao.OrderOfVehicle> orders = handle.attach(RepairOrderDao.class).ofVehicle(vehicleId);
            List<Visit> visits = new ArrayList<>();
            for (RepairOrderDao.OrderOfVehicle o : orders) {
                List<RepairLine> lines = handle.attach(RepairPlanDao.class).lines(o.id());
                String done = lines.stream().filter(RepairLine::charged).limit(MAX_ITEMS).map(RepairLine::description)
                        .collect(Collectors.joining("、"));
                String declined = lines.stream().filter(RepairLine::declined).map(RepairLine::description)
                        .collect(Collectors.joining("、"));
                String summary = m.get("repair.visit.summary", done.isEmpty() ? "—" : done, o.total().format(m.locale()))
                        + (declined.isEmpty() ? "" : " " + m.get("repair.visit.declined", declined));
                visits.add(new Visit(o.createdAt().atZone(clock.getZone()).toLocalDate(), m.get("repair.visit.kind"),
                        o.number(), summary, m.of(o.status())));
            }
            return visits;
        });
    }
}
