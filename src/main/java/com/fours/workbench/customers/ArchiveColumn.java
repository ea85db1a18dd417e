package com.fours.workbench.customers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fours.workbench.core.FullWidthForms;

/**
 * The columns an imported customer list may have, and every header a clerk's spreadsheet is known
 * to give them, in Chinese or English. This is the one mapping table: add a header here and the
 * import recognises it.
 *
 * <p>Headers are compared without case, spaces, punctuation, full-width forms, a leading "*" (the
 * "required" mark of many templates) and a bracketed unit: "手机号码", "*手机", "Mobile", "行驶里程（公里）"
 * and "Mileage (km)" are all recognised.
 */
public enum ArchiveColumn {
    KIND("kind", "archive.import.column.kind", "客户类型", "客户性质", "类型", "kind", "type", "customer type"),
    NAME(CustomerInput.NAME, "archive.import.column.name", "客户名称", "客户姓名", "姓名", "客户", "名称", "车主",
            "车主姓名", "单位名称", "name", "customer", "customer name", "owner"),
    MOBILE(CustomerInput.MOBILE, "archive.import.column.mobile", "手机", "手机号", "手机号码", "移动电话", "mobile",
            "mobile phone", "mobile number", "cell phone"),
    OTHER_PHONE(CustomerInput.OTHER_PHONE, "archive.import.column.otherPhone", "其他电话", "电话", "联系电话", "固定电话",
            "座机", "办公电话", "other phone", "phone", "telephone", "tel", "landline"),
    ADDRESS(CustomerInput.ADDRESS, "archive.import.column.address", "地址", "联系地址", "住址", "家庭地址", "单位地址",
            "address"),
    CREDIT_CODE(CustomerInput.CREDIT_CODE, "archive.import.column.creditCode", "统一社会信用代码", "社会信用代码",
            "信用代码", "税号", "credit code", "unified social credit code", "uscc", "tax id"),
    MEMBER_LEVEL("memberLevel", "archive.import.column.memberLevel", "会员等级", "会员级别", "会员", "member level",
            "membership", "level"),
    NOTES(CustomerInput.NOTES, "archive.import.column.notes", "备注", "说明", "notes", "note", "remarks", "comments"),
    VIN(VehicleInput.VIN, "archive.import.column.vin", "VIN", "VIN码", "车架号", "车辆识别代号", "车辆识别码",
            "车辆识别号", "车辆识别代码", "frame number", "chassis number"),
    PLATE(VehicleInput.PLATE, "archive.import.column.plate", "车牌", "车牌号", "车牌号码", "号牌号码", "号牌", "plate",
            "plate number", "licence plate", "license plate"),
    BRAND(VehicleInput.BRAND, "archive.import.column.brand", "品牌", "厂牌", "brand", "make"),
    MODEL(VehicleInput.MODEL, "archive.import.column.model", "车型", "型号", "车系", "model"),
    MODEL_YEAR(VehicleInput.MODEL_YEAR, "archive.import.column.modelYear", "年款", "年份", "车型年款", "model year",
            "year"),
    ENGINE_NUMBER(VehicleInput.ENGINE_NUMBER, "archive.import.column.engineNumber", "发动机号", "发动机号码", "engine",
            "engine number", "engine no"),
    BODY_COLOR(VehicleInput.BODY_COLOR, "archive.import.column.bodyColor", "颜色", "车身颜色", "车辆颜色", "colour",
            "color", "body colour", "body color"),
    FIRST_REGISTRATION(VehicleInput.FIRST_REGISTRATION, "archive.import.column.firstRegistration", "初次登记日期",
            "登记日期", "注册日期", "初登日期", "上牌日期", "first registration", "first registration date",
            "registration date"),
    MILEAGE(VehicleInput.MILEAGE, "archive.import.column.mileage", "里程", "行驶里程", "里程数", "公里数", "表显里程",
            "mileage", "odometer"),
    INSURANCE_EXPIRY(VehicleInput.INSURANCE_EXPIRY, "archive.import.column.insuranceExpiry", "保险到期", "保险到期日",
            "保险到期日期", "保险到期时间", "insurance expiry", "insurance expires", "insurance due"),
    NEXT_SERVICE_DATE(VehicleInput.NEXT_SERVICE_DATE, "archive.import.column.nextServiceDate", "下次保养日期",
            "下次保养时间", "next service date", "next service"),
    NEXT_SERVICE_MILEAGE(VehicleInput.NEXT_SERVICE_MILEAGE, "archive.import.column.nextServiceMileage", "下次保养里程",
            "next service mileage");

    private static final Map<String, ArchiveColumn> BY_HEADER = new HashMap<>();
    private static final Map<String, ArchiveColumn> BY_FIELD = new HashMap<>();

    static {
        for (ArchiveColumn column : values()) {
            for (String header : column.headers) {
                ArchiveColumn clash = BY_HEADER.put(normalise(header), column);
                if (clash != null) {
                    throw new IllegalStateException("Header " + header + " is given to " + clash + " and " + column);
                }
            }
            BY_FIELD.put(column.field, column);
        }
    }

    private final String field;
    private final String labelKey;
    private final List<String> headers;

    ArchiveColumn(String field, String labelKey, String... headers) {
        this.field = field;
        this.labelKey = labelKey;
        this.headers = List.of(headers);
    }

    /** The field name of {@link CustomerInput} or {@link VehicleInput} this column fills. */
    public String field() {
        return field;
    }

    /** The message key of the column's name, for a report line whose column is not in the file. */
    public String labelKey() {
        return labelKey;
    }

    /** The headers recognised for this column; the first is the one a template would use. */
    public List<String> headers() {
        return headers;
    }

    public boolean isVehicleColumn() {
        return ordinal() >= VIN.ordinal();
    }

    /** The column a spreadsheet header stands for, if it is one of ours. */
    public static Optional<ArchiveColumn> forHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_HEADER.get(normalise(header)));
    }

    /** The column of a field named in an {@code InvalidFieldsException}. */
    static ArchiveColumn forField(String field) {
        ArchiveColumn column = BY_FIELD.get(field);
        if (column == null) {
            throw new IllegalArgumentException("No column for field " + field);
        }
        return column;
    }

    static String normalise(String header) {
        String text = FullWidthForms.toHalfWidth(header).strip().toLowerCase(Locale.ROOT);
        text = text.replaceAll("[(\\[【].*?[)\\]】]", "");
        return text.replaceAll("[\\s*:：_\\-./·]", "");
    }
}
