package org.clockwise.content;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code catalog.yml}; reports every problem with its line. */
final class CatalogParser {

    static final String PATH = "catalog.yml";

    private static final List<String> TOP_KEYS = List.of("snack-budget-minutes", "skills", "phases", "personas", "tracks", "targets");
    private static final List<String> ENTRY_KEYS = List.of("id", "name", "description");
    private static final List<String> TRACK_KEYS = List.of("id", "name", "description", "tenure-days");

    /**
     * The catalog, plus every id declared per list. An entry with a problem (say a bad tenure
     * range) is left out of the catalog but still declared, so modules that use it do not get a
     * second, misleading "unknown id" problem. {@code readable} is false when the file could not be
     * read as a mapping at all: then checking modules against it would only add noise.
     */
    record Parsed(Catalog catalog, Set<String> skills, Set<String> phases, Set<String> personas, Set<String> tracks,
                  boolean readable) {
        static Parsed empty() {
            return new Parsed(Catalog.empty(), Set.of(), Set.of(), Set.of(), Set.of(), false);
        }
    }

    private record Entries(List<CatalogEntry> entries, Set<String> declared) {
    }

    Parsed parse(String text, ProblemLog log) {
        SafeYaml.Composed composed = SafeYaml.compose(text);
        if (composed.failed()) {
            log.at(composed.errorLine() + 1, "unreadable YAML: " + composed.error());
            return Parsed.empty();
        }
        if (composed.root() == null) {
            log.at(1, "catalog.yml is empty: it needs at least a `skills:` list with one skill (`id:` and `name:`)");
            return Parsed.empty();
        }
        if (!(composed.root() instanceof MappingNode root)) {
            log.at(SafeYaml.line(composed.root()) + 1,
                    "catalog.yml must be a mapping of keys: " + String.join(", ", TOP_KEYS));
            return Parsed.empty();
        }
        Map<String, SafeYaml.Entry> keys = SafeYaml.entries(root, log, 1);
        for (SafeYaml.Entry entry : keys.values()) {
            if (!TOP_KEYS.contains(entry.key())) {
                log.at(entry.line() + 1, "unknown key `" + entry.key() + "` in catalog.yml" + Ids.didYouMean(entry.key(), TOP_KEYS)
                        + ": allowed keys are " + String.join(", ", TOP_KEYS));
            }
        }
        int budget = budget(keys.get("snack-budget-minutes"), log);
        SafeYaml.Entry skillsKey = keys.get("skills");
        if (skillsKey == null) {
            log.at(1, "catalog.yml has no `skills` list: add `skills:` with at least one skill (`- id: …` and `name: …`)");
        }
        Entries skills = entries("skills", "skill", skillsKey, log);
        if (skillsKey != null && skills.declared().isEmpty() && SafeYaml.items(skillsKey.value()).isEmpty()) {
            log.at(skillsKey.line() + 1, "`skills` is empty: add at least one skill (`- id: …` and `name: …`)");
        }
        Entries phases = entries("phases", "phase", keys.get("phases"), log);
        Entries personas = entries("personas", "persona", keys.get("personas"), log);
        List<Track> tracks = new ArrayList<>();
        Set<String> trackIds = tracks(keys.get("tracks"), tracks, log);
        List<TargetBand> targets = TargetsParser.parse(keys.get("targets"), skills.declared(), log);
        Catalog catalog = new Catalog(budget, skills.entries(), phases.entries(), personas.entries(), tracks, targets);
        return new Parsed(catalog, skills.declared(), phases.declared(), personas.declared(), trackIds, true);
    }

    private static int budget(SafeYaml.Entry key, ProblemLog log) {
        if (key == null) {
            return Catalog.DEFAULT_SNACK_BUDGET_MINUTES;
        }
        Integer minutes = SafeYaml.integer(key.value());
        if (minutes == null || minutes < 1) {
            log.at(key.line() + 1, "`snack-budget-minutes` must be a whole number of minutes, at least 1 (default "
                    + Catalog.DEFAULT_SNACK_BUDGET_MINUTES + ")");
            return Catalog.DEFAULT_SNACK_BUDGET_MINUTES;
        }
        return minutes;
    }

    private static Entries entries(String list, String kind, SafeYaml.Entry key, ProblemLog log) {
        List<CatalogEntry> entries = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        for (Item item : items(list, key, ENTRY_KEYS, log)) {
            if (declare(list, kind, item, declared, log)) {
                entries.add(new CatalogEntry(item.id(), item.name(kind, log), SafeYaml.text(item.get("description"))));
            }
        }
        return new Entries(entries, declared);
    }

    private static Set<String> tracks(SafeYaml.Entry key, List<Track> tracks, ProblemLog log) {
        Set<String> declared = new LinkedHashSet<>();
        for (Item item : items("tracks", key, TRACK_KEYS, log)) {
            if (!declare("tracks", "track", item, declared, log)) {
                continue;
            }
            String name = item.name("track", log);
            SafeYaml.Entry range = item.keys().get("tenure-days");
            if (range == null) {
                log.at(item.line(), "track `" + item.id() + "` has no `tenure-days`: add `tenure-days: [from, to]` "
                        + "(days since hire, inclusive; `[90, null]` for 90 and later)");
                continue;
            }
            int[] days = tenure(range.value());
            if (days == null) {
                log.at(range.line() + 1, "track `" + item.id() + "` has a bad tenure range: write `tenure-days: [from, to]` "
                        + "with whole days 0 ≤ from ≤ to, or `[from, null]` for open-ended");
                continue;
            }
            tracks.add(new Track(item.id(), name, days[0], days[1] < 0 ? null : days[1]));
        }
        return declared;
    }

    /** {from, to} with to = -1 for open-ended, or null when the range is malformed. */
    static int[] tenure(Node value) {
        if (!(value instanceof SequenceNode sequence) || sequence.getValue().size() != 2) {
            return null;
        }
        Integer from = SafeYaml.integer(sequence.getValue().get(0));
        Node toNode = sequence.getValue().get(1);
        Integer to = SafeYaml.integer(toNode);
        if (from == null || from < 0 || (to == null && !SafeYaml.isNull(toNode)) || (to != null && to < from)) {
            return null;
        }
        return new int[] {from, to == null ? -1 : to};
    }

    private static boolean declare(String list, String kind, Item item, Set<String> declared, ProblemLog log) {
        String id = item.id();
        if (id == null) {
            log.at(item.line(), "an entry in `" + list + "` has no `id`: add `id: …` (" + Ids.RULE + ")");
            return false;
        }
        if (!Ids.isValid(id)) {
            log.at(item.idLine(), "malformed " + kind + " id `" + id + "`: use " + Ids.RULE + " (for example `" + Ids.slug(id) + "`)");
            return false;
        }
        if (!declared.add(id)) {
            log.at(item.idLine(), "duplicate " + kind + " id `" + id + "`: ids must be unique within `" + list + "`");
            return false;
        }
        return true;
    }

    private static List<Item> items(String list, SafeYaml.Entry key, List<String> allowed, ProblemLog log) {
        List<Item> items = new ArrayList<>();
        if (key == null || SafeYaml.isNull(key.value())) {
            return items;
        }
        if (!(key.value() instanceof SequenceNode sequence)) {
            log.at(key.line() + 1, "`" + list + "` must be a list of entries, each `- id: …` with `name: …`");
            return items;
        }
        for (Node node : sequence.getValue()) {
            if (!(node instanceof MappingNode mapping)) {
                log.at(SafeYaml.line(node) + 1, "each entry in `" + list + "` needs `id:` and `name:` keys, like `- id: cfo`");
                continue;
            }
            Map<String, SafeYaml.Entry> keys = SafeYaml.entries(mapping, log, 1);
            for (SafeYaml.Entry entry : keys.values()) {
                if (!allowed.contains(entry.key())) {
                    log.at(entry.line() + 1, "unknown key `" + entry.key() + "` in `" + list + "`" + Ids.didYouMean(entry.key(), allowed)
                            + ": allowed keys are " + String.join(", ", allowed));
                }
            }
            items.add(new Item(keys, SafeYaml.line(node) + 1));
        }
        return items;
    }

    private record Item(Map<String, SafeYaml.Entry> keys, int line) {

        Node get(String key) {
            SafeYaml.Entry entry = keys.get(key);
            return entry == null ? null : entry.value();
        }

        String id() {
            return SafeYaml.text(get("id"));
        }

        int idLine() {
            return keys.get("id").line() + 1;
        }

        String name(String kind, ProblemLog log) {
            String name = SafeYaml.text(get("name"));
            if (name == null || name.isBlank()) {
                log.at(line, kind + " `" + id() + "` has no `name`: add `name: …`, the text reps see");
                return id();
            }
            return name.strip();
        }
    }
}
