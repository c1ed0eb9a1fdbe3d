package org.clockwise.core.db;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under the server's signing secret, for values the browser carries but must not change. */
@Singleton
public class Signatures {

    private final SecretKeySpec key;
    /**
     * One keyed {@link Mac} per thread (issue 13, the writes' CPU): {@code Mac.getInstance} looks the
     * provider up and {@code init} derives the HMAC pads on every call otherwise, and a page or a
     * form post signs or checks several values (CSRF token, ticket, attempt id). {@code doFinal}
     * resets the Mac to its keyed state, so each value is signed exactly as with a fresh one.
     */
    private final ThreadLocal<Mac> macs;

    public Signatures(SigningSettings settings) {
        this(settings.signingSecret().getBytes(StandardCharsets.UTF_8));
    }

    private Signatures(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * Signatures under a key of their own, derived from this one for {@code label}: values signed
     * for one purpose (an unsubscribe link) can never pass as another's.
     */
    public Signatures derived(String label) {
        return new Signatures(hmac(label));
    }

    public String sign(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(value));
    }

    private byte[] hmac(String value) {
        return macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    /** Constant-time check of a signature; false for anything missing. */
    public boolean verify(String value, String signature) {
        if (value == null || signature == null || signature.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
