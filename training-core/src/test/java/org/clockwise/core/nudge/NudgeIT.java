package org.clockwise.core.nudge;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.mail.MailOutbox;
import org.clockwise.core.mail.SiteSettings;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.PeopleStore;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.team.ActivityQueries;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.core.team.TeamDashboard;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nudges and digests over the real database, read back from mail_outbox as the sender will send them. */
class NudgeIT {

    /** A Wednesday far from today, so the day's plans never meet another test's. */
    private static final Instant WEDNESDAY_NOON = Instant.parse("2030-01-09T12:00:00Z");

    private final NudgeSender sender = CoreContext.bean(NudgeSender.class);
    private final PlanService plans = CoreContext.bean(PlanService.class);

    record Row(String recipient, String subject, String text, String html, String headers) {
    }

    private static Optional<Row> outbox(String key) {
        return Db.transactions().executeRead(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "SELECT recipient, subject, body_text, body_html, headers::text FROM mail_outbox WHERE dedupe_key = ?", ps -> {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                                : Optional.<Row>empty();
                    }
                }));
    }

    private static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected «" + part + "» in:\n" + text);
        }
    }

    private static Organisation orgNamed(String name) {
        return CoreContext.bean(OrganisationStore.class).save(new Organisation(null, name + " " + Fixtures.unique(), false, null));
    }

    /** Another scheduler, as a second server instance on the same database would have. */
    private static NudgeSender secondInstance() {
        return new NudgeSender(CoreContext.bean(NudgeQueries.class), CoreContext.bean(PlanService.class),
                CoreContext.bean(TeamAccessQueries.class), CoreContext.bean(TeamDashboard.class), CoreContext.bean(ActivityQueries.class),
                CoreContext.bean(MailOutbox.class), CoreContext.bean(UnsubscribeTokens.class), CoreContext.bean(SiteSettings.class),
                CoreContext.bean(NudgeSettings.class), Db.transactions(), Optional.empty());
    }

    @Test
    void twoSchedulersRacingOnOneDatabaseSendOneNudgePerRepAndDay() throws Exception {
        Fixtures.publish(TestLibrary.create(), "nudge");
        Organisation org = Fixtures.anOrganisation();
        List<User> reps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reps.add(Fixtures.aUser(org, Role.REP));
        }
        List<NudgeSender> schedulers = List.of(sender, secondInstance());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                NudgeSender scheduler = schedulers.get(i % 2);
                rounds.add(pool.submit(() -> {
                    start.await();
                    return scheduler.sendNudges(WEDNESDAY_NOON, org.id());
                }));
            }
            start.countDown();
            int enqueued = 0;
            for (Future<Integer> round : rounds) {
                enqueued += round.get();
            }
            assertEquals(reps.size(), enqueued, "each rep enqueued by exactly one round");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(reps.size(), Db.count("SELECT count(*) FROM mail_outbox o JOIN users u ON u.email = o.recipient "
                + "WHERE u.org_id = ? AND o.dedupe_key LIKE 'nudge:%'", org.id()));
        // Later the same day and the next round: still one each.
        assertEquals(0, sender.sendNudges(WEDNESDAY_NOON.plusSeconds(3600), org.id()));
        assertEquals(reps.size(), Db.count("SELECT count(*) FROM mail_outbox o JOIN users u ON u.email = o.recipient "
                + "WHERE u.org_id = ?", org.id()));
        // The next working day brings the next one.
        assertEquals(reps.size(), sender.sendNudges(WEDNESDAY_NOON.plusSeconds(86_400), org.id()));
    }

    @Test
    void theNudgeShowsTodaysPlanAndCarriesTheUnsubscribeHeaders() {
        Fixtures.publish(TestLibrary.create(), "nudge");
        Organisation org = orgNamed("Acme <Sales> & \"Co\"");
        User rep = Fixtures.aUser(org, Role.REP);

        assertEquals(1, sender.sendNudges(WEDNESDAY_NOON, org.id()));

        PlanService.Today today = plans.today(rep.id(), WEDNESDAY_NOON);
        PlanService.Line lesson = today.lesson();
        long reviews = today.lines().stream().filter(l -> l.item().kind() == PlanItem.Kind.REVIEW).count();
        Row mail = outbox("nudge:" + rep.id() + ":2030-01-09").orElseThrow();
        assertEquals(rep.email(), mail.recipient());
        String token = CoreContext.bean(UnsubscribeTokens.class).token(rep.id());
        String unsubscribe = CoreContext.bean(SiteSettings.class).link("/unsubscribe/" + token);
        // Core alone has no message files: a reason is worded by its key here, by the web's English in the app.
        contains(mail.text(), lesson.title(), (lesson.item().seconds() + 59) / 60 + " minute", "Why: " + lesson.item().reason().key(),
                "Reviews in today's plan: " + reviews, "Streak: " + today.streak() + " day",
                CoreContext.bean(SiteSettings.class).link("/today"), unsubscribe, org.name());
        contains(mail.html(), "Acme &lt;Sales&gt; &amp; &quot;Co&quot;", "href=\"" + unsubscribe + "\"");
        assertTrue(!mail.html().contains("<Sales>"), mail.html());
        contains(mail.headers(), "\"List-Unsubscribe\": \"<" + unsubscribe + ">\"",
                "\"List-Unsubscribe-Post\": \"List-Unsubscribe=One-Click\"");
        assertEquals(rep.id().longValue(), CoreContext.bean(UnsubscribeTokens.class).userId(token).orElseThrow());
        assertTrue(CoreContext.bean(UnsubscribeTokens.class).userId(token.substring(0, token.length() - 1) + "A").isEmpty()
                || token.endsWith("A"), "a changed signature is refused");
    }

    @Test
    void noneWhenThePlanIsDoneTheRepIsInactiveOrOptedOutOrItIsTheWeekend() {
        String module = Fixtures.publish(TestLibrary.create(), "nudge").get(0);
        Organisation org = Fixtures.anOrganisation();
        User done = Fixtures.aUser(org, Role.REP);
        User inactive = Fixtures.aUser(org, Role.REP);
        User optedOut = Fixtures.aUser(org, Role.REP);
        User early = Fixtures.aUser(org, Role.REP);
        User due = Fixtures.aUser(org, Role.REP);

        // The rep opened Today and finished its lesson before their nudge time.
        PlanService.Today today = plans.today(done.id(), WEDNESDAY_NOON.minusSeconds(4 * 3600));
        assertEquals(module, today.lesson().item().moduleId());
        Fixtures.takeQuiz(done, module, WEDNESDAY_NOON.minusSeconds(3 * 3600), 30);
        assertTrue(plans.today(done.id(), WEDNESDAY_NOON.minusSeconds(3 * 3600)).complete());
        Db.transactions().executeWrite(status -> CoreContext.bean(PeopleStore.class)
                .setActive(org.id(), inactive.id(), false, WEDNESDAY_NOON));
        CoreContext.bean(NudgePreferenceStore.class).set(optedOut.id(), false, NudgePolicy.DEFAULT_TIME);
        CoreContext.bean(NudgePreferenceStore.class).set(early.id(), true, LocalTime.of(12, 1));

        assertEquals(1, sender.sendNudges(WEDNESDAY_NOON, org.id()));
        assertTrue(outbox("nudge:" + due.id() + ":2030-01-09").isPresent());
        for (User none : List.of(done, inactive, optedOut, early)) {
            assertTrue(outbox("nudge:" + none.id() + ":2030-01-09").isEmpty(), "no nudge for " + none.displayName());
        }
        // Their own hour comes a minute later.
        assertEquals(1, sender.sendNudges(WEDNESDAY_NOON.plusSeconds(60), org.id()));
        assertTrue(outbox("nudge:" + early.id() + ":2030-01-09").isPresent());
        // Saturday 12 January 2030: nobody.
        assertEquals(0, sender.sendNudges(Instant.parse("2030-01-12T12:00:00Z"), org.id()));
    }

    @Test
    void theQueryAgreesWithTheRuleAcrossZonesAndHours() {
        Organisation org = Fixtures.anOrganisation();
        List<User> people = new ArrayList<>();
        String[] zones = {"UTC", "Asia/Tokyo", "America/New_York", "Europe/Amsterdam", "Pacific/Kiritimati", "Pacific/Pago_Pago"};
        LocalTime[] times = {LocalTime.of(8, 30), LocalTime.of(0, 0), LocalTime.of(6, 45), LocalTime.of(23, 59)};
        for (int i = 0; i < zones.length; i++) {
            User u = Fixtures.aUser(org, LocalDate.now().minusDays(100), zones[i], Role.REP);
            CoreContext.bean(NudgePreferenceStore.class).set(u.id(), true, times[i % times.length]);
            people.add(u);
        }
        NudgeQueries queries = CoreContext.bean(NudgeQueries.class);
        Instant friday = Instant.parse("2030-01-11T00:00:00Z");
        for (int hour = 0; hour < 72; hour += 5) {
            Instant now = friday.plusSeconds(hour * 3600L + 17 * 60);
            Set<String> java = people.stream()
                    .flatMap(u -> NudgePolicy.nudgeDay(now, ZoneId.of(u.timeZone()), times[people.indexOf(u) % times.length])
                            .map(day -> u.id() + "@" + day).stream())
                    .collect(Collectors.toSet());
            Set<String> sql = queries.dueNudges(now, org.id(), 100).stream().map(d -> d.userId() + "@" + d.day())
                    .collect(Collectors.toSet());
            assertEquals(java, sql, "at " + now);
        }
    }

    @Test
    void managersGetOneDigestAWeekWithTheirTeamsFigures() {
        String module = Fixtures.publish(TestLibrary.create(), "digest").get(0);
        Organisation org = Fixtures.anOrganisation();
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User keen = Fixtures.aUser(org, Role.REP);
        User quiet = Fixtures.aUser(org, Role.REP);
        Fixtures.aTeam(org, manager, keen, quiet);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant mondayMorning = monday.atTime(9, 0).toInstant(ZoneOffset.UTC);
        // Last Wednesday the keen rep took a lesson in 5 minutes and completed the day's plan.
        Instant lastWednesday = monday.minusDays(5).atTime(10, 0).toInstant(ZoneOffset.UTC);
        plans.today(keen.id(), lastWednesday);
        Fixtures.takeQuiz(keen, module, lastWednesday, 300);
        plans.today(keen.id(), lastWednesday);
        plans.assign(manager.id(), List.of(quiet.id()), module, monday.plusDays(2));

        assertEquals(0, sender.sendDigests(mondayMorning.minusSeconds(3600), org.id()), "08:00: before the manager's time");
        assertEquals(1, sender.sendDigests(mondayMorning, org.id()));
        assertEquals(0, secondInstance().sendDigests(mondayMorning.plusSeconds(3600), org.id()), "once a week");
        assertEquals(1, Db.count("SELECT count(*) FROM mail_outbox WHERE dedupe_key LIKE ?", "digest:" + manager.id() + ":%"));

        Row mail = outbox("digest:" + manager.id() + ":" + monday).orElseThrow();
        assertEquals(manager.email(), mail.recipient());
        contains(mail.text(), "Active reps: 1 of 2", "Plans completed: 1", "Minutes learned: 5",
                "Reps gone quiet:\n- " + quiet.displayName() + ": not started yet",
                "Coach first:\n- ", quiet.displayName() + ": ",
                "Assignments due this week:\n- " + quiet.displayName() + ": ", "due " + monday.plusDays(2),
                org.name(), "/unsubscribe/");
        contains(mail.headers(), "List-Unsubscribe-Post");
        // No digest for a rep, and none on a Tuesday.
        assertEquals(0, Db.count("SELECT count(*) FROM mail_outbox WHERE dedupe_key LIKE ?", "digest:" + keen.id() + ":%"));
        assertEquals(0, sender.sendDigests(mondayMorning.plusSeconds(86_400), org.id()));
    }
}
