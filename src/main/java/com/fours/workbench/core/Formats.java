package com.fours.workbench.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the workbench writes dates, times, money, kilometres, quantities and part names on screen and
 * in exports a person reads, one format per language (docs/decisions/0072). Every screen asks this
 * class; none builds its own DateTimeFormatter or DecimalFormat. Null is written as nothing.
 */
public final class Formats {

    private static final Formats CHINESE = new Formats(Locale.SIMPLIFIED_CHINESE, "公里");
    private static final Formats ENGLISH = new Formats(Locale.ENGLISH, "km");

    // the same in both languages: what a Chinese counter reads and what the date fields accept
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter WRITTEN_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.ROOT);
    private static final DateTimeFormatter WRITTEN_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Locale locale;
    private final String kilometre;
    private final DecimalFormatSymbols symbols;

    private Formats(Locale locale, String kilometre) {
        this.locale = locale;
        this.kilometre = kilometre;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
    }

    /** The formats of the screen's language: Chinese for any Chinese locale, English otherwise. */
    public static Formats of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return this == CHINESE;
    }

    /** 2026-12-06. */
    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** 2026年12月6日 / 6 December 2026: a day written out, as a certificate states it. */
    public String writtenDate(LocalDate day) {
        return day == null ? "" : (chinese() ? WRITTEN_ZH : WRITTEN_EN).format(day);
    }

    /** The day an instant falls on in {@code zone}. */
    public String date(Instant at, ZoneId zone) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    /** 14:05, on a 24-hour clock. */
    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** 2026-12-06 14:05. */
    public String dateTime(LocalDateTime at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    public String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /** 12-06 14:05: a moment of this week on a crowded card (the job board, a promised time). */
    public String dayTime(Instant at, ZoneId zone) {
        return at == null ? "" : DAY_TIME.format(at.atZone(zone));
    }

    /** ¥1,234.50 and -¥12.00: thousands separators, always two decimals, rounded half-up to the fen. */
    public String money(Money amount) {
        return amount == null ? "" : money(amount.amount());
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat yuan = new DecimalFormat("¥#,##0.00;-¥#,##0.00", symbols);
        yuan.setRoundingMode(RoundingMode.HALF_UP);
        yuan.setParseBigDecimal(true);
        return yuan.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** 120,000 公里 / 120,000 km. */
    public String km(Number kilometres) {
        return kilometres == null ? "" : number(new BigDecimal(kilometres.toString())) + " " + kilometre;
    }

    /** The number of kilometres alone (120,000), for a column whose header names the unit. */
    public String kmNumber(Number kilometres) {
        return kilometres == null ? "" : number(new BigDecimal(kilometres.toString()));
    }

    /**
     * A quantity of parts, litres or hours: 4, 1.5, 0.125, 1,200 — never 4.000, and every decimal
     * kept (stock has up to three, millilitres of oil).
     */
    public String quantity(BigDecimal quantity) {
        return quantity == null ? "" : number(quantity);
    }

    /** 12.5% ; a percentage already computed (not a fraction). */
    public String percent(BigDecimal percent) {
        return percent == null ? "" : number(percent) + "%";
    }

    /** A count of things (cars, bills): 1,234. */
    public String count(long count) {
        return number(BigDecimal.valueOf(count));
    }

    /**
     * The name a part is shown by: its Chinese name, which is on the box and in the supplier's
     * catalogue; on an English screen followed by its English name when it has one.
     */
    public String partName(String nameZh, String nameEn) {
        if (chinese() || nameEn == null || nameEn.isBlank()) {
            return nameZh == null ? "" : nameZh;
        }
        return nameZh == null || nameZh.isBlank() ? nameEn : nameZh + " / " + nameEn;
    }

    private String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = Math.max(0, stripped.scale());
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(stripped);
    }
}
