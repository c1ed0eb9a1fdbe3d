package org.clockwise.web.render;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page record's components are its template's variables, in a map that layout values can join. */
class TemplateVariablesTest {

    /** Package-private and nested, like the page records. */
    record Page(List<String> modules, String notice, int total) {
        public String derived() {
            return "not a variable";
        }
    }

    @Test
    void aRecordGivesItsComponentsByName() {
        Map<String, Object> variables = TemplateVariables.of(new Page(List.of("a", "b"), null, 2));
        Map<String, Object> expected = new HashMap<>();
        expected.put("modules", List.of("a", "b"));
        expected.put("notice", null);
        expected.put("total", 2);
        assertEquals(expected, variables);
        variables.put("csrfToken", "t");
        assertEquals("t", variables.get("csrfToken"), "the map takes the layout's values");
    }

    @Test
    void aMapIsCopiedAndNoModelIsNoVariables() {
        Map<String, Object> model = Map.of("cards", List.of());
        Map<String, Object> variables = TemplateVariables.of(model);
        variables.put("currentUser", "someone");
        assertEquals(Map.of("cards", List.of()), model);
        assertTrue(TemplateVariables.of(null).isEmpty());
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TemplateVariables.of("a string"));
    }
}
