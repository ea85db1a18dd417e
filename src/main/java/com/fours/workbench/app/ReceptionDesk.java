package com.fours.workbench.app;

import com.fours.workbench.appointments.Arrival;

/** Where other modules start a reception: the reception module implements it. */
public interface ReceptionDesk {

    /** A booked car has arrived: the intake sheet opens filled from its appointment. */
    void receive(Arrival arrival);

    /** A car chosen on its vehicle card: the intake sheet opens for that vehicle and its owner. */
    void receiveVehicle(long vehicleId);
}
