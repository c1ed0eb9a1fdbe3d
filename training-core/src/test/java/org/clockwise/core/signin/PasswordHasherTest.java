package org.clockwise.core.signin;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 item 2: sign-in checks run on their own bounded pool and turn the overflow away at once. */
class PasswordHasherTest {

    @Test
    void checksBeyondThePoolAndItsQueueAreTurnedAwayAtOnce() throws Exception {
        PasswordHasher hasher = new PasswordHasher(new SecuritySettings(10, 5, List.of(), 1, 0));
        String hash = hasher.hash("correct horse battery staple");
        try {
            CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> hasher.check("correct horse battery staple", hash));
            long until = System.nanoTime() + 10_000_000_000L;
            while (hasher.pending() == 0 && !first.isDone() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            boolean busy = false;
            while (!first.isDone() && !busy) {
                try {
                    hasher.check("wrong", hash);
                } catch (PasswordHasher.BusyException e) {
                    busy = true;
                }
            }
            assertTrue(first.get(), "the running check still answers");
            assertTrue(busy, "a second check while the single thread works is refused");
            // The worker hands its thread back a moment after the answer: the pool serves again once it is idle.
            Boolean later = null;
            for (long end = System.nanoTime() + 10_000_000_000L; later == null && System.nanoTime() < end; ) {
                try {
                    later = hasher.check("wrong", hash);
                } catch (PasswordHasher.BusyException e) {
                    Thread.sleep(10);
                }
            }
            assertFalse(later == null || later, "the pool serves again afterwards");
            assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(new SecuritySettings(9)));
        } finally {
            hasher.close();
        }
    }
}
