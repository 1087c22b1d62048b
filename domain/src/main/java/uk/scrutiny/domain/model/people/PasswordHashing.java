package uk.scrutiny.domain.model.people;

import java.util.Map;

/**
 * The one set of PBKDF2 parameters used both to hash passwords when users are created and by the container's
 * database identity store when it verifies them. The annotation that configures the identity store needs
 * compile-time constants, hence the separate strings.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=120000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    private PasswordHashing() {
    }

    /** The same parameters as a map, for {@code Pbkdf2PasswordHash.initialize}. */
    public static Map<String, String> parameters() {
        return Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE),
                key(KEY_SIZE), value(KEY_SIZE));
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}
