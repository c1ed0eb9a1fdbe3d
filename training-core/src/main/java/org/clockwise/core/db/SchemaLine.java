package org.clockwise.core.db;

import io.micronaut.flyway.event.MigrationFinishedEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * One line when Flyway has brought the schema up to date, with the JVM's age then (issue 13, first start: the
 * phases of a start are timed from the log; Flyway's own lines are kept quiet).
 */
@Singleton
class SchemaLine {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaLine.class);

    @EventListener
    void migrated(MigrationFinishedEvent event) {
        LOG.info("Database schema is up to date ({} ms after the JVM started)", ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
