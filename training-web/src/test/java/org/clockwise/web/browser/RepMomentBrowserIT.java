package org.clockwise.web.browser;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.clockwise.web.testing.TestServer.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, the rep's moment, in Chromium at 1366×900 and 390×844, with screenshots of each point. */
class RepMomentBrowserIT extends ServerTest {

    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    static void noSidewaysScroll(RealBrowser b, String where) {
        Object fits = ((JavascriptExecutor) b.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        assertEquals(Boolean.TRUE, fits, where + " scrolls sideways");
    }

    void check(RealBrowser b, String page, String size) {
        b.screenshot("rep-" + page + "-" + size);
        noSidewaysScroll(b, page);
    }

    void answerQuiz(RealBrowser b) {
        b.find("#q1-a").click(); // wrong
        b.find("#q2-a").click();
        b.type("#q3", "5");
        b.find("form.quiz button[type=submit]").click();
        b.waitForUrlContaining("/attempts/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"desktop", "phone"})
    void theRepsMomentAtBothSizes(String size) {
        String module = "moment-b-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.library().module(module + "-next"); // something left to recommend once the first is done
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        User rep = Fixtures.aUser(org, Role.REP);
        try (RealBrowser b = new RealBrowser(size.equals("phone") ? PHONE : DESKTOP)) {
            b.signIn(rep.email(), Fixtures.PASSWORD);
            b.open("/today");
            sql("UPDATE daily_plans SET items = CAST(? AS jsonb), completed_at = NULL, note = NULL WHERE user_id = ?",
                    "[{\"kind\":\"LESSON\",\"moduleId\":\"" + module + "\",\"seconds\":180,\"reason\":\"r\","
                            + "\"reasonKey\":\"plan.reason.gap\",\"reasonArgs\":[\"Discovery questioning\",\"99\",\"70\"]}]", rep.id());

            // The quiz: question text clear of the card's border; the result: score first, wrong marked, plan done.
            b.open("/modules/" + module + "/quiz");
            WebElement legend = b.find("fieldset.question legend");
            WebElement card = b.find("fieldset.question");
            assertTrue(legend.getRect().getY() > card.getRect().getY() + 4, "the question sits inside its card");
            check(b, "quiz", size);
            answerQuiz(b);
            assertEquals("score-heading", b.find("main h2").getAttribute("id"));
            assertTrue(b.find(".plan-done").getText().contains("Plan done for today — 1-day streak"));
            WebElement wrong = b.find(".wrong-choice");
            assertTrue(wrong.getText().toLowerCase(java.util.Locale.ROOT).contains("your choice — not right"), wrong.getText());
            assertEquals("rgba(161, 18, 27, 1)", wrong.getCssValue("color"));
            check(b, "result", size);

            // Reviews: two in today's plan, one more optional; the last one of the plan says the plan is done.
            sql("UPDATE review_items SET due = now() - interval '1 hour', last_review = now() - interval '3 days' WHERE user_id = ?", rep.id());
            String review = "{\"kind\":\"REVIEW\",\"moduleId\":\"" + module + "\",\"questionIndex\":%d,\"seconds\":30,\"reason\":\"r\","
                    + "\"reasonKey\":\"plan.reason.review.due\",\"reasonArgs\":[\"0\"]}";
            sql("UPDATE daily_plans SET items = CAST(? AS jsonb), completed_at = NULL WHERE user_id = ?",
                    "[" + String.format(review, 1) + "," + String.format(review, 2) + "]", rep.id());
            b.open("/today");
            assertEquals("Today's plan: 2 reviews", b.find("#reviews-heading").getText());
            assertEquals("Also due, optional: 1 more", b.find("#optional-heading").getText());
            check(b, "today", size);
            b.find(".plan-reviews-card a.button").click();
            b.waitForPath("/reviews");
            assertTrue(b.driver().findElements(By.cssSelector(".question-number")).isEmpty());
            assertEquals("Check my answer", b.find("form.quiz button[type=submit]").getText());
            assertTrue(b.find(".plan-counts").getText().startsWith("Today's plan: 2 of 2 reviews left"));
            check(b, "reviews", size);
            for (int i = 0; i < 3 && b.driver().findElements(By.cssSelector(".plan-done")).isEmpty(); i++) {
                if (!b.path().equals("/reviews")) {
                    b.open("/reviews");
                }
                b.find("#q1-b").click();
                b.find("form.quiz button[type=submit]").click();
                b.waitForUrlContaining("/reviews/answered/");
            }
            assertTrue(b.find(".plan-done").getText().contains("Plan done for today"));
            check(b, "review-answered", size);

            // History, My skills, All modules.
            b.open("/history");
            assertTrue(b.find("tr.quiz-row a").getText().startsWith("Result of Lesson " + module + ", "));
            assertTrue(b.find("tr.review-row a").getText().startsWith("Review of Lesson " + module + ", "));
            check(b, "history", size);
            b.open("/skills");
            assertEquals(3, b.driver().findElements(By.cssSelector("ul.legend li")).size());
            check(b, "skills", size);
            b.open("/modules");
            assertTrue(b.find("label[for=q]").isDisplayed());
            assertFalse(b.driver().findElements(By.cssSelector(".recommended li")).isEmpty());
            check(b, "modules", size);
            b.type("#q", module + "-next");
            b.find("form.module-filters button[type=submit]").click();
            b.waitForUrlContaining("q=" + module + "-next");
            assertEquals(1, b.driver().findElements(By.cssSelector(".all-modules li")).size());
            check(b, "modules-search", size);

            // The session ends while a quiz is open: sign in again and the answers go in, once.
            b.open("/modules/" + module + "/quiz?take=2");
            b.find("#q1-b").click();
            b.find("#q2-a").click();
            b.type("#q3", "5");
            b.driver().manage().deleteCookieNamed("CLOCKWISE_SESSION");
            b.find("form.quiz button[type=submit]").click();
            b.waitForPath("/login");
            check(b, "expired-signin", size);
            b.type("#email", rep.email());
            b.type("#password", Fixtures.PASSWORD);
            b.find("form[action='/login'] button[type=submit]").click();
            b.waitForUrlContaining("/attempts/");
            assertEquals("2 of 3 right", b.find("#score-heading").getText());
            assertEquals(2, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()), "the kept take, once");
            check(b, "expired-result", size);
            b.driver().navigate().back();
            b.driver().navigate().refresh();
            assertEquals(2, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()), "Back and reload add nothing");
        }
    }
}
