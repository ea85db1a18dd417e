package com.fours.workbench.testing;

import java.util.List;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.qc.ItemCheck;
import com.fours.workbench.qc.QcLevel;
import com.fours.workbench.qc.QcSheet;
import com.fours.workbench.qc.QcSheets;
import com.fours.workbench.qc.QcSignOff;

/**
 * Takes an order in QC through the three-level sign-off, every checklist item passed, for tests of
 * later steps (settlement, delivery): quality control's guard refuses READY_FOR_SETTLEMENT otherwise.
 * Logs each signer in with the password and leaves nobody logged in.
 */
public final class QcSteps {

    private QcSteps() {
    }

    public static QcSheet passAll(AppServices services, long orderId, String password, String technician, String lead,
                                  String inspector) {
        QcSignOff qc = services.qcSignOff();
        QcSheets sheets = services.qcSheets();
        sign(services, technician, password, () -> qc.pass(orderId, QcLevel.SELF_CHECK, passes(sheets, orderId), null));
        sign(services, lead, password, () -> qc.pass(orderId, QcLevel.RECHECK, passes(sheets, orderId), null));
        return sign(services, inspector, password, () -> qc.pass(orderId, QcLevel.FINAL_CHECK, passes(sheets, orderId),
                null));
    }

    /** The same for several orders, each signer logged in once for all of them. */
    public static void passAll(AppServices services, List<Long> orderIds, String password, String technician,
                               String lead, String inspector) {
        sign(services, technician, password, () -> signEach(services, orderIds, QcLevel.SELF_CHECK));
        sign(services, lead, password, () -> signEach(services, orderIds, QcLevel.RECHECK));
        sign(services, inspector, password, () -> signEach(services, orderIds, QcLevel.FINAL_CHECK));
    }

    private static QcSheet signEach(AppServices services, List<Long> orderIds, QcLevel level) {
        QcSheet last = null;
        for (long id : orderIds) {
            last = services.qcSignOff().pass(id, level, passes(services.qcSheets(), id), null);
        }
        return last;
    }

    private static List<ItemCheck> passes(QcSheets qc, long orderId) {
        return qc.sheet(orderId).checklist().stream().map(i -> ItemCheck.pass(i.id())).toList();
    }

    private static QcSheet sign(AppServices services, String user, String password,
                                java.util.function.Supplier<QcSheet> step) {
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login(user, password.toCharArray());
        try {
            return step.get();
        } finally {
            services.authentication().logout();
        }
    }
}
