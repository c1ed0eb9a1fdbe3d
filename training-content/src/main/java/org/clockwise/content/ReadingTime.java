package org.clockwise.content;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** The snackable-time estimate: lesson words at 200 a minute plus 20 seconds per question, rounded up. */
final class ReadingTime {

    static final int WORDS_PER_MINUTE = 200;
    static final int SECONDS_PER_QUESTION = 20;

    private ReadingTime() {
    }

    static int minutes(int words, int questions) {
        // In units of 1/WORDS_PER_MINUTE seconds, so the sum stays exact before rounding up.
        long units = (long) words * 60 + (long) questions * SECONDS_PER_QUESTION * WORDS_PER_MINUTE;
        long perMinute = 60L * WORDS_PER_MINUTE;
        return (int) ((units + perMinute - 1) / perMinute);
    }

    /** Words a rep reads in the lesson: text, inline code and code blocks; image alt text is not read. */
    static int words(Node lesson) {
        int[] words = {0};
        Trees.forEach(lesson, node -> {
            if (node instanceof Text text && !insideImage(text)) {
                words[0] += count(text.getLiteral());
            } else if (node instanceof Code code) {
                words[0] += count(code.getLiteral());
            } else if (node instanceof FencedCodeBlock fence) {
                words[0] += count(fence.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                words[0] += count(code.getLiteral());
            }
        });
        return words[0];
    }

    static int count(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    private static boolean insideImage(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Image) {
                return true;
            }
        }
        return false;
    }
}
