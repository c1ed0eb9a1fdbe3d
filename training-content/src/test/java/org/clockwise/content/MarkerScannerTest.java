package org.clockwise.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw quiz line in, the start of the problem (or OK) out. */
class MarkerScannerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            - [ ] Wrong                 | OK
            - [x] Right                 | OK
            - [X] Right                 | OK
            * [x] Right                 | OK
            + [ ] Wrong                 | OK
            1. [x] Right                | OK
            "  - [x] Indented"          | OK
            - [x]\tTab                  | OK
            Plain text                  | OK
            [Gartner] says so           | OK
            [x](https://example.com)    | OK
            - [CFO](cfo.md) decides     | OK
            - (a) lettered              | OK
            "> - [] in a quote"         | OK
            - []  Option                | option marked `- []`
            * [] Option                 | option marked `* []`
            -[x] Option                 | option marker `-[x]` needs a space
            -[ ] Option                 | option marker `-[ ]` needs a space
            1.[x] Option                | option marker `1.[x]` needs a space
            - [v] Option                | malformed option marker `[v]`
            - [ x] Option               | malformed option marker `[ x]`
            - [x ] Option               | malformed option marker `[x ]`
            "- [  ] Option"             | malformed option marker `[  ]`
            - [*] Option                | malformed option marker `[*]`
            - [✓] Option                | malformed option marker `[✓]`
            - [x]Option                 | option marker `[x]` needs a space before the text
            - [x]                       | option with no text
            "- [ ]   "                  | option with no text
            - ( ) Option                | option marked `- ( )`: options use square brackets
            - (x) Option                | option marked `- (x)`: options use square brackets
            [x] Option                  | option `[x] …` has no list bullet
            [ ] Option                  | option `[ ] …` has no list bullet
            """)
    void checks(String line, String expected) {
        String message = MarkerScanner.check(line.replace("\\t", "\t"));
        if (expected.equals("OK")) {
            assertNull(message, line);
        } else {
            assertNotNull(message, line);
            assertTrue(message.startsWith(expected), () -> line + " → " + message);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            - [] Option | write `- [ ]` for a wrong option or `- [x]` for a right one
            """)
    void messagesSayWhatToDo(String line, String advice) {
        assertEquals(true, MarkerScanner.check(line).endsWith(advice));
    }
}
