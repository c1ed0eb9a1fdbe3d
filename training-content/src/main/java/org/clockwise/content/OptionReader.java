package org.clockwise.content;

import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one task-list item of a question: its box, its text and the feedback indented under it. */
final class OptionReader {

    private OptionReader() {
    }

    /**
     * The option at 0-based {@code position}, or null when the item is not a valid option (the
     * problem is logged, or was already logged by {@link MarkerScanner}).
     */
    static Option read(Node item, int position, Set<Integer> flagged, Markdown markdown, ProblemLog log) {
        int line = Trees.line(item);
        if (flagged.contains(line - 1)) {
            return null;
        }
        if (!(item.getFirstChild() instanceof TaskListItemMarker marker)) {
            log.at(line, "list item without a checkbox: write `- [ ] text` for a wrong option or `- [x] text` for a right one");
            return null;
        }
        Node first = marker.getNext();
        String text = first instanceof Paragraph ? Trees.plainText(first) : "";
        if (text.isEmpty()) {
            log.at(line, "option with no text: write the answer after the box, like `- [x] The buyer named a sponsor`");
        }
        List<BlockQuote> feedback = new ArrayList<>();
        for (Node child = first instanceof Paragraph ? first.getNext() : first; child != null; child = child.getNext()) {
            if (child instanceof BlockQuote quote) {
                feedback.add(quote);
            } else if (!QuizParser.anyFlagged(child, flagged)) {
                log.at(Trees.line(child), "only a `>` feedback blockquote may be indented under an option: "
                        + "options are not nested, and the option's text stays on its first line");
            }
        }
        String feedbackHtml = feedback.isEmpty() ? "" : markdown.renderContents(feedback);
        return new Option(Option.keyFor(position), text, marker.isChecked(), feedbackHtml, line);
    }
}
