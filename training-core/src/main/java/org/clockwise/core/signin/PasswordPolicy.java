package org.clockwise.core.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B (5.1.1.2): at least 12 characters, at most
 * bcrypt's 72 bytes, and not one of the 30,000 most common passwords (a bundled list, compared
 * without regard to case), nor such a password padded with digits or symbols or repeated. No
 * composition rules: a long phrase of lower-case words is fine.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final String LIST = "common-passwords.txt";

    /** Why a password is refused; each has a text on the page that sets passwords. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, COMMON
    }

    private PasswordPolicy() {
    }

    /** The reason this password is refused, or empty when it is fine. */
    public static Optional<Problem> check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (common(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }

    /**
     * On the list as it is; or a listed word padded with digits and symbols ("dragon2024!!"); or a
     * listed word, or one or two characters, repeated ("passwordpassword", "abababababab").
     */
    private static boolean common(String password) {
        Set<String> list = Common.PASSWORDS;
        if (list.contains(password)) {
            return true;
        }
        String core = password.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (core.length() >= 3 && list.contains(core)) {
            return true;
        }
        int n = password.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && password.substring(0, unit).repeat(n / unit).equals(password)
                    && (unit <= 2 || list.contains(password.substring(0, unit)))) {
                return true;
            }
        }
        return false;
    }

    /** How many common passwords the bundled list holds. */
    public static int commonPasswords() {
        return Common.PASSWORDS.size();
    }

    /** Loaded on first use, once. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException("the common-password list " + LIST + " is missing from the build");
                }
                Set<String> words = new HashSet<>(40_000);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
