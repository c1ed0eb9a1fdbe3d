package org.clockwise.core.nudge;

import jakarta.inject.Singleton;
import org.clockwise.core.db.Signatures;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token in an unsubscribe link, {@code nudge.<userId>.<signature>}: an HMAC-SHA256 of the
 * purpose and the person under a key derived from the server's signing secret
 * ({@code clockwise.signing-secret}, through {@link Signatures#derived}). Deriving a key of its
 * own keeps these signatures apart from every other value the server signs. The link never
 * expires: an old email must still let its reader stop the emails.
 */
@Singleton
public class UnsubscribeTokens {

    private static final String PURPOSE = "nudge";
    private static final Pattern TOKEN = Pattern.compile("nudge\\.([1-9][0-9]{0,18})\\.([A-Za-z0-9_-]{43})");

    private final Signatures signatures;

    public UnsubscribeTokens(Signatures signatures) {
        this.signatures = signatures.derived("clockwise unsubscribe key v1");
    }

    /** The token for a person's reminder emails. */
    public String token(long userId) {
        return PURPOSE + "." + userId + "." + signature(userId);
    }

    /** The person a token names when its signature is right; empty for anything else. */
    public OptionalLong userId(String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long userId;
        try {
            userId = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        return signatures.verify(signed(userId), m.group(2)) ? OptionalLong.of(userId) : OptionalLong.empty();
    }

    private String signature(long userId) {
        return signatures.sign(signed(userId));
    }

    private static String signed(long userId) {
        return "unsubscribe:" + PURPOSE + ":" + userId;
    }
}
