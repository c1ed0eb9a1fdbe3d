package org.clockwise.core.signin;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * Issue 13, first start: the decoy hash is not made at construction (it cost a bcrypt on the start's critical path)
     * but on the first unknown address, once however many threads ask at the same moment, and it is a real hash of the
     * decoy, so an unknown address still costs a full bcrypt check and never matches a real password.
     */
    @Test
    void theDecoyIsMadeOnFirstUseOnceAndStillCostsAFullCheck() throws Exception {
        PasswordHasher hasher = new PasswordHasher(new SecuritySettings(10, 5, List.of(), 2, 8));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            assertEquals(0, hasher.decoysMade(), "constructing the hasher hashes nothing");
            CountDownLatch go = new CountDownLatch(1);
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    seen.add(hasher.decoyHash());
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
            assertEquals(1, hasher.decoysMade(), "four threads at once make the decoy once");
            assertEquals(1, seen.size(), "and all get the same hash");
            assertTrue(seen.iterator().next().startsWith("$2a$10$"), "a bcrypt hash at the configured cost");
            assertTrue(hasher.matches("decoy password that no account has", seen.iterator().next()));
            assertFalse(hasher.check("some password", null), "an unknown address is refused after the full check");
            assertEquals(1, hasher.decoysMade(), "and the decoy is not made again");
        } finally {
            pool.shutdownNow();
            hasher.close();
        }
    }
}
