package com.fours.workbench.cashier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fours.workbench.intake.TakenItem;

/**
 * The gate pass (出门证) of a delivered car, with what the advisor tells the customer at the hand-back:
 * the guarantee, the next maintenance (by date or odometer, whichever the vehicle record has) and
 * how the keys and documents reception took came back.
 */
public record GatePass(String number, long orderId, String orderNumber, String plate, String model, String vin,
                       String customerName, List<String> billNumbers, String certificateNumber,
                       LocalDate guaranteeUntil, Integer guaranteeUntilKm, LocalDate nextServiceDate,
                       Integer nextServiceMileage, int satisfaction, String deliveredBy, Instant deliveredAt,
                       List<TakenItem> keysAndDocuments) {

    public GatePass {
        billNumbers = List.copyOf(billNumbers);
        keysAndDocuments = List.copyOf(keysAndDocuments);
    }
}
