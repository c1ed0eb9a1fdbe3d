package org.clockwise.web.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code admin create} as an operator runs it: the jar's real main in its own JVM, on an embedded database. */
class AdminCommandIT {

    record Run(int exit, String out, String err) {
    }

    private static Run run(Path dataDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.clockwise.web.Application"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        builder.environment().remove("SMTP_HOST");
        builder.environment().put("TRAINING_DATA_DIR", dataDir.toString());
        builder.environment().put("TRAINING_BASE_URL", "https://clockwise.acme.example");
        Path out = Files.createTempFile("admin-out", ".txt");
        Path err = Files.createTempFile("admin-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the command ends");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void createsTheOrganisationAndAdminWritesTheInvitationAndRefusesTheSameAddressTwice(@TempDir Path dir) throws Exception {
        Run created = run(dir, "admin", "create", "--org", "Acme <Sales>", "--email", "ann@acme.example", "--name", "Ann Lee");

        assertEquals(0, created.exit(), created.err());
        List<String> lines = created.out().lines().filter(l -> l.startsWith("Created ")).toList();
        assertEquals(1, lines.size(), created.out());
        String line = lines.get(0);
        assertTrue(line.contains("ann@acme.example"), line);
        assertTrue(line.contains("https://clockwise.acme.example/invite/"), "the link is printed when mail goes to files: " + line);
        Path outbox = dir.resolve("mail").resolve("outbox");
        List<Path> files;
        try (Stream<Path> list = Files.list(outbox)) {
            files = list.filter(p -> p.toString().endsWith(".eml")).toList();
        }
        assertEquals(1, files.size());
        assertTrue(line.contains(files.get(0).getFileName().toString()), line);
        String eml = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertTrue(eml.contains("To: ann@acme.example"), eml);
        assertTrue(eml.contains("Acme &lt;Sales&gt;"), "the HTML part escapes the organisation's name");

        Run again = run(dir, "admin", "create", "--org", "Other", "--email", "ANN@acme.example", "--name", "Someone");
        assertEquals(1, again.exit(), again.out());
        assertTrue(again.err().contains("already has an account"), again.err());

        Run sameOrg = run(dir, "admin", "create", "--org", "ACME <sales>", "--email", "bob@acme.example", "--name", "Bob");
        assertEquals(1, sameOrg.exit(), sameOrg.out());
        assertTrue(sameOrg.err().contains("exists already"), sameOrg.err());

        Run bad = run(dir, "admin", "create", "--org", "Acme");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("usage:"), bad.err());
    }
}
