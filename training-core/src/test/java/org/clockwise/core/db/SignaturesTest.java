package org.clockwise.core.db;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signatures keep one keyed Mac per thread (issue 13, the writes' CPU): every value must still be
 * signed exactly as by a fresh Mac, on any thread, one after another and concurrently.
 */
class SignaturesTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-test";

    @Test
    void signsAsHmacSha256OfRfc4231() {
        // RFC 4231, test case 2
        Signatures jefe = new Signatures(new SigningSettings("Jefe"));
        byte[] expected = HexFormat.of().parseHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(expected), jefe.sign("what do ya want for nothing?"));
    }

    @Test
    void eachValueSignedAsByAFreshMacOneAfterAnother() throws Exception {
        Signatures signatures = new Signatures(new SigningSettings(SECRET));
        for (int i = 0; i < 200; i++) {
            String value = "attempt:" + i + ":" + "x".repeat(i);
            assertEquals(fresh(SECRET.getBytes(StandardCharsets.UTF_8), value), signatures.sign(value));
            assertTrue(signatures.verify(value, signatures.sign(value)));
            assertFalse(signatures.verify(value + "!", signatures.sign(value)));
        }
        assertFalse(signatures.verify("a", null));
        assertFalse(signatures.verify(null, "x"));
    }

    @Test
    void concurrentThreadsGetTheSameSignatures() throws Exception {
        Signatures signatures = new Signatures(new SigningSettings(SECRET));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 1_000; i++) {
                        String value = "t" + thread + ":" + i;
                        assertEquals(fresh(SECRET.getBytes(StandardCharsets.UTF_8), value), signatures.sign(value));
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> run : runs) {
                assertEquals(1_000, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDerivedKeySignsWithTheLabelsHmacAsItsKey() throws Exception {
        Signatures signatures = new Signatures(new SigningSettings(SECRET));
        Signatures derived = signatures.derived("clockwise unsubscribe key v1");
        byte[] derivedKey = mac(SECRET.getBytes(StandardCharsets.UTF_8), "clockwise unsubscribe key v1");
        assertEquals(fresh(derivedKey, "person:42"), derived.sign("person:42"));
        assertNotEquals(signatures.sign("person:42"), derived.sign("person:42"));
        assertEquals(fresh(SECRET.getBytes(StandardCharsets.UTF_8), "person:42"), signatures.sign("person:42"));
    }

    private static String fresh(byte[] key, String value) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, value));
    }

    private static byte[] mac(byte[] key, String value) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }
}
