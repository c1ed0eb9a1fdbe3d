package org.clockwise.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads author YAML into SnakeYAML's node tree, never into Java objects.
 *
 * <p>Composing (not constructing) keeps every value's line for problem messages, and never
 * instantiates types named in the document. The limits make alias bombs ("billion laughs"),
 * deep nesting and huge documents fail fast with a message instead of exhausting memory.
 * A new {@link Yaml} per call, because SnakeYAML instances are not thread-safe.
 */
final class SafeYaml {

    static final int MAX_ALIASES = 20;
    static final int MAX_NESTING = 20;
    static final int MAX_CODE_POINTS = 1_100_000;

    /** A key of a mapping with its value; {@code line} is 0-based within the YAML text. */
    record Entry(String key, Node value, int line) {
    }

    /** The composed document (null when empty), or why it could not be read. */
    record Composed(Node root, String error, int errorLine) {
        boolean failed() {
            return error != null;
        }
    }

    private SafeYaml() {
    }

    static Composed compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        try {
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            return new Composed(root, null, 0);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return new Composed(null, explain(e.getProblem() != null ? e.getProblem() : e.getMessage()),
                    mark == null ? 0 : mark.getLine());
        } catch (RuntimeException | StackOverflowError e) {
            // Limits (aliases, nesting, size) surface as plain YAMLExceptions without a mark.
            return new Composed(null, explain(String.valueOf(e.getMessage())), 0);
        }
    }

    private static String explain(String problem) {
        String p = problem.replaceAll("\\s+", " ").strip();
        if (p.contains("aliases")) {
            return "too many YAML aliases (`*name`): write the values out instead";
        }
        if (p.toLowerCase(Locale.ROOT).contains("nesting depth")) {
            return "YAML nested too deeply: front matter and catalog need at most a few levels";
        }
        if (p.contains("exceeds the limit")) {
            return "YAML document too large";
        }
        if (p.contains("mapping values are not allowed")) {
            return p + ": put quotes around values that contain `: `";
        }
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            return p + ": close the brackets of the list";
        }
        if (p.contains("'\\t'") || p.contains("tab")) {
            return p + ": indent with spaces, not tabs";
        }
        if (p.contains("tag")) {
            return p + ": YAML tags (`!!type`) are not allowed";
        }
        return p + ": check indentation, and put quotes around values with special characters";
    }

    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
    }

    /** The scalar's text as written (so {@code title: Yes} stays "Yes"), or null when not a scalar. */
    static String text(Node node) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return s.getValue();
        }
        return null;
    }

    /** The scalar as a whole number, or null when it is not one. */
    static Integer integer(Node node) {
        if (node instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
            try {
                return Integer.valueOf(s.getValue().replace("_", "").replaceFirst("^\\+", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A sequence's items; a lone scalar counts as a one-item list, authors write both. */
    static List<Node> items(Node node) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        if (isNull(node)) {
            return List.of();
        }
        return List.of(node);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine();
    }

    /**
     * A mapping's entries by key, in order. Duplicate keys and non-text keys are reported and
     * skipped; {@code offset} turns YAML's 0-based lines into the file's 1-based lines.
     */
    static Map<String, Entry> entries(MappingNode mapping, ProblemLog log, int offset) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(tuple.getKeyNode());
            int line = line(tuple.getKeyNode());
            if (key == null) {
                log.at(line + offset, "a key must be plain text, like `title:`");
            } else if (entries.containsKey(key)) {
                log.at(line + offset, "duplicate key `" + key + "` (first on line " + (entries.get(key).line() + offset)
                        + "): keep only one");
            } else {
                entries.put(key, new Entry(key, tuple.getValueNode(), line));
            }
        }
        return entries;
    }
}
