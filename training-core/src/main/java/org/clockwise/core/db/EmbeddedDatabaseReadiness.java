package org.clockwise.core.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The application context starts while the embedded PostgreSQL is still starting ({@link EmbeddedDatabase#startInBackground},
 * issue 13, first start); the data source's settings wait here for it, so the pool's first connection and Flyway find it
 * up. Without an embedded server started that way (an external database, the jar's commands, the tests) it does nothing.
 */
@Singleton
class EmbeddedDatabaseReadiness implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseReadiness.class);

    private final Optional<EmbeddedDatabase> embedded;

    EmbeddedDatabaseReadiness(Optional<EmbeddedDatabase> embedded) {
        this.embedded = embedded;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        embedded.ifPresent(db -> {
            long started = System.nanoTime();
            db.awaitReady();
            LOG.info("The data source waited {} ms for the embedded PostgreSQL", (System.nanoTime() - started) / 1_000_000);
        });
        return event.getBean();
    }
}
