package org.clockwise.core.roster;

import org.clockwise.core.people.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem a roster can have, each with its line, and the plan of a clean file. */
class RosterPolicyTest {

    static final String HEADER = "email,name,roles,team,manages,hire_date,time_zone,active\n";
    static final String REP = "ann@acme.test,Ann,REP,East,,2024-01-02,,\n";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final RosterSnapshot EMPTY = RosterSnapshot.empty(Set.of());

    static List<String> problems(String csv) {
        return problems(csv.getBytes(StandardCharsets.UTF_8), EMPTY, new RosterPolicy.Options(false, null));
    }

    static List<String> problems(byte[] csv, RosterSnapshot org, RosterPolicy.Options options) {
        RosterPolicy.Verdict verdict = RosterPolicy.check(new RosterParser().parse(csv), org, options, TODAY);
        return verdict.problems().stream().map(p -> p.format("hr.csv")).toList();
    }

    static RosterPlan plan(String csv, RosterSnapshot org, boolean deactivateMissing) {
        RosterPolicy.Verdict verdict = RosterPolicy.check(new RosterParser().parse(csv.getBytes(StandardCharsets.UTF_8)), org,
                new RosterPolicy.Options(deactivateMissing, null), TODAY);
        assertEquals(List.of(), verdict.problems());
        return verdict.plan();
    }

    static void assertOnly(String expected, List<String> problems) {
        assertEquals(List.of(expected), problems);
    }

    @Test
    void aCleanFileWithBomCrlfQuotedCommasAndAnyColumnOrderHasNoProblems() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "Name,EMAIL,Roles,Team,Hire_Date\r\n\"Doe, Jane\",jane@acme.test,REP,\"East / Strategic, Key\",2024-01-02\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        RosterParser.Parsed parsed = new RosterParser().parse(file);
        assertEquals(List.of(), parsed.problems());
        RosterRow row = parsed.rows().get(0);
        assertEquals("Doe, Jane", row.name());
        assertEquals("East / Strategic, Key", row.team().toString());
        assertEquals(2, row.line());
    }

    @Test
    void missingAndUnknownColumnsAreOnLineOne() {
        assertEquals(List.of("hr.csv:1: colour: unknown column; the columns are email, name, roles, team, manages, hire_date, time_zone, active",
                "hr.csv:1: roles: missing column (required)"), problems("email,name,colour\nann@acme.test,Ann,red\n"));
    }

    @Test
    void missingRequiredValue() {
        assertOnly("hr.csv:3: name: missing value (required)", problems(HEADER + REP + "bob@acme.test,,AUTHOR,,,,,\n"));
    }

    @Test
    void aControlCharacterIsNamedWithItsLineInsteadOfReachingTheDatabase() {
        assertOnly("hr.csv:3: name: contains the control character U+0000; remove it",
                problems(HEADER + REP + "bob@acme.test,Bo\u0000b,AUTHOR,,,,,\n"));
        assertOnly("hr.csv:3: team: contains the control character U+0007; remove it",
                problems(HEADER + REP + "bob@acme.test,Bob,REP,Ea\u0007st,,2024-01-02,,\n"));
    }

    @Test
    void malformedEmail() {
        assertOnly("hr.csv:3: email: \"bob.acme.test\" is not an email address", problems(HEADER + REP + "bob.acme.test,Bob,AUTHOR,,,,,\n"));
    }

    @Test
    void theSameEmailTwiceWithDifferentDataButIdenticalRowsAreFine() {
        assertOnly("hr.csv:4: email: ANN@acme.test is also on line 2 with different values; keep one row per person",
                problems(HEADER + REP + REP + "ANN@acme.test,Ann B,REP,East,,2024-01-02,,\n"));
    }

    @Test
    void unknownRole() {
        assertOnly("hr.csv:2: roles: unknown role \"BOSS\"; roles are REP, AUTHOR, MANAGER, ADMIN, separated by ;",
                problems(HEADER + "bob@acme.test,Bob,AUTHOR;BOSS,,,,,\n"));
    }

    @Test
    void badDate() {
        assertOnly("hr.csv:2: hire_date: \"2024-02-30\" is not a date; write YYYY-MM-DD", problems(HEADER + "ann@acme.test,Ann,REP,East,,2024-02-30,,\n"));
    }

    @Test
    void unknownTimeZone() {
        assertOnly("hr.csv:2: time_zone: \"Mars/Olympus\" is not a time zone; use an IANA name such as Europe/Amsterdam",
                problems(HEADER + "ann@acme.test,Ann,REP,East,,2024-01-02,Mars/Olympus,\n"));
    }

    @Test
    void managesWithoutManager() {
        assertOnly("hr.csv:2: manages: only a MANAGER manages teams; add MANAGER to roles or leave it empty",
                problems(HEADER + "bob@acme.test,Bob,AUTHOR,,East,,,\n"));
    }

    @Test
    void aRepWithoutATeam() {
        assertOnly("hr.csv:2: team: a REP needs a team", problems(HEADER + "ann@acme.test,Ann,REP,,,2024-01-02,,\n"));
    }

    @Test
    void aTeamUnderTwoDifferentParents() {
        assertOnly("hr.csv:3: team: team EMEA is placed under two different parents: under Sales on line 2 and at the top on line 3",
                problems(HEADER + "ann@acme.test,Ann,REP,Sales / EMEA / Benelux,,2024-01-02,,\n"
                        + "bob@acme.test,Bob,REP,EMEA / France,,2024-01-02,,\n"));
    }

    @Test
    void twoLeafTeamsWithTheSameNameUnderDifferentParentsAreTwoTeams() {
        RosterPlan plan = plan(HEADER + "ann@acme.test,Ann,REP,East / Strategic Accounts,,2024-01-02,,\n"
                + "bob@acme.test,Bob,REP,West / Strategic Accounts,,2024-01-02,,\n", EMPTY, false);
        assertEquals(List.of("East", "East / Strategic Accounts", "West", "West / Strategic Accounts"),
                plan.newTeams().stream().map(TeamPath::toString).toList());
    }

    @Test
    void aTeamInALoop() {
        assertOnly("hr.csv:2: team: \"A / B / A\" puts a team inside itself (a loop)", problems(HEADER + "ann@acme.test,Ann,REP,A / B / A,,2024-01-02,,\n"));
        List<String> across = problems(HEADER + "ann@acme.test,Ann,REP,X / Y,,2024-01-02,,\n"
                + "bob@acme.test,Bob,MANAGER,,Y / X,,,\n");
        assertTrue(across.contains("hr.csv:3: manages: \"Y / X\" puts X under Y, but the file puts Y under X elsewhere (a loop)"), across.toString());
    }

    @Test
    void rowsWithTooManyOrTooFewFields() {
        assertEquals(List.of("hr.csv:2: row: has 9 fields, the header has 8 (a value with a comma must be in double quotes)",
                        "hr.csv:3: row: has 2 fields, the header has 8 (a value with a comma must be in double quotes)"),
                problems(HEADER + "ann@acme.test,Doe, Ann,REP,East,,2024-01-02,,\n" + "bob@acme.test,Bob\n"));
    }

    @Test
    void bytesThatAreNotUtf8NameTheirLine() {
        byte[] latin1 = (HEADER + REP + "jose@acme.test,Jos\u00e9,AUTHOR,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertOnly("hr.csv:3: encoding: bytes that are not UTF-8; save the file as CSV UTF-8",
                problems(latin1, EMPTY, new RosterPolicy.Options(false, null)));
    }

    @Test
    void anImportThatWouldDeactivateTheAdminRunningIt() {
        RosterSnapshot org = new RosterSnapshot("UTC", List.of(person(7, "boss@acme.test", Set.of(Role.ADMIN))), List.of(), Set.of());
        assertOnly("hr.csv:2: active: this would deactivate you, the admin running the import",
                problems((HEADER + "boss@acme.test,Boss,ADMIN,,,,,false\n").getBytes(StandardCharsets.UTF_8), org, new RosterPolicy.Options(false, 7L)));
        assertOnly("hr.csv:1: email: you (boss@acme.test) are not in the file, so deactivating people missing from it would deactivate you, the admin running the import",
                problems((HEADER + REP).getBytes(StandardCharsets.UTF_8), org, new RosterPolicy.Options(true, 7L)));
    }

    @Test
    void everyProblemOfTheFileInOneRun() {
        List<String> all = problems(HEADER + "bad,Ann,REP,,,2024-13-01,Nowhere,maybe\n" + "bob@acme.test,Bob,CEO,,,,,\n");
        assertEquals(6, all.size(), all.toString());
    }

    @Test
    void theLineOfARowAfterAQuotedValueSpanningLines() {
        assertOnly("hr.csv:4: email: \"nope\" is not an email address",
                problems(HEADER + "ann@acme.test,\"Ann\nSecond line\",REP,East,,2024-01-02,,\n" + "nope,Bob,AUTHOR,,,,,\n"));
    }

    @Test
    void planAddsChangesKeepsAndDeactivates() {
        RosterSnapshot.TeamNode east = new RosterSnapshot.TeamNode(1, "East", null);
        RosterSnapshot.Person ann = new RosterSnapshot.Person(10, "ann@acme.test", "Ann", LocalDate.of(2024, 1, 2), "UTC", true,
                Set.of(Role.REP), 1L, Set.of());
        RosterSnapshot.Person bob = new RosterSnapshot.Person(11, "bob@acme.test", "Bob", LocalDate.of(2023, 1, 2), "UTC", true,
                Set.of(Role.REP), 1L, Set.of());
        RosterSnapshot.Person cy = person(12, "cy@acme.test", Set.of(Role.AUTHOR));
        RosterSnapshot org = new RosterSnapshot("UTC", List.of(ann, bob, cy), List.of(east), Set.of());
        RosterPlan plan = plan(HEADER + "ann@acme.test,Ann,REP,East,,2024-01-02,,\n"
                + "BOB@acme.test,=Bob,REP;MANAGER,East / North,East,2023-01-02,Europe/Amsterdam,\n"
                + "dee@acme.test,Dee,AUTHOR,,,,,\n", org, true);
        assertEquals("1 added, 1 changed, 1 unchanged, 1 deactivated", plan.summary());
        assertEquals(List.of(new RosterPlan.FieldChange("email", "bob@acme.test", "BOB@acme.test"),
                new RosterPlan.FieldChange("name", "Bob", "=Bob"),
                new RosterPlan.FieldChange("roles", "REP", "MANAGER;REP"),
                new RosterPlan.FieldChange("team", "East", "East / North"),
                new RosterPlan.FieldChange("manages", "", "East"),
                new RosterPlan.FieldChange("time_zone", "UTC", "Europe/Amsterdam")), plan.changed().get(0).changes());
        assertEquals(TODAY, plan.added().get(0).person().hireDate(), "a new non-rep without a hire date starts today");
        assertEquals("cy@acme.test", plan.deactivated().get(0).email());
        assertEquals(List.of("East / North"), plan.newTeams().stream().map(TeamPath::toString).toList());
    }

    @Test
    void anEmptyHireDateKeepsTheOneOnFileAndAnEmptyZoneIsTheOrganisationsDefault() {
        RosterSnapshot org = new RosterSnapshot("Europe/Amsterdam", List.of(person(12, "cy@acme.test", Set.of(Role.AUTHOR))), List.of(), Set.of());
        RosterPlan plan = plan(HEADER + "cy@acme.test,Person 12,AUTHOR,,,,,\n", org, false);
        assertEquals(List.of(new RosterPlan.FieldChange("time_zone", "UTC", "Europe/Amsterdam")), plan.changed().get(0).changes());
        assertEquals(LocalDate.of(2024, 1, 1), plan.changed().get(0).person().hireDate());
    }

    @Test
    void theSamePlanTwiceHasTheSameFingerprint() {
        String csv = HEADER + REP;
        assertEquals(plan(csv, EMPTY, false).fingerprint(), plan(csv, EMPTY, false).fingerprint());
        assertTrue(!plan(csv, EMPTY, false).fingerprint().equals(plan(HEADER + "ann@acme.test,Anne,REP,East,,2024-01-02,,\n", EMPTY, false).fingerprint()));
    }

    static RosterSnapshot.Person person(long id, String email, Set<Role> roles) {
        return new RosterSnapshot.Person(id, email, "Person " + id, LocalDate.of(2024, 1, 1), "UTC", true, roles, null, Set.of());
    }
}
