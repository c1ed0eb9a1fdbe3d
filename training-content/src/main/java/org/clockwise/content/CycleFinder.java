package org.clockwise.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds prerequisite cycles. For every module on a cycle it returns the shortest cycle through
 * that module, so each author in the loop sees where their own {@code requires} leads.
 */
final class CycleFinder {

    private CycleFinder() {
    }

    /**
     * @param requires module id → ids it requires (ids not in the map are ignored)
     * @return module id → shortest cycle starting and ending at it (for example a, b, a), for
     *         modules on a cycle only, in the map's order
     */
    static Map<String, List<String>> cycles(Map<String, List<String>> requires) {
        Map<String, Integer> component = components(requires);
        Map<String, List<String>> cycles = new LinkedHashMap<>();
        for (String id : requires.keySet()) {
            List<String> cycle = shortestCycle(id, requires, component);
            if (cycle != null) {
                cycles.put(id, cycle);
            }
        }
        return cycles;
    }

    // Breadth-first within the module's strongly connected component: only there can it return.
    private static List<String> shortestCycle(String start, Map<String, List<String>> requires, Map<String, Integer> component) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String next : requires.getOrDefault(id, List.of())) {
                if (!component.containsKey(next) || !component.get(next).equals(component.get(start))) {
                    continue;
                }
                if (next.equals(start)) {
                    List<String> cycle = new ArrayList<>();
                    cycle.add(start);
                    for (String at = id; !at.equals(start); at = cameFrom.get(at)) {
                        cycle.add(1, at);
                    }
                    cycle.add(start);
                    return cycle;
                }
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, id);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** Tarjan's strongly connected components, iterative so long prerequisite chains cannot overflow the stack. */
    private static Map<String, Integer> components(Map<String, List<String>> requires) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        int counter = 0;
        for (String root : requires.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>(); // {id, next edge position}
            work.push(new Object[] {root, 0});
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String id = (String) frame[0];
                List<String> edges = requires.getOrDefault(id, List.of());
                int position = (Integer) frame[1];
                if (position < edges.size()) {
                    frame[1] = position + 1;
                    String next = edges.get(position);
                    if (!requires.containsKey(next)) {
                        continue;
                    }
                    if (!index.containsKey(next)) {
                        index.put(next, counter);
                        low.put(next, counter++);
                        stack.push(next);
                        onStack.add(next);
                        work.push(new Object[] {next, 0});
                    } else if (onStack.contains(next)) {
                        low.put(id, Math.min(low.get(id), index.get(next)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(id)));
                }
                if (low.get(id).equals(index.get(id))) {
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.put(member, index.get(id));
                    } while (!member.equals(id));
                }
            }
        }
        return component;
    }
}
