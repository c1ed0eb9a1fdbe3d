package org.clockwise.web.nav;

import org.clockwise.core.people.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layout's navigation for a set of roles: only the links those roles may open, in sections,
 * the one for the current page marked. Plain Java so the choice of links is unit-tested.
 *
 * @param sections the sections to show, in order; empty for a person without a role
 */
public record Navigation(List<Section> sections) {

    /**
     * One link.
     *
     * @param key     its words, a message key
     * @param href    where it goes
     * @param current whether the page shown is this link's page (or one below it)
     */
    public record Link(String key, String href, boolean current) {
    }

    /** A group of links under a heading (the message {@code key}). */
    public record Section(String key, List<Link> links) {
    }

    /** A link before the current page is known; {@code area} is the path the link stands for. */
    private record Entry(String key, String href, String area) {
    }

    /**
     * The navigation for {@code roles} on the page at {@code path} (a path without query). The
     * current link is the one whose area is the longest prefix of the path: {@code /team/teams}
     * marks "Teams side by side", {@code /team/reps/7} the team page.
     */
    public static Navigation of(Set<Role> roles, String path) {
        List<List<Entry>> groups = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (roles.contains(Role.REP)) {
            keys.add("nav.learning");
            groups.add(List.of(entry("nav.today", "/today"), entry("nav.reviews", "/reviews"),
                    entry("nav.skills", "/skills"), entry("nav.history", "/history"), entry("nav.modules", "/modules")));
        }
        if (roles.contains(Role.MANAGER)) {
            keys.add("nav.section.team");
            groups.add(List.of(entry("nav.team.dashboard", "/team"), entry("nav.team.overview", "/team/teams"),
                    entry("layout.nav.yourPeople", "/team/people")));
        } else if (roles.contains(Role.ADMIN)) {
            keys.add("nav.section.team");
            // An admin's /team asks for a team first, so the overview stands for every team page.
            groups.add(List.of(new Entry("layout.nav.dashboards", "/team/teams", "/team")));
        }
        if (roles.contains(Role.AUTHOR) || roles.contains(Role.ADMIN)) {
            keys.add("nav.section.authoring");
            groups.add(List.of(entry("layout.nav.library", "/library")));
        }
        if (roles.contains(Role.ADMIN)) {
            keys.add("nav.section.admin");
            groups.add(List.of(entry("layout.nav.people", "/admin/people"), entry("layout.nav.teams", "/admin/teams"),
                    entry("nav.admin.roster", "/admin/roster")));
        }
        String current = currentArea(groups, path);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            sections.add(new Section(keys.get(i), groups.get(i).stream()
                    .map(e -> new Link(e.key(), e.href(), e.area().equals(current))).toList()));
        }
        return new Navigation(List.copyOf(sections));
    }

    /**
     * Where home sends a person: the main page of their primary role. The role that runs others'
     * work comes first (admin, manager, author, then rep); the others stay one click away in the
     * navigation. Empty without a role: home then explains that.
     */
    public static Optional<String> home(Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return Optional.of("/admin/people");
        }
        if (roles.contains(Role.MANAGER)) {
            return Optional.of("/team");
        }
        if (roles.contains(Role.AUTHOR)) {
            return Optional.of("/library");
        }
        if (roles.contains(Role.REP)) {
            return Optional.of("/today");
        }
        return Optional.empty();
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return sections.isEmpty();
    }

    private static Entry entry(String key, String href) {
        return new Entry(key, href, href);
    }

    private static String currentArea(List<List<Entry>> groups, String path) {
        String best = null;
        for (List<Entry> group : groups) {
            for (Entry e : group) {
                boolean within = path.equals(e.area()) || path.startsWith(e.area() + "/");
                if (within && (best == null || e.area().length() > best.length())) {
                    best = e.area();
                }
            }
        }
        return best;
    }
}
