package org.clockwise.core.signin;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt with a configurable cost (never below 10). */
@Singleton
public class PasswordHasher {

    public static final int MIN_COST = 10;
    /** Compared against when the address is unknown, so both answers take the same time. */
    private final String decoyHash;
    private final BCryptPasswordEncoder encoder;

    public PasswordHasher(@Value("${clockwise.security.bcrypt-cost:12}") int cost) {
        if (cost < MIN_COST) {
            throw new IllegalArgumentException("clockwise.security.bcrypt-cost must be at least " + MIN_COST + ", was " + cost);
        }
        this.encoder = new BCryptPasswordEncoder(cost);
        this.decoyHash = encoder.encode("decoy password that no account has");
    }

    public String hash(String password) {
        PasswordRules.check(password);
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash);
    }

    /** Burns the same work as a real check, for unknown addresses. */
    public void matchDecoy(String password) {
        encoder.matches(password == null ? "" : password, decoyHash);
    }
}
