package org.clockwise.web.health;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Whether the database answers, checked at most once a second whatever the polling rate, with
 * one check in flight at a time, and "not ready" after {@link #TIMEOUT} (the pool would
 * otherwise wait for a connection for half a minute while the database is away).
 */
@Singleton
class DatabaseReadiness {

    static final Duration FRESH = Duration.ofSeconds(1);
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Probe probe;
    private final ExecutorService blocking;
    private volatile long checkedAt;
    private volatile boolean ready;
    private CompletableFuture<Boolean> inFlight;

    DatabaseReadiness(Probe probe, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.probe = probe;
        this.blocking = blocking;
        this.checkedAt = System.nanoTime() - 2 * FRESH.toNanos(); // not checked yet
    }

    CompletableFuture<Boolean> ready() {
        if (System.nanoTime() - checkedAt < FRESH.toNanos()) {
            return CompletableFuture.completedFuture(ready);
        }
        CompletableFuture<Boolean> check;
        synchronized (this) {
            if (inFlight == null) {
                CompletableFuture<Boolean> started = CompletableFuture.supplyAsync(probe::answers, blocking).exceptionally(e -> false);
                inFlight = started;
                started.whenComplete((answer, e) -> {
                    synchronized (this) {
                        ready = Boolean.TRUE.equals(answer);
                        checkedAt = System.nanoTime();
                        if (inFlight == started) {
                            inFlight = null;
                        }
                    }
                });
                check = started;
            } else {
                check = inFlight;
            }
        }
        return check.copy().completeOnTimeout(false, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The query itself, on a connection of the application's pool. */
    @Singleton
    @Connectable
    static class Probe {

        private final JdbcOperations jdbc;

        Probe(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        boolean answers() {
            return jdbc.prepareStatement("SELECT 1", ps -> {
                ps.setQueryTimeout((int) TIMEOUT.toSeconds());
                return ps.executeQuery().next();
            });
        }
    }
}
