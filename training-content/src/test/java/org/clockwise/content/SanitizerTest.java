package org.clockwise.content;

import org.clockwise.content.testing.TestLibrary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * XSS payloads through every way Markdown reaches HTML: raw HTML blocks and inline HTML, links,
 * images, autolinks, reference links, entity and whitespace tricks; in the lesson, in option
 * feedback and in explanations. The output must carry no script, event handler, style, iframe,
 * form, object or {@code javascript:}/{@code data:}/{@code vbscript:} URL.
 */
class SanitizerTest {

    @TempDir
    static Path dir;

    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<style>body{display:none}</style>",
                "<form action=\"https://evil.example\"><input name=x><button>Go</button></form>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<<script>script>alert(1)<</script>/script>",
                "Text with <a href=\"javascript:alert(1)\">inline HTML</a> link",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](jav&#x61;script:alert(1))",
                "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
                "[click](java&#09;script:alert(1))",
                "[click](<javascript:alert(1)>)",
                "[click](vbscript:msgbox(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](javascript:alert(1))",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![x](x.png\" onerror=\"alert(1))",
                "<javascript:alert(1)>",
                "<vbscript:msgbox(1)>",
                "[ref]\n\n[ref]: javascript:alert(1)",
                "![ref][img]\n\n[img]: data:image/png;base64,AAAA",
                "[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
                "[x](https://ok.example/\"onmouseover=\"alert(1))",
                "`<script>alert(1)</script>` in code",
                "```html\n<script>alert(1)</script>\n```",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "| a |\n|---|\n| <img src=x onerror=alert(1)> [t](javascript:alert(1)) |",
                "# Quiz-less heading <script>alert(1)</script>".replace("# ", "## "),
                "[x](\u0001javascript:alert(1))");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void lessonHtmlIsSafe(String payload) {
        String html = load("Lesson.\n\n" + payload + "\n").lessonHtml();
        assertSafe(html, payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void feedbackAndExplanationAreSafe(String payload) {
        String quoted = payload.lines().map(l -> "  > " + l).reduce("", (a, b) -> a + b + "\n");
        String explanation = payload.lines().map(l -> "> " + l).reduce("", (a, b) -> a + b + "\n");
        Course course = load("# Quiz\n\n## Q?\n- [x] A\n" + quoted + "- [ ] B\n\n" + explanation);
        Question question = course.quiz().questions().get(0);
        assertSafe(question.options().get(0).feedbackHtml(), payload);
        assertSafe(question.explanationHtml(), payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void theAllowListAloneStopsRawPayloads(String payload) {
        assertSafe(new HtmlSanitizer().sanitize(payload), payload);
    }

    @Test
    void rawHtmlIsShownAsText() {
        String html = load("Use <b>bold</b> and <script>x</script>.\n").lessonHtml();
        assertEquals("<p>Use &lt;b&gt;bold&lt;/b&gt; and &lt;script&gt;x&lt;/script&gt;.</p>\n", html);
    }

    @Test
    void safeMarkdownSurvives() {
        String html = load("## Section\n\n**Bold**, *em*, `code`, [link](https://example.com).\n\n"
                + "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```java\nint x;\n```\n\n1. one\n2. two\n\n---\n").lessonHtml();
        assertTrue(html.contains("<h2 id=\"section\">Section</h2>"), html);
        assertTrue(html.contains("<strong>Bold</strong>"), html);
        assertTrue(html.contains("<th align=\"left\">a</th>"), html);
        assertTrue(html.contains("<code class=\"language-java\">int x;\n</code>"), html);
        assertTrue(html.contains("<a href=\"https://example.com\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">link</a>"), html);
        assertTrue(html.contains("<hr>"), html);
    }

    @Test
    void theLessonNeverRevealsTheAnswers() {
        Course course = load("Lesson text.\n\n# Quiz\n\n## Which?\n- [ ] Decoy answer\n  > Decoy feedback\n"
                + "- [x] Secret right answer\n  > Secret feedback\n\n> Secret explanation\n\n## How much?\n```answer\n4711\n```\n");
        String lesson = course.lessonHtml();
        for (String secret : List.of("Secret", "Decoy", "4711", "checkbox", "checked", "Quiz", "Which?")) {
            assertFalse(lesson.contains(secret), () -> secret + " leaked into " + lesson);
        }
    }

    private static Course load(String body) {
        LoadResult result = TestLibrary.in(dir).write("assets/x.png", "x").moduleWithBody("xss", body).load();
        return result.library().course("xss").orElseThrow(() -> new AssertionError(ProblemAssert.all(result)));
    }

    static void assertSafe(String html, String payload) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), () -> "script in " + html + " from " + payload);
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = element.tagName();
            if (List.of("script", "iframe", "style", "form", "input", "button", "object", "embed", "svg", "math", "body", "details")
                    .contains(tag) && element != element.ownerDocument().body()) {
                fail("<" + tag + "> in " + html + " from " + payload);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.contains("href") && !name.equals("href")) {
                    fail("attribute " + name + " in " + html + " from " + payload);
                }
                if (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:")) {
                    fail("URL " + value + " in " + html + " from " + payload);
                }
            }
        }
    }
}
