package org.clockwise.core.course;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineDiffTest {

    private static String render(List<LineDiff.Line> diff) {
        StringBuilder out = new StringBuilder();
        for (LineDiff.Line l : diff) {
            out.append(switch (l.kind()) {
                case SAME -> " ";
                case ADDED -> "+";
                case REMOVED -> "-";
            }).append(l.oldLine()).append('/').append(l.newLine()).append(' ').append(l.text()).append('\n');
        }
        return out.toString();
    }

    @Test
    void aChangedLineIsRemovedThenAddedBetweenKeptLines() {
        assertEquals("""
                 1/1 a
                -2/0 b
                +0/2 B
                 3/3 c
                """, render(LineDiff.of("a\nb\nc\n", "a\nB\nc\n")));
    }

    @Test
    void insertionsAndDeletionsKeepTheLongestCommonPart() {
        assertEquals("""
                -1/0 x
                 2/1 a
                 3/2 b
                +0/3 y
                """, render(LineDiff.of("x\na\nb", "a\nb\ny\n")));
    }

    @Test
    void identicalTextsAreAllKeptAndEmptyTextsGiveNothing() {
        assertEquals(" 1/1 same\n", render(LineDiff.of("same\n", "same")));
        assertEquals(List.of(), LineDiff.of("", ""));
        assertEquals("+0/1 new\n", render(LineDiff.of("", "new\n")));
    }

    @Test
    void windowsLineEndingsCompareEqualToUnixOnes() {
        assertEquals(" 1/1 a\n 2/2 b\n", render(LineDiff.of("a\r\nb\r\n", "a\nb\n")));
    }
}
