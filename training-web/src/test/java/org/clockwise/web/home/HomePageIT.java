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

        Browser.Page home = browser.get("/");

        assertEquals(200, home.status());
        assertEquals(expectedCards, home.html().select(".role-card").eachAttr("data-role"));
    }

    @Test
    void anonymousBrowsersAreSentToSignInAndApiClientsGet401() {
        assertEquals("/login", new Browser().get("/").location().orElseThrow());
        assertEquals(401, new Browser().getAsApiClient("/").status());
    }
}
