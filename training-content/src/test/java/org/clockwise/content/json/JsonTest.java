package org.clockwise.content.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clockwise.content.Library;
import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout and escapes of library.json, and that it reads back as the library it was built from. */
class JsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void escapesForJsonAndForHtml() throws Exception {
        String text = "a\"b\\c\nd\u0001\b</script> & \u2028\u2029é";
        String json = LibraryJson.write(text);
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\\u0008\\u003c/script\\u003e \\u0026 \\u2028\\u2029é\"\n", json);
        assertEquals(text, MAPPER.readValue(json, String.class), "the escapes read back as the text");
    }

    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", List.of("x", "y"));
        map.put("n", null);
        map.put("b", true);
        map.put("o", Map.of());
        map.put("e", List.of());
        map.put("l", List.of(Map.of("k", "v"), Map.of()));
        map.put("d", 0.45);
        assertEquals("{\n  \"z\": 1,\n  \"a\": [\"x\", \"y\"],\n  \"n\": null,\n  \"b\": true,\n  \"o\": {},\n  \"e\": [],\n"
                + "  \"l\": [\n    {\n      \"k\": \"v\"\n    },\n    {}\n  ],\n  \"d\": 0.45\n}\n", LibraryJson.write(map));
    }

    @Test
    void arraysOfArraysGetALineEach() {
        assertEquals("[\n  [1, 2],\n  []\n]\n", LibraryJson.write(List.of(List.of(1, 2), List.of())));
    }

    @Test
    void libraryDocumentHasEveryField(@TempDir Path dir) throws Exception {
        Library library = TestLibrary.in(dir)
                .write("catalog.yml", TestLibrary.CATALOG + "targets:\n  - tenure-days: [0, null]\n    default: 0.45\n"
                        + "    skills:\n      value-articulation: 0.6\n")
                .moduleWithBody("m", "Lesson.\n\n# Quiz\n\n## Q?\n- [ ] A\n  > No.\n- [x] B\n\n> Why.\n\n"
                        + "## N?\n```answer\n42\n/4[23]/\n```\n")
                .load().library();
        String json = LibraryJson.write(library);
        for (String field : List.of("\"format\": 1", "\"snackBudgetMinutes\": 5", "\"fromDay\": 91",
                "\"toDay\": null", "\"title\": \"Lesson m\"", "\"minutesDeclared\": false", "\"contentHash\": \"",
                "\"frontMatterLine\": 1", "\"path\": \"modules/m.md\"", "\"type\": \"SINGLE\"", "\"type\": \"SHORT_ANSWER\"",
                "\"key\": \"b\"", "\"correct\": true", "\"feedbackHtml\": \"\\u003cp\\u003eNo.\\u003c/p\\u003e\\n\"",
                "\"acceptedAnswers\": [\"42\"]", "\"acceptedPatterns\": [\"4[23]\"]", "\"source\": \"---\\nid: m",
                "\"default\": 0.45", "\"skills\": {\n          \"value-articulation\": 0.6\n        }")) {
            assertTrue(json.contains(field), () -> field + " missing in\n" + json);
        }

        JsonNode root = MAPPER.readTree(json);
        assertEquals(LibraryJson.FORMAT, root.get("format").asInt());
        JsonNode module = root.get("modules").get(0);
        assertEquals(List.of("id", "title", "summary", "skills", "phases", "personas", "level", "track", "order",
                "requires", "path", "minutes", "minutesDeclared", "contentHash", "frontMatterLine", "assets", "lessonHtml",
                "quiz", "source"), fieldNames(module));
        assertEquals(library.courses().get(0).source(), module.get("source").asText());
        JsonNode question = module.get("quiz").get("questions").get(0);
        assertEquals(List.of("index", "prompt", "type", "line", "options", "acceptedAnswers", "acceptedPatterns",
                "explanationHtml"), fieldNames(question));
        assertEquals(List.of("key", "text", "correct", "feedbackHtml", "line"), fieldNames(question.get("options").get(0)));
        JsonNode band = root.get("catalog").get("targets").get(0);
        assertEquals(0.45, band.get("default").doubleValue());
        assertEquals(0.6, band.get("skills").get("value-articulation").doubleValue());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
