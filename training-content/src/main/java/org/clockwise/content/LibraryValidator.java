package org.clockwise.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks what no single file can: unique ids, references, prerequisite cycles, the snack budget. */
final class LibraryValidator {

    private LibraryValidator() {
    }

    /**
     * @param modules        every parsed module, in path order
     * @param courses        built modules by path
     * @param catalog the catalog's declared ids; when it could not be read at all, ids are not
     *                checked against it, as every one would look unknown and bury the real problem
     */
    static void validate(List<ParsedModule> modules, Map<String, Course> courses, CatalogParser.Parsed catalog) {
        Map<String, List<ParsedModule>> byId = new LinkedHashMap<>();
        for (ParsedModule module : modules) {
            if (module.validId() != null) {
                byId.computeIfAbsent(module.validId(), id -> new ArrayList<>()).add(module);
            }
        }
        reportDuplicates(byId);
        for (ParsedModule module : modules) {
            FrontMatter fm = module.frontMatter();
            ProblemLog log = module.log();
            if (catalog.readable()) {
                checkRefs(fm.skills(), catalog.skills(), "skill", log);
                checkRefs(fm.phases(), catalog.phases(), "phase", log);
                checkRefs(fm.personas(), catalog.personas(), "persona", log);
                checkRefs(fm.track() == null ? List.of() : List.of(fm.track()), catalog.tracks(), "track", log);
            }
            for (FrontMatter.Ref required : fm.requires()) {
                if (!byId.containsKey(required.value())) {
                    log.at(required.line(), "requires unknown module `" + required.value() + "`"
                            + Ids.didYouMean(required.value(), byId.keySet()) + ": no module in the library has this id");
                }
            }
        }
        reportCycles(byId);
        reportOverBudget(modules, courses, catalog.catalog().snackBudgetMinutes());
    }

    private static void reportDuplicates(Map<String, List<ParsedModule>> byId) {
        for (Map.Entry<String, List<ParsedModule>> entry : byId.entrySet()) {
            List<ParsedModule> same = entry.getValue();
            if (same.size() < 2) {
                continue;
            }
            for (ParsedModule module : same) {
                String others = same.stream().filter(m -> m != module).map(ParsedModule::path).collect(Collectors.joining(", "));
                module.log().at(module.frontMatter().id().line(), "duplicate module id `" + entry.getKey() + "`: also used by "
                        + others + "; every module needs its own id");
            }
        }
    }

    private static void checkRefs(List<FrontMatter.Ref> refs, Set<String> known, String kind, ProblemLog log) {
        for (FrontMatter.Ref ref : refs) {
            if (!known.contains(ref.value())) {
                log.at(ref.line(), "unknown " + kind + " `" + ref.value() + "`" + Ids.didYouMean(ref.value(), known)
                        + ": use a " + kind + " id from catalog.yml, or add the " + kind + " there");
            }
        }
    }

    private static void reportCycles(Map<String, List<ParsedModule>> byId) {
        Map<String, List<String>> requires = new LinkedHashMap<>();
        Map<String, ParsedModule> first = new LinkedHashMap<>();
        for (Map.Entry<String, List<ParsedModule>> entry : byId.entrySet()) {
            ParsedModule module = entry.getValue().get(0);
            first.put(entry.getKey(), module);
            requires.put(entry.getKey(), module.frontMatter().requires().stream().map(FrontMatter.Ref::value).toList());
        }
        CycleFinder.cycles(requires).forEach((id, cycle) -> {
            ParsedModule module = first.get(id);
            int line = module.frontMatter().requires().stream().filter(r -> r.value().equals(cycle.get(1)))
                    .mapToInt(FrontMatter.Ref::line).findFirst().orElse(module.frontMatter().openLine());
            String message = cycle.size() == 2
                    ? "module requires itself: remove `" + id + "` from its `requires`"
                    : "prerequisite cycle " + String.join(" → ", cycle) + ": no one could ever start; remove one of these `requires`";
            module.log().at(line, message);
        });
    }

    private static void reportOverBudget(List<ParsedModule> modules, Map<String, Course> courses, int budget) {
        for (ParsedModule module : modules) {
            Course course = courses.get(module.path());
            if (course == null || course.minutes() <= budget) {
                continue;
            }
            int over = course.minutes() - budget;
            String how = "split it into smaller modules, one idea each, and chain them with `requires`";
            if (course.minutesDeclared()) {
                module.log().at(module.frontMatter().minutesLine(), "module declares `minutes: " + course.minutes() + "`, "
                        + over + " over the snack budget of " + budget + " minutes: " + how);
            } else {
                module.log().at(course.frontMatterLine(), "module takes about " + course.minutes() + " minutes (lesson at "
                        + ReadingTime.WORDS_PER_MINUTE + " words a minute, " + ReadingTime.SECONDS_PER_QUESTION
                        + " s per question), " + over + " over the snack budget of " + budget + " minutes: " + how);
            }
        }
    }
}
