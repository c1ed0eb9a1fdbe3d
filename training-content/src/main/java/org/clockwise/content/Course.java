package org.clockwise.content;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One module of the library: a Markdown file under {@code modules/}, parsed and rendered.
 *
 * <p>Named {@code Course} because {@code Module} clashes with {@link java.lang.Module}. The lesson
 * HTML never contains quiz answers; the quiz is kept apart in {@link #quiz()}.
 *
 * @param id              stable id from front matter, unique in the library, forever
 * @param title           front-matter {@code title}
 * @param summary         front-matter {@code summary}, one sentence
 * @param skills          skill ids from the catalog, at least one in a clean library
 * @param phases          buying-cycle phase ids
 * @param personas        persona ids
 * @param level           front-matter {@code level}, or null when not given
 * @param track           track id, or null when not given
 * @param order           position within the track, or null when not given
 * @param requires        ids of modules to complete first
 * @param path            file path relative to the library root, for example {@code modules/a/b.md}
 * @param lessonHtml      sanitized HTML of everything before {@code # Quiz}; links to other modules
 *                        point at {@code /modules/<id>}, images at {@code /assets/<path>}
 * @param quiz            the quiz, empty when the module has none
 * @param minutes         time to complete, in whole minutes (declared or estimated)
 * @param minutesDeclared whether {@link #minutes()} comes from front matter rather than the estimate
 * @param contentHash     SHA-256 of the file's bytes, lower-case hex: equal hashes mean an unchanged module
 * @param frontMatterLine 1-based line of the opening {@code ---} of the front matter
 * @param source          the file's Markdown as text (without a byte-order mark)
 * @param assets          files the module shows or links, as paths under {@code assets/}, in first-use order
 */
public record Course(String id, String title, String summary, List<String> skills, List<String> phases,
                     List<String> personas, Level level, String track, Integer order, List<String> requires,
                     String path, String lessonHtml, Quiz quiz, int minutes, boolean minutesDeclared,
                     String contentHash, int frontMatterLine, String source, List<String> assets) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public Course {
        Ids.requireValid(id, "module id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        skills = List.copyOf(skills);
        phases = List.copyOf(phases);
        personas = List.copyOf(personas);
        requires = List.copyOf(requires);
        assets = List.copyOf(assets);
        Objects.requireNonNull(path, "path");
        if (path.isBlank() || path.indexOf('\\') >= 0 || path.startsWith("/")) {
            throw new IllegalArgumentException("path must be relative with forward slashes: " + path);
        }
        Objects.requireNonNull(lessonHtml, "lessonHtml");
        Objects.requireNonNull(quiz, "quiz");
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        if (contentHash == null || !SHA_256_HEX.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("contentHash must be lower-case SHA-256 hex: " + contentHash);
        }
        if (frontMatterLine < 1) {
            throw new IllegalArgumentException("frontMatterLine is 1-based: " + frontMatterLine);
        }
        Objects.requireNonNull(source, "source");
    }
}
