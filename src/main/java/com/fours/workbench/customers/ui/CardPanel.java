package com.fours.workbench.customers.ui;

import javafx.scene.Node;

/**
 * A panel another feature shows at the foot of the vehicle and customer cards (customer care's
 * contact history), handed in by app/ so the cards need not know that feature.
 */
public interface CardPanel {

    Node build();

    void showVehicle(long vehicleId);

    void showCustomer(long customerId);
}
