package org.clockwise.web.library;

import java.text.Normalizer;
import java.util.Locale;

/** A module id and file path suggested from a title: lower case, accents dropped, words joined by '-'. */
final class Slugs {

    private Slugs() {
    }

    static String id(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "my-new-module" : slug;
    }

    static String path(String id) {
        return "modules/" + id + ".md";
    }
}
