package com.fours.workbench.customers;

import java.time.LocalDate;
import java.time.Year;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.PhoneKind;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.UnifiedSocialCreditCode;
import com.fours.workbench.core.Vin;
import com.fours.workbench.core.Typed;

/**
 * What makes a customer or a vehicle record valid. The forms and the import use the same checks,
 * so a record refused at the counter is refused in a file too, for the same reason.
 */
public final class ArchiveRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_NOTES = 2000;
    public static final int MAX_MILEAGE = 3_000_000;
    // the vehicle columns' sizes
    public static final int MAX_BRAND = 50;
    public static final int MAX_MODEL = 80;
    public static final int MAX_ENGINE_NUMBER = 30;
    public static final int MAX_BODY_COLOR = 30;

    private ArchiveRules() {
    }

    /** A customer's fields, checked and converted; every refused field is reported at once. */
    public record CheckedCustomer(CustomerKind kind, String name, PhoneNumber mobile, PhoneNumber otherPhone,
                                  String address, UnifiedSocialCreditCode creditCode, PreferredContact preferredContact,
                                  boolean contactConsent, MemberLevel memberLevel, String notes) {
    }

    public record CheckedVehicle(Vin vin, PlateNumber plate, PlateColor plateColor, String brand, String model,
                                 Integer modelYear, String engineNumber, String bodyColor, LocalDate firstRegistration,
                                 Integer mileage, LocalDate insuranceExpiry, LocalDate nextServiceDate,
                                 Integer nextServiceMileage) {
    }

    public static CheckedCustomer check(CustomerInput typed) {
        CustomerInput in = typed != null ? typed
                : new CustomerInput(null, null, null, null, null, null, null, false, null, null);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String name = errors.check(CustomerInput.NAME, () -> Typed.requiredText(in.name(), MAX_NAME));
        PhoneNumber mobile = errors.check(CustomerInput.MOBILE, () -> optionalPhone(in.mobile()));
        if (mobile != null && mobile.kind() != PhoneKind.MOBILE) {
            errors.reject(CustomerInput.MOBILE, new InvalidValueException("customer.invalid.mobileIsLandline"));
        }
        PhoneNumber other = errors.check(CustomerInput.OTHER_PHONE, () -> optionalPhone(in.otherPhone()));
        if (mobile == null && other == null && Typed.clean(in.mobile()).isEmpty() && Typed.clean(in.otherPhone()).isEmpty()) {
            errors.reject(CustomerInput.MOBILE, new InvalidValueException("customer.invalid.noPhone"));
        }
        String address = errors.check(CustomerInput.ADDRESS, () -> Typed.optionalText(in.address(), MAX_ADDRESS));
        UnifiedSocialCreditCode code = errors.check(CustomerInput.CREDIT_CODE, () ->
                Typed.clean(in.creditCode()).isEmpty() ? null : UnifiedSocialCreditCode.parse(in.creditCode()));
        String notes = errors.check(CustomerInput.NOTES, () -> Typed.optionalMultilineText(in.notes(), MAX_NOTES));
        errors.throwIfAny();
        return new CheckedCustomer(in.kind() == null ? CustomerKind.PERSON : in.kind(), name, mobile, other, address, code,
                in.preferredContact() == null ? PreferredContact.PHONE : in.preferredContact(), in.contactConsent(),
                in.memberLevel() == null ? MemberLevel.NONE : in.memberLevel(), notes);
    }

    public static CheckedVehicle check(VehicleInput typed, LocalDate today) {
        VehicleInput in = typed != null ? typed
                : new VehicleInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Vin vin = errors.check(VehicleInput.VIN, () -> Vin.parse(in.vin()));
        PlateNumber plate = errors.check(VehicleInput.PLATE, () ->
                Typed.clean(in.plate()).isEmpty() ? null : PlateNumber.parse(in.plate()));
        String brand = errors.check(VehicleInput.BRAND, () -> Typed.optionalText(in.brand(), MAX_BRAND));
        String model = errors.check(VehicleInput.MODEL, () -> Typed.optionalText(in.model(), MAX_MODEL));
        Integer modelYear = errors.check(VehicleInput.MODEL_YEAR, () -> modelYear(in.modelYear(), today));
        String engine = errors.check(VehicleInput.ENGINE_NUMBER, () -> Typed.optionalText(in.engineNumber(), MAX_ENGINE_NUMBER));
        String color = errors.check(VehicleInput.BODY_COLOR, () -> Typed.optionalText(in.bodyColor(), MAX_BODY_COLOR));
        LocalDate registered = errors.check(VehicleInput.FIRST_REGISTRATION, () -> Typed.optionalDate(in.firstRegistration()));
        if (registered != null && registered.isAfter(today)) {
            errors.reject(VehicleInput.FIRST_REGISTRATION, new InvalidValueException("vehicle.invalid.registrationInFuture"));
        }
        Integer mileage = errors.check(VehicleInput.MILEAGE, () -> Typed.optionalWholeNumber(in.mileage(), MAX_MILEAGE));
        LocalDate insurance = errors.check(VehicleInput.INSURANCE_EXPIRY, () -> Typed.optionalDate(in.insuranceExpiry()));
        LocalDate nextDate = errors.check(VehicleInput.NEXT_SERVICE_DATE, () -> Typed.optionalDate(in.nextServiceDate()));
        Integer nextMileage = errors.check(VehicleInput.NEXT_SERVICE_MILEAGE,
                () -> Typed.optionalWholeNumber(in.nextServiceMileage(), MAX_MILEAGE));
        errors.throwIfAny();
        PlateColor plateColor = in.plateColor() != null ? in.plateColor() : plate != null ? plate.suggestedColor() : null;
        return new CheckedVehicle(vin, plate, plateColor, brand, model, modelYear, engine, color, registered, mileage,
                insurance, nextDate, nextMileage);
    }

    private static PhoneNumber optionalPhone(String typed) {
        return Typed.clean(typed).isEmpty() ? null : PhoneNumber.parse(typed);
    }

    private static Integer modelYear(String typed, LocalDate today) {
        Integer year = Typed.optionalWholeNumber(typed, 9999);
        if (year != null && (year < 1950 || year > Year.from(today).getValue() + 1)) {
            throw new InvalidValueException("vehicle.invalid.modelYear", String.valueOf(year));
        }
        return year;
    }
}
