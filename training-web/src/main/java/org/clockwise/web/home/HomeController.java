package org.clockwise.web.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import org.clockwise.core.people.Role;
import org.clockwise.web.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;

/** The page after sign-in: one card per role the person holds. */
@Controller(produces = MediaType.TEXT_HTML)
class HomeController {

    /** A role's card: its words are the messages {@code home.card.<role>.*}. */
    record Card(String role, String href) {
    }

    record HomePage(List<Card> cards) {
    }

    @Get("/")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @View("home/index")
    HomePage home(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        List<Card> cards = new ArrayList<>();
        if (user.has(Role.REP)) {
            cards.add(new Card("rep", "/today"));
        }
        if (user.has(Role.AUTHOR)) {
            cards.add(new Card("author", "/library"));
        }
        if (user.has(Role.MANAGER)) {
            cards.add(new Card("manager", "/team"));
        }
        if (user.has(Role.ADMIN)) {
            cards.add(new Card("admin", "/admin/people"));
        }
        return new HomePage(cards);
    }
}
