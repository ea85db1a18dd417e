package com.fours.workbench.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a random salt per password. The stored form names the algorithm and
 * the iteration count, so the count can be raised later and old hashes still verify.
 */
public final class PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 310_000;
    /**
     * Set only by the test suite (surefire, decision 0094): new hashes there take this many
     * iterations. Verifying always uses the count the stored hash names, so the code path is the same.
     */
    public static final String TEST_ITERATIONS_PROPERTY = "workbench.test.passwordIterations";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public PasswordHasher() {
        this(iterations(System.getProperty(TEST_ITERATIONS_PROPERTY)));
    }

    public PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public boolean verify(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt = b64.decode(parts[2]);
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** {@link #DEFAULT_ITERATIONS} unless {@code testIterations} names another count. */
    static int iterations(String testIterations) {
        return testIterations == null || testIterations.isBlank() ? DEFAULT_ITERATIONS
                : Integer.parseInt(testIterations.strip());
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

}
