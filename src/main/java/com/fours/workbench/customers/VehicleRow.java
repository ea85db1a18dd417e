package com.fours.workbench.customers;

import java.time.LocalDate;

import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.Vin;

record VehicleRow(long id, String vin, String plate, String plateColor, String brand, String model, Integer modelYear,
                  String engineNumber, String bodyColor, LocalDate firstRegistration, int mileage,
                  LocalDate insuranceExpiry, LocalDate nextServiceDate, Integer nextServiceMileage, long ownerId,
                  int version) {

    static final String COLUMNS = "id, vin, plate, plate_color, brand, model, model_year, engine_number, body_color, "
            + "first_registration, mileage, insurance_expiry, next_service_date, next_service_mileage, owner_id, version";

    Vehicle toVehicle() {
        return new Vehicle(id, Vin.parse(vin), plate == null ? null : PlateNumber.parse(plate),
                plateColor == null ? null : PlateColor.valueOf(plateColor), brand, model, modelYear, engineNumber,
                bodyColor, firstRegistration, mileage, insuranceExpiry, nextServiceDate, nextServiceMileage, ownerId,
                version);
    }
}
