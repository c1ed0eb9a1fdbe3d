package org.clockwise.core.nudge;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in an unsubscribe link, {@code nudge.<userId>.<signature>}: an HMAC-SHA256 of the
 * purpose and the person under a key derived from the server's signing secret
 * ({@code clockwise.signing-secret}, the one web's {@code Signatures} uses). Deriving a key of its
 * own keeps these signatures apart from every other value the server signs. The link never
 * expires: an old email must still let its reader stop the emails.
 */
@Singleton
public class UnsubscribeTokens {

    private static final String PURPOSE = "nudge";
    private static final Pattern TOKEN = Pattern.compile("nudge\\.([1-9][0-9]{0,18})\\.([A-Za-z0-9_-]{43})");

    private final SecretKeySpec key;

    public UnsubscribeTokens(@Value("${clockwise.signing-secret}") String secret) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "clockwise unsubscribe key v1"), "HmacSHA256");
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
        boolean valid = MessageDigest.isEqual(signature(userId).getBytes(StandardCharsets.US_ASCII),
                m.group(2).getBytes(StandardCharsets.US_ASCII));
        return valid ? OptionalLong.of(userId) : OptionalLong.empty();
    }

    private String signature(long userId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, "unsubscribe:" + PURPOSE + ":" + userId));
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
