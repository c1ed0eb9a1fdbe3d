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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz refusals in Chromium: a blank submit, Enter in a short answer, Back and a stale page sent again. */
class QuizBrowserIT extends ServerTest {

    static final Dimension DESKTOP = new Dimension(1366, 900);

    String module;
    String quizPath;
    User rep;

    @BeforeEach
    void setUp() {
        module = "quiz-browser-" + Fixtures.unique().replace("-", "");
        quizPath = "/modules/" + module + "/quiz";
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        rep = Fixtures.aUser(org, Role.REP);
    }

    long attempts() {
        return Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id());
    }

    static void pause() {
        try {
            Thread.sleep(1500); // long enough for a submission the browser might have started to land
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void enterDoesNotSubmitABlankSubmitIsRefusedAndBackThenResubmitLandsOnce() {
        try (RealBrowser browser = new RealBrowser(DESKTOP)) {
            browser.signIn(rep.email(), Fixtures.PASSWORD);
            browser.open(quizPath);
            WebElement guard = browser.find("form.quiz input.enter-guard");
            assertFalse(guard.isDisplayed(), "the Enter guard is neither seen nor reachable");
            browser.screenshot("quiz-desktop");

            // Enter in the short answer: nothing is sent.
            browser.find("#q3").sendKeys("5", Keys.ENTER);
            pause();
            assertEquals(quizPath, browser.path());
            assertTrue(browser.driver().findElements(By.id("quiz-errors")).isEmpty(), "no submission, so no refusal either");
            assertEquals("5", browser.find("#q3").getAttribute("value"));
            assertEquals(0, attempts());

            // The visible button sends the two blanks, which are refused and named; the typed answer stays.
            browser.find("form.quiz button[type=submit]").click();
            WebElement summary = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("quiz-errors")));
            assertTrue(summary.isDisplayed());
            List<String> links = summary.findElements(By.tagName("a")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("Question 1 has no answer", "Question 2 has no answer"), links);
            assertEquals("5", browser.find("#q3").getAttribute("value"));
            assertEquals(0, attempts());
            browser.screenshot("quiz-refused-desktop");
            summary.findElement(By.tagName("a")).click();
            browser.waitForUrlContaining("#question-1");
            assertTrue(browser.find("label[for=q1-a]").isDisplayed(), "the link leads to the question");

            // Opened afresh (the same take, so the same attempt), answered and sent.
            browser.open(quizPath);
            browser.find("label[for=q1-b]").click();
            browser.find("label[for=q2-a]").click();
            browser.find("label[for=q2-b]").click();
            browser.find("#q3").sendKeys("5");
            browser.find("form.quiz button[type=submit]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().startsWith("/attempts/"));
            String result = browser.path();
            assertEquals("3 of 3 right", browser.find("#score-heading").getText());
            assertEquals(1, attempts());

            // Back: Chromium either restores the page from its back/forward cache (the form as it was
            // sent) or fetches it again (no-store), and then the server says it is answered. Either
            // way sending it again lands on the same result.
            browser.driver().navigate().back();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().equals(quizPath));
            if (browser.driver().findElements(By.cssSelector(".answered-quiz")).isEmpty()) {
                assertEquals("5", browser.find("#q3").getAttribute("value"), "the page as it was sent");
                browser.find("form.quiz button[type=submit]").click();
            } else {
                browser.find(".answered-quiz a.button.primary").click();
            }
            assertEquals(result, browser.waitForPath(result));
            assertEquals("3 of 3 right", browser.find("#score-heading").getText());

            // Back again and a reload: the quiz page, fetched anew, says it is answered.
            browser.driver().navigate().back();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().equals(quizPath));
            browser.driver().navigate().refresh();
            WebElement answered = browser.find(".answered-quiz");
            assertTrue(browser.driver().findElements(By.cssSelector("form.quiz")).isEmpty());
            browser.screenshot("quiz-answered-desktop");
            answered.findElement(By.cssSelector("a.button.primary")).click();
            assertEquals(result, browser.waitForPath(result));
            assertEquals(1, attempts());
        }
    }

    @Test
    void aStalePageOfTheSameQuizSentAgainLandsOnTheFirstResult() {
        try (RealBrowser browser = new RealBrowser(DESKTOP)) {
            browser.signIn(rep.email(), Fixtures.PASSWORD);
            browser.open(quizPath);
            String first = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open(quizPath);
            String second = browser.driver().getWindowHandle();

            for (String tab : List.of(first, second)) {
                browser.driver().switchTo().window(tab);
                browser.find("label[for=q1-a]").click();
                browser.find("label[for=q2-a]").click();
                browser.find("#q3").sendKeys("6");
                browser.find("form.quiz button[type=submit]").click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().startsWith("/attempts/"));
            }
            String secondResult = browser.path();
            browser.driver().switchTo().window(first);
            assertEquals(secondResult, browser.path(), "both pages were one attempt");
            assertEquals(1, attempts());
        }
    }

    @Test
    void withoutTheGuardEnterWouldSubmit() {
        // The control: the guard, not Chromium, is what keeps Enter from sending the quiz.
        try (RealBrowser browser = new RealBrowser(DESKTOP)) {
            browser.signIn(rep.email(), Fixtures.PASSWORD);
            browser.open(quizPath);
            ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('input.enter-guard').remove()");
            browser.find("#q3").sendKeys("5", Keys.ENTER);
            assertTrue(new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("quiz-errors"))).isDisplayed());
            assertEquals(0, attempts(), "and the blanks were refused");
        }
    }

    @Test
    void onAPhoneTheRefusalNamesTheMissingQuestions() {
        try (RealBrowser browser = new RealBrowser(RealBrowser.PHONE)) {
            browser.signIn(rep.email(), Fixtures.PASSWORD);
            browser.open(quizPath);
            browser.find("label[for=q2-b]").click();
            browser.find("label[for=c2-sure]").click();
            browser.find("form.quiz button[type=submit]").click();
            WebElement summary = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("quiz-errors")));
            assertEquals(2, summary.findElements(By.tagName("a")).size());
            assertTrue(browser.find("#q2-b").isSelected(), "the choice made is kept");
            assertTrue(browser.find("#c2-sure").isSelected());
            browser.screenshot("quiz-refused-phone");
            assertEquals(0, attempts());
        }
    }
}
