package org.clockwise.content;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * The commonmark parser and renderer, built once; both are immutable and thread-safe.
 *
 * <p>Rendering escapes raw HTML and drops URLs other than http(s), mailto and relative ones
 * (commonmark's default also lets {@code data:} through); {@link HtmlSanitizer} then checks the
 * result against an allow-list, in case anything slips past.
 */
final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), TaskListItemsExtension.create(), HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            // Block spans give every block its lines; inline lines are derived (see Trees.line).
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .customInlineContentParserFactory(LessThanParser.FACTORY)
            .build();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Renders a document to sanitized HTML. */
    String render(Node document) {
        return sanitizer.sanitize(renderer.render(document));
    }

    /**
     * Renders what is inside the given blockquotes (feedback, explanations) as one piece of
     * sanitized HTML, without the {@code <blockquote>} itself: the page decides how to frame it.
     * The blockquotes' children are moved out of their tree.
     */
    String renderContents(List<? extends Node> quotes) {
        Document document = new Document();
        for (Node quote : quotes) {
            for (Node child : Trees.children(quote)) {
                document.appendChild(child);
            }
        }
        return render(document);
    }
}
