package org.clockwise.content;

import org.commonmark.node.Node;

import java.util.List;

/**
 * Refuses Markdown shapes that would make commonmark slow or overflow the stack, with a message
 * an author can act on. Honest lessons never come near these limits.
 *
 * <ul>
 *   <li>Containers nested more than {@value #MAX_LINE_NESTING} deep on one line
 *       ({@code >>>>…}, {@code - - - …}): commonmark's task-list post-processor and renderer
 *       recurse once per level.</li>
 *   <li>More than {@value #MAX_RUN} lines without a blank line: commonmark copies a paragraph's
 *       lines for every new line, which is quadratic.</li>
 *   <li>A parsed tree deeper than {@value #MAX_TREE_DEPTH}, however it was reached.</li>
 * </ul>
 */
final class InputGuard {

    static final int MAX_LINE_NESTING = 32;
    static final int MAX_RUN = 2000;
    static final int MAX_TREE_DEPTH = 64;

    private InputGuard() {
    }

    /** Checks lines from 0-based {@code from}; false (with the problem logged) when the text must not be parsed. */
    static boolean acceptsLines(List<String> lines, int from, ProblemLog log) {
        int run = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            run = line.isBlank() ? 0 : run + 1;
            if (run > MAX_RUN) {
                log.at(i + 1, "more than " + MAX_RUN + " lines without a blank line: break the text into paragraphs, "
                        + "or split the module");
                return false;
            }
            if (nesting(line) > MAX_LINE_NESTING) {
                log.at(i + 1, "nested more than " + MAX_LINE_NESTING + " levels deep (quotes `>` or list bullets): "
                        + "flatten the nesting");
                return false;
            }
        }
        return true;
    }

    /** Checks a parsed tree; false (with the problem logged) when it must not be rendered. */
    static boolean acceptsTree(Node document, ProblemLog log) {
        Node deep = Trees.deeperThan(document, MAX_TREE_DEPTH);
        if (deep != null) {
            log.at(Trees.line(deep), "nested more than " + MAX_TREE_DEPTH + " levels deep (lists, quotes or emphasis): "
                    + "flatten the nesting");
            return false;
        }
        return true;
    }

    // Not a regex: a back-reference inside a repeated group recurses once per character.
    private static boolean isThematicBreak(String line) {
        char mark = 0;
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            if ((c != '-' && c != '*' && c != '_') || (mark != 0 && c != mark)) {
                return false;
            }
            mark = c;
            count++;
        }
        return count >= 3;
    }

    /** How many container markers ({@code >}, bullets, {@code 1.}) open the line. */
    static int nesting(String line) {
        if (isThematicBreak(line)) {
            return 0;
        }
        int depth = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            int start = i;
            while (i < n && i - start < 4 && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = line.charAt(i);
            if (c == '>') {
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && (line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t')) {
                i += 2;
            } else {
                int digits = i;
                while (digits < n && digits - i < 9 && Character.isDigit(line.charAt(digits))) {
                    digits++;
                }
                if (digits == i || digits + 1 >= n || (line.charAt(digits) != '.' && line.charAt(digits) != ')')
                        || line.charAt(digits + 1) != ' ') {
                    break;
                }
                i = digits + 2;
            }
            depth++;
        }
        return depth;
    }
}
