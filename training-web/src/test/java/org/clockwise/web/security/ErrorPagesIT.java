package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.RawHttp;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorPagesIT extends ServerTest {

    @ParameterizedTest
    @CsvSource({"400,Bad Request", "401,Unauthorized", "403,Forbidden", "404,Not Found", "405,Method Not Allowed",
            "422,Unprocessable Entity", "500,Internal Server Error"})
    void everyErrorPageHasARealTitleAndHeading(int status, String heading) {
        MutableHttpResponse<?> page = TestServer.bean(ErrorPages.class)
                .page(HttpRequest.GET("/somewhere").accept("text/html"), HttpStatus.valueOf(status), "error.nothingHere");

        Document html = Jsoup.parse((String) page.body());
        assertEquals(heading + " · Clockwise", html.title());
        assertEquals(status + " " + heading, html.selectFirst("h1").text());
    }

    @Test
    void theTitlesOverHttp() {
        User rep = Fixtures.aUser(org, Role.REP);
        assertEquals("Not Found · Clockwise", new Browser().get("/no-such-page").html().title());
        assertEquals("Unauthorized · Clockwise", Jsoup.parse(RawHttp.send("GET", "/today", "*/*", null, null).body()).title());
        Browser browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);
        Browser.Page forbidden = browser.get("/admin/people");
        assertEquals(403, forbidden.status());
        assertEquals("Forbidden · Clockwise", forbidden.html().title());
    }

    @Test
    void aBadNumberInTheAddressIsAPlain400Page() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        Browser browser = new Browser();
        browser.signIn(admin.email(), Fixtures.PASSWORD);

        Browser.Page page = browser.get("/team/reps/abc");

        assertOwnPage(page.status(), page.body(), 400);
    }

    @Test
    void aServerErrorIsThe500Page() {
        Browser.Page page = new Browser().get("/test-probe/broken");

        assertOwnPage(page.status(), page.body(), 500);
    }

    @Test
    void aWrongMethodIsA405Page() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);

        Browser.Page page = browser.get("/logout");

        assertOwnPage(page.status(), page.body(), 405);
    }

    @Test
    void jsonClientsGetJson() {
        HttpResponse<String> answer = RawHttp.send("GET", "/modules/x%00", "application/json", null, null);
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(answer.body().contains("\"status\":400"), answer.body());
        assertNoInternals(answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/modules/x%00", "/login?next=%00", "/modules/%00/quiz"})
    void aNulInTheAddressIsRefusedWith400(String path) {
        HttpResponse<String> answer = RawHttp.send("GET", path, "text/html", null, null);
        assertOwnPage(answer.statusCode(), answer.body(), 400);
    }

    @Test
    void aNulInTheAdminPersonFormIsRefusedWith400AndNobodyIsAdded() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        Browser browser = new Browser();
        browser.signIn(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/people/new");
        String email = "nul-" + Fixtures.unique() + "@x.test";

        Browser.Page answer = browser.post("/admin/people", java.util.Map.of("name", "Nul\0Name", "email", email, "role", "REP"));

        assertOwnPage(answer.status(), answer.body(), 400);
        assertEquals(0, Db.count("SELECT count(*) FROM users WHERE email = ?", email));
    }

    @Test
    void anUploadNamedSlashIsRefusedClearly() {
        Browser author = new Browser();
        author.signIn(Fixtures.aUser(org, Role.AUTHOR).email(), Fixtures.PASSWORD);
        author.get("/library");

        Browser.Page answer = author.upload("/library/upload", "file", "/", "# x".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(422, answer.status(), answer.body());
        assertTrue(answer.body().contains("lower-case letters"), answer.body());
    }

    private static void assertOwnPage(int status, String body, int expected) {
        assertEquals(expected, status, body);
        assertNoInternals(body);
        if (body.startsWith("<!DOCTYPE")) {
            Document html = Jsoup.parse(body);
            assertTrue(html.title().endsWith("· Clockwise"), html.title());
            assertTrue(html.selectFirst("h1").text().startsWith(Integer.toString(expected)));
        }
    }

    private static void assertNoInternals(String body) {
        for (String internal : new String[] {"Failed to convert", "For input string", "Exception", "ERROR:", "PSQL", "0x00",
                "More than 1 route", "org.clockwise", "io.micronaut"}) {
            assertFalse(body.contains(internal), "shows " + internal + ": " + body);
        }
    }
}
