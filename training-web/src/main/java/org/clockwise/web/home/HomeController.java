package org.clockwise.web.home;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import org.clockwise.core.people.Role;
import org.clockwise.web.nav.Navigation;
import org.clockwise.web.security.CurrentUser;

import java.net.URI;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /}: a signed-in person goes straight to their primary role's main page
 * ({@link Navigation#home}); the navigation keeps their other roles one click away. Someone without
 * a role gets the page that says so; {@code GET /home} still shows one card per role.
 */
@Controller(produces = MediaType.TEXT_HTML)
class HomeController {

    /** A role's card: its words are the messages {@code home.card.<role>.*}. */
    record Card(String role, String href) {
    }

    record HomePage(List<Card> cards) {
    }

    @Get("/")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> home(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return Navigation.home(user.roles())
                .<HttpResponse<?>>map(main -> HttpResponse.seeOther(URI.create(main)))
                .orElseGet(() -> HttpResponse.ok(new ModelAndView<>("home/index", cards(authentication))));
    }

    @Get("/home")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @View("home/index")
    HomePage cards(Authentication authentication) {
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
