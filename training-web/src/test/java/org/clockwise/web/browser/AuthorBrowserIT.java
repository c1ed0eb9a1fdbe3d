package org.clockwise.web.browser;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorBrowserIT extends ServerTest {

    @Test
    void anAuthorPreviewsEditsSeesAnErrorFixesItAndPublishes() {
        TestLibrary library = TestServer.library();
        String id = "browser-" + Fixtures.unique().replace("-", "");
        String path = TestLibrary.path(id);
        library.module(id);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        String original = library.read(path);

        try (RealBrowser browser = new RealBrowser(RealBrowser.DESKTOP)) {
            browser.signIn(Fixtures.aUser(org, Role.AUTHOR).email(), Fixtures.PASSWORD);
            assertEquals("/library", browser.waitForPath("/library"));
            browser.find("tr[data-module=" + id + "] a").click();

            // Preview: take the quiz as a rep would.
            browser.find("label[for=q1-b]").click();
            browser.find("label[for=q2-a]").click();
            browser.find("label[for=q2-b]").click();
            browser.type("#q3", "5");
            browser.find("form.quiz button[type=submit]").click();
            assertEquals("3 of 3 right", browser.find("#score-heading").getText());
            browser.screenshot("author-preview-result");

            // Edit: break an option marker and check it. The editor has no direct publish.
            browser.open("/library/modules/" + id + "/edit");
            assertTrue(browser.driver().findElements(By.cssSelector("button[value=publish]")).isEmpty(), "no publish in the editor");
            assertEquals("Save draft", browser.find("form.editor button.primary").getText());
            WebElement textarea = browser.find("#markdown");
            textarea.clear();
            textarea.sendKeys(original.replace("- [ ] The budget", "- [] The budget"));
            browser.find("button[value=check]").click();
            assertTrue(browser.find("#file-problems").getText().contains("- [ ]"), browser.find("#file-problems").getText());
            assertEquals(original, library.read(path), "nothing written while the module has problems");
            browser.screenshot("author-editor-error");

            // Fix it and save a draft: it lands on the draft page, and reps still get the published text.
            textarea = browser.find("#markdown");
            textarea.clear();
            textarea.sendKeys(original.replace("Ask about the cost", "Start with the cost"));
            browser.find("button[value=save]").click();
            browser.waitForUrlContaining("notice=saved");
            assertTrue(browser.find(".draft-banner").getText().contains("only authors and admins"));
            assertTrue(browser.find(".lesson").getText().contains("Start with the cost"));
            assertEquals(1, TestServer.bean(CourseQueries.class).live(id).orElseThrow().version(), "a saved draft is not published");
            assertEquals(original, library.read(path));
            browser.screenshot("author-draft-saved");

            // Publish from the draft page.
            browser.find("form[action$='/publish'] button").click();
            browser.waitForUrlContaining("published=" + id);
            assertTrue(browser.find("[role=status]").getText().contains("Published"), () -> browser.find("main").getText());
            assertEquals(2, TestServer.bean(CourseQueries.class).live(id).orElseThrow().version());
            assertTrue(library.read(path).contains("Start with the cost"));
        }
    }
}
