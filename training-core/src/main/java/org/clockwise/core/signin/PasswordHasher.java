package org.clockwise.core.signin;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bcrypt with a configurable cost (never below 10). Sign-in checks run on a small pool of their
 * own with a bounded queue, so a storm of sign-ins waits there (or is turned away) instead of
 * taking the threads that serve pages.
 */
@Singleton
public class PasswordHasher {

    public static final int MIN_COST = 10;

    /** The pool is full: answer "try again" rather than queue without bound. */
    public static class BusyException extends RuntimeException {
        BusyException() {
            super("password checks are busy", null, false, false);
        }
    }

    /** What the decoy hash is made from: a password no account has. */
    private static final String DECOY = "decoy password that no account has";

    /**
     * Compared against when the address is unknown, so both answers take the same time. Made on first use, once
     * (issue 13, first start: hashing it in the constructor put a bcrypt on the start's critical path).
     */
    private volatile String decoyHash;
    private final AtomicInteger decoysMade = new AtomicInteger();
    private final BCryptPasswordEncoder encoder;
    private final ThreadPoolExecutor pool;
    private final AtomicLong checks = new AtomicLong();

    public PasswordHasher(SecuritySettings settings) {
        // SecuritySettings' bounds stop the server at start; this floor also holds without a validator.
        if (settings.bcryptCost() < MIN_COST) {
            throw new IllegalArgumentException("clockwise.security.bcrypt-cost must be at least " + MIN_COST + ", was " + settings.bcryptCost());
        }
        this.encoder = new BCryptPasswordEncoder(settings.bcryptCost());
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(settings.hashingThreads(), settings.hashingThreads(), 0, TimeUnit.SECONDS,
                settings.hashingQueue() == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(settings.hashingQueue()),
                r -> {
                    Thread t = new Thread(r, "password-check-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    public String hash(String password) {
        PasswordRules.check(password);
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash);
    }

    /** Burns the same work as a real check, for unknown addresses. */
    public void matchDecoy(String password) {
        encoder.matches(password == null ? "" : password, decoyHash());
    }

    /** The decoy hash, made by the first caller while any others wait for it (double-checked, so made once). */
    String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            synchronized (this) {
                hash = decoyHash;
                if (hash == null) {
                    hash = encoder.encode(DECOY);
                    decoysMade.incrementAndGet();
                    decoyHash = hash;
                }
            }
        }
        return hash;
    }

    /** How many times the decoy hash was made: 0 until the first unknown address, then 1 (for tests). */
    int decoysMade() {
        return decoysMade.get();
    }

    /**
     * Checks a sign-in password on the checking pool ({@code hash} null: against the decoy, false).
     *
     * @throws BusyException when the pool and its queue are full
     */
    public boolean check(String password, String hash) {
        Future<Boolean> result;
        try {
            result = pool.submit(() -> {
                checks.incrementAndGet();
                if (hash == null) {
                    matchDecoy(password);
                    return false;
                }
                return matches(password, hash);
            });
        } catch (RejectedExecutionException e) {
            throw new BusyException();
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Sign-in passwords checked so far (a figure for tests and monitoring). */
    public long checks() {
        return checks.get();
    }

    /** Checks running or waiting now. */
    public int pending() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
