package com.fours.workbench.cashier;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;

/**
 * An amount in Chinese capital numerals (大写金额) as bills print it: 陆佰柒拾陆元整,
 * 壹万零伍元叁角整 (整 after 元 or 角, as the rules for bills say), 负叁拾元整 for a reversal. Up to hundreds of billions of yuan.
 */
final class ChineseCapitals {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};

    private ChineseCapitals() {
    }

    static String of(Money money) {
        BigDecimal amount = money.amount();
        String sign = amount.signum() < 0 ? "负" : "";
        long fen = amount.abs().movePointRight(2).longValueExact();
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder text = new StringBuilder(sign);
        if (yuan > 0) {
            text.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            if (yuan == 0) {
                text.append("零元");
            }
            return text.append('整').toString();
        }
        if (jiao > 0) {
            text.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            text.append('零');
        }
        if (cents > 0) {
            text.append(DIGITS.charAt(cents)).append('分');
        } else {
            text.append('整');
        }
        return text.toString();
    }

    private static String integer(long value) {
        int[] parts = new int[SECTIONS.length];
        for (int i = 0; value > 0; i++) {
            parts[i] = (int) (value % 10000);
            value /= 10000;
        }
        StringBuilder out = new StringBuilder();
        boolean needZero = false;
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i] == 0) {
                needZero = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (needZero || parts[i] < 1000)) {
                out.append('零');
            }
            out.append(fourDigits(parts[i])).append(SECTIONS[i]);
            needZero = false;
        }
        return out.toString();
    }

    private static String fourDigits(int part) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 3; i >= 0; i--) {
            int d = part / (int) Math.pow(10, i) % 10;
            if (d == 0) {
                zero = out.length() > 0;
            } else {
                if (zero) {
                    out.append('零');
                    zero = false;
                }
                out.append(DIGITS.charAt(d)).append(UNITS[i]);
            }
        }
        return out.toString();
    }
}
