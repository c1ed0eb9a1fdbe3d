package org.clockwise.core.signin;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt with a configurable cost (never below 10). */
@Singleton
public class PasswordHasher {

    public static final int MIN_COST = 10;
    /** Compared against when the address is unknown, so both answers take the same time. */
    private final String decoyHash;
    private final BCryptPasswordEncoder encoder;

    public PasswordHasher(SecuritySettings settings) {
        // SecuritySettings' bounds stop the server at start; this floor also holds without a validator.
        if (settings.bcryptCost() < MIN_COST) {
            throw new IllegalArgumentException("clockwise.security.bcrypt-cost must be at least " + MIN_COST + ", was " + settings.bcryptCost());
        }
        this.encoder = new BCryptPasswordEncoder(settings.bcryptCost());
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
