package org.clockwise.web.i18n;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rep pages in the browser's language (Dutch for Accept-Language: nl, English otherwise), and
 * the person's own setting in the footer overriding the browser.
 */
class LanguageIT extends ServerTest {

    String module;
    User rep;

    @BeforeEach
    void setUp() {
        module = "lang-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        rep = Fixtures.aUser(org, Role.REP);
    }

    Browser signedIn(String acceptLanguage) {
        return signedIn(rep, acceptLanguage);
    }

    static Browser signedIn(User user, String acceptLanguage) {
        Browser browser = new Browser();
        if (acceptLanguage != null) {
            browser.header("Accept-Language", acceptLanguage);
        }
        assertEquals(303, browser.signIn(user.email(), Fixtures.PASSWORD).status());
        return browser;
    }

    /** A page that rendered completely in one language: its lang attribute, and no missing message (??key??). */
    static Document page(Browser browser, String path, String lang) {
        Browser.Page page = browser.get(path);
        assertTrue(page.status() == 200 || page.status() == 404, path + " answered " + page.status());
        Document html = page.html();
        assertEquals(lang, html.selectFirst("html").attr("lang"), path);
        assertFalse(page.body().contains("??"), path + " has a missing message: " + html.text());
        return html;
    }

    Document takeQuiz(Browser browser, String lang) {
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        Map<String, String> form = new HashMap<>();
        for (Element hidden : quiz.html().select("form.quiz input[type=hidden]")) {
            form.put(hidden.attr("name"), hidden.val());
        }
        form.putAll(Map.of("q1", "b", "q2", "a", "q3", "5", "c1", "sure"));
        Browser.Page answered = browser.postRaw("/modules/" + module + "/quiz", form);
        assertEquals(303, answered.status());
        return page(browser, answered.location().orElseThrow(), lang);
    }

    @Test
    void aDutchBrowserGetsEveryRepPageInDutch() {
        Browser browser = signedIn("nl-NL,nl;q=0.9,en;q=0.8");

        assertEquals("Welkom, " + rep.displayName(), page(browser, "/home", "nl").selectFirst("h1").text());
        Document today = page(browser, "/today", "nl");
        assertTrue(today.selectFirst("h1").text().startsWith("Vandaag "), today.selectFirst("h1").text());
        assertTrue(today.select("header nav.site-nav").text().contains("Herhalingen"));
        assertTrue(today.selectFirst(".plan-progress").text().contains("0 van 1 klaar"), today.text());
        assertTrue(today.selectFirst(".lesson-card").text().contains("Les van vandaag"));
        assertEquals("Afmelden", today.selectFirst("header button").text());
        assertTrue(today.selectFirst("footer").text().contains("vijf minuten per dag"));

        Document lesson = page(browser, "/modules/" + module, "nl");
        assertEquals("Doe de quiz (3 vragen)", lesson.selectFirst(".next-step a").text());
        Document quiz = page(browser, "/modules/" + module + "/quiz", "nl");
        assertEquals("Vraag 1 van 3", quiz.selectFirst(".question-number").text());
        assertEquals("Controleer mijn antwoorden", quiz.selectFirst("form.quiz button[type=submit]").text());
        assertTrue(quiz.select("fieldset.confidence legend").text().contains("Hoe zeker ben je?"));

        Document result = takeQuiz(browser, "nl");
        assertEquals("2 van 3 goed", result.selectFirst("#score-heading").text());
        assertTrue(result.selectFirst("[role=status]").text().startsWith("Opgeslagen."));
        assertTrue(result.text().contains("✘ Niet helemaal"));

        assertEquals("Er valt nu niets te herhalen", page(browser, "/reviews", "nl").selectFirst(".done h2").text());
        assertEquals("Mijn vaardigheden", page(browser, "/skills", "nl").selectFirst("h1").text());
        Document history = page(browser, "/history", "nl");
        assertEquals("Geschiedenis", history.selectFirst("h1").text());
        assertTrue(history.selectFirst("table.history td a").text().startsWith("Resultaat van "), "each link named after what it opens");
        assertEquals("Alle modules", page(browser, "/modules", "nl").selectFirst("h1").text());

        Document missing = page(browser, "/no-such-page", "nl");
        assertEquals("404 Niet gevonden", missing.selectFirst("h1").text());
        assertEquals("Op dit adres staat niets.", missing.selectFirst("main p").text());
        assertFalse(missing.selectFirst("main p").hasAttr("lang"), "the explanation is Dutch too, not marked as English");
        assertEquals("Terug naar de startpagina", missing.selectFirst("main a[href=/]").text());

        Document login = page(new Browser().header("Accept-Language", "nl"), "/login", "nl");
        assertEquals("Aanmelden", login.selectFirst("h1").text());
        assertEquals("Zakelijk e-mailadres", login.selectFirst("label[for=email]").text());
    }

    @Test
    void reasonsNoticesAndErrorsAreInTheReadersLanguage() {
        User manager = Fixtures.aUser(org, Role.MANAGER);
        Fixtures.aTeam(org, manager, rep);
        Browser managerBrowser = signedIn(manager, "nl");
        page(managerBrowser, "/team", "nl"); // the form's CSRF token
        Browser.Page refused = managerBrowser.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", "no-such-module",
                "due", LocalDate.now().plusDays(2).toString()));
        assertEquals(422, refused.status());
        assertEquals("Kies een gepubliceerde module om toe te wijzen.", refused.html().selectFirst("main [role=alert]").text());
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        Browser.Page assigned = managerBrowser.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", module,
                "due", due.toString()));
        assertEquals(303, assigned.status());
        assertTrue(page(managerBrowser, assigned.location().orElseThrow(), "nl").selectFirst("main [role=status]").text()
                .startsWith("Toegewezen. "));

        // The rep's reason, in Dutch on Today; the plan stores its key, arguments and English text.
        String dutch = "Toegewezen door " + manager.displayName() + ", uiterlijk "
                + DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag("nl")).format(due);
        Browser browser = signedIn("nl");
        assertEquals(dutch, page(browser, "/today", "nl").selectFirst(".lesson-card .reason").text());
        String english = "Assigned by " + manager.displayName() + ", due " + DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).format(due);
        assertEquals(1, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ? AND items -> 0 ->> 'reasonKey' = 'plan.reason.assigned'"
                + " AND items -> 0 -> 'reasonArgs' ->> 1 = ? AND items -> 0 ->> 'reason' = ?", rep.id(), due.toString(), english));
        assertEquals(english, page(signedIn("en"), "/today", "en").selectFirst(".lesson-card .reason").text());

        // The manager reads it in Dutch on the rep's page and the coaching list; downloads stay English.
        assertEquals(dutch, page(managerBrowser, "/team/reps/" + rep.id(), "nl").selectFirst(".plan-reviews .reason").text());
        assertEquals(dutch, page(managerBrowser, "/team", "nl").selectFirst("table.coaching tr[data-rep=" + rep.id() + "] .hint").text());
        assertTrue(managerBrowser.get("/team/tables/coaching.csv").body().contains(english));

        // Errors and notices set in Java.
        assertEquals("Er is geen module \"no-such-module\".", page(browser, "/modules/no-such-module", "nl").selectFirst("main p").text());
        Browser.Page forbidden = browser.get("/team");
        assertEquals(403, forbidden.status());
        assertEquals("Je account mag deze pagina niet openen.", forbidden.html().selectFirst("main p").text());
        Document signedOut = page(new Browser().header("Accept-Language", "nl"), "/login?signedout", "nl");
        assertEquals("Je bent afgemeld.", signedOut.selectFirst("main [role=status]").text());
        Browser.Page wrong = new Browser().header("Accept-Language", "nl").signIn(rep.email(), "wrong password");
        assertEquals(401, wrong.status());
        assertEquals("Dit e-mailadres en wachtwoord horen niet bij een account.", wrong.html().selectFirst("#signin-error").text());
    }

    @Test
    void aPlanStoredBeforeReasonsHadKeysShowsItsStoredText() {
        String items = "[{\"kind\": \"LESSON\", \"moduleId\": \"" + module + "\", \"questionIndex\": null, \"seconds\": 180,"
                + " \"reason\": \"Day 12 of your first 30 days\"}]";
        Db.transactions().executeWrite(s -> TestServer.bean(JdbcOperations.class).prepareStatement(
                "INSERT INTO daily_plans (user_id, day, budget_s, items, created_at) VALUES (?, ?, 300, CAST(? AS jsonb), now())", ps -> {
                    ps.setLong(1, rep.id());
                    ps.setDate(2, Date.valueOf(LocalDate.now(ZoneOffset.UTC)));
                    ps.setString(3, items);
                    return ps.executeUpdate();
                }));
        Document today = page(signedIn("nl"), "/today", "nl");
        assertEquals("Day 12 of your first 30 days", today.selectFirst(".lesson-card .reason").text());
    }

    @Test
    void everyOtherBrowserGetsEnglish() {
        for (String acceptLanguage : new String[]{null, "en-US,en;q=0.9", "fr-FR,fr;q=0.9,de;q=0.5", "nl;q=0"}) {
            Browser browser = signedIn(acceptLanguage);
            Document today = page(browser, "/today", "en");
            assertTrue(today.selectFirst("h1").text().startsWith("Today "), acceptLanguage + ": " + today.selectFirst("h1").text());
            assertTrue(today.selectFirst(".plan-progress").text().contains("0 of 1 done"));
            assertEquals("Sign out", today.selectFirst("header button").text());
        }
        Browser browser = signedIn(null);
        assertEquals("Welcome, " + rep.displayName(), page(browser, "/home", "en").selectFirst("h1").text());
        assertEquals("Take the quiz (3 questions)", page(browser, "/modules/" + module, "en").selectFirst(".next-step a").text());
        Document result = takeQuiz(browser, "en");
        assertEquals("2 of 3 right", result.selectFirst("#score-heading").text());
        assertEquals("Nothing to review right now", page(browser, "/reviews", "en").selectFirst(".done h2").text());
        assertEquals("My skills", page(browser, "/skills", "en").selectFirst("h1").text());
        assertEquals("History", page(browser, "/history", "en").selectFirst("h1").text());
        assertEquals("All modules", page(browser, "/modules", "en").selectFirst("h1").text());
        assertEquals("404 Not Found", page(browser, "/no-such-page", "en").selectFirst("h1").text());
        assertEquals("Sign in", page(new Browser(), "/login", "en").selectFirst("h1").text());
    }

    /** Issue 13, "Speed": the setting is read once per {@link LanguageSettings#RECHECK}, not on every request. */
    @Test
    void theSettingIsKeptInMemoryAndAChangeElsewhereCountsWithinTheRecheck() throws Exception {
        LanguageSettings settings = TestServer.bean(LanguageSettings.class);
        settings.set(rep.id(), "nl");
        assertEquals(Optional.of("nl"), settings.forRequest(requestBy(rep)), "a change made here counts at once");
        // Another instance (here: plain SQL) stores English.
        Db.transactions().executeWrite(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE users SET locale = 'en' WHERE id = ?", ps -> {
                    ps.setLong(1, rep.id());
                    return ps.executeUpdate();
                }));
        assertEquals(Optional.of("nl"), settings.forRequest(requestBy(rep)), "served from memory, no query");
        Thread.sleep(LanguageSettings.RECHECK.toMillis() + 100);
        assertEquals(Optional.of("en"), settings.forRequest(requestBy(rep)), "read again after the recheck time");
        settings.set(rep.id(), null);
        assertEquals(Optional.empty(), settings.forRequest(requestBy(rep)), "cleared here: counts at once");
    }

    private static HttpRequest<?> requestBy(User user) {
        return HttpRequest.GET("/skills").setAttribute(HttpAttributes.PRINCIPAL,
                Authentication.build(user.email(), List.of("REP"),
                        Map.of(CurrentUser.USER_ID, user.id())));
    }

    @Test
    void thePersonsOwnSettingOverridesTheBrowser() {
        Browser browser = signedIn("nl");
        Document skills = page(browser, "/skills", "nl");
        Element form = skills.selectFirst("footer form[action=/settings/language]");
        assertNotNull(form, "the language form is in the footer");
        assertEquals("post", form.attr("method"));
        assertEquals("Taal", form.selectFirst("label[for=language]").text());
        assertNotNull(form.selectFirst("select#language[name=language]"));
        assertFalse(form.selectFirst("input[name=_csrf]").val().isEmpty(), "the form carries the CSRF token");
        assertEquals("/skills", form.selectFirst("input[name=back]").val());
        assertEquals("", form.selectFirst("option[selected]").val(), "no setting yet: follow the browser");
        assertEquals("Nederlands", form.selectFirst("option[value=nl]").text());

        Browser.Page saved = browser.post("/settings/language", Map.of("language", "en", "back", "/skills"));
        assertEquals(303, saved.status());
        assertEquals(Optional.of("/skills"), saved.location());
        assertEquals(Optional.of("en"), TestServer.bean(LanguageSettings.class).of(rep.id()));
        Document english = page(browser, "/skills", "en");
        assertEquals("My skills", english.selectFirst("h1").text(), "the setting wins over Accept-Language: nl");
        assertEquals("en", english.selectFirst("footer option[selected]").val());
        assertEquals("Sign out", page(browser, "/today", "en").selectFirst("header button").text());

        assertEquals(303, browser.post("/settings/language", Map.of("language", "", "back", "/skills")).status());
        assertEquals(Optional.empty(), TestServer.bean(LanguageSettings.class).of(rep.id()));
        assertEquals("Mijn vaardigheden", page(browser, "/skills", "nl").selectFirst("h1").text(), "back to the browser's language");

        Browser englishBrowser = signedIn("en-GB,en");
        assertEquals("My skills", page(englishBrowser, "/skills", "en").selectFirst("h1").text());
        assertEquals(303, englishBrowser.post("/settings/language", Map.of("language", "nl", "back", "https://evil.example/")).status());
        assertEquals("Mijn vaardigheden", page(englishBrowser, "/skills", "nl").selectFirst("h1").text());
        assertEquals("Nederlands", page(englishBrowser, "/today", "nl").selectFirst("footer option[selected]").text());

        Browser.Page refused = englishBrowser.post("/settings/language", Map.of("language", "xx", "back", "/"));
        assertEquals(400, refused.status());
        assertTrue(refused.html().text().contains("Kies een taal uit de lijst."), refused.html().text());
        assertEquals(Optional.of("nl"), TestServer.bean(LanguageSettings.class).of(rep.id()));

        assertEquals(403, new Browser().postRaw("/settings/language", Map.of("language", "nl")).status(),
                "no CSRF token, no change");
    }

    @Test
    void anApostropheInANameOrATextSurvives() {
        Db.transactions().executeWrite(s -> TestServer.bean(JdbcOperations.class)
                .prepareStatement("UPDATE users SET display_name = ? WHERE id = ?", ps -> {
                    ps.setString(1, "Riley O'Brien {0}");
                    ps.setLong(2, rep.id());
                    return ps.executeUpdate();
                }));
        Document english = page(signedIn("en"), "/home", "en");
        assertEquals("Welcome, Riley O'Brien {0}", english.selectFirst("h1").text());
        assertEquals("Today's lesson", english.selectFirst(".role-card h2").text());
        assertEquals("Welkom, Riley O'Brien {0}", page(signedIn("nl"), "/home", "nl").selectFirst("h1").text());
    }
}
