package org.clockwise.content;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The vocabulary of a library, read from {@code catalog.yml}: what modules may refer to.
 *
 * <p>Lists keep the catalog's order; phases are in buying-cycle order.
 *
 * @param snackBudgetMinutes the longest a module may take, in minutes (at least 1)
 * @param skills             skills, in catalog order
 * @param phases             buying-cycle phases, in cycle order
 * @param personas           buyer personas
 * @param tracks             tenure-based tracks
 */
public record Catalog(int snackBudgetMinutes, List<CatalogEntry> skills, List<CatalogEntry> phases,
                      List<CatalogEntry> personas, List<Track> tracks, List<TargetBand> targets) {

    /** Used when {@code catalog.yml} does not set {@code snack-budget-minutes}. */
    public static final int DEFAULT_SNACK_BUDGET_MINUTES = 5;

    /** A catalog without its own targets: the platform's defaults apply. */
    public Catalog(int snackBudgetMinutes, List<CatalogEntry> skills, List<CatalogEntry> phases,
                   List<CatalogEntry> personas, List<Track> tracks) {
        this(snackBudgetMinutes, skills, phases, personas, tracks, List.of());
    }

    public Catalog {
        if (snackBudgetMinutes < 1) {
            throw new IllegalArgumentException("snack budget must be at least one minute: " + snackBudgetMinutes);
        }
        skills = List.copyOf(skills);
        phases = List.copyOf(phases);
        personas = List.copyOf(personas);
        tracks = List.copyOf(tracks);
        targets = List.copyOf(targets);
        requireUnique(skills, CatalogEntry::id, "skill");
        requireUnique(phases, CatalogEntry::id, "phase");
        requireUnique(personas, CatalogEntry::id, "persona");
        requireUnique(tracks, Track::id, "track");
    }

    /** A catalog with nothing in it, standing in when {@code catalog.yml} cannot be read. */
    public static Catalog empty() {
        return new Catalog(DEFAULT_SNACK_BUDGET_MINUTES, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<CatalogEntry> skill(String id) {
        return skills.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<CatalogEntry> phase(String id) {
        return phases.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<CatalogEntry> persona(String id) {
        return personas.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Track> track(String id) {
        return tracks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The tracks a rep hired {@code tenureDays} days ago belongs to, in catalog order. */
    public List<Track> tracksForTenure(int tenureDays) {
        return tracks.stream().filter(t -> t.includesDay(tenureDays)).toList();
    }

    private static <T> void requireUnique(List<T> items, Function<T, String> id, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                throw new IllegalArgumentException("duplicate " + what + " id: " + id.apply(item));
            }
        }
    }
}
