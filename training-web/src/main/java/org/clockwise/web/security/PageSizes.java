package org.clockwise.web.security;

import org.clockwise.core.BoundedMap;

/**
 * The last rendered length of each view (issue 13, "Speed"): a page's buffer starts at about that
 * size instead of 8 KB and growing by copying up to the page's size (the team dashboard is 131 KB).
 * Views are a fixed set of templates; the map is bounded all the same.
 */
final class PageSizes {

    static final int FIRST = 8 * 1024;
    static final int MAX_VIEWS = 512;
    /** The largest start size: a rare huge page does not make every later buffer huge. */
    static final int MAX_START = 1024 * 1024;

    private final BoundedMap<String, Integer> lastLength = new BoundedMap<>(MAX_VIEWS);

    /** A start capacity for this view: its last length and an eighth more, or {@link #FIRST}. */
    int expected(String viewName) {
        Integer last = lastLength.get(viewName);
        if (last == null) {
            return FIRST;
        }
        return (int) Math.min(MAX_START, last + (last >> 3) + 64L);
    }

    void rendered(String viewName, int length) {
        lastLength.put(viewName, length);
    }
}
