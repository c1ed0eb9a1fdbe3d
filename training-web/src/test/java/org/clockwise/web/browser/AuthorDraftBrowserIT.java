package org.clockwise.web.browser;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.people.Role;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An author writes a new module from a title, checks it (problems link to their lines), saves a
 * draft, answers its quiz, publishes it, and compares and restores versions: on a laptop and a phone.
 */
class AuthorDraftBrowserIT extends ServerTest {

    @ParameterizedTest
    @ValueSource(strings = {"desktop", "phone"})
    void draftPreviewPublishCompareRestore(String device) {
        Dimension size = device.equals("desktop") ? new Dimension(1366, 900) : RealBrowser.PHONE;
        String title = "Browser draft " + Fixtures.unique().replace("-", " ");
        String id = title.toLowerCase().replace(' ', '-');
        try (RealBrowser browser = new RealBrowser(size)) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.signIn(Fixtures.aUser(org, Role.AUTHOR).email(), Fixtures.PASSWORD);

            // A new module from its title: id and path suggested.
            browser.open("/library/new");
            assertEquals("New module · Clockwise", browser.driver().getTitle().replace('\u00a0', ' '));
            browser.type("#title-start", title);
            browser.find("form.title-start button").click();
            browser.waitForUrlContaining("title=");
            assertEquals("modules/" + id + ".md", browser.find("#path").getAttribute("value"));
            assertLabelled(browser, js);

            // Check a text with a broken option: the problem links to its line.
            String good = TestLibrary.moduleText(id, title, "Open with the cost of doing nothing.");
            setText(js, browser.find("#markdown"), good.replace("- [ ] The budget", "- [] The budget"));
            browser.find("button[value=check]").click();
            WebElement link = browser.find("#file-problems a.line-link");
            assertFalse(browser.find("#file-problems code").getText().isEmpty(), "messages show code, not backticks");
            assertFalse(browser.find("#file-problems").getText().contains("`"));
            int line = Integer.parseInt(link.getAttribute("data-line"));
            link.click();
            Long selectionStart = (Long) js.executeScript("return document.getElementById('markdown').selectionStart;");
            String before = good.replace("- [ ] The budget", "- [] The budget").lines().limit(line - 1)
                    .mapToInt(l -> l.length() + 1).sum() + "";
            assertEquals(before, String.valueOf(selectionStart), "the link selects its line in the text");
            assertNoSideScroll(browser, js);
            browser.screenshot("author-editor-problems-" + device);

            // Save the fixed text as a draft; answer its quiz; land on the feedback.
            setText(js, browser.find("#markdown"), good);
            browser.find("button[value=save]").click();
            browser.waitForUrlContaining("notice=saved");
            assertTrue(browser.find(".draft-banner").getText().contains("only authors and admins"));
            assertTrue(TestServer.bean(CourseQueries.class).live(id).isEmpty(), "a draft is not published");
            assertFalse(browser.find(".answer-key").getText().isEmpty());
            browser.find("label[for=q1-b]").click();
            browser.find("label[for=q2-a]").click();
            browser.find("label[for=q2-b]").click();
            browser.type("#q3", "5");
            browser.find("form.quiz button[type=submit]").click();
            browser.waitForUrlContaining("#feedback");
            assertEquals("3 of 3 right", browser.find("#feedback #score-heading").getText());
            Long feedbackTop = (Long) js.executeScript("return Math.round(document.getElementById('feedback').getBoundingClientRect().top);");
            assertTrue(feedbackTop < 200, "the page lands on the feedback, not the top of the lesson: " + feedbackTop);
            assertNoSideScroll(browser, js);
            browser.screenshot("author-draft-feedback-" + device);

            // Publish this module: the library highlights it.
            browser.open(browser.path().replace("/check", ""));
            browser.find("form[action$='/publish'] button").click();
            browser.waitForUrlContaining("published=" + id);
            WebElement row = browser.find("tr[data-module='" + id + "']");
            assertTrue(row.getAttribute("class").contains("just-published"));
            assertTrue(row.getText().contains("just published"));
            assertNoSideScroll(browser, js);
            browser.screenshot("author-library-published-" + device);

            // Change it, then compare and restore.
            browser.open("/library/modules/" + id + "/edit");
            setText(js, browser.find("#markdown"), good.replace("Open with the cost", "Start with the cost"));
            browser.find("button[value=save]").click();
            browser.waitForUrlContaining("notice=saved");
            browser.find("form[action$='/publish'] button").click();
            browser.waitForUrlContaining("published=" + id);
            browser.open("/library/modules/" + id + "/versions");
            assertTrue(browser.find(".diff .diff-added").getText().contains("Start with the cost"));
            assertTrue(browser.find(".diff .diff-removed").getText().contains("Open with the cost"));
            assertNoSideScroll(browser, js);
            browser.screenshot("author-versions-diff-" + device);
            browser.find("tr[data-version='1'] form button").click();
            browser.waitForUrlContaining("notice=restored");
            assertEquals(3, TestServer.bean(CourseQueries.class).live(id).orElseThrow().version());
            assertTrue(browser.find("[role=status]").getText().contains("Restored"));
            browser.screenshot("author-versions-restored-" + device);

            // Folder publish asks first.
            browser.open("/library");
            browser.find("a[href='/library/publish']").click();
            browser.waitForPath("/library/publish");
            assertTrue(browser.find("input[name=confirm]").getAttribute("value").equals("yes"));
            assertNoSideScroll(browser, js);
            browser.screenshot("author-publish-confirm-" + device);
        }
    }

    private static void setText(JavascriptExecutor js, WebElement textarea, String text) {
        js.executeScript("arguments[0].value = arguments[1];", textarea, text);
    }

    /** Every form control on the editor has a label. */
    private static void assertLabelled(RealBrowser browser, JavascriptExecutor js) {
        Long unlabelled = (Long) js.executeScript("return Array.from(document.querySelectorAll('main input:not([type=hidden]), main textarea'))"
                + ".filter(e => !(e.labels && e.labels.length)).length;");
        assertEquals(0L, unlabelled, "every field has a label");
    }

    private static void assertNoSideScroll(RealBrowser browser, JavascriptExecutor js) {
        Boolean fits = (Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        // On failure, name the elements whose hiding removes the sideways scroll.
        Object wide = fits ? "" : js.executeScript("const out = [];"
                + "for (const e of document.querySelectorAll('body *')) { const d = e.style.display; e.style.display = 'none';"
                + " const w = document.documentElement.scrollWidth; e.style.display = d;"
                + " if (w <= window.innerWidth && out.length < 6) out.push(e.tagName + '.' + e.className); }"
                + "return 'inner ' + window.innerWidth + ', width ' + document.documentElement.scrollWidth + ', fixed by hiding: ' + out.join(' > ');");
        assertTrue(fits, "no sideways page scroll on " + browser.path() + ": " + wide);
    }
}
