package com.fours.workbench.qc;

import java.time.Instant;
import java.time.LocalDate;

import com.fours.workbench.repair.RepairCategory;

/**
 * A completion certificate (机动车维修竣工出厂合格证) with the fields the national rules name, kept
 * as printed: number, customer, plate and its colour, vehicle type, shop and phone, repair
 * category, exit date, odometer at exit, inspector; and the guarantee it states.
 */
public record Certificate(long id, long repairOrderId, String number, int certYear, int sequenceNo, String customerName,
                          String plate, String plateColor, String vehicleType, String vin, String shopName,
                          String shopPhone, RepairCategory repairCategory, LocalDate exitDate, int exitMileage,
                          String inspector, LocalDate guaranteeUntil, int guaranteeUntilKm, String issuedBy,
                          Instant issuedAt) {
}
