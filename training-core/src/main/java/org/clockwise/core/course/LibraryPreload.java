package org.clockwise.core.course;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.clockwise.content.LibraryLoader;
import org.clockwise.content.LoadResult;
import org.clockwise.core.db.StartPhases;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The library folder read and checked (parse, lint: no database) on a thread of its own while the schema is migrated
 * (issue 13, first start): it starts when the data source's settings are made, before the pool's first connection and
 * Flyway, so the start's publish finds it done instead of parsing after the migrations. The start's publish takes it
 * once ({@link #take}); every later publish reads the folder afresh. Nothing writes the folder before the server is up,
 * so the start publishes what it would have read itself.
 */
@Singleton
class LibraryPreload implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final AtomicReference<CompletableFuture<LoadResult>> loading = new AtomicReference<>();
    private final Environment environment;
    private final BeanProvider<LibraryLocation> location;
    private final StartPhases phases;
    private volatile boolean started;
    private volatile Path folder;

    // The settings come from the environment, not from LibrarySettings and LibraryLocation: validated settings beans
    // need the validator, whose beans need the data source that is being made when this listener runs.
    LibraryPreload(Environment environment, BeanProvider<LibraryLocation> location, StartPhases phases) {
        this.environment = environment;
        this.location = location;
        this.phases = phases;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        start();
        return event.getBean();
    }

    /** Starts reading the folder, once, when the start publishes it. */
    synchronized void start() {
        if (started || !environment.getProperty("clockwise.library.publish-on-start", Boolean.class).orElse(true)) {
            return;
        }
        started = true;
        // The folder LibraryLocation will choose; none when the bundled library is still to copy (LibraryLocation copies
        // it once the settings are checked, and the start's publish then reads it itself).
        Optional<Path> existing = LibraryLocation.existing(environment.getProperty("clockwise.library.path", String.class).orElse(null),
                Path.of(environment.getProperty("clockwise.data-dir", String.class).orElse("data")));
        if (existing.isEmpty()) {
            return;
        }
        Path folder = existing.get();
        this.folder = folder;
        CompletableFuture<LoadResult> result = new CompletableFuture<>();
        loading.set(result);
        Thread reader = new Thread(() -> {
            try {
                long began = System.nanoTime();
                result.complete(new LibraryLoader().load(folder));
                phases.libraryRead((System.nanoTime() - began) / 1_000_000);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "library-preload");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The folder as read at start, once; empty when none was started, for another folder, on a second call, or when
     * the read failed (the caller then reads the folder itself and meets the failure there).
     */
    Optional<LoadResult> take(Path folder) {
        CompletableFuture<LoadResult> result = loading.getAndSet(null);
        if (result == null || !folder.equals(this.folder) || !folder.equals(location.get().folder())) {
            return Optional.empty();
        }
        try {
            return Optional.of(result.join());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
