package org.clockwise.core.plan;

import java.util.Set;

/**
 * What the rep has done so far.
 *
 * @param completedModules ids of completed modules (retired ones included)
 * @param seenPhases       buying-cycle phase ids covered by modules the rep has taken
 * @param seenPersonas     persona ids covered by modules the rep has taken
 */
public record History(Set<String> completedModules, Set<String> seenPhases,
                      Set<String> seenPersonas) {

    /** A rep who has done nothing yet. */
    public static final History EMPTY = new History(Set.of(), Set.of(), Set.of());

    /** Copies the sets; {@code null} means empty. */
    public History {
        completedModules = completedModules == null ? Set.of() : Set.copyOf(completedModules);
        seenPhases = seenPhases == null ? Set.of() : Set.copyOf(seenPhases);
        seenPersonas = seenPersonas == null ? Set.of() : Set.copyOf(seenPersonas);
    }
}
