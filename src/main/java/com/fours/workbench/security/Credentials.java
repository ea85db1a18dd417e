package com.fours.workbench.security;

import java.util.regex.Pattern;

import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;

/** The rules for user names and passwords, checked wherever one is chosen. */
public final class Credentials {

    public static final int MIN_PASSWORD_LENGTH = 8;
    /** The app_user columns' sizes. */
    public static final int MAX_USERNAME = 50;
    public static final int MAX_DISPLAY_NAME = 100;
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

    /** Whether an account could have this name at all; a longer or stranger one is not looked up. */
    public static boolean couldBeUsername(String typed) {
        return typed != null && USERNAME.matcher(typed.strip()).matches();
    }

    public static String normaliseDisplayName(String typed) {
        String name = Typed.optionalLineText(typed, MAX_DISPLAY_NAME);
        if (name == null) {
            throw new InvalidValueException("user.invalid.displayNameEmpty");
        }
        return name;
    }

    public static void checkNewPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
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
