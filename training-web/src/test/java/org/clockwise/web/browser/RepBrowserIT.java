package org.clockwise.web.browser;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepBrowserIT extends ServerTest {

    @Test
    void aRepTakesTodaysLessonAndQuizSeesFeedbackAndFindsThePlanDone() {
        String id = "rep-browser-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(id);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        User rep = Fixtures.aUser(org, Role.REP);

        try (RealBrowser browser = new RealBrowser(RealBrowser.PHONE)) {
            browser.signIn(rep.email(), Fixtures.PASSWORD);
            assertEquals("/today", browser.waitForPath("/today"));
            assertTrue(browser.find(".plan-progress").getText().contains("0 of 1 done"));
            browser.screenshot("rep-today-phone");

            browser.find(".lesson-card a.button").click();
            String lessonPath = browser.path();
            assertTrue(lessonPath.startsWith("/modules/"), lessonPath);
            browser.find(".next-step a.button").click();

            // Answer every question on the page: the first option of each choice question, a word for short answers.
            for (WebElement fieldset : browser.driver().findElements(By.cssSelector("form.quiz fieldset.question"))) {
                var choices = fieldset.findElements(By.cssSelector(".options input"));
                if (!choices.isEmpty()) {
                    String inputId = choices.get(0).getAttribute("id");
                    fieldset.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
                } else {
                    fieldset.findElement(By.cssSelector(".short-answer input")).sendKeys("5");
                }
            }
            browser.find("form.quiz button[type=submit]").click();

            assertTrue(browser.waitForPath(browser.path()).startsWith("/attempts/"));
            assertTrue(browser.find("#score-heading").getText().matches("\\d of \\d right"));
            assertFalse(browser.driver().findElements(By.cssSelector("article.question .verdict")).isEmpty());
            browser.screenshot("rep-result-phone");

            browser.find(".next-step a.button").click();
            assertEquals("/today", browser.waitForPath("/today"));
            assertTrue(browser.find(".done-state").getText().contains("Done for today"));
            assertTrue(browser.find(".streak").getText().startsWith("1-day"));
            browser.screenshot("rep-today-done-phone");
        }
    }
}
