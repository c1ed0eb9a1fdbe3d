package org.clockwise.core.roster;

import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class RosterImportIT {

    static final String HEADER = "email,name,roles,team,manages,hire_date,time_zone,active\n";

    Organisation org;
    String tag;
    RosterImport roster;

    @BeforeEach
    void organisation() {
        org = Fixtures.anOrganisation();
        tag = Fixtures.unique();
        roster = CoreContext.bean(RosterImport.class);
    }

    byte[] file(int reps, String... extraRows) {
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append("boss.").append(tag).append("@acme.test,Boss,MANAGER,,Sales / East,,,\n");
        for (int i = 0; i < reps; i++) {
            csv.append("rep").append(i).append('.').append(tag).append("@acme.test,Rep ").append(i)
                    .append(",REP,Sales / East,,2024-01-0").append(1 + i % 9).append(",Europe/Amsterdam,\n");
        }
        for (String row : extraRows) {
            csv.append(row).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    RosterImport.Result apply(byte[] file, boolean deactivateMissing) {
        return roster.apply(org.id(), file, new RosterPolicy.Options(deactivateMissing, null), null);
    }

    long people() {
        return Db.count("SELECT count(*) FROM users WHERE org_id = ?", org.id());
    }

    @Test
    void aCleanFileAddsPeopleTeamsRolesAndInvitationsAndASecondImportChangesNothing() {
        RosterImport.Result first = apply(file(3), false);
        assertEquals("4 added, 0 changed, 0 unchanged, 0 deactivated", assertInstanceOf(RosterImport.Result.Applied.class, first).plan().summary());
        assertEquals(2, Db.count("SELECT count(*) FROM teams WHERE org_id = ?", org.id()));
        assertEquals(3, Db.count("""
                SELECT count(*) FROM users u JOIN team_members m ON m.user_id = u.id JOIN teams t ON t.id = m.team_id
                JOIN teams p ON p.id = t.parent_team_id JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP'
                WHERE u.org_id = ? AND t.name = 'East' AND p.name = 'Sales' AND u.time_zone = 'Europe/Amsterdam' AND u.password_hash IS NULL""", org.id()));
        assertEquals(1, Db.count("SELECT count(*) FROM team_managers m JOIN users u ON u.id = m.manager_id WHERE u.org_id = ?", org.id()));

        RosterImport.Result second = apply(file(3), false);
        assertEquals("0 added, 0 changed, 4 unchanged, 0 deactivated", assertInstanceOf(RosterImport.Result.Applied.class, second).plan().summary());
        assertEquals(4, people());
        assertEquals(2, Db.count("SELECT count(*) FROM teams WHERE org_id = ?", org.id()));
    }

    @Test
    void aBadLastRowLeavesTheDatabaseUntouched() {
        RosterImport.Result result = apply(file(5, "last." + tag + "@acme.test,Last,REP,Sales / East,,2024-02-30,,"), false);
        RosterImport.Result.Refused refused = assertInstanceOf(RosterImport.Result.Refused.class, result);
        assertEquals(List.of("hr.csv:8: hire_date: \"2024-02-30\" is not a date; write YYYY-MM-DD"),
                refused.problems().stream().map(p -> p.format("hr.csv")).toList());
        assertEquals(0, people());
        assertEquals(0, Db.count("SELECT count(*) FROM teams WHERE org_id = ?", org.id()));
    }

    @Test
    void changedFieldsUpdateAndPeopleMissingFromTheFileAreDeactivatedOnlyWhenAsked() {
        User old = Fixtures.aUser(org, Role.AUTHOR);
        apply(file(2), false);
        assertEquals(1, Db.count("SELECT count(*) FROM users WHERE id = ? AND active", old.id()));

        byte[] renamed = new String(file(2), StandardCharsets.UTF_8).replace("Rep 1,", "=Rep One,").getBytes(StandardCharsets.UTF_8);
        RosterImport.Result.Applied applied = assertInstanceOf(RosterImport.Result.Applied.class, apply(renamed, true));
        assertEquals("0 added, 1 changed, 2 unchanged, 1 deactivated", applied.plan().summary());
        assertEquals(0, Db.count("SELECT count(*) FROM users WHERE id = ? AND active", old.id()));
        assertEquals(1, Db.count("SELECT count(*) FROM users WHERE org_id = ? AND display_name = '=Rep One'", org.id()), "stored as written");
    }

    @Test
    void aPreviewIsAppliedOnlyWhileTheDatabaseStillMakesTheSamePlan() {
        RosterImport.Result.Planned preview = assertInstanceOf(RosterImport.Result.Planned.class,
                roster.preview(org.id(), file(2), new RosterPolicy.Options(false, null)));
        assertEquals(0, people());
        apply(file(1), false); // someone else imported in between
        RosterImport.Result stale = roster.apply(org.id(), file(2), new RosterPolicy.Options(false, null), preview.plan().fingerprint());
        assertInstanceOf(RosterImport.Result.Stale.class, stale);
        assertEquals(2, people());
    }

    @Test
    void twoImportsAtOnceAreSerialised() throws Exception {
        byte[] file = file(20);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RosterImport.Result>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return apply(file, false);
                }));
            }
            start.countDown();
            List<String> summaries = new ArrayList<>();
            for (Future<RosterImport.Result> result : results) {
                summaries.add(assertInstanceOf(RosterImport.Result.Applied.class, result.get()).plan().summary());
            }
            summaries.sort(null);
            assertEquals(List.of("0 added, 0 changed, 21 unchanged, 0 deactivated", "21 added, 0 changed, 0 unchanged, 0 deactivated"), summaries);
            assertEquals(21, people());
            assertEquals(2, Db.count("SELECT count(*) FROM teams WHERE org_id = ?", org.id()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAddressOfAnotherOrganisationIsAProblem() {
        User elsewhere = Fixtures.aUser(Fixtures.anOrganisation(), Role.AUTHOR);
        RosterImport.Result.Refused refused = assertInstanceOf(RosterImport.Result.Refused.class,
                apply(file(0, elsewhere.email() + ",Someone,AUTHOR,,,,,"), false));
        assertEquals("hr.csv:3: email: " + elsewhere.email() + " already belongs to an account of another organisation",
                refused.problems().get(0).format("hr.csv"));
    }

    /** The README's sample file imports as is into an organisation with the demo's teams. */
    @Test
    void theSampleRosterImportsIntoTheDemoTeams() throws Exception {
        TeamStore teams = CoreContext.bean(TeamStore.class);
        Team east = teams.save(new Team(null, org.id(), "Enterprise East", null, null));
        teams.save(new Team(null, org.id(), "Strategic Accounts", east.id(), null));
        teams.save(new Team(null, org.id(), "Mid-Market West", null, null));
        byte[] sample = Files.readAllBytes(Path.of("..", "docs", "sample-roster.csv"));
        // its addresses are the demo's, so preview (a real demo organisation may share this database)
        RosterImport.Result result = roster.preview(org.id(), sample, new RosterPolicy.Options(false, null));
        RosterImport.Result.Planned planned = assertInstanceOf(RosterImport.Result.Planned.class, result, result.toString());
        assertEquals("6 added, 0 changed, 0 unchanged, 0 deactivated", planned.plan().summary());
        assertEquals(List.of("Enterprise East / Public Sector"), planned.plan().newTeams().stream().map(TeamPath::toString).toList());
    }
}
