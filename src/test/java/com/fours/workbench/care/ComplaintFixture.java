package com.fours.workbench.care;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** The repair fixture (advisor lina, manager zhoujie, 张伟's Camry with one visit) plus the care agent 黄丽 ("care"). */
final class ComplaintFixture {

    final RepairFixture f;
    final AppServices services;
    final MutableClock clock;
    final UserAccount care;
    final ComplaintService complaints;

    ComplaintFixture(MutableClock clock) {
        this(clock, new RepairFixture(clock));
    }

    ComplaintFixture(MutableClock clock, RepairFixture repairFixture) {
        this.clock = clock;
        f = repairFixture;
        services = f.services;
        services.authentication().logout();
        care = TestWorkbench.addUser(services, "care", RepairFixture.PASSWORD, Role.CUSTOMER_SERVICE_AGENT);
        complaints = services.complaints();
        as("care");
    }

    void as(String user) {
        f.as(user);
    }

    /** A complaint about the fixture's visit, owned by 黄丽, recorded by her. */
    Complaint record(ComplaintCategory category) {
        as("care");
        return complaints.record(new ComplaintInput(f.vehicle.id(), f.orderId(), ComplaintChannel.PHONE, category,
                ComplaintSeverity.HIGH, "刹车还是有异响，修了两次都没好", care.id(), null));
    }

    int count() {
        return services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM complaint").mapTo(Integer.class).one());
    }

    int auditRows(String action) {
        return services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    /** A callback for the fixture's order as the hand-back would have made it (the complaint names it). */
    long callbackForTheOrder() {
        return services.transactions().inTransaction(h -> h.createUpdate("""
                INSERT INTO callback (repair_order_id, customer_id, order_number, plate, work_done, amount, advisor,
                                      handback_score, delivered_at, planned_at, due_at, status)
                SELECT o.id, o.customer_id, o.number, v.plate, '保养', 480.00, '李娜', 5,
                       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OPEN'
                FROM repair_order o JOIN vehicle v ON v.id = o.vehicle_id WHERE o.id = :order""")
                .bind("order", f.orderId()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    void close() {
        services.close();
    }
}
