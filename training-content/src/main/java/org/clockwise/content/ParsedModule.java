package org.clockwise.content;

import org.commonmark.node.Node;

/**
 * A module file after the first pass: decoded, front matter read, Markdown parsed. Links still
 * point at files, because resolving them needs every module's id.
 *
 * @param path        library-relative path
 * @param hash        SHA-256 hex of the file's bytes
 * @param source      the text and its lines, or null when the file could not be decoded
 * @param frontMatter what the front matter says (empty when missing or unreadable)
 * @param document    the parsed body, or null when it could not or must not be parsed
 * @param log         the file's problems so far; later passes add to it
 */
record ParsedModule(String path, String hash, SourceText source, FrontMatter frontMatter, Node document, ProblemLog log) {

    String validId() {
        return frontMatter.validId();
    }
}
