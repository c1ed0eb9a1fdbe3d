package org.clockwise.content;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/** The id rule shared by modules and catalog entries, and "did you mean" help for typos. */
final class Ids {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    static final String RULE = "lower-case letters, digits and hyphens, starting with a letter or digit";

    private Ids() {
    }

    static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String requireValid(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " must be " + RULE + ": " + id);
        }
        return id;
    }

    /** A valid id close to what the author wrote, for example {@code Buying_Clock} → {@code buying-clock}. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "my-id" : slug;
    }

    /** The known value nearest to {@code typo}, or null when nothing is near enough to be a typo. */
    static String nearest(String typo, Collection<String> known) {
        String best = null;
        int bestDistance = Math.max(2, typo.length() / 3) + 1;
        String lower = typo.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            String other = candidate.toLowerCase(Locale.ROOT);
            // A shortened or lengthened id ("snack-budget" for "snack-budget-minutes") is a typo too.
            boolean partOf = Math.min(lower.length(), other.length()) >= 4 && (other.contains(lower) || lower.contains(other));
            int distance = partOf ? 1 : distance(lower, other, bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    static String didYouMean(String typo, Collection<String> known) {
        String nearest = nearest(typo, known);
        return nearest == null ? "" : " (did you mean `" + nearest + "`?)";
    }

    // Levenshtein distance, giving up early past the limit: ids are short, catalogs are small.
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 200 || b.length() > 200) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
