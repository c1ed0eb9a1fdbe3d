package org.clockwise.core.db;

import io.micronaut.flyway.event.MigrationFinishedEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.lang.management.ManagementFactory;
import java.util.stream.Stream;

/**
 * The phases of a start, as the JVM's age when each ended (issue 13, first start): the embedded PostgreSQL ready, the
 * data source's wait for it, the schema migrated. Told in one line once the server is up, so a start that fails on a
 * bad setting still prints one line.
 */
@Singleton
public class StartPhases {

    private volatile String waited = "";
    private volatile String migrated = "";
    private volatile String libraryRead = "";

    void waited(long ms) {
        waited = "the data source waited " + ms + " ms for it";
    }

    /** The library folder read and checked at start (LibraryPreload), which took {@code ms}. */
    public void libraryRead(long ms) {
        libraryRead = "library read at " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms (" + ms + " ms)";
    }

    @EventListener
    void migrated(MigrationFinishedEvent event) {
        migrated = "schema up to date at " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms";
    }

    /** The phases so far, e.g. "PostgreSQL ready at 900 ms (700 ms, a new cluster), the data source waited 0 ms for it, ...". */
    public String describe() {
        return String.join(", ", Stream.of(EmbeddedDatabase.readyLine(), waited, migrated, libraryRead)
                .filter(s -> !s.isEmpty()).toList());
    }
}
