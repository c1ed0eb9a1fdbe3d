package org.clockwise.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EncodingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "email=a%40x.test&password=secret+words | true  | NONE",
            "email=a%00@x.test&password=x         | true  | NUL",
            "email=%FF&password=x                 | true  | NOT_UTF8",
            "email=%C3%A9l%C3%A8ve                | true  | NONE",
            "email=%G1                            | true  | MALFORMED",
            "email=abc%                           | true  | MALFORMED",
            "email=abc%4                          | true  | MALFORMED",
            "/modules/x%00                        | false | NUL",
            "/modules/sales-101                   | false | NONE",
            "/modules/%2e%2e                      | false | NONE",
            "/modules/%E0%80                      | false | NOT_UTF8"})
    void findsWhatIsRefused(String raw, boolean formStyle, Encoding.Problem expected) {
        assertEquals(expected, Encoding.check(raw, formStyle));
    }
}
