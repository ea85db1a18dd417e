package com.fours.workbench.cashier;

import java.time.Clock;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.qc.QualityOutcomes;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfileService;

/** The cashier's printed documents (filled in below). */
public final class CashierPrints {

    private final Transactions transactions;
    private final Session session;
    private final ReportEngine engine;
    private final StoreProfileService stores;
    private final Clock clock;
    private final QualityOutcomes qualityOutcomes;

    public CashierPrints(Transactions transactions, Session session, ReportEngine engine, StoreProfileService stores,
                         Clock clock, QualityOutcomes qualityOutcomes) {
        this.transactions = transactions;
        this.session = session;
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
        this.qualityOutcomes = qualityOutcomes;
    }
}
