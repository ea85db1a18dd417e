package com.fours.workbench.customers;

import java.time.LocalDate;
import java.util.Optional;

import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.Vin;

/** A vehicle of the archive (车辆档案); its owner is a customer. */
public record Vehicle(long id, Vin vin, PlateNumber plate, PlateColor plateColor, String brand, String model,
                      Integer modelYear, String engineNumber, String bodyColor, LocalDate firstRegistration,
                      int mileage, LocalDate insuranceExpiry, LocalDate nextServiceDate, Integer nextServiceMileage,
                      long ownerId, int version) {

    public Optional<PlateNumber> plateNumber() {
        return Optional.ofNullable(plate);
    }

    /** "粤B·12345" or, for a car without a plate yet, its VIN. */
    public String label() {
        return plate != null ? plate.display() : vin.toString();
    }

    String auditText() {
        return "vin=" + vin + ", plate=" + (plate == null ? "" : plate) + ", plateColor=" + plateColor + ", brand="
                + brand + ", model=" + model + ", modelYear=" + modelYear + ", engine=" + engineNumber + ", color="
                + bodyColor + ", firstRegistration=" + firstRegistration + ", mileage=" + mileage + ", insuranceExpiry="
                + insuranceExpiry + ", nextService=" + nextServiceDate + "/" + nextServiceMileage;
    }
}
