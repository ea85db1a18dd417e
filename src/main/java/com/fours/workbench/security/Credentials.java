package com.fours.workbench.security;

import java.util.regex.Pattern;

import com.fours.workbench.core.InvalidValueException;

/** The rules for user names and passwords, checked wherever one is chosen. */
public final class Credentials {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,50}");

    private Credentials() {
    }

    public static String normaliseUsername(String typed) {
        String username = typed == null ? "" : typed.strip();
        if (username.isEmpty()) {
            throw new InvalidValueException("user.invalid.usernameEmpty");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidValueException("user.invalid.username");
        }
        return username;
    }

    public static String normaliseDisplayName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new InvalidValueException("user.invalid.displayNameEmpty");
        }
        if (name.length() > 100) {
            throw new InvalidValueException("user.invalid.displayNameTooLong", 100);
        }
        return name;
    }

    public static void checkNewPassword(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new InvalidValueException("password.invalid.tooShort", MIN_PASSWORD_LENGTH);
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            throw new InvalidValueException("password.invalid.lettersAndDigits");
        }
    }
}
