package org.clockwise.web.library;

import org.clockwise.core.course.PublishResult;
import org.clockwise.web.render.UiText;

/** Short codes for the outcome of a publish, carried through the redirect after a POST, and what each says. */
final class Notices {

    private Notices() {
    }

    static String code(PublishResult result) {
        if (result instanceof PublishResult.Published) {
            return "published";
        }
        return result instanceof PublishResult.Unchanged ? "unchanged" : "refused";
    }

    /** The notice for a code from the query string; {@code null} for none or an unknown one. */
    static UiText text(String code) {
        String key = switch (code == null ? "" : code) {
            case "published" -> "library.notice.published";
            case "unchanged" -> "library.notice.unchanged";
            case "refused" -> "library.notice.refused";
            case "discarded" -> "library.notice.discarded";
            default -> null;
        };
        return key == null ? null : UiText.of(key);
    }
}
