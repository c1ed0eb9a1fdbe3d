package org.clockwise.core.review;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Desired retention per organisation and team on real PostgreSQL: a rep's answers are scheduled
 * at the value {@link RetentionPolicy} resolves from the team tree, and the database's CHECK
 * constraints agree with the policy's bounds.
 */
class DesiredRetentionIT {

    static Organisation org;
    static String module;

    @BeforeAll
    static void library() {
        org = Fixtures.anOrganisation();
        module = Fixtures.publish(TestLibrary.create(), "retention").get(0);
    }

    static Team team(User manager, String retention, User... reps) {
        Team team = Fixtures.aTeam(org, manager, reps);
        CoreContext.bean(TeamStore.class).setDesiredRetention(team.id(), retention == null ? null : new BigDecimal(retention));
        return team;
    }

    /** Whole days between the answer and the due date of the rep's review items: {shortest, longest}. */
    static long[] firstIntervalDays(User rep) {
        return new long[]{
                Db.count("SELECT extract(epoch FROM min(due - last_review))::bigint / 86400 FROM review_items WHERE user_id = ?", rep.id()),
                Db.count("SELECT extract(epoch FROM max(due - last_review))::bigint / 86400 FROM review_items WHERE user_id = ?", rep.id())};
    }

    /**
     * Fixtures.takeQuiz answers every question right and sure in 10 s: Easy, so the first
     * stability is S = w3 = 8.2956 days. With DECAY = -w20 = -0.1542,
     * FACTOR = 0.9^(1/DECAY) - 1 = 0.9^-6.48508 - 1 = 1.980346 - 1 = 0.980346, and
     * interval = S/FACTOR · (R^(1/DECAY) - 1), rounded:
     * <ul>
     *   <li>R = 0.80: 0.80^-6.48508 = 4.250790; 8.2956/0.980346 · 3.250790 = 8.461906 · 3.250790 = 27.508 → 28 days</li>
     *   <li>R = 0.95: 0.95^-6.48508 = 1.394647; 8.461906 · 0.394647 = 3.339 → 3 days</li>
     *   <li>R = 0.90 (global default): 8.461906 · 0.980346 = 8.2956 → 8 days</li>
     * </ul>
     * The questions are then spread within the fuzz range (FuzzPolicy, as ts-fsrs): for 28 days
     * delta = 1 + 0.15·(7 − 2.5) + 0.1·(20 − 7) + 0.05·(28 − 20) = 3.375, so [25, 31]; for 3 days
     * delta = 1 + 0.15·(3 − 2.5) = 1.075, so [round(1.925), round(4.075)] = [2, 4].
     */
    @Test
    void aRepInA080TeamGetsALongerFirstIntervalThanARepInA095Team() {
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User relaxed = Fixtures.aUser(org, Role.REP);
        User strict = Fixtures.aUser(org, Role.REP);
        team(manager, "0.80", relaxed);
        team(manager, "0.95", strict);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Fixtures.takeQuiz(relaxed, module, at, 30);
        Fixtures.takeQuiz(strict, module, at, 30);

        long[] relaxedDays = firstIntervalDays(relaxed);
        long[] strictDays = firstIntervalDays(strict);
        assertTrue(relaxedDays[0] >= 25 && relaxedDays[1] <= 31, "28 days fuzzed: " + Arrays.toString(relaxedDays));
        assertTrue(strictDays[0] >= 2 && strictDays[1] <= 4, "3 days fuzzed: " + Arrays.toString(strictDays));
    }

    @Test
    void aSubTeamWithoutAValueInheritsItsParentsThenTheOrganisationsThenTheGlobalSetting() {
        Organisation own = Fixtures.anOrganisation();
        User manager = Fixtures.aUser(own, Role.MANAGER);
        User inSubTeam = Fixtures.aUser(own, Role.REP);
        User withoutTeam = Fixtures.aUser(own, Role.REP);
        Team parent = Fixtures.aTeam(own, manager);
        Team sub = Fixtures.aTeam(own, manager, inSubTeam);
        TeamStore teams = CoreContext.bean(TeamStore.class);
        teams.move(sub.id(), parent.id());

        assertEquals(0.9, retention(inSubTeam), "nothing set: the global setting");
        CoreContext.bean(OrganisationStore.class).setDesiredRetention(own.id(), new BigDecimal("0.85"));
        assertEquals(0.85, retention(inSubTeam));
        assertEquals(0.85, retention(withoutTeam));
        teams.setDesiredRetention(parent.id(), new BigDecimal("0.75"));
        assertEquals(0.75, retention(inSubTeam));
        teams.setDesiredRetention(sub.id(), new BigDecimal("0.93"));
        assertEquals(0.93, retention(inSubTeam));
        assertEquals(0.85, retention(withoutTeam));
    }

    /** The retention of the scheduler the rep's answers use (it reads inside a transaction, as the recorders do). */
    static double retention(User rep) {
        return Db.transactions().executeRead(status ->
                CoreContext.bean(ReviewSchedulers.class).forRep(rep.id()).parameters().desiredRetention());
    }

    @Test
    void theDatabaseRefusesWhatThePolicyRefuses() {
        User manager = Fixtures.aUser(org, Role.MANAGER);
        Team team = team(manager, RetentionPolicy.MAX.toPlainString());
        TeamStore teams = CoreContext.bean(TeamStore.class);
        teams.setDesiredRetention(team.id(), RetentionPolicy.MIN);
        assertThrows(RuntimeException.class, () -> teams.setDesiredRetention(team.id(), new BigDecimal("0.69")));
        assertThrows(RuntimeException.class, () -> teams.setDesiredRetention(team.id(), new BigDecimal("0.98")));
        assertThrows(RuntimeException.class,
                () -> CoreContext.bean(OrganisationStore.class).setDesiredRetention(org.id(), new BigDecimal("0.98")));
        assertEquals(1, Db.count("SELECT count(*) FROM teams WHERE id = ? AND desired_retention = 0.70", team.id()));
    }
}
