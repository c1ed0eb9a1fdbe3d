package org.clockwise.core.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clockwise.core.people.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;

/** Loads the demo organisation on a first start when demo mode is on and the database is empty. */
@Singleton
@Requires(property = "clockwise.demo.enabled", value = "true")
class DemoStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoOrganisation demo;
    private final UserRepository users;
    private final Clock clock;

    DemoStartup(DemoOrganisation demo, UserRepository users, Clock clock) {
        this.demo = demo;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (users.countOrganisations() > 0) {
            return;
        }
        demo.load(LocalDate.now(clock));
        LOG.info("Loaded the demo organisation '{}' (password for every demo account: {})",
                DemoOrganisation.NAME, DemoOrganisation.PASSWORD);
    }
}
