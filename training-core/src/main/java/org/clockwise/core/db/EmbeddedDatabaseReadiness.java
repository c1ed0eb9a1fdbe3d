package org.clockwise.core.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The application context starts while the embedded PostgreSQL is still starting ({@link EmbeddedDatabase#startInBackground},
 * issue 13, first start); the data source's settings wait here for it, so the pool's first connection and Flyway find it
 * up. Without an embedded server started that way (an external database, the jar's commands, the tests) it does nothing.
 */
@Singleton
class EmbeddedDatabaseReadiness implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final Optional<EmbeddedDatabase> embedded;
    private final StartPhases phases;

    EmbeddedDatabaseReadiness(Optional<EmbeddedDatabase> embedded, StartPhases phases) {
        this.embedded = embedded;
        this.phases = phases;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        embedded.ifPresent(db -> {
            long started = System.nanoTime();
            db.awaitReady();
            phases.waited((System.nanoTime() - started) / 1_000_000);
        });
        return event.getBean();
    }
}
