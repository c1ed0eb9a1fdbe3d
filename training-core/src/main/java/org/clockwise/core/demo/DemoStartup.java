package org.clockwise.core.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.LibrarySettings;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.PublishResult;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happens once the server is up: publish the library folder (so what is in the
 * folder is what reps get; a library with problems leaves the previous version live and says
 * so in one line) and, in demo mode and only once, load the demo organisation beside it; then
 * replay weeks of the organisation's learning history through the real rules.
 */
@Singleton
class DemoStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStartup.class);

    private final LibraryEditing library;
    private final DemoOrganisation demo;
    private final DemoHistory history;
    private final PendingHistoryStore pending;
    private final OrganisationStore organisations;
    private final UserStore users;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;
    private final boolean publishOnStart;
    private final DemoSettings settings;

    DemoStartup(LibraryEditing library, DemoOrganisation demo, DemoHistory history, PendingHistoryStore pending,
                OrganisationStore organisations, UserStore users, Clock clock, LibrarySettings librarySettings,
                DemoSettings demoSettings, TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.library = library;
        this.demo = demo;
        this.history = history;
        this.pending = pending;
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
        this.publishOnStart = librarySettings.publishOnStart();
        this.settings = demoSettings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!settings.enabled()) {
            if (publishOnStart) {
                publish();
            }
            return;
        }
        // The organisation needs nothing from the library (issue 13, first start): it is made (bcrypt, people,
        // teams, the invitation) while the library is published; the history, which reads the library, waits for both.
        LocalDate today = LocalDate.now(clock);
        long started = System.nanoTime();
        CompletableFuture<Long> organisation = new CompletableFuture<>();
        AtomicLong organisationMs = new AtomicLong();
        Thread maker = new Thread(() -> {
            try {
                long id = organisation(today, settings.historyDays());
                organisationMs.set(millisSince(started));
                organisation.complete(id);
            } catch (Throwable e) {
                organisation.completeExceptionally(e);
            }
        }, "demo-organisation");
        maker.setDaemon(true);
        maker.start();
        if (publishOnStart) {
            publish();
        }
        long orgId;
        try {
            orgId = organisation.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
        history(orgId, started, organisationMs.get(), rep -> {
        });
    }

    /**
     * Loads the demo organisation unless there is one, then writes the history of every rep whose history
     * is still pending. The organisation and the list of its reps' pending histories commit together; each
     * rep's history then commits, with the removal of its pending row, in a transaction of its own, several
     * at once. So a start stopped part-way (a crash, a kill) leaves a demo whose unfinished reps the next
     * start finishes, for the same day, never a demo that later starts take as loaded.
     * {@code alsoInRepTransaction} runs in each rep's history transaction (tests stop a start with it).
     */
    void load(LocalDate today, int days, Consumer<User> alsoInRepTransaction) {
        long started = System.nanoTime();
        long orgId = organisation(today, days);
        history(orgId, started, millisSince(started), alsoInRepTransaction);
    }

    /** The demo organisation, made with its reps' pending histories unless there is one already. */
    private long organisation(LocalDate today, int days) {
        return organisations.findByDemoTrue().stream().findFirst().map(Organisation::id).orElseGet(() -> transactions.executeWrite(status -> {
            long id = demo.load(today);
            // The invited rep has not signed in yet, so has no history.
            pending.add(users.findRepsOf(id).stream().filter(u -> u.passwordHash() != null).map(User::id).toList(), today, days);
            return id;
        }));
    }

    /** Writes the history of every rep whose history is still pending; see {@link #load}. */
    private void history(long orgId, long started, long organisationMs, Consumer<User> alsoInRepTransaction) {
        long historyStarted = System.nanoTime();
        Map<Long, PendingHistoryStore.Pending> todo = pending.all().stream()
                .collect(Collectors.toMap(PendingHistoryStore.Pending::userId, Function.identity()));
        if (todo.isEmpty()) {
            return;
        }
        List<User> reps = users.findRepsOf(orgId).stream().filter(u -> todo.containsKey(u.id())).toList();
        // All pending rows of one first start share its day and length.
        PendingHistoryStore.Pending first = todo.values().iterator().next();
        history.writeInParallel(reps, first.today(), first.days(), settings.historyThreads(), rep -> {
            alsoInRepTransaction.accept(rep);
            pending.done(rep.id());
        });
        LOG.info("Loaded the demo organisation '{}' with {} days of learning history in {} ms: the organisation in {} ms, then "
                        + "the history of {} rep(s) in {} ms, {} at a time (password for every demo account: {})",
                DemoOrganisation.NAME, first.days(), millisSince(started), organisationMs, reps.size(), millisSince(historyStarted),
                settings.historyThreads(), DemoOrganisation.PASSWORD);
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
