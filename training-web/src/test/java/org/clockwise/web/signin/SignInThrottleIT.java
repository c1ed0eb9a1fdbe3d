package org.clockwise.web.signin;

import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.signin.PasswordHasher;
import org.clockwise.core.signin.SignInResult;
import org.clockwise.core.signin.SignInService;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13, items 1 and 2: sign-in throttling holds under parallel guesses and cannot lock others out. */
class SignInThrottleIT extends ServerTest {

    private static long checks() {
        return TestServer.bean(PasswordHasher.class).checks();
    }

    @Test
    void sixteenParallelWrongGuessesCheckAtMostFiveThenTheRightPasswordIsLocked() throws Exception {
        User rep = Fixtures.aUser(org, Role.REP);
        long before = checks();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                int n = i;
                Browser browser = new Browser();
                browser.get("/login");
                answers.add(pool.submit(() -> {
                    go.await();
                    return browser.post("/login", java.util.Map.of("email", rep.email(), "password", "guess " + n)).status();
                }));
            }
            go.countDown();
            for (Future<Integer> a : answers) {
                int status = a.get();
                assertTrue(status == 401 || status == 429, "refused or locked, was " + status);
            }
        } finally {
            pool.shutdownNow();
        }

        Browser.Page right = new Browser().signIn(rep.email(), Fixtures.PASSWORD);

        assertEquals(429, right.status(), "the same address is locked, as the policy says");
        assertEquals(5, checks() - before, "exactly five guesses were checked with bcrypt");
        assertEquals(5, Db.count("SELECT failures FROM login_throttle WHERE email_key = ?", rep.email().toLowerCase()));
    }

    @Test
    void anotherAddressesWrongGuessesDoNotLockTheAdminOut() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        SignInService service = TestServer.bean(SignInService.class);
        for (int i = 0; i < 5; i++) {
            service.signIn(admin.email(), "guess " + i, "198.51.100.7");
        }
        assertInstanceOf(SignInResult.Locked.class, service.signIn(admin.email(), Fixtures.PASSWORD, "198.51.100.7"),
                "the guessing address stays locked out, right password or not");

        assertEquals(303, new Browser().signIn(admin.email(), Fixtures.PASSWORD).status(), "the admin signs in from elsewhere");
        assertInstanceOf(SignInResult.Locked.class, service.signIn(admin.email(), "guess 6", "198.51.100.7"));
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
        String ghost = "ghost-" + Fixtures.unique() + "@example.test";
        Browser browser = new Browser().header("X-Forwarded-For", "192.0.2.55");
        assertEquals(401, browser.signIn(ghost, "guess").status());

        assertEquals(0, Db.count("SELECT count(*) FROM login_address_throttle WHERE address = '192.0.2.55'"));
        assertEquals(1, Db.count("SELECT count(*) FROM login_guesses WHERE email_key = ? AND address = '127.0.0.1'", ghost));
    }

    @Test
    void pagesAreServedWhileASignInStormSaturatesThePasswordChecks() throws Exception {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser repBrowser = new Browser();
        assertEquals(303, repBrowser.signIn(rep.email(), Fixtures.PASSWORD).status());
        assertEquals(200, repBrowser.get("/today").status());
        PasswordHasher hasher = TestServer.bean(PasswordHasher.class);

        ExecutorService storm = Executors.newFixedThreadPool(40);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            List<Browser> clients = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Browser b = new Browser();
                b.get("/login");
                clients.add(b);
            }
            for (int i = 0; i < 40; i++) {
                Browser b = clients.get(i);
                String email = "storm-" + i + "-" + Fixtures.unique() + "@example.test";
                answers.add(storm.submit(() -> b.post("/login", java.util.Map.of("email", email, "password", "guess")).status()));
            }
            long waitUntil = System.nanoTime() + 30_000_000_000L;
            while (hasher.pending() < 2 && System.nanoTime() < waitUntil) {
                Thread.sleep(5);
            }
            assertTrue(hasher.pending() >= 2, "the password checks are saturated");

            Browser.Page today = repBrowser.get("/today");

            assertEquals(200, today.status());
            assertTrue(hasher.pending() >= 1 || answers.stream().anyMatch(f -> !f.isDone()),
                    "the page was served while the storm was still being checked");
            for (Future<Integer> a : answers) {
                int status = a.get();
                assertTrue(status == 401 || status == 503, "refused, or busy beyond the bounded queue; was " + status);
            }
        } finally {
            storm.shutdownNow();
        }
    }
}
