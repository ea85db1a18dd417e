package com.fours.workbench.cashier;

import java.time.Clock;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.demo.DemoDataContributor;
import com.fours.workbench.demo.DemoValues;

/** The cashier's demo data (filled in below). */
public final class CashierDemoData implements DemoDataContributor {

    private final CashierService cashier;
    private final PaymentService payments;
    private final DiscountPolicyService policy;
    private final DeliveryService deliveries;
    private final Clock clock;

    public CashierDemoData(CashierService cashier, PaymentService payments, DiscountPolicyService policy,
                           DeliveryService deliveries, Clock clock) {
        this.cashier = cashier;
        this.payments = payments;
        this.policy = policy;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
    }
}
