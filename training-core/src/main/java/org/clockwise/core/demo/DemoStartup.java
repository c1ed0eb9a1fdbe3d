package org.clockwise.core.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clockwise.core.people.OrganisationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;

/** Loads the demo organisation once, on the first start with demo mode on. */
@Singleton
@Requires(property = "clockwise.demo.enabled", value = "true")
class DemoStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoOrganisation demo;
    private final OrganisationRepository organisations;
    private final Clock clock;

    DemoStartup(DemoOrganisation demo, OrganisationRepository organisations, Clock clock) {
        this.demo = demo;
        this.organisations = organisations;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!organisations.findByDemoTrue().isEmpty()) {
            return; // loaded on an earlier start
        }
        demo.load(LocalDate.now(clock));
        LOG.info("Loaded the demo organisation '{}' (password for every demo account: {})",
                DemoOrganisation.NAME, DemoOrganisation.PASSWORD);
    }
}
