package com.fours.workbench.demo;

import java.util.List;
import java.util.Random;

import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.Vin;
import com.fours.workbench.core.VinManufacturer;

/**
 * Realistic, repeatable values for demo data: Chinese names, mobile numbers, Guangdong plates and
 * VINs of real manufacturers with correct check digits. Every value passes the same checks a
 * typed one would.
 */
public final class DemoValues {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "梁", "郑", "谢", "宋", "唐", "许", "邓", "冯");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
            "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "晓东", "海燕",
            "俊杰", "思远", "雨桐", "子涵", "浩然", "欣怡", "嘉豪", "梓萱");
    private static final List<String> MOBILE_PREFIXES = List.of("135", "136", "137", "138", "139", "150", "151",
            "152", "158", "159", "186", "187", "188", "189", "133", "153", "177", "180", "181", "199");
    /** Guangdong offices: 广州 A, 深圳 B, 佛山 E, 东莞 S. */
    private static final String GUANGDONG_OFFICES = "ABES";
    private static final String SERIAL_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    /** Model-year codes 2015..2025 (position 10), drawn when no year is asked for. */
    private static final String MODEL_YEARS = "FGHJKLMNPRS";
    /** Model-year codes from 2010 (A) on: no I, O, Q, U or Z. */
    private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

    private final Random random;

    public DemoValues(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    public String personName() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    public PhoneNumber mobile() {
        StringBuilder digits = new StringBuilder(pick(MOBILE_PREFIXES));
        while (digits.length() < 11) {
            digits.append(random.nextInt(10));
        }
        return PhoneNumber.parse(digits.toString());
    }

    /** An ordinary blue plate, or now and then a green new-energy one, as in a Guangzhou store. */
    public PlateNumber plate() {
        return plate(random.nextInt(5) == 0);
    }

    /** A green new-energy plate (D: battery-electric) or an ordinary blue one. */
    public PlateNumber plate(boolean newEnergy) {
        char office = GUANGDONG_OFFICES.charAt(random.nextInt(GUANGDONG_OFFICES.length()));
        StringBuilder plate = new StringBuilder("粤").append(office);
        if (newEnergy) {
            plate.append('D');
            for (int i = 0; i < 5; i++) {
                plate.append(random.nextInt(10));
            }
        } else {
            for (int i = 0; i < 5; i++) {
                plate.append(i < 2 && random.nextInt(3) == 0
                        ? SERIAL_CHARS.charAt(10 + random.nextInt(SERIAL_CHARS.length() - 10))
                        : (char) ('0' + random.nextInt(10)));
            }
        }
        return PlateNumber.parse(plate.toString());
    }

    public Vin vin(VinManufacturer manufacturer) {
        return vin(manufacturer, 2015 + random.nextInt(MODEL_YEARS.length()));
    }

    /** A VIN whose tenth character is the code of {@code modelYear} (2010 to 2039). */
    public Vin vin(VinManufacturer manufacturer, int modelYear) {
        StringBuilder vin = new StringBuilder(pick(manufacturer.wmis()));
        for (int i = 3; i < 8; i++) {
            vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
        }
        vin.append('0');
        vin.append(YEAR_CODES.charAt(modelYear - 2010));
        vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
        for (int i = 0; i < 6; i++) {
            vin.append(random.nextInt(10));
        }
        vin.setCharAt(8, Vin.computeCheckDigit(vin.toString()));
        return Vin.parse(vin.toString());
    }
}
