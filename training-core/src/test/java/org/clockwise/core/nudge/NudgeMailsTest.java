package org.clockwise.core.nudge;

import org.clockwise.core.mail.Mail;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NudgeMailsTest {

    private static final NudgeQueries.Due DUE = new NudgeQueries.Due(42, 1, "rep@example.test", "Jo <b>&",
            "Acme \"Sales\" & Co", LocalDate.parse("2026-03-02"));

    private static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected «" + part + "» in:\n" + text);
        }
    }

    @Test
    void namesAndTitlesAreEscapedInHtmlAndKeptInText() {
        Mail mail = NudgeMails.nudge(DUE, new NudgeMails.Nudge("Jo <b>&", "Acme \"Sales\" & Co", "Objections <101> & more",
                4, "Day 3 of your first 30 days", 2, 5, "https://x.test/today", "https://x.test/unsubscribe/t"));
        contains(mail.html(), "Jo &lt;b&gt;&amp;", "Objections &lt;101&gt; &amp; more", "Acme &quot;Sales&quot; &amp; Co");
        assertFalse(mail.html().contains("<b>&") || mail.html().contains("<101>"), mail.html());
        contains(mail.text(), "Objections <101> & more (4 minutes)", "Why: Day 3 of your first 30 days",
                "Reviews in today's plan: 2", "Streak: 5 days", "https://x.test/today", "Acme \"Sales\" & Co");
        assertEquals("<https://x.test/unsubscribe/t>", mail.headers().get("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", mail.headers().get("List-Unsubscribe-Post"));
        assertEquals("nudge:42:2026-03-02", mail.dedupeKey());
    }

    @Test
    void aPlanOfReviewsOnlySaysSo() {
        Mail mail = NudgeMails.nudge(DUE, new NudgeMails.Nudge("Jo", "Acme", null, 0, null, 3, 1,
                "https://x.test/today", "https://x.test/unsubscribe/t"));
        assertEquals("Today: 3 reviews", mail.subject());
        assertFalse(mail.text().contains("lesson"), mail.text());
        contains(mail.text(), "Streak: 1 day\n");
    }

    @Test
    void theDigestListsItsSections() {
        Mail mail = NudgeMails.digest(DUE, new NudgeMails.Digest("Mo", "Acme", LocalDate.parse("2026-03-02"), 4, 3, 5, 27,
                List.of("Sam <S>: quiet for 9 days"), List.of(), List.of("Ann: Pricing, due 2026-03-04"),
                "https://x.test/team", "https://x.test/unsubscribe/t"));
        contains(mail.text(), "Active reps: 3 of 4", "Plans completed: 5", "Minutes learned: 27",
                "Reps gone quiet:\n- Sam <S>: quiet for 9 days", "Coach first:\n- none", "Ann: Pricing, due 2026-03-04");
        contains(mail.html(), "Sam &lt;S&gt;");
        assertEquals("digest:42:2026-03-02", mail.dedupeKey());
    }
}
