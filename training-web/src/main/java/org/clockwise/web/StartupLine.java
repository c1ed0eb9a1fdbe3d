package org.clockwise.web;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one line a person needs after start: where to point the browser and where the data lives. */
@Singleton
class StartupLine {
    private static final Logger LOG = LoggerFactory.getLogger(StartupLine.class);

    private final String database;

    StartupLine(DatabaseSettings database) {
        this.database = database.description();
    }

    @EventListener
    void onStart(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString().replace("://0.0.0.0", "://localhost");
        LOG.info("Clockwise is ready: open {} (data: {})", url, database);
    }
}
