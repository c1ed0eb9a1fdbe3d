package org.clockwise.web.learn;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.SecondServer;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clockwise.web.testing.TestServer.sql;
import static org.clockwise.web.testing.Browser.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Speed" (wt-today4): a kept Today view runs no database statement ({@link TodayKeep}); the rep's
 * own write on another instance shows on this one's next view at once (the write mark cookie); a change
 * behind this instance's back shows within the trusted bound. Instance A is a second server in this JVM on the
 * shared database, reached through a relay that counts the bytes it sends to PostgreSQL, with the model kept
 * for {@value #TRUSTED_SECONDS} s; instance B is the shared test server.
 */
class TodayKeepIT extends ServerTest {

    static final int TRUSTED_SECONDS = 5;
    static SecondServer a;
    static String module;

    User rep;

    /** The module is published before A starts: A keeps the publication for seconds, like any instance. */
    @BeforeAll
    static void startInstanceA() {
        TestServer.get();
        module = "keep-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        a = new SecondServer(Map.of("clockwise.page-cache.today-trusted-seconds", TRUSTED_SECONDS,
                "clockwise.library.path", TestServer.library().root().toString()));
    }

    @AfterAll
    static void stopInstanceA() {
        a.close();
    }

    @BeforeEach
    void setUp() {
        rep = Fixtures.aUser(org, Role.REP);
    }

    /** Signed in on B, with today's plan made there and set to this test's lesson. */
    Browser onBWithLesson() {
        Browser b = new Browser();
        b.signIn(rep.email(), Fixtures.PASSWORD);
        assertEquals(200, b.get("/today").status());
        sql("UPDATE daily_plans SET items = CAST(? AS jsonb), completed_at = NULL, note = NULL WHERE user_id = ?",
                "[{\"kind\":\"LESSON\",\"moduleId\":\"" + module + "\",\"seconds\":180,\"reason\":\"r\","
                        + "\"reasonKey\":\"plan.reason.new\",\"reasonArgs\":[]}]", rep.id());
        return b;
    }

    String today(Browser browser) {
        Browser.Page page = browser.get("/today");
        assertEquals(200, page.status());
        return page.body();
    }

    @Test
    void aKeptViewRunsNoStatementAndIsTheFreshPage() {
        Browser onA = onBWithLesson().copyCookiesTo(a.url());
        String first = today(onA);
        // The session check, language and publication are kept for seconds too; a round that crosses a bound
        // reads once, so of five rounds of three views at least one must send nothing to the database.
        boolean silentRound = false;
        for (int round = 0; round < 5 && !silentRound; round++) {
            today(onA);
            long before = a.database.bytesToTarget();
            for (int i = 0; i < 3; i++) {
                assertEquals(first, today(onA), "a kept view shows the page");
            }
            silentRound = a.database.bytesToTarget() == before;
        }
        assertTrue(silentRound, "three kept Today views in a row sent no statement to PostgreSQL");
        a.server.getApplicationContext().getBean(TodayKeep.class).forgetAll();
        long before = a.database.bytesToTarget();
        assertEquals(first, today(onA), "the kept page is the page a fresh read gives");
        assertTrue(a.database.bytesToTarget() > before, "a forgotten model is read afresh");
    }

    @Test
    void aQuizAnsweredOnInstanceBShowsOnInstanceAsNextViewAtOnce() {
        Browser onB = onBWithLesson();
        Browser onA = onB.copyCookiesTo(a.url());
        String before = today(onA);
        assertEquals(before, today(onA));
        assertTrue(before.contains("/modules/" + module), "the plan's lesson is offered");
        assertTrue(!Jsoup.parse(before).selectFirst(".lesson-card").hasClass("is-done"));

        onB = onA.copyCookiesTo(TestServer.url(""));
        Browser.Page quiz = onB.get("/modules/" + module + "/quiz");
        assertEquals(303, onB.postRaw("/modules/" + module + "/quiz",
                answers(quiz, Map.of("q1", "a", "q2", "a", "q3", "5"))).status());
        assertTrue(onB.cookie(WriteMarkFilter.COOKIE).isPresent(), "the answer set a new write mark");

        String after = today(onB.copyCookiesTo(a.url()));
        assertTrue(Jsoup.parse(after).selectFirst(".lesson-card").hasClass("is-done"), "the lesson shows done on A at once");
    }

    @Test
    void aChangeBehindTheInstancesBackShowsWithinTheBound() throws InterruptedException {
        sql("UPDATE users SET time_zone = 'Pacific/Pago_Pago' WHERE id = ?", rep.id());
        Browser onA = new Browser(a.url());
        onA.signIn(rep.email(), Fixtures.PASSWORD);
        String before = today(onA);
        assertEquals(before, today(onA));
        sql("UPDATE users SET time_zone = 'Pacific/Kiritimati' WHERE id = ?", rep.id());
        Thread.sleep(TRUSTED_SECONDS * 1000L + 100);
        String after = today(onA);
        assertNotEquals(Jsoup.parse(before).selectFirst("h1 .day").text(), Jsoup.parse(after).selectFirst("h1 .day").text(),
                "after the bound the page names the rep's new day");
    }

    @Test
    void aManagersPostOnThisInstanceForgetsEveryKeptToday() {
        User manager = Fixtures.aUser(org, Role.MANAGER);
        Fixtures.aTeam(org, manager, rep);
        Browser repOnA = new Browser(a.url());
        repOnA.signIn(rep.email(), Fixtures.PASSWORD);
        today(repOnA);
        TodayKeep keep = a.server.getApplicationContext().getBean(TodayKeep.class);
        assertTrue(keep.holds(rep.id()), "the rep's model is kept");

        Browser managerOnA = new Browser(a.url());
        managerOnA.signIn(manager.email(), Fixtures.PASSWORD);
        managerOnA.get("/team");
        assertEquals(303, managerOnA.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", module,
                "due", java.time.LocalDate.now().plusDays(3).toString())).status());
        assertTrue(!keep.holds(rep.id()), "the assignment forgot it at once");
    }
}
