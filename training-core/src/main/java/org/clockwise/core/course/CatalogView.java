package org.clockwise.core.course;

import java.util.List;
import java.util.Optional;

/** The published catalog: names for ids, in catalog order. */
public record CatalogView(List<Entry> skills, List<Entry> phases, List<Entry> personas, List<Entry> tracks) {

    public record Entry(String id, String name, String description) {
    }

    public String name(List<Entry> entries, String id) {
        return entries.stream().filter(e -> e.id().equals(id)).map(Entry::name).findFirst().orElse(id);
    }

    public Optional<Entry> skill(String id) {
        return skills.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
