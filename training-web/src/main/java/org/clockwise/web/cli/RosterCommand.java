package org.clockwise.web.cli;

import io.micronaut.context.ApplicationContext;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.roster.RosterImport;
import org.clockwise.core.roster.RosterPolicy;
import org.clockwise.core.roster.RosterProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * {@code roster import FILE [--org NAME] [--dry-run] [--deactivate-missing]}: imports the HR roster
 * into the server's database. Prints the one-line summary and exits 0, or every problem (one per
 * line) and exits 1; bad usage exits 2.
 */
final class RosterCommand {

    static final String USAGE = """
            usage: java -jar training-web.jar roster import FILE [--org NAME] [--dry-run] [--deactivate-missing]
              FILE                  a CSV file with a header row: email, name, roles, team, manages, hire_date, time_zone, active
              --org NAME            the organisation (created when the database has none yet; required when there are several)
              --dry-run             show what would change, change nothing
              --deactivate-missing  deactivate active people of the organisation who are not in the file""";

    /** What the command line asked for. */
    record Request(Path file, String org, boolean dryRun, boolean deactivateMissing) {
    }

    private RosterCommand() {
    }

    static int run(String[] args) {
        Request request = parse(args);
        if (request == null) {
            System.err.println(USAGE);
            return 2;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(request.file());
        } catch (IOException e) {
            System.err.println(request.file() + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        return CommandContext.run(context -> run(context, request, content, System.out, System.err));
    }

    /** Parses the arguments after {@code roster}; null for bad usage. */
    static Request parse(String[] args) {
        if (args.length < 2 || !args[0].equals("import")) {
            return null;
        }
        Path file = null;
        String org = null;
        boolean dryRun = false;
        boolean deactivateMissing = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> dryRun = true;
                case "--deactivate-missing" -> deactivateMissing = true;
                case "--org" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank() || org != null) {
                        return null;
                    }
                    org = args[++i].trim();
                }
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        return null;
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        return file == null ? null : new Request(file, org, dryRun, deactivateMissing);
    }

    /** The import itself, on a started application context. */
    static int run(ApplicationContext context, Request request, byte[] content, PrintStream out, PrintStream err) {
        List<Organisation> orgs = StreamSupport.stream(context.getBean(OrganisationStore.class).findAll().spliterator(), false).toList();
        Organisation org;
        if (request.org() != null) {
            org = orgs.stream().filter(o -> o.name().trim().equalsIgnoreCase(request.org())).findFirst().orElse(null);
            if (org == null && !orgs.isEmpty()) {
                err.println("There is no organisation named \"" + request.org() + "\"; the organisations are: "
                        + String.join(", ", orgs.stream().map(Organisation::name).toList()));
                return 1;
            }
        } else if (orgs.size() == 1) {
            org = orgs.get(0);
        } else {
            err.println(orgs.isEmpty() ? "The database has no organisation yet: name it with --org NAME."
                    : "There are several organisations; pick one with --org NAME: "
                    + String.join(", ", orgs.stream().map(Organisation::name).toList()));
            return 1;
        }
        RosterImport roster = context.getBean(RosterImport.class);
        RosterPolicy.Options options = new RosterPolicy.Options(request.deactivateMissing(), null);
        RosterImport.Result result;
        if (request.dryRun()) {
            result = roster.preview(org == null ? null : org.id(), content, options);
        } else if (org == null) {
            result = roster.applyToNewOrganisation(request.org(), content);
        } else {
            result = roster.apply(org.id(), content, options, null);
        }
        String file = request.file().toString();
        if (result instanceof RosterImport.Result.Refused refused) {
            for (RosterProblem problem : refused.problems()) {
                err.println(problem.format(file));
            }
            return 1;
        }
        if (result instanceof RosterImport.Result.Planned planned) {
            out.println(planned.plan().summary() + " (dry run: nothing was changed)");
        } else if (result instanceof RosterImport.Result.Applied applied) {
            out.println(applied.plan().summary());
        }
        return 0;
    }
}
