package org.clockwise.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds option markers that are almost right, on the raw lines of the quiz.
 *
 * <p>The parser cannot report these: {@code -[x] B} is not a list item at all (it even glues
 * itself onto the option above as a lazy continuation line), and {@code - []} or {@code - [v]}
 * are plain list items. Accepted markers are {@code [ ]}, {@code [x]} and {@code [X]} after a
 * {@code -}, {@code *}, {@code +} or {@code 1.} bullet and a space, then a space and the text.
 */
final class MarkerScanner {

    private static final Pattern ATTEMPT = Pattern.compile(
            "^\\s*(?<bullet>[-*+]|\\d{1,9}[.)])?(?<gap>[ \\t]*)(?<open>[\\[(])(?<mark>[^\\])]{0,3})(?<close>[\\])])(?<rest>.*)$");

    private static final Set<String> BOXES = Set.of(" ", "x", "X");

    private static final String HOW = "write `- [ ]` for a wrong option or `- [x]` for a right one";

    /**
     * Reports malformed markers on {@code lines} (0-based indexes from {@code from}, skipping
     * {@code skip}, the lines of code and HTML blocks) and returns the 0-based indexes reported.
     */
    Set<Integer> scan(List<String> lines, int from, Set<Integer> skip, ProblemLog log) {
        Set<Integer> flagged = new HashSet<>();
        for (int i = from; i < lines.size(); i++) {
            if (skip.contains(i)) {
                continue;
            }
            String message = check(lines.get(i));
            if (message != null) {
                log.at(i + 1, message);
                flagged.add(i);
            }
        }
        return flagged;
    }

    /** What is wrong with a line that tries to be an option, or null when it is fine or no attempt. */
    static String check(String line) {
        if (line.length() > 10_000) {
            return null;
        }
        Matcher m = ATTEMPT.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String bullet = m.group("bullet");
        String mark = m.group("mark");
        String rest = m.group("rest");
        boolean square = m.group("open").equals("[") && m.group("close").equals("]");
        String marker = m.group("open") + mark + m.group("close");
        if (rest.startsWith("(") || rest.startsWith("[") || rest.startsWith(":")) {
            return null; // a link, reference link or link definition, not a box
        }
        if (bullet == null) {
            if (!square || !(mark.isEmpty() || BOXES.contains(mark))) {
                return null;
            }
            return "option `" + marker + (rest.isBlank() ? "" : " …") + "` has no list bullet: write `- " + marker + " …`";
        }
        if (!square) {
            if (!(mark.isEmpty() || BOXES.contains(mark) || mark.equals("v"))) {
                return null; // "- (a) text" or "- (optional)": not meant as a box
            }
            return "option marked `" + bullet + " " + marker + "`: options use square brackets; " + HOW;
        }
        if (mark.isEmpty()) {
            return "option marked `" + bullet + " []`: " + HOW;
        }
        if (!BOXES.contains(mark)) {
            return "malformed option marker `" + marker + "`: " + HOW;
        }
        if (m.group("gap").isEmpty()) {
            return "option marker `" + bullet + marker + "` needs a space after the `" + bullet + "`: write `"
                    + bullet + " " + marker + "`";
        }
        if (rest.isBlank()) {
            return "option with no text: write the answer after the box, like `- " + marker + " The buyer named a sponsor`";
        }
        if (!Character.isWhitespace(rest.charAt(0))) {
            return "option marker `" + marker + "` needs a space before the text: write `- " + marker + " " + rest.strip() + "`";
        }
        return null;
    }
}
