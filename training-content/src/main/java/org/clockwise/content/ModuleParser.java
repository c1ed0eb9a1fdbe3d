package org.clockwise.content;

import org.commonmark.node.Node;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** First pass over one module file: size, encoding, front matter, Markdown parse. */
final class ModuleParser {

    /** A five-minute module is a few kilobytes; a megabyte is a mistake or an attack. */
    static final int MAX_BYTES = 1024 * 1024;

    private final Markdown markdown;
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();

    ModuleParser(Markdown markdown) {
        this.markdown = markdown;
    }

    /** The problem for a file that is too large to read at all. */
    ParsedModule tooLarge(String path, long size) {
        ProblemLog log = new ProblemLog(path);
        log.at(1, "file too large: " + megabytes(size) + ", the limit is 1 MB per module; a five-minute module "
                + "is a few kB, so split it into smaller modules");
        return new ParsedModule(path, "", null, FrontMatter.none(), null, log);
    }

    ParsedModule parse(String path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge(path, bytes.length);
        }
        ProblemLog log = new ProblemLog(path);
        String hash = sha256(bytes);
        String text = SourceText.decodeUtf8(bytes, log);
        if (text == null) {
            return new ParsedModule(path, hash, null, FrontMatter.none(), null, log);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            log.at(SourceText.of(text.substring(0, nul)).lines().size(),
                    "file contains NUL characters: it looks binary, not Markdown; save it as plain UTF-8 text");
            return new ParsedModule(path, hash, null, FrontMatter.none(), null, log);
        }
        SourceText source = SourceText.of(text);
        FrontMatter frontMatter = frontMatterParser.parse(source.lines(), log);
        if (frontMatter.unclosed() || !InputGuard.acceptsLines(source.lines(), frontMatter.bodyStart(), log)) {
            return new ParsedModule(path, hash, source, frontMatter, null, log);
        }
        // Blank lines stand in for the front matter, so parser lines are file lines.
        String body = "\n".repeat(frontMatter.bodyStart()) + source.from(frontMatter.bodyStart());
        Node document;
        try {
            document = markdown.parse(body);
        } catch (StackOverflowError e) {
            // Last resort behind InputGuard: a parse that recursed too deep fails alone, not the whole load.
            log.at(frontMatter.bodyStart() + 1, "nested too deeply to read: flatten nested lists, quotes and emphasis");
            return new ParsedModule(path, hash, source, frontMatter, null, log);
        }
        if (!InputGuard.acceptsTree(document, log)) {
            document = null;
        }
        return new ParsedModule(path, hash, source, frontMatter, document, log);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
