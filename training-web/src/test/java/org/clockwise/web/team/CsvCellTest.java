package org.clockwise.web.team;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names come from users: a download must never hand a spreadsheet a formula to run. */
class CsvCellTest {

    @Test
    void textThatASpreadsheetWouldRunGetsAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x\")", TeamTables.safeCell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", TeamTables.safeCell("+1"));
        assertEquals("'-2+3", TeamTables.safeCell("-2+3"));
        assertEquals("'@SUM(A1)", TeamTables.safeCell("@SUM(A1)"));
        assertEquals("'\tx", TeamTables.safeCell("\tx"));
    }

    @Test
    void ordinaryTextAndNumbersAreUnchanged() {
        assertEquals("Riley Chen", TeamTables.safeCell("Riley Chen"));
        assertEquals("", TeamTables.safeCell(""));
        assertEquals(-3, TeamTables.safeCell(-3), "a number is data, not a formula");
        assertEquals(12.5, TeamTables.safeCell(12.5));
    }
}
