package org.clockwise.core.nudge;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.mail.MailOutbox;
import org.clockwise.core.mail.SiteSettings;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.plan.Reason;
import org.clockwise.core.plan.ReasonWords;
import org.clockwise.core.team.ActivityQueries;
import org.clockwise.core.team.Dashboard;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.core.team.TeamDashboard;
import org.clockwise.core.team.metrics.RepDay;
import org.clockwise.core.team.metrics.RepInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One round of reminders: finds who is due ({@link NudgeQueries}), builds each email from what the
 * person would see (the rep's plan for today, the manager's dashboard) and enqueues it with its
 * dedupe key, each person in a transaction of their own. Any number of rounds may run at once, on
 * one instance or many: the outbox's unique dedupe key keeps one email per person and day (week).
 */
@Singleton
public class NudgeSender {

    private static final Logger LOG = LoggerFactory.getLogger(NudgeSender.class);

    private final NudgeQueries queries;
    private final PlanService plans;
    private final TeamAccessQueries access;
    private final TeamDashboard dashboards;
    private final ActivityQueries activity;
    private final MailOutbox outbox;
    private final UnsubscribeTokens tokens;
    private final SiteSettings site;
    private final NudgeSettings settings;
    private final TransactionOperations<Connection> transactions;

    /** Emails are in English for now (see {@link NudgeMails}), reasons too. */
    private final ReasonWords words;
    NudgeSender(NudgeQueries queries, PlanService plans, TeamAccessQueries access, TeamDashboard dashboards,
                ActivityQueries activity, MailOutbox outbox, UnsubscribeTokens tokens, SiteSettings site,
                NudgeSettings settings, TransactionOperations<Connection> transactions, Optional<ReasonWords> words) {
        this.words = words.orElse(Reason::key);
        this.queries = queries;
        this.plans = plans;
        this.access = access;
        this.dashboards = dashboards;
        this.activity = activity;
        this.outbox = outbox;
        this.tokens = tokens;
        this.site = site;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** Enqueues every nudge due at {@code now}; returns how many this call enqueued. */
    public int sendNudges(Instant now) {
        return sendNudges(now, null);
    }

    /** Enqueues the nudges due at {@code now} in one organisation ({@code null}: all). */
    public int sendNudges(Instant now, Long orgId) {
        int sent = 0;
        for (NudgeQueries.Due due : queries.dueNudges(now, orgId, settings.batchSize())) {
            try {
                if (Boolean.TRUE.equals(transactions.executeWrite(status -> nudge(due, now)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // One rep's failure must not keep the others' nudges back; the next round tries again.
                LOG.warn("Nudge for user {} failed: {}", due.userId(), e.toString());
            }
        }
        return sent;
    }

    /** Enqueues every weekly digest due at {@code now}; returns how many this call enqueued. */
    public int sendDigests(Instant now) {
        return sendDigests(now, null);
    }

    /** Enqueues the digests due at {@code now} in one organisation ({@code null}: all). */
    public int sendDigests(Instant now, Long orgId) {
        int sent = 0;
        for (NudgeQueries.Due due : queries.dueDigests(now, orgId, settings.batchSize())) {
            try {
                if (Boolean.TRUE.equals(transactions.executeWrite(status -> digest(due)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Digest for user {} failed: {}", due.userId(), e.toString());
            }
        }
        return sent;
    }

    private boolean nudge(NudgeQueries.Due due, Instant now) {
        // Makes and stores today's plan: the nudge shows exactly what Today will show.
        PlanService.Today today = plans.today(due.userId(), now);
        if (today.complete() || !today.day().equals(due.day())) {
            return false;
        }
        PlanService.Line lesson = today.lesson();
        int reviews = (int) today.lines().stream().filter(l -> l.item().kind() == PlanItem.Kind.REVIEW).count();
        NudgeMails.Nudge content = new NudgeMails.Nudge(due.name(), due.orgName(),
                lesson == null || lesson.done() ? null : lesson.title(),
                lesson == null ? 0 : (lesson.item().seconds() + 59) / 60,
                lesson == null ? null : words.english(lesson.item().reason()),
                reviews, today.streak(), site.link("/today"), unsubscribeLink(due.userId()));
        return outbox.enqueue(NudgeMails.nudge(due, content));
    }

    private boolean digest(NudgeQueries.Due due) {
        LocalDate monday = due.day();
        List<RepInfo> reps = access.visibleReps(due.userId(), false);
        Dashboard board = dashboards.view(due.userId(), reps, null);
        Set<Long> active = new HashSet<>();
        int plansCompleted = 0;
        int seconds = 0;
        for (RepDay day : activity.since(reps.stream().map(RepInfo::id).toList(), monday.minusDays(7))) {
            if (!day.day().isBefore(monday)) {
                continue;
            }
            if (day.lessons() > 0 || day.reviews() > 0 || day.seconds() > 0 || day.planCompleted()) {
                active.add(day.repId());
            }
            plansCompleted += day.planCompleted() ? 1 : 0;
            seconds += day.seconds();
        }
        List<String> quiet = board.overview().quiet().stream()
                .map(q -> q.name() + (q.lastActive() == null ? ": not started yet" : ": quiet for " + q.daysQuiet() + " days"))
                .toList();
        List<String> coaching = board.coaching().stream().limit(3)
                .map(c -> c.name() + ": " + c.skill() + " at " + c.percent() + "%, target " + c.target() + "%"
                        + (c.nextTitle() == null ? "" : "; next: " + c.nextTitle()))
                .toList();
        LocalDate sunday = monday.plusDays(6);
        List<String> assignments = board.assignments().stream()
                .filter(a -> !a.done() && !a.due().isBefore(monday) && !a.due().isAfter(sunday))
                .map(a -> a.repName() + ": " + a.title() + ", due " + a.due())
                .toList();
        NudgeMails.Digest content = new NudgeMails.Digest(due.name(), due.orgName(), monday, reps.size(), active.size(),
                plansCompleted, (seconds + 30) / 60, quiet, coaching, assignments, site.link("/team"), unsubscribeLink(due.userId()));
        return outbox.enqueue(NudgeMails.digest(due, content));
    }

    private String unsubscribeLink(long userId) {
        return site.link("/unsubscribe/" + tokens.token(userId));
    }
}
