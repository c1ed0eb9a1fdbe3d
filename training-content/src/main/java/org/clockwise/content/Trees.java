package org.clockwise.content;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks commonmark trees without recursion: author input can nest deeper than the Java stack
 * (commonmark's own visitors are recursive), so everything here follows sibling and parent links.
 */
final class Trees {

    private Trees() {
    }

    /** Visits {@code root} and all its descendants in document order. */
    static void forEach(Node root, Consumer<Node> action) {
        Node node = root;
        while (node != null) {
            action.accept(node);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == root ? null : node.getNext();
        }
    }

    /** The first node nested more than {@code limit} levels below {@code root}, or null. */
    static Node deeperThan(Node root, int limit) {
        int depth = 0;
        Node node = root;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > limit) {
                    return node;
                }
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == root ? null : node.getNext();
        }
        return null;
    }

    /** The children of {@code parent}, copied so they can be moved while iterating. */
    static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /**
     * The 1-based line where {@code node} starts. Inline nodes carry no source spans (the parser
     * records block spans only, which is all the checks need), so for them the line is the
     * enclosing block's first line plus the line breaks before the node inside that block.
     */
    static int line(Node node) {
        int breaks = 0;
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1 + breaks;
            }
            for (Node before = n.getPrevious(); before != null; before = before.getPrevious()) {
                breaks += lineBreaksIn(before);
            }
        }
        return 1;
    }

    private static int lineBreaksIn(Node node) {
        int[] count = {0};
        forEach(node, n -> {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** The 0-based line indexes covered by a block node's source spans. */
    static List<Integer> lineIndexes(Node block) {
        List<Integer> lines = new ArrayList<>();
        for (SourceSpan span : block.getSourceSpans()) {
            lines.add(span.getLineIndex());
        }
        return lines;
    }

    /** The text of inline content with markup dropped and white space collapsed. */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        forEach(node, n -> {
            if (n instanceof Text t) {
                text.append(t.getLiteral());
            } else if (n instanceof Code c) {
                text.append(c.getLiteral());
            } else if (n instanceof HtmlInline h) {
                text.append(h.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text.append(' ');
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
