package org.clockwise.content.cli;

import org.clockwise.content.Catalog;
import org.clockwise.content.CatalogEntry;
import org.clockwise.content.Course;
import org.clockwise.content.Library;
import org.clockwise.content.LoadResult;
import org.clockwise.content.Track;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts modules per skill, phase, persona and track, totals the minutes, and lists "
                + "modules within a minute of the snack budget. Shows gaps (zero counts) too.")
final class StatsCommand implements Callable<Integer> {

    private static final String NONE = "(none)";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<library>", description = "The library folder (with catalog.yml).")
    Path library;

    @Override
    public Integer call() {
        LibraryFolder.require(spec, library);
        LoadResult result = LibraryFolder.load(library);
        Library lib = result.library();
        Catalog catalog = lib.catalog();
        PrintWriter out = spec.commandLine().getOut();
        int modules = lib.courses().size();
        out.println(modules + (modules == 1 ? " module, " : " modules, ") + lib.totalMinutes() + " minutes in total (snack budget "
                + catalog.snackBudgetMinutes() + " minutes)");
        print(out, "skill", count(lib, ids(catalog.skills()), Course::skills));
        print(out, "phase", count(lib, ids(catalog.phases()), Course::phases));
        print(out, "persona", count(lib, ids(catalog.personas()), Course::personas));
        print(out, "track", count(lib, catalog.tracks().stream().map(Track::id).toList(),
                c -> c.track() == null ? List.of() : List.of(c.track())));
        out.println();
        out.println("Within 1 minute of the snack budget:");
        List<Course> near = lib.courses().stream().filter(c -> c.minutes() >= catalog.snackBudgetMinutes() - 1).toList();
        if (near.isEmpty()) {
            out.println("  none");
        }
        for (Course course : near) {
            String over = course.minutes() > catalog.snackBudgetMinutes() ? " (over budget)" : "";
            out.println("  " + course.minutes() + " min  " + course.path() + over);
        }
        if (!result.isClean()) {
            spec.commandLine().getErr().println("warning: " + LibraryFolder.summary(result) + "; run lint for details");
        }
        return 0;
    }

    private static List<String> ids(List<CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::id).toList();
    }

    private static Map<String, Integer> count(Library lib, List<String> known, Function<Course, List<String>> ids) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        known.forEach(id -> counts.put(id, 0));
        for (Course course : lib.courses()) {
            List<String> values = ids.apply(course);
            if (values.isEmpty()) {
                counts.merge(NONE, 1, Integer::sum);
            }
            values.forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }

    private static void print(PrintWriter out, String kind, Map<String, Integer> counts) {
        out.println();
        out.println("Modules per " + kind + ":");
        if (counts.isEmpty()) {
            out.println("  none");
        }
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.forEach((id, n) -> out.println("  " + id + " ".repeat(width - id.length() + 2) + n));
    }
}
