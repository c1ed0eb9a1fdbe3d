package org.clockwise.core.course;

import org.clockwise.content.Quiz;

import java.time.Instant;
import java.util.List;

/** One published version of a module, with its quiz (correct answers included: server side only). */
public record PublishedCourse(String id, int version, String title, String summary, List<String> skills,
                              List<String> phases, List<String> personas, int minutes, String lessonHtml,
                              String sourcePath, String source, Quiz quiz, Instant publishedAt, boolean retired) {
}
