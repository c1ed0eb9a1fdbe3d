package org.clockwise.content;

import org.commonmark.node.FencedCodeBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The accepted answers of a short-answer question: a fenced block with the info string
 * {@code answer}, one answer per line; a line {@code /regex/} is a regular expression.
 */
record AnswerBlock(List<String> answers, List<String> patterns) {

    static boolean isAnswer(FencedCodeBlock fence) {
        return fence.getInfo() != null && fence.getInfo().strip().equalsIgnoreCase("answer");
    }

    static AnswerBlock read(FencedCodeBlock fence, ProblemLog log) {
        List<String> answers = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        int problemsBefore = log.size();
        int firstLine = Trees.line(fence) + 1;
        String[] lines = fence.getLiteral() == null ? new String[0] : fence.getLiteral().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() >= 2 && line.startsWith("/") && line.endsWith("/")) {
                String regex = line.substring(1, line.length() - 1);
                if (regex.isEmpty()) {
                    log.at(firstLine + i, "empty regex `//`: write a pattern between the slashes, or drop the line");
                    continue;
                }
                try {
                    Question.compile(regex);
                    patterns.add(regex);
                } catch (PatternSyntaxException e) {
                    log.at(firstLine + i, "invalid regex `" + line + "`: " + e.getDescription()
                            + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : "")
                            + "; fix it, or write the answer as plain text");
                }
            } else if (line.matches("/.+/[a-zA-Z]+")) {
                log.at(firstLine + i, "regex flags are not supported in `" + line + "`: answers are always compared "
                        + "ignoring case; write `" + line.substring(0, line.lastIndexOf('/') + 1) + "`");
            } else {
                answers.add(line);
            }
        }
        // A block whose only lines are broken patterns is reported for those, not also as empty.
        if (answers.isEmpty() && patterns.isEmpty() && log.size() == problemsBefore) {
            log.at(Trees.line(fence), "empty `answer` block: write one accepted answer per line, or a /regex/ line");
        }
        return new AnswerBlock(answers, patterns);
    }
}
