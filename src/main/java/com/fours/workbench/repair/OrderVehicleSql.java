package com.fours.workbench.repair;

/**
 * The one spelling of a repair order's car in SQL, for every DAO that lists orders with their car
 * (the repair orders, dispatch and the board, the cashier's desk): the order is {@code o}, its
 * vehicle {@code v}, its customer {@code c}.
 */
public final class OrderVehicleSql {

    /** "Brand model" of the car, the brand alone when the model is not known (strip the result). */
    /**
     * When the car is promised: the latest new time a progress contact gave, else reception's
     * (needs {@code o} and the order's intake as {@code i}).
     */
    public static final String PROMISED = "COALESCE(o.promised_at, i.promised_at)";

    public static final String MODEL = "COALESCE(v.brand, '') || CASE WHEN v.model IS NULL THEN '' ELSE ' ' || v.model END";

    /** The order with its car and its customer. */
    public static final String ORDER_VEHICLE_CUSTOMER = " repair_order o JOIN vehicle v ON v.id = o.vehicle_id "
            + "JOIN customer c ON c.id = o.customer_id ";

    /** What the order's lines come to: every line the customer did not decline. */
    public static final String TOTAL = "COALESCE((SELECT SUM(l.amount) FROM repair_line l WHERE l.repair_order_id = o.id "
            + "AND NOT l.declined), 0)";

    private OrderVehicleSql() {
    }
}
