package org.clockwise.content.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.clockwise.content.Catalog;
import org.clockwise.content.CatalogEntry;
import org.clockwise.content.Course;
import org.clockwise.content.Library;
import org.clockwise.content.Option;
import org.clockwise.content.Question;
import org.clockwise.content.TargetBand;
import org.clockwise.content.Track;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built library as one JSON document: what the server publishes. It contains the answers
 * (correct flags, feedback, accepted answers), so it is for the server, never for browsers.
 *
 * <p>Shape (field names are the record components): {@code {"format": 1, "catalog": {…},
 * "modules": [{…, "lessonHtml": "…", "quiz": {"questions": [{…, "options": [{…}]}]}}]}}.
 * Enums are written by name ({@code "SINGLE"}, {@code "FOUNDATION"}); absent values are null;
 * targets are decimals ({@code 0.45}). Written with Jackson in a fixed layout ({@link JsonLayout})
 * and with HTML-safe escapes ({@link HtmlSafeEscapes}), so an unchanged library builds byte for
 * byte the same and the document can be inlined in a {@code <script>} block.
 */
public final class LibraryJson {

    /** Bumped when the shape changes incompatibly. */
    public static final int FORMAT = 1;

    // Thread-safe once built; the layout is stateful, so the writer takes a fresh one per document.
    private static final ObjectWriter WRITER = new ObjectMapper(new JsonFactoryBuilder()
            .characterEscapes(new HtmlSafeEscapes()).build()).writer(new JsonLayout());

    private LibraryJson() {
    }

    /** The library as JSON text, ending with a line feed. */
    public static String write(Library library) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("catalog", catalog(library.catalog()));
        root.put("modules", library.courses().stream().map(LibraryJson::course).toList());
        return write(root);
    }

    /** Any tree of maps, lists, strings, numbers, booleans, enums and nulls, in this document's layout. */
    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            // only plain values go in, so this is a bug, not bad input
            throw new IllegalStateException("cannot write the library as JSON", e);
        }
    }

    private static Map<String, Object> target(TargetBand band) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fromDay", band.fromDay());
        json.put("toDay", band.toDay());
        json.put("default", band.defaultTarget());
        json.put("skills", new TreeMap<>(band.skills())); // sorted: Map.copyOf has no order
        return json;
    }

    private static Map<String, Object> catalog(Catalog catalog) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("snackBudgetMinutes", catalog.snackBudgetMinutes());
        json.put("skills", entries(catalog.skills()));
        json.put("phases", entries(catalog.phases()));
        json.put("personas", entries(catalog.personas()));
        json.put("tracks", catalog.tracks().stream().map(LibraryJson::track).toList());
        json.put("targets", catalog.targets().stream().map(LibraryJson::target).toList());
        return json;
    }

    private static List<Object> entries(List<CatalogEntry> entries) {
        return entries.stream().map(e -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", e.id());
            json.put("name", e.name());
            json.put("description", e.description());
            return (Object) json;
        }).toList();
    }

    private static Map<String, Object> track(Track track) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", track.id());
        json.put("name", track.name());
        json.put("fromDay", track.fromDay());
        json.put("toDay", track.toDay());
        return json;
    }

    private static Map<String, Object> course(Course c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("title", c.title());
        json.put("summary", c.summary());
        json.put("skills", c.skills());
        json.put("phases", c.phases());
        json.put("personas", c.personas());
        json.put("level", c.level());
        json.put("track", c.track());
        json.put("order", c.order());
        json.put("requires", c.requires());
        json.put("path", c.path());
        json.put("minutes", c.minutes());
        json.put("minutesDeclared", c.minutesDeclared());
        json.put("contentHash", c.contentHash());
        json.put("frontMatterLine", c.frontMatterLine());
        json.put("assets", c.assets());
        json.put("lessonHtml", c.lessonHtml());
        json.put("quiz", Map.of("questions", c.quiz().questions().stream().map(LibraryJson::question).toList()));
        json.put("source", c.source());
        return json;
    }

    private static Map<String, Object> question(Question q) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", q.index());
        json.put("prompt", q.prompt());
        json.put("type", q.type());
        json.put("line", q.line());
        json.put("options", q.options().stream().map(LibraryJson::option).toList());
        json.put("acceptedAnswers", q.acceptedAnswers());
        json.put("acceptedPatterns", q.acceptedPatterns());
        json.put("explanationHtml", q.explanationHtml());
        return json;
    }

    private static Map<String, Object> option(Option o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", o.key());
        json.put("text", o.text());
        json.put("correct", o.correct());
        json.put("feedbackHtml", o.feedbackHtml());
        json.put("line", o.line());
        return json;
    }
}
