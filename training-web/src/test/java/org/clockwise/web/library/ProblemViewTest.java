package org.clockwise.web.library;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemViewTest {

    @Test
    void codeSpansBecomeCodeAfterEscaping() {
        assertEquals("option marked <code>- []</code>: write <code>- [ ]</code>",
                ProblemView.codeSpans("option marked `- []`: write `- [ ]`"));
        assertEquals("<code>&lt;script&gt;</code> &amp; &lt;b&gt;", ProblemView.codeSpans("`<script>` & <b>"));
        assertEquals("an odd ` backtick stays", ProblemView.codeSpans("an odd ` backtick stays"));
    }

    @Test
    void slugsFromTitles() {
        assertEquals("handling-the-price-objection", Slugs.id("Handling the “price” objection!"));
        assertEquals("cafe-discovery", Slugs.id("  Café discovery  "));
        assertEquals("my-new-module", Slugs.id("¿?"));
        assertEquals("modules/x.md", Slugs.path("x"));
    }
}
