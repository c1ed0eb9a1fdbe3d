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

    record Card(String role, String title, String text, String href, String action) {
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
            cards.add(new Card("rep", "Today's lesson", "Five minutes a day: a micro-lesson, a quiz, and the reviews that are due.",
                    "/today", "Open today's plan"));
        }
        if (user.has(Role.AUTHOR)) {
            cards.add(new Card("author", "Lesson library", "Write lessons and quizzes in Markdown, preview them and publish them as modules.",
                    "/library", "Open the library"));
        }
        if (user.has(Role.MANAGER)) {
            cards.add(new Card("manager", "Your team", "Skill progression, ramp-up of new hires and how knowledge spreads across the team.",
                    "/team", "Open your team"));
        }
        if (user.has(Role.ADMIN)) {
            cards.add(new Card("admin", "Organisation", "People, teams and roles across the whole organisation; "
                    + "admins may also manage the lesson library.", "/admin/people", "Open people and teams"));
        }
        return new HomePage(cards);
    }
}
