package org.clockwise.content;

import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Words at 200 a minute plus 20 seconds a question, rounded up to whole minutes. */
class ReadingTimeTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,    0, 0
            1,    0, 1
            200,  0, 1
            201,  0, 2
            0,    3, 1
            0,    4, 2
            400,  3, 3
            500,  3, 4
            800,  3, 5
            900,  3, 6
            1000, 0, 5
            1000, 1, 6
            """)
    void minutes(int words, int questions, int expected) {
        assertEquals(expected, ReadingTime.minutes(words, questions));
    }

    @Test
    void countsLessonWordsOnly(@TempDir Path dir) {
        String lesson = "One two three.\n\n- four five\n\n`six` seven\n\n```\neight nine\n```\n\n![alt words skipped](x.png)\n\n";
        LoadResult result = TestLibrary.in(dir).write("assets/x.png", "x")
                .moduleWithBody("m", lesson.replace("x.png", "../assets/x.png") + TestLibrary.QUIZ).load();
        Course course = result.library().course("m").orElseThrow();
        assertEquals(2, course.minutes()); // 9 words and three questions: 2.7 s + 60 s
        assertEquals(9, ReadingTime.words(new Markdown().parse(lesson)));
    }
}
