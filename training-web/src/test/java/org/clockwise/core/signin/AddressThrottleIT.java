package org.clockwise.core.signin;

import org.clockwise.core.people.UserStore;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Issue 13, item 2: failures are counted per client address too, over every account it tries. */
class AddressThrottleIT extends ServerTest {

    @Test
    void anAddressThatFailsAtManyAccountsIsLockedBeforeItsNextGuessIsChecked() {
        PasswordHasher hasher = TestServer.bean(PasswordHasher.class);
        SignInService service = new SignInService(TestServer.bean(UserStore.class), TestServer.bean(SignInStore.class),
                TestServer.bean(GuessSlots.class), hasher, TestServer.bean(Clock.class), TestServer.bean(SessionSettings.class),
                new SecuritySettings(10, 5, List.of(), 2, 16), TestServer.bean(SessionCheck.class));
        String address = "203.0.113." + (1 + Math.floorMod(Fixtures.unique().hashCode(), 250));
        for (int i = 0; i < 5; i++) {
            String account = "spray-" + i + "-" + Fixtures.unique() + "@example.test";
            SignInResult r = service.signIn(account, "guess", address);
            if (i < 4) {
                assertInstanceOf(SignInResult.Refused.class, r);
            } else {
                assertInstanceOf(SignInResult.Locked.class, r, "the fifth failure locks the address");
            }
        }
        long before = hasher.checks();

        SignInResult sixth = service.signIn("spray-new-" + Fixtures.unique() + "@example.test", "guess", address);

        assertInstanceOf(SignInResult.Locked.class, sixth);
        assertEquals(before, hasher.checks(), "a locked address's guess is not checked");
        assertInstanceOf(SignInResult.Refused.class,
                service.signIn("spray-other-" + Fixtures.unique() + "@example.test", "guess", "203.0.113.251"),
                "other addresses are not held back");
    }
}
