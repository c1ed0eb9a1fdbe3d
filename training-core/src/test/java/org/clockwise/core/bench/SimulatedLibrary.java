package org.clockwise.core.bench;

import org.clockwise.content.Catalog;
import org.clockwise.content.CatalogEntry;
import org.clockwise.content.Course;
import org.clockwise.content.LibraryLoader;
import org.clockwise.content.LoadResult;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.skill.TargetPolicy;
import org.clockwise.core.skill.TargetSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A lesson library as the daily plan sees it once published: what {@code CourseQueries} and
 * {@code TargetQueries} read from the database, built here straight from the Markdown files with
 * the same loader the publisher uses.
 *
 * @param modules   published modules, version 1
 * @param tracks    tenure tracks
 * @param targets   the catalog's target bands (the platform's defaults when it has none)
 * @param skills    skill ids in catalog order
 * @param names     phase and persona id to display name
 * @param questions module id to its number of quiz questions
 */
record SimulatedLibrary(List<CourseSummary> modules, List<TrackInfo> tracks, TargetPolicy targets, List<String> skills,
                        Map<String, String> names, Map<String, Integer> questions) {

    /** The bundled library: {@code content-library} next to the module folder the program runs in, or in it. */
    static Path bundled() {
        for (Path candidate : List.of(Path.of("content-library"), Path.of("..", "content-library"))) {
            if (Files.isRegularFile(candidate.resolve("catalog.yml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("content-library/catalog.yml not found from " + Path.of("").toAbsolutePath()
                + "; pass --library <folder>");
    }

    /** Loads and checks a library folder; a library with problems is refused, as the publisher refuses it. */
    static SimulatedLibrary load(Path folder) {
        LoadResult result = new LibraryLoader().load(folder);
        if (!result.isClean()) {
            throw new IllegalArgumentException(folder + ": " + result.problems().size() + " problems, first: "
                    + result.problems().get(0));
        }
        Catalog catalog = result.library().catalog();
        List<CourseSummary> modules = result.library().courses().stream()
                .filter(c -> !c.quiz().isEmpty())
                .map(SimulatedLibrary::summary)
                .toList();
        List<TrackInfo> tracks = catalog.tracks().stream()
                .map(t -> new TrackInfo(t.id(), t.name(), t.fromDay(), t.toDay()))
                .toList();
        TargetPolicy targets = catalog.targets().isEmpty() ? new TargetPolicy()
                : new TargetPolicy(new TargetSettings(catalog.targets().stream()
                .map(b -> new TargetSettings.Band(b.fromDay(), b.toDay(), b.defaultTarget(), b.skills()))
                .toList()));
        Map<String, String> names = new java.util.HashMap<>();
        catalog.phases().forEach(e -> names.put(e.id(), e.name()));
        catalog.personas().forEach(e -> names.put(e.id(), e.name()));
        Map<String, Integer> questions = result.library().courses().stream()
                .collect(Collectors.toMap(Course::id, c -> c.quiz().questions().size()));
        return new SimulatedLibrary(modules, tracks, targets, catalog.skills().stream().map(CatalogEntry::id).toList(),
                Map.copyOf(names), questions);
    }

    private static CourseSummary summary(Course c) {
        return new CourseSummary(c.id(), 1, c.title(), c.summary(), c.skills(), c.phases(), c.personas(),
                c.level() == null ? null : c.level().name(), c.track(), c.order(), c.requires(), Math.max(1, c.minutes()),
                c.quiz().questions().size(), null, false);
    }

    /** The first day of the track a module belongs to, or -1 outside the tracks. */
    int bandStart(String moduleId) {
        String track = modules.stream().filter(m -> m.id().equals(moduleId)).findFirst().map(CourseSummary::track).orElse(null);
        return tracks.stream().filter(t -> t.id().equals(track)).mapToInt(TrackInfo::fromDay).findFirst().orElse(-1);
    }
}
