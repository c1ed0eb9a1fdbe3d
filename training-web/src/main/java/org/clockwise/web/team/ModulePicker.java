package org.clockwise.web.team;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The modules a manager can assign, grouped for the picker (onboarding tracks first, then by each
 * module's first skill, in catalog order), and the search box's text turned back into a module.
 */
final class ModulePicker {

    /** One {@code <optgroup>}: a track or skill name and its modules, by title. */
    record Group(String label, List<CourseSummary> modules) {
    }

    private ModulePicker() {
    }

    static List<Group> groups(List<CourseSummary> modules, CatalogView catalog, String other) {
        Map<String, List<CourseSummary>> byLabel = new LinkedHashMap<>();
        catalog.tracks().forEach(t -> byLabel.put("track:" + t.id(), new ArrayList<>()));
        catalog.skills().forEach(s -> byLabel.put("skill:" + s.id(), new ArrayList<>()));
        byLabel.put("", new ArrayList<>());
        for (CourseSummary m : modules) {
            String key = m.track() != null && byLabel.containsKey("track:" + m.track()) ? "track:" + m.track()
                    : !m.skills().isEmpty() && byLabel.containsKey("skill:" + m.skills().get(0)) ? "skill:" + m.skills().get(0) : "";
            byLabel.get(key).add(m);
        }
        List<Group> groups = new ArrayList<>();
        byLabel.forEach((key, list) -> {
            if (!list.isEmpty()) {
                String label = key.isEmpty() ? other : key.startsWith("track:") ? catalog.name(catalog.tracks(), key.substring(6))
                        : catalog.name(catalog.skills(), key.substring(6));
                groups.add(new Group(label, list.stream().sorted((a, b) -> a.title().compareToIgnoreCase(b.title())).toList()));
            }
        });
        return groups;
    }

    /**
     * The module the form names: the search box's text when filled (a title, as the suggestions
     * offer them, or an id; case and surrounding spaces do not matter), else the list's choice.
     */
    static Optional<String> chosen(List<CourseSummary> modules, String find, String listed) {
        if (find != null && !find.isBlank()) {
            String wanted = find.strip().toLowerCase(Locale.ROOT);
            return modules.stream().filter(m -> m.title().toLowerCase(Locale.ROOT).equals(wanted) || m.id().equals(wanted))
                    .map(CourseSummary::id).findFirst();
        }
        return listed == null || listed.isBlank() ? Optional.empty()
                : modules.stream().map(CourseSummary::id).filter(listed::equals).findFirst();
    }
}
