package org.clockwise.core.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.LibrarySettings;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.PublishResult;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens once the server is up, in order: publish the library folder (so what is in the
 * folder is what reps get; a library with problems leaves the previous version live and says
 * so in one line), then, in demo mode and only once, load the demo organisation and replay
 * weeks of its learning history through the real rules.
 */
@Singleton
class DemoStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStartup.class);

    private final LibraryEditing library;
    private final DemoOrganisation demo;
    private final DemoHistory history;
    private final OrganisationStore organisations;
    private final UserStore users;
    private final Clock clock;
    private final boolean publishOnStart;
    private final boolean demoEnabled;
    private final int historyDays;

    DemoStartup(LibraryEditing library, DemoOrganisation demo, DemoHistory history, OrganisationStore organisations,
                UserStore users, Clock clock, LibrarySettings librarySettings, DemoSettings demoSettings) {
        this.library = library;
        this.demo = demo;
        this.history = history;
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
        this.publishOnStart = librarySettings.publishOnStart();
        this.demoEnabled = demoSettings.enabled();
        this.historyDays = demoSettings.historyDays();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (publishOnStart) {
            publish();
        }
        if (demoEnabled && organisations.findByDemoTrue().isEmpty()) {
            long started = System.nanoTime();
            long orgId = demo.load(LocalDate.now(clock));
            // The invited rep has not signed in yet, so has no history.
            List<User> reps = users.findRepsOf(orgId).stream().filter(u -> u.passwordHash() != null).toList();
            history.simulate(reps, LocalDate.now(clock), historyDays);
            LOG.info("Loaded the demo organisation '{}' with {} days of learning history in {} ms (password for every demo account: {})",
                    DemoOrganisation.NAME, historyDays, (System.nanoTime() - started) / 1_000_000, DemoOrganisation.PASSWORD);
        }
    }

    private void publish() {
        PublishResult result = library.publishFolder(PublishOrigin.STARTUP, null);
        if (result instanceof PublishResult.Published p) {
            LOG.info("Published the library in {}: {} new, {} changed, {} retired module(s)",
                    library.folder(), p.added().size(), p.changed().size(), p.retired().size());
        } else if (result instanceof PublishResult.Refused r) {
            LOG.warn("The library in {} has {} problem(s), so the previous version stays live; first: {}. "
                    + "Run: java -jar training-content/target/training-content.jar lint {}",
                    library.folder(), r.problems().size(), r.problems().get(0), library.folder());
        }
    }
}
