package org.clockwise.content;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CycleFinderTest {

    @Test
    void noCycles() {
        assertTrue(CycleFinder.cycles(Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of())).isEmpty());
    }

    @Test
    void shortestCycleThroughEachMember() {
        Map<String, List<String>> requires = new LinkedHashMap<>();
        requires.put("a", List.of("b"));
        requires.put("b", List.of("c", "a"));
        requires.put("c", List.of("a"));
        requires.put("d", List.of("a", "unknown"));
        Map<String, List<String>> cycles = CycleFinder.cycles(requires);
        assertEquals(List.of("a", "b", "a"), cycles.get("a"));
        assertEquals(List.of("b", "a", "b"), cycles.get("b"));
        assertEquals(List.of("c", "a", "b", "c"), cycles.get("c"));
        assertEquals(3, cycles.size(), "d leads into the cycle but is not on it");
    }

    @Test
    void selfLoop() {
        assertEquals(List.of("a", "a"), CycleFinder.cycles(Map.of("a", List.of("a"))).get("a"));
    }

    @Test
    void longChainsDoNotOverflowTheStack() {
        Map<String, List<String>> requires = new LinkedHashMap<>();
        for (int i = 0; i < 50_000; i++) {
            requires.put("m" + i, List.of("m" + (i + 1)));
        }
        assertTrue(CycleFinder.cycles(requires).isEmpty());
        Map<String, List<String>> ring = new LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            ring.put("r" + i, List.of("r" + ((i + 1) % 2_000)));
        }
        assertEquals(2_001, CycleFinder.cycles(ring).get("r0").size());
    }
}
