package org.clockwise.web.nav;

import org.clockwise.core.people.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NavigationTest {

    static List<String> hrefs(Navigation nav) {
        return nav.sections().stream().flatMap(s -> s.links().stream()).map(Navigation.Link::href).toList();
    }

    static List<String> current(Navigation nav) {
        return nav.sections().stream().flatMap(s -> s.links().stream()).filter(Navigation.Link::current)
                .map(Navigation.Link::href).toList();
    }

    @Test
    void aRepSeesTheFiveLearningPagesAndNothingElse() {
        Navigation nav = Navigation.of(Set.of(Role.REP), "/skills");
        assertEquals(List.of("/today", "/reviews", "/skills", "/history", "/modules"), hrefs(nav));
        assertEquals(List.of("nav.learning"), nav.sections().stream().map(Navigation.Section::key).toList());
        assertEquals(List.of("/skills"), current(nav));
    }

    @Test
    void aManagerSeesTheTeamPagesAndAnAuthorTheLibrary() {
        assertEquals(List.of("/team", "/team/teams", "/team/people"), hrefs(Navigation.of(Set.of(Role.MANAGER), "/team")));
        assertEquals(List.of("/library"), hrefs(Navigation.of(Set.of(Role.AUTHOR), "/library")));
    }

    @Test
    void anAdminSeesTheDashboardsTheLibraryAndTheAdminPagesButNoRepPages() {
        Navigation nav = Navigation.of(Set.of(Role.ADMIN), "/admin/people/42");
        assertEquals(List.of("/team/teams", "/library", "/admin/people", "/admin/teams", "/admin/roster"), hrefs(nav));
        assertEquals(List.of("/admin/people"), current(nav), "a person's page sits under People");
        assertEquals(List.of("/team/teams"), current(Navigation.of(Set.of(Role.ADMIN), "/team")),
                "an admin's team pages sit under the overview");
    }

    @Test
    void theLongestMatchingLinkIsCurrentAndUnrelatedPagesMarkNothing() {
        Set<Role> all = EnumSet.allOf(Role.class);
        assertEquals(List.of("/team/teams"), current(Navigation.of(all, "/team/teams")));
        assertEquals(List.of("/team"), current(Navigation.of(all, "/team/reps/7")));
        assertEquals(List.of("/modules"), current(Navigation.of(all, "/modules/buying-clock")));
        assertEquals(List.of("/library"), current(Navigation.of(all, "/library/modules/x/edit")));
        assertEquals(List.of(), current(Navigation.of(all, "/todayish")), "a prefix of a word is no match");
        assertEquals(List.of(), current(Navigation.of(all, "/settings/notifications")));
        assertEquals(12, hrefs(Navigation.of(all, "/")).size());
    }

    @Test
    void homeIsThePrimaryRolesMainPage() {
        assertEquals(Optional.of("/today"), Navigation.home(Set.of(Role.REP)));
        assertEquals(Optional.of("/library"), Navigation.home(Set.of(Role.REP, Role.AUTHOR)));
        assertEquals(Optional.of("/team"), Navigation.home(Set.of(Role.REP, Role.MANAGER, Role.AUTHOR)));
        assertEquals(Optional.of("/admin/people"), Navigation.home(EnumSet.allOf(Role.class)));
        assertTrue(Navigation.home(Set.of()).isEmpty());
        assertTrue(Navigation.of(Set.of(), "/").isEmpty());
    }
}
