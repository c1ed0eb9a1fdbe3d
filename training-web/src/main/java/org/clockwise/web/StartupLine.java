package org.clockwise.web;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.clockwise.core.db.StartPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one line a person needs after start: where to point the browser and where the data lives. */
@Singleton
class StartupLine {
    private static final Logger LOG = LoggerFactory.getLogger(StartupLine.class);

    private final String database;
    private final StartPhases phases;

    StartupLine(DatabaseSettings database, StartPhases phases) {
        this.database = database.description();
        this.phases = phases;
    }

    @EventListener
    void onStart(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString().replace("://0.0.0.0", "://localhost");
        LOG.info("Clockwise is ready: open {} (data: {})", url, database);
        String phased = phases.describe();
        if (!phased.isEmpty()) {
            LOG.info("Start phases: {} (issue 13, first start; the library and demo lines above have their own times)", phased);
        }
    }
}
