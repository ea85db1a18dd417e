package com.fours.workbench.repair;

import java.util.List;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** Work declined on earlier visits of a vehicle, newest first: what reception shows at the next visit. */
final class Recommendations {

    private final Transactions transactions;
    private final Session session;

    Recommendations(Transactions transactions, Session session) {
        this.transactions = transactions;
        this.session = session;
    }

    List<Recommendation> of(long vehicleId) {
        if (!session.may(Permission.USE_RECEPTION)) {
            session.require(Permission.USE_REPAIR_ORDERS);
        }
        return transactions.read(handle -> handle.attach(RepairPlanDao.class).recommendations(vehicleId));
    }
}
