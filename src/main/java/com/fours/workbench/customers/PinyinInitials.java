package com.fours.workbench.customers;

import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;

/** 张伟 → ZW, 广州骏达物流 → GZJDWL: what an advisor types when the name is long or the IME is off. */
final class PinyinInitials {

    private PinyinInitials() {
    }

    static String of(String name) {
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    initials.append(Character.toUpperCase(c));
                }
                continue;
            }
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                initials.append(readings[0].substring(0, 1).toUpperCase(Locale.ROOT));
            }
        }
        return initials.toString();
    }
}
