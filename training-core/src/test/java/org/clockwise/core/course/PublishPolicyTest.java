package org.clockwise.core.course;

import org.clockwise.content.Course;
import org.clockwise.content.LoadResult;
import org.clockwise.content.Problem;
import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishPolicyTest {

    @TempDir
    Path dir;

    private Course load(String path, String text) {
        LoadResult result = TestLibrary.in(dir).write(path, text).load();
        assertTrue(result.isClean(), result.problems().toString());
        return result.library().courseAt(path).orElseThrow();
    }

    @Test
    void aModuleWithThreeQuestionsOfItsOwnPasses() {
        assertEquals(List.of(), PublishPolicy.problems(load("modules/m.md", TestLibrary.moduleText("m", "Mine", "My lesson."))));
    }

    @Test
    void theUntouchedTemplateIsRefusedNamingWhatToReplace() {
        List<Problem> problems = PublishPolicy.problems(load("modules/my-new-module.md", ModuleTemplate.text("discovery-questioning")));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("still the new-module template"));
        assertTrue(problems.get(0).message().contains("`" + ModuleTemplate.TITLE + "`"));
    }

    @Test
    void aNewTitleOverTheTemplateLessonIsStillTheTemplate() {
        String text = ModuleTemplate.text("discovery-questioning").replace("title: " + ModuleTemplate.TITLE, "title: Mine");
        assertEquals(1, PublishPolicy.problems(load("modules/my-new-module.md", text)).size());
    }

    @Test
    void fewerThanThreeQuestionsIsRefusedWithTheCountAndTheLineOfTheFirstQuestion() {
        String text = TestLibrary.frontMatter("two") + "Lesson.\n\n# Quiz\n\n## One?\n- [ ] A\n- [x] B\n\n## Two?\n- [ ] A\n- [x] B\n";
        List<Problem> problems = PublishPolicy.problems(load("modules/two.md", text));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("the quiz has 2 questions; a module needs at least 3"));
        assertEquals(text.lines().toList().indexOf("## One?") + 1, problems.get(0).line());
    }
}
