package org.clockwise.content;

import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Second pass over one module: links, lesson and quiz split, rendering, time. */
final class ModuleBuilder {

    static final String QUIZ = "Quiz";

    private final Markdown markdown;
    private final QuizParser quizParser;
    private final MarkerScanner markerScanner = new MarkerScanner();

    ModuleBuilder(Markdown markdown) {
        this.markdown = markdown;
        this.quizParser = new QuizParser(markdown);
    }

    /** The module as a {@link Course}, or null when it has no valid id or no readable body. */
    Course build(ParsedModule module, LinkResolver links) {
        if (module.document() == null) {
            return null;
        }
        ProblemLog log = module.log();
        List<String> assets = links.resolve(module.document(), log);
        Heading quizHeading = checkHeadings(module.document(), log);
        Document lesson = new Document();
        List<Node> quizBlocks = new ArrayList<>();
        boolean inQuiz = false;
        for (Node block : Trees.children(module.document())) {
            if (block == quizHeading) {
                inQuiz = true;
            } else if (inQuiz) {
                quizBlocks.add(block);
            } else {
                lesson.appendChild(block);
            }
        }
        Quiz quiz = Quiz.empty();
        if (quizHeading != null) {
            int quizLine = Trees.line(quizHeading) - 1;
            Set<Integer> flagged = markerScanner.scan(module.source().lines(), quizLine + 1, codeAndHtmlLines(quizBlocks), log);
            quiz = quizParser.parse(quizBlocks, flagged, log);
            if (quiz.isEmpty()) {
                log.at(quizLine + 1, "`# Quiz` without questions: add questions as `## …` headings, or remove `# Quiz`");
            }
        }
        int words = ReadingTime.words(lesson);
        String lessonHtml = markdown.render(lesson);
        String id = module.validId();
        if (id == null) {
            return null;
        }
        FrontMatter fm = module.frontMatter();
        boolean declared = fm.minutes() != null;
        int minutes = declared ? fm.minutes() : ReadingTime.minutes(words, quiz.size());
        return new Course(id, orEmpty(fm.title()), orEmpty(fm.summary()), values(fm.skills()), values(fm.phases()),
                values(fm.personas()), fm.level(), fm.track() == null ? null : fm.track().value(), fm.order(),
                values(fm.requires()), module.path(), lessonHtml, quiz, minutes, declared, module.hash(),
                fm.openLine(), module.source().text(), assets);
    }

    /** Reports level-1 headings other than the one {@code # Quiz}; returns that heading, or null. */
    private static Heading checkHeadings(Node document, ProblemLog log) {
        Heading[] quiz = {null};
        for (Node block : Trees.children(document)) {
            if (block instanceof Heading h && h.getLevel() == 1 && Trees.plainText(h).equals(QUIZ)) {
                quiz[0] = h;
                break;
            }
        }
        Trees.forEach(document, node -> {
            if (!(node instanceof Heading h) || h.getLevel() != 1 || h == quiz[0]) {
                return;
            }
            String text = Trees.plainText(h);
            int line = Trees.line(h);
            if (text.equals(QUIZ) && h.getParent() == document) {
                log.at(line, "second `# Quiz` heading (the quiz starts on line " + Trees.line(quiz[0])
                        + "): a module has one quiz; start each question with `##`");
            } else if (text.equals(QUIZ)) {
                log.at(line, "`# Quiz` inside a list or quote does not start the quiz: put it at the start of a line");
            } else if (text.equalsIgnoreCase(QUIZ)) {
                log.at(line, "level-1 heading `# " + text + "`: write exactly `# Quiz` to start the quiz");
            } else {
                log.at(line, "level-1 heading `# " + abbreviate(text) + "`: the title comes from front matter; use `##` for "
                        + "sections of the lesson, and `# Quiz` only to start the quiz");
            }
        });
        return quiz[0];
    }

    private static Set<Integer> codeAndHtmlLines(List<Node> blocks) {
        Set<Integer> lines = new HashSet<>();
        for (Node block : blocks) {
            Trees.forEach(block, node -> {
                if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof HtmlBlock) {
                    lines.addAll(Trees.lineIndexes(node));
                }
            });
        }
        return lines;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static List<String> values(List<FrontMatter.Ref> refs) {
        return refs.stream().map(FrontMatter.Ref::value).toList();
    }
}
