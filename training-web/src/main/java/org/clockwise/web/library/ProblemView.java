package org.clockwise.web.library;

import org.clockwise.content.Problem;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem as the authors' pages show it: its message escaped first, then each `code span`
 * turned into {@code <code>}, so the text can never inject markup.
 *
 * @param messageHtml safe HTML: escaped text and {@code <code>} elements only
 */
record ProblemView(String path, int line, String messageHtml) {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    static ProblemView of(Problem p) {
        return new ProblemView(p.path(), p.line(), codeSpans(p.message()));
    }

    static List<ProblemView> of(List<Problem> problems) {
        return problems.stream().map(ProblemView::of).toList();
    }

    static String codeSpans(String message) {
        Matcher m = CODE.matcher(escape(message == null ? "" : message));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
