package org.clockwise.web.team;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names come from users: a download must never hand a spreadsheet a formula to run. */
class CsvCellTest {

    @Test
    void textThatASpreadsheetWouldRunGetsAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x\")", TeamController.safeCell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", TeamController.safeCell("+1"));
        assertEquals("'-2+3", TeamController.safeCell("-2+3"));
        assertEquals("'@SUM(A1)", TeamController.safeCell("@SUM(A1)"));
        assertEquals("'\tx", TeamController.safeCell("\tx"));
    }

    @Test
    void ordinaryTextAndNumbersAreUnchanged() {
        assertEquals("Riley Chen", TeamController.safeCell("Riley Chen"));
        assertEquals("", TeamController.safeCell(""));
        assertEquals(-3, TeamController.safeCell(-3), "a number is data, not a formula");
        assertEquals(12.5, TeamController.safeCell(12.5));
    }
}
