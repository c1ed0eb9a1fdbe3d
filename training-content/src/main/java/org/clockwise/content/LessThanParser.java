package org.clockwise.content;

import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

import java.util.Set;

/**
 * Parses {@code <} before commonmark's own autolink and inline-HTML parsers do.
 *
 * <p>Those look for the closing {@code >} up to the end of the paragraph, once per {@code <}: a
 * paragraph of a few thousand {@code <} takes seconds, a megabyte takes hours. Inline HTML is
 * escaped on output anyway, so only autolinks ({@code <https://…>}, {@code <me@example.com>})
 * need the built-in parser; they cannot contain spaces or {@code <}, so a short look ahead on the
 * same line decides. Everything else is a literal {@code <}.
 */
final class LessThanParser implements InlineContentParser {

    private static final int MAX_AUTOLINK = 2048;

    static final InlineContentParserFactory FACTORY = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('<');
        }

        @Override
        public InlineContentParser create() {
            return new LessThanParser();
        }
    };

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next();
        Position afterLessThan = scanner.position();
        boolean schemeOrAt = false;
        for (int length = 0; length < MAX_AUTOLINK; length++) {
            char c = scanner.peek();
            if (c == '>') {
                return schemeOrAt ? ParsedInline.none() : literal(afterLessThan);
            }
            if (c == Scanner.END || c == '<' || c <= ' ') {
                break;
            }
            schemeOrAt |= c == ':' || c == '@';
            scanner.next();
        }
        return literal(afterLessThan);
    }

    private static ParsedInline literal(Position afterLessThan) {
        return ParsedInline.of(new Text("<"), afterLessThan);
    }
}
