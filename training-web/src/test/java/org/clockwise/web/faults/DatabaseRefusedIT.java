package org.clockwise.web.faults;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.RawHttp;
import org.clockwise.web.testing.SecondServer;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, faults: the database refuses connections (a relay in front of it is cut). The rep's
 * quiz submit gets the app's own 503 "try again" page within seconds (JSON for a JSON client),
 * health answers 503, nothing is half-written, and the same form sent again once the database
 * answers is recorded once.
 */
class DatabaseRefusedIT extends ServerTest {

    @Test
    void aQuizSentWhileTheDatabaseRefusesGets503AndIsRecordedOnceWhenSentAgain() throws Exception {
        String module = "refused-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        User rep = Fixtures.aUser(org, Role.REP);
        try (SecondServer second = new SecondServer(Map.of())) {
            Browser browser = new Browser(second.url());
            assertEquals(303, browser.signIn(rep.email(), Fixtures.PASSWORD).status());
            Map<String, String> form = QuizLoad.filled(browser.get("/modules/" + module + "/quiz"));
            String attempt = form.get("attempt");

            second.database.close();

            long start = System.nanoTime();
            Browser.Page refused = browser.postRaw("/modules/" + module + "/quiz", form);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, refused.status(), refused.body());
            assertTrue(millis < 8_000, "answered in " + millis + " ms, not after a long hang");
            assertEquals("5", refused.header("Retry-After").orElseThrow());
            assertEquals("Clockwise cannot reach its database right now. Try again in a few seconds: sending the same form "
                    + "again is safe, it is never recorded twice.", refused.html().selectFirst("main p").text());
            assertFalse(refused.body().contains("Exception") || refused.body().contains("PSQL") || refused.body().contains("Hikari"));

            QuizLoad.JsonAnswer json = QuizLoad.jsonPost(browser, second.url(), "/modules/" + module + "/quiz", form);
            assertEquals(503, json.status(), json.body());
            assertTrue(json.millis() < 8_000, "answered in " + json.millis() + " ms");
            assertTrue(json.body().startsWith("{\"status\":503,\"error\":\"Service Unavailable\",\"message\":\"Clockwise cannot reach"),
                    json.body());
            int health = 0;
            for (int i = 0; i < 40 && health != 503; i++) {
                health = RawHttp.sendTo(second.url(), "GET", "/health", "*/*", null, null).statusCode();
                Thread.sleep(100);
            }
            assertEquals(503, health);
            assertEquals(0, Db.count("SELECT count(*) FROM attempts WHERE id = ?", UUID.fromString(attempt)), "nothing half-written");

            // The database answers again (here: the shared server on the same database and secret); the same form is recorded once.
            Browser again = browser.copyCookiesTo(TestServer.url(""));
            Browser.Page sent = again.postRaw("/modules/" + module + "/quiz", form);
            assertEquals(303, sent.status(), sent.body());
            assertEquals("/attempts/" + attempt, sent.location().orElseThrow());
            assertEquals(303, again.postRaw("/modules/" + module + "/quiz", form).status());
            assertEquals(1, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()));
            assertEquals(3, Db.count("SELECT count(*) FROM attempt_answers WHERE attempt_id = ?", UUID.fromString(attempt)));
        }
    }
}
