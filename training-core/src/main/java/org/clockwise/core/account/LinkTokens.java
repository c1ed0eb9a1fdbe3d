package org.clockwise.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in a password link: 256 bits from {@link SecureRandom}, URL-safe Base64 without
 * padding (43 characters). Only its SHA-256 is stored; a fast hash is right here because the
 * token itself has full entropy (nothing to guess from a dictionary).
 */
final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text can be a token at all (so junk never reaches the database). */
    static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c ->
                c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
