package org.clockwise.web.security;

import org.clockwise.core.people.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Issue 13, "Speed": what a kept page is compared on, each input on its own (RenderedPagesIT does it over HTTP). */
class RenderedPagesTest {

    static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    record Line(String title, boolean done) {
    }

    record Day(LocalDate day, List<Line> lines) {
    }

    static Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put("today", new Day(LocalDate.of(2026, 11, 30), List.of(new Line("Buying clock", false))));
        v.put("lesson", null);
        v.put("csrfField", "_csrf");
        v.put("csrfToken", "token-1");
        v.put("currentUser", new CurrentUser(7, "riley@example.test", "Riley", EnumSet.of(Role.REP), SESSION));
        v.put("languageSetting", "");
        v.put("currentPath", "/today");
        return v;
    }

    /** The same variable with another value, as a new request could bring it. */
    static Object changed(String name) {
        return switch (name) {
            case "today" -> new Day(LocalDate.of(2026, 12, 1), List.of(new Line("Buying clock", false)));
            case "lesson" -> new Line("Buying clock", true);
            case "csrfToken" -> "token-2";
            case "currentUser" -> new CurrentUser(7, "riley@example.test", "Riley", EnumSet.of(Role.REP),
                    UUID.fromString("00000000-0000-0000-0000-000000000002"));
            case "languageSetting" -> "nl";
            default -> "other";
        };
    }

    static KeptPage page(String text) {
        return new KeptPage(text.getBytes(StandardCharsets.UTF_8));
    }

    RenderedPages pages = new RenderedPages(new PageCacheSettings(1, 5));

    @Test
    void anEqualModelInTheSameLanguageGetsTheKeptPage() {
        RenderedPages.Place place = RenderedPages.place("learn/today", variables());
        KeptPage kept = page("<p>Today</p>");
        pages.keep(place, Locale.ENGLISH, variables(), kept);
        assertSame(kept, pages.find(RenderedPages.place("learn/today", variables()), Locale.ENGLISH, variables()),
                "equal, not the same, variables");
        assertEquals(1, pages.hits());
    }

    @Test
    void everyVariableAndTheLanguageCount() {
        RenderedPages.Place place = RenderedPages.place("learn/today", variables());
        pages.keep(place, Locale.ENGLISH, variables(), page("<p>Today</p>"));
        for (String name : variables().keySet()) {
            Map<String, Object> other = variables();
            other.put(name, changed(name));
            assertNull(pages.find(place, Locale.ENGLISH, other), name + " changed");
        }
        Map<String, Object> more = variables();
        more.put("notice", "saved");
        assertNull(pages.find(place, Locale.ENGLISH, more), "a variable more");
        assertNull(pages.find(place, Locale.forLanguageTag("nl"), variables()), "another language");
        assertNotNull(pages.find(place, Locale.ENGLISH, variables()), "and the same inputs still match");
    }

    @Test
    void aPageIsKeptPerViewPersonAndPath() {
        Map<String, Object> mine = variables();
        Map<String, Object> theirs = variables();
        theirs.put("currentUser", new CurrentUser(8, "sam@example.test", "Sam", EnumSet.of(Role.REP), SESSION));
        assertEquals(new RenderedPages.Place("learn/today", 7, "/today"), RenderedPages.place("learn/today", mine));
        assertEquals(new RenderedPages.Place("learn/today", 8, "/today"), RenderedPages.place("learn/today", theirs));
        assertNull(RenderedPages.place("learn/lesson", mine), "a view not kept");
        Map<String, Object> anonymous = variables();
        anonymous.remove("currentUser");
        assertNull(RenderedPages.place("learn/today", anonymous), "nobody signed in");
    }

    @Test
    void theKeptPagesStayWithinTheirBytes() {
        String big = "x".repeat(200 * 1024); // weighs about 400 KB with its model: two fit in a megabyte, not three
        for (long user = 1; user <= 3; user++) {
            Map<String, Object> v = variables();
            v.put("currentUser", new CurrentUser(user, "u@example.test", "U", EnumSet.of(Role.REP), SESSION));
            pages.keep(RenderedPages.place("learn/today", v), Locale.ENGLISH, v, page(big));
        }
        Map<String, Object> first = variables();
        first.put("currentUser", new CurrentUser(1, "u@example.test", "U", EnumSet.of(Role.REP), SESSION));
        assertNull(pages.find(RenderedPages.place("learn/today", first), Locale.ENGLISH, first), "the least recent went");
        assertEquals(0, new RenderedPages(new PageCacheSettings(0, 5)).hits());
    }
}
