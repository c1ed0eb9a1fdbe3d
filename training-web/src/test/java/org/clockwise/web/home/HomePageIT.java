package org.clockwise.web.home;

import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HomePageIT extends ServerTest {


    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(List.of(Role.REP), List.of("rep")),
                Arguments.of(List.of(Role.AUTHOR), List.of("author")),
                Arguments.of(List.of(Role.MANAGER), List.of("manager")),
                Arguments.of(List.of(Role.ADMIN), List.of("admin")),
                Arguments.of(List.of(Role.REP, Role.AUTHOR), List.of("rep", "author")),
                Arguments.of(List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void eachRoleSeesItsOwnCardsAndNoOthers(List<Role> roles, List<String> expectedCards) {
        User user = Fixtures.aUser(org, roles.toArray(Role[]::new));
        Browser browser = new Browser();
        browser.signIn(user.email(), Fixtures.PASSWORD);

        Browser.Page home = browser.get("/home");

        assertEquals(200, home.status());
        assertEquals(expectedCards, home.html().select(".role-card").eachAttr("data-role"));
    }

    static Stream<Arguments> mainPages() {
        return Stream.of(
                Arguments.of(List.of(Role.REP), "/today"),
                Arguments.of(List.of(Role.AUTHOR), "/library"),
                Arguments.of(List.of(Role.MANAGER), "/team"),
                Arguments.of(List.of(Role.ADMIN), "/admin/people"),
                Arguments.of(List.of(Role.REP, Role.AUTHOR), "/library"),
                Arguments.of(List.of(Role.REP, Role.MANAGER), "/team"));
    }

    @ParameterizedTest
    @MethodSource("mainPages")
    void homeSendsEachRoleStraightToItsMainPageWhichOpens(List<Role> roles, String main) {
        Browser browser = new Browser();
        browser.signIn(Fixtures.aUser(org, roles.toArray(Role[]::new)).email(), Fixtures.PASSWORD);

        Browser.Page home = browser.get("/");

        assertEquals(303, home.status());
        assertEquals(main, home.location().orElseThrow());
        assertEquals(200, browser.get(main).status(), main);
    }

    @Test
    void someoneWithoutARoleIsToldSoAtHome() {
        Browser browser = new Browser();
        browser.signIn(Fixtures.aUser(org).email(), Fixtures.PASSWORD);

        Browser.Page home = browser.get("/");

        assertEquals(200, home.status());
        assertTrue(home.html().text().contains("No role yet"), home.html().text());
    }

    @Test
    void anonymousBrowsersAreSentToSignInAndApiClientsGet401() {
        assertEquals("/login", new Browser().get("/").location().orElseThrow());
        assertEquals(401, new Browser().getAsApiClient("/").status());
    }
}
