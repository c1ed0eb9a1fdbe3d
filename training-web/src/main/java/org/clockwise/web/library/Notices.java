package org.clockwise.web.library;

import org.clockwise.core.course.PublishResult;

/** Short codes for the outcome of a publish, carried through the redirect after a POST. */
final class Notices {

    private Notices() {
    }

    static String code(PublishResult result) {
        if (result instanceof PublishResult.Published) {
            return "published";
        }
        return result instanceof PublishResult.Unchanged ? "unchanged" : "refused";
    }

    static String text(String code) {
        return switch (code) {
            case "published" -> "Published. Reps see the new versions from now on.";
            case "unchanged" -> "Nothing to publish: the library is exactly what is live.";
            case "refused" -> "The library has problems, so nothing was published. See the list below.";
            default -> null;
        };
    }
}
