package org.clockwise.web.security;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clockwise.web.security.RenderedPagesIT.afterChange;
import static org.clockwise.web.testing.Browser.answers;
import static org.clockwise.web.security.RenderedPagesIT.kept;
import static org.clockwise.web.security.RenderedPagesIT.signedIn;
import static org.clockwise.web.security.RenderedPagesIT.viewTwiceAndCompare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Speed" (wt-team2): the team dashboard's page is kept by {@link RenderedPages} too. A kept
 * dashboard is byte for byte a fresh render of the same state, and what a manager must see shows on the
 * next view: a team member's quiz, a rep joining the team, the team renamed, another manager's own page.
 * Fails when the dashboard is not kept (the second view must come from the kept pages).
 */
class DashboardKeptPageIT extends ServerTest {

    String module;
    User manager;
    User ann;
    Team team;
    Browser browser;

    @BeforeEach
    void setUp() {
        module = "dash-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        manager = Fixtures.aUser(org, Role.MANAGER);
        ann = Fixtures.aUser(org, Role.REP);
        team = Fixtures.aTeam(org, manager, ann);
        browser = signedIn(manager);
    }

    @Test
    void aKeptDashboardIsTheFreshPageAndATeamMembersQuizShowsAtOnce() {
        String before = viewTwiceAndCompare(browser, "/team");
        assertTrue(before.contains(ann.displayName()));

        Browser rep = signedIn(ann);
        Browser.Page quiz = rep.get("/modules/" + module + "/quiz");
        assertEquals(303, rep.postRaw("/modules/" + module + "/quiz",
                answers(quiz, Map.of("q1", "a", "q2", "a", "q3", "5"))).status());

        String after = afterChange(browser, "/team", before);
        viewTwiceAndCompare(browser, "/team");
        assertEquals(after, kept(browser, "/team"));
    }

    @Test
    void aRepJoiningAndTheTeamRenamedShowAtOnce() {
        String path = "/team?team=" + team.id();
        String before = viewTwiceAndCompare(browser, path);
        assertTrue(before.contains(team.name()));

        User bob = Fixtures.aUser(org, Role.REP);
        TestServer.bean(TeamStore.class).putMember(bob.id(), team.id());
        String joined = afterChange(browser, path, before);
        assertFalse(before.contains(bob.displayName()));
        assertTrue(joined.contains(bob.displayName()), "Bob is on the dashboard at once");
        viewTwiceAndCompare(browser, path);

        String renamed = "Renamed " + Fixtures.unique();
        TestServer.bean(TeamStore.class).rename(team.id(), renamed);
        String after = afterChange(browser, path, joined);
        assertTrue(after.contains(renamed), "the new name shows at once");
    }

    @Test
    void anotherManagerGetsTheirOwnPage() {
        User other = Fixtures.aUser(org, Role.MANAGER);
        User cat = Fixtures.aUser(org, Role.REP);
        Fixtures.aTeam(org, other, cat);
        Browser theirs = signedIn(other);
        String mine = viewTwiceAndCompare(browser, "/team");
        String their = viewTwiceAndCompare(theirs, "/team");
        assertTrue(mine.contains(ann.displayName()) && !mine.contains(cat.displayName()));
        assertTrue(their.contains(cat.displayName()) && !their.contains(ann.displayName()));
        // Both kept at once (the fresh render above forgot every kept page): each gets their own.
        assertEquals(mine, browser.get("/team").body());
        assertEquals(their, theirs.get("/team").body());
        assertEquals(mine, kept(browser, "/team"));
        assertEquals(their, kept(theirs, "/team"));
    }
}
