package org.clockwise.content;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the {@code ---} block off a module and reads it as YAML.
 *
 * <p>The split is done here rather than with commonmark's YAML front-matter extension: that
 * extension yields only key → strings, while problems need real YAML with the line of every value
 * and hard limits against alias bombs (see {@link SafeYaml}).
 */
final class FrontMatterParser {

    static final List<String> KEYS = List.of("id", "title", "summary", "skills", "phases", "personas", "level",
            "track", "order", "requires", "minutes");

    private static final String START_HINT =
            "start the file with a `---` line, then `id:`, `title:`, `summary:` and `skills:`, then another `---` line";

    FrontMatter parse(List<String> lines, ProblemLog log) {
        int open = 0;
        // Leading blank lines are forgiven: an empty first line is an easy slip, not a second format.
        while (open < lines.size() && lines.get(open).isBlank()) {
            open++;
        }
        if (open == lines.size() || !lines.get(open).stripTrailing().equals("---")) {
            log.at(1, "no front matter: " + START_HINT);
            return FrontMatter.none();
        }
        int close = open + 1;
        while (close < lines.size() && !isClosing(lines.get(close))) {
            close++;
        }
        if (close == lines.size()) {
            log.at(open + 1, "front matter is not closed: add a `---` line after the last key");
            return new FrontMatter(open + 1, 0, null, null, null, List.of(), List.of(), List.of(), null, null, null,
                    List.of(), null, 0);
        }
        int offset = open + 2;
        SafeYaml.Composed composed = SafeYaml.compose(String.join("\n", lines.subList(open + 1, close)));
        if (composed.failed()) {
            log.at(composed.errorLine() + offset, "unreadable YAML in front matter: " + composed.error());
            return FrontMatter.delimitersOnly(open + 1, close + 1);
        }
        if (composed.root() == null) {
            log.at(open + 1, "front matter is empty: add `id:`, `title:`, `summary:` and `skills:`");
            return FrontMatter.delimitersOnly(open + 1, close + 1);
        }
        if (!(composed.root() instanceof MappingNode mapping)) {
            log.at(SafeYaml.line(composed.root()) + offset, "front matter must be `key: value` lines, like `title: …`");
            return FrontMatter.delimitersOnly(open + 1, close + 1);
        }
        return new Reader(SafeYaml.entries(mapping, log, offset), log, offset, open + 1).read(close + 1);
    }

    private static boolean isClosing(String line) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || trimmed.equals("...");
    }

    /** Reads the keys of one front matter; holds what every field check needs. */
    private record Reader(Map<String, SafeYaml.Entry> keys, ProblemLog log, int offset, int openLine) {

        FrontMatter read(int closeLine) {
            for (SafeYaml.Entry entry : keys.values()) {
                if (!KEYS.contains(entry.key())) {
                    log.at(line(entry), "unknown front-matter key `" + entry.key() + "`" + Ids.didYouMean(entry.key(), KEYS)
                            + ": allowed keys are " + String.join(", ", KEYS));
                }
            }
            FrontMatter.Ref id = id();
            String title = requiredText("title", "the module's title, as reps see it");
            String summary = requiredText("summary", "one sentence on what the rep will be able to do");
            List<FrontMatter.Ref> skills = refs("skills");
            if (!keys.containsKey("skills")) {
                log.at(openLine, "missing front-matter key `skills`: add `skills: [skill-id]` with at least one skill id from catalog.yml");
            } else if (skills.isEmpty()) {
                log.at(line(keys.get("skills")), "`skills` is empty: list at least one skill id from catalog.yml");
            }
            Integer minutes = number("minutes", 1, "a whole number of minutes, at least 1");
            return new FrontMatter(openLine, closeLine, id, title, summary, skills, refs("phases"), refs("personas"),
                    level(), ref("track"), number("order", 0, "a whole number, the position within the track"),
                    refs("requires"), minutes, keys.containsKey("minutes") ? line(keys.get("minutes")) : 0);
        }

        private int line(SafeYaml.Entry entry) {
            return entry.line() + offset;
        }

        private FrontMatter.Ref id() {
            SafeYaml.Entry entry = keys.get("id");
            if (entry == null) {
                log.at(openLine, "missing front-matter key `id`: add `id: my-module-id` (" + Ids.RULE + "); it never changes");
                return null;
            }
            String id = SafeYaml.text(entry.value());
            if (id == null || id.isBlank()) {
                log.at(line(entry), "`id` must be text: " + Ids.RULE);
                return null;
            }
            if (!Ids.isValid(id)) {
                log.at(line(entry), "malformed id `" + id + "`: use " + Ids.RULE + " (for example `" + Ids.slug(id) + "`)");
            }
            return new FrontMatter.Ref(id, line(entry));
        }

        private String requiredText(String key, String what) {
            SafeYaml.Entry entry = keys.get(key);
            if (entry == null) {
                log.at(openLine, "missing front-matter key `" + key + "`: add `" + key + ": …`, " + what);
                return null;
            }
            String text = SafeYaml.text(entry.value());
            if (text == null || text.isBlank()) {
                log.at(line(entry), "empty `" + key + "`: write " + what);
                return null;
            }
            return text.strip();
        }

        private FrontMatter.Ref ref(String key) {
            SafeYaml.Entry entry = keys.get(key);
            if (entry == null || SafeYaml.isNull(entry.value())) {
                return null;
            }
            String text = SafeYaml.text(entry.value());
            if (text == null || text.isBlank()) {
                log.at(line(entry), "`" + key + "` must be a single id");
                return null;
            }
            return new FrontMatter.Ref(text.strip(), line(entry));
        }

        private List<FrontMatter.Ref> refs(String key) {
            SafeYaml.Entry entry = keys.get(key);
            List<FrontMatter.Ref> refs = new ArrayList<>();
            if (entry == null) {
                return refs;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Node item : SafeYaml.items(entry.value())) {
                String text = SafeYaml.text(item);
                if (text == null || text.isBlank()) {
                    log.at(SafeYaml.line(item) + offset, "each entry in `" + key + "` must be an id, like `" + key + ": [an-id]`");
                } else if (seen.add(text.strip())) {
                    refs.add(new FrontMatter.Ref(text.strip(), SafeYaml.line(item) + offset));
                }
            }
            return refs;
        }

        private Level level() {
            FrontMatter.Ref level = ref("level");
            if (level == null) {
                return null;
            }
            return Level.parse(level.value()).orElseGet(() -> {
                log.at(level.line(), "unknown level `" + level.value() + "`: use foundation, practitioner or expert");
                return null;
            });
        }

        private Integer number(String key, int min, String what) {
            SafeYaml.Entry entry = keys.get(key);
            if (entry == null || SafeYaml.isNull(entry.value())) {
                return null;
            }
            Integer value = SafeYaml.integer(entry.value());
            if (value == null || value < min) {
                log.at(line(entry), "`" + key + "` must be " + what);
                return null;
            }
            return value;
        }
    }
}
