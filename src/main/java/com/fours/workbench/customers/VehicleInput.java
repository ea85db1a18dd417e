package com.fours.workbench.customers;

import com.fours.workbench.core.PlateColor;

/** A vehicle as typed into the form (or read from an import file), before it is checked. */
public record VehicleInput(String vin, String plate, PlateColor plateColor, String brand, String model,
                           String modelYear, String engineNumber, String bodyColor, String firstRegistration,
                           String mileage, String insuranceExpiry, String nextServiceDate, String nextServiceMileage) {

    public static final String VIN = "vin";
    public static final String PLATE = "plate";
    public static final String BRAND = "brand";
    public static final String MODEL = "model";
    public static final String MODEL_YEAR = "modelYear";
    public static final String ENGINE_NUMBER = "engineNumber";
    public static final String BODY_COLOR = "bodyColor";
    public static final String FIRST_REGISTRATION = "firstRegistration";
    public static final String MILEAGE = "mileage";
    public static final String INSURANCE_EXPIRY = "insuranceExpiry";
    public static final String NEXT_SERVICE_DATE = "nextServiceDate";
    public static final String NEXT_SERVICE_MILEAGE = "nextServiceMileage";

    public static VehicleInput of(Vehicle v) {
        return new VehicleInput(v.vin().toString(), v.plate() == null ? "" : v.plate().toString(), v.plateColor(),
                v.brand(), v.model(), v.modelYear() == null ? "" : v.modelYear().toString(), v.engineNumber(),
                v.bodyColor(), text(v.firstRegistration()), Integer.toString(v.mileage()), text(v.insuranceExpiry()),
                text(v.nextServiceDate()), v.nextServiceMileage() == null ? "" : v.nextServiceMileage().toString());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
