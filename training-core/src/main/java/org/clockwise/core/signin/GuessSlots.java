package org.clockwise.core.signin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.core.signin.LoginThrottlePolicy.Claim;
import org.clockwise.core.signin.SignInStore.Counted;

import java.time.Instant;

/**
 * Claims a slot for one password guess, under row locks, before the password is checked: per
 * client address and per account. So parallel guesses queue on the rows and at most the free
 * number of them is ever checked. An account's lock does not hold back an address that has not
 * failed at that account lately: that address gets its own single slot (see README, Security).
 */
@Singleton
class GuessSlots {

    /** A granted guess, and whether it came through an account lock; or a refusal until a time. */
    record Slot(boolean granted, boolean throughLock, Instant lockedUntil) {
    }

    private final SignInStore store;

    GuessSlots(SignInStore store) {
        this.store = store;
    }

    @Transactional
    public Slot claim(String key, String address, LoginThrottlePolicy account, LoginThrottlePolicy perAddress, Instant now) {
        Claim byAddress = perAddress.claim(store.lockCounter(Counted.ADDRESS, address), now);
        if (!byAddress.granted()) {
            return new Slot(false, false, byAddress.lockedUntil());
        }
        Claim byAccount = account.claim(store.lockCounter(Counted.ACCOUNT, key), now);
        if (byAccount.granted()) {
            store.saveCounter(Counted.ADDRESS, address, byAddress.next());
            store.saveCounter(Counted.ACCOUNT, key, byAccount.next());
            store.markGuess(key, address, now);
            Instant lock = later(byAddress.lockedUntil(), byAccount.lockedUntil());
            return new Slot(true, false, lock);
        }
        if (store.claimGuess(key, address, now, now.minus(account.memory()))) {
            store.saveCounter(Counted.ADDRESS, address, byAddress.next());
            return new Slot(true, true, byAccount.lockedUntil());
        }
        return new Slot(false, false, byAccount.lockedUntil());
    }

    /** Gives the slots of a right guess back; the account's count starts again unless the guess came through its lock. */
    @Transactional
    public void release(String key, String address, boolean throughLock, LoginThrottlePolicy perAddress) {
        store.saveCounter(Counted.ADDRESS, address, perAddress.release(store.lockCounter(Counted.ADDRESS, address)));
        store.forgetGuess(key, address);
        if (!throughLock) {
            store.clearFailures(key);
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
