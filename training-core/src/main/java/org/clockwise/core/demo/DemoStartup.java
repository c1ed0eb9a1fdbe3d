package org.clockwise.core.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
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

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

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
    private final TransactionOperations<Connection> transactions;
    private final boolean publishOnStart;
    private final boolean demoEnabled;
    private final int historyDays;

    DemoStartup(LibraryEditing library, DemoOrganisation demo, DemoHistory history, OrganisationStore organisations,
                UserStore users, Clock clock, LibrarySettings librarySettings, DemoSettings demoSettings,
                TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
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
            LocalDate today = LocalDate.now(clock);
            long[] historyStarted = new long[1];
            load(today, reps -> {
                historyStarted[0] = System.nanoTime();
                history.write(reps, today, historyDays);
            });
            LOG.info("Loaded the demo organisation '{}' with {} days of learning history in {} ms, {} ms of it the history"
                    + " (password for every demo account: {})",
                    DemoOrganisation.NAME, historyDays, millisSince(started), millisSince(historyStarted[0]), DemoOrganisation.PASSWORD);
        }
    }

    /**
     * Loads the demo organisation and, through {@code history}, the learning history of its reps who
     * have signed up, in one transaction. One commit instead of one per service call of the replay
     * (each waiting for the disk), and a start stopped halfway leaves no demo organisation without
     * its history (the next start would skip it, as the organisation exists).
     */
    long load(LocalDate today, Consumer<List<User>> history) {
        return transactions.executeWrite(status -> {
            long orgId = demo.load(today);
            // The invited rep has not signed in yet, so has no history.
            history.accept(users.findRepsOf(orgId).stream().filter(u -> u.passwordHash() != null).toList());
            return orgId;
        });
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private void publish() {
        long started = System.nanoTime();
        PublishResult result = library.publishFolder(PublishOrigin.STARTUP, null);
        if (result instanceof PublishResult.Published p) {
            LOG.info("Published the library in {}: {} new, {} changed, {} retired module(s) in {} ms",
                    library.folder(), p.added().size(), p.changed().size(), p.retired().size(), millisSince(started));
        } else if (result instanceof PublishResult.Refused r) {
            LOG.warn("The library in {} has {} problem(s), so the previous version stays live; first: {}. "
                    + "Run: java -jar training-content/target/training-content.jar lint {}",
                    library.folder(), r.problems().size(), r.problems().get(0), library.folder());
        }
    }
}
