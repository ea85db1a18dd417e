package com.fours.workbench.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a hostile or careless user types, pastes or imports: the values the hostile-input tests feed
 * every service method that takes user input, and the list of those methods, so a new method that a
 * test does not cover makes the coverage check fail.
 */
public final class HostileInput {

    public static final String TEN_THOUSAND = "长".repeat(10_000);
    public static final String RIGHT_TO_LEFT_OVERRIDE = "张\u202E三";
    public static final String CONTROL = "李\u0000四\u0007";
    public static final String SQL = "x'); DROP TABLE customer; --";
    public static final String EMOJI = "车主👨‍👩‍👧很满意👍🏽";

    /** Texts every free-text field must refuse cleanly (10,000 characters, overrides, controls). */
    public static final List<String> REFUSED_TEXTS = List.of(TEN_THOUSAND, RIGHT_TO_LEFT_OVERRIDE, CONTROL);
    /** Texts a free-text field of reasonable length must save exactly as typed. */
    public static final List<String> FAITHFUL_TEXTS = List.of(SQL, EMOJI);

    public static final List<BigDecimal> HOSTILE_AMOUNTS = List.of(new BigDecimal("-1"), new BigDecimal("0.001"),
            new BigDecimal("1E14"), new BigDecimal("99999999999999.99"), new BigDecimal("-0.01"));
    public static final List<String> HOSTILE_NUMBERS_AS_TYPED = List.of("-1", "0.001", "1e14", "99999999999999999999",
            "NaN", "１２３４５６７８９０１２３４５６", TEN_THOUSAND, SQL);

    /** The first bytes of a PNG followed by noise: what an importer gets when the wrong file is picked. */
    public static byte[] binaryFile() {
        byte[] bytes = new byte[4096];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    /**
     * The public methods of a service that take something a user typed or chose (a text, a number,
     * an input record, a file), as "name(ParamType, ...)"; plain ids, enums and dates alone are not input.
     */
    public static Set<String> inputMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .filter(m -> Arrays.stream(m.getParameterTypes()).anyMatch(HostileInput::isUserInput))
                .map(HostileInput::signature)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static String signature(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static boolean isUserInput(Class<?> type) {
        return type == String.class || type == char[].class || type == BigDecimal.class || type == byte[].class
                || type.isRecord() || java.nio.file.Path.class.isAssignableFrom(type)
                || java.io.InputStream.class.isAssignableFrom(type) || List.class.isAssignableFrom(type);
    }

    private HostileInput() {
    }
}
