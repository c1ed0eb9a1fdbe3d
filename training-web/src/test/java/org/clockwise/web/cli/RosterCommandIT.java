package org.clockwise.web.cli;

import org.clockwise.core.people.Organisation;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code roster import} command: on the test database in this JVM, and once as the real jar entry point in its own JVM. */
class RosterCommandIT extends ServerTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String orgName, byte[] content, boolean dryRun) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RosterCommand.run(TestServer.get().getApplicationContext(), new RosterCommand.Request(Path.of("hr.csv"), orgName, dryRun, false), content,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static byte[] roster(String tag, String lastDate) {
        return ("email,name,roles,team,hire_date\n"
                + "a." + tag + "@acme.test,A,REP,Field / East,2025-01-01\n"
                + "b." + tag + "@acme.test,B,REP,Field / East," + lastDate + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsIntoTheNamedOrganisationPrintsTheSummaryAndIsIdempotent() {
        Organisation org = Fixtures.anOrganisation();
        String tag = Fixtures.unique();
        Run dry = run(org.name(), roster(tag, "2025-01-02"), true);
        assertEquals(new Run(0, "2 added, 0 changed, 0 unchanged, 0 deactivated (dry run: nothing was changed)" + System.lineSeparator(), ""), dry);
        assertEquals(0, Db.count("SELECT count(*) FROM users WHERE org_id = ?", org.id()));
        assertEquals(new Run(0, "2 added, 0 changed, 0 unchanged, 0 deactivated" + System.lineSeparator(), ""),
                run(org.name(), roster(tag, "2025-01-02"), false));
        assertEquals(new Run(0, "0 added, 0 changed, 2 unchanged, 0 deactivated" + System.lineSeparator(), ""),
                run(org.name(), roster(tag, "2025-01-02"), false));
    }

    @Test
    void printsEveryProblemAndExitsOne() {
        Organisation org = Fixtures.anOrganisation();
        Run bad = run(org.name(), roster(Fixtures.unique(), "yesterday"), false);
        assertEquals(new Run(1, "", "hr.csv:3: hire_date: \"yesterday\" is not a date; write YYYY-MM-DD" + System.lineSeparator()), bad);
        assertEquals(0, Db.count("SELECT count(*) FROM users WHERE org_id = ?", org.id()));
    }

    @Test
    void severalOrganisationsNeedOrgAndAnUnknownNameIsRefused() {
        Fixtures.anOrganisation();
        Fixtures.anOrganisation();
        Run none = run(null, roster(Fixtures.unique(), "2025-01-02"), false);
        assertEquals(1, none.exit());
        assertTrue(none.err().startsWith("There are several organisations; pick one with --org NAME"), none.err());
        Run unknown = run("No Such Org " + Fixtures.unique(), roster(Fixtures.unique(), "2025-01-02"), false);
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().startsWith("There is no organisation named"), unknown.err());
    }

    @Test
    void badUsageIsRefusedBeforeAnythingStarts() {
        assertNull(RosterCommand.parse(new String[]{"import"}));
        assertNull(RosterCommand.parse(new String[]{"export", "hr.csv"}));
        assertNull(RosterCommand.parse(new String[]{"import", "hr.csv", "--org"}));
        assertNull(RosterCommand.parse(new String[]{"import", "hr.csv", "--force"}));
        assertEquals(new RosterCommand.Request(Path.of("hr.csv"), "Acme", true, true),
                RosterCommand.parse(new String[]{"import", "--dry-run", "hr.csv", "--org", "Acme", "--deactivate-missing"}));
    }

    /** The real jar entry point in its own JVM, on an empty embedded database: --org creates the organisation. */
    @Test
    void theJarCommandOnAnEmptyDatabase(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hr.csv");
        Files.write(file, roster("cli", "2025-01-02"));
        Path data = dir.resolve("data");

        Run usage = process(data, "roster", "import");
        assertEquals(2, usage.exit());
        assertTrue(usage.out().contains("usage: java -jar training-web.jar roster import FILE"), usage.out());

        Run first = process(data, "roster", "import", file.toString(), "--org", "Acme Corp");
        assertEquals(0, first.exit(), first.out());
        assertTrue(first.out().contains("2 added, 0 changed, 0 unchanged, 0 deactivated"), first.out());
        Run second = process(data, "roster", "import", file.toString());
        assertEquals(0, second.exit(), second.out());
        assertTrue(second.out().contains("0 added, 0 changed, 2 unchanged, 0 deactivated"), second.out());
    }

    static Run process(Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.clockwise.web.Application"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        builder.environment().put("TRAINING_DATA_DIR", data.toString());
        Process process = builder.start();
        String output;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output = in.lines().collect(Collectors.joining("\n"));
        }
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the command ends");
        return new Run(process.exitValue(), output, "");
    }
}
