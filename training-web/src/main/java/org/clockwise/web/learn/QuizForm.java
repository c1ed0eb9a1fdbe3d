package org.clockwise.web.learn;

import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.review.Confidence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads quiz answers from a posted form: {@code q<n>} holds chosen option keys or the typed answer. */
public final class QuizForm {

    private static final Pattern FIELD = Pattern.compile("q(\\d{1,3})");
    private static final Pattern KEY = Pattern.compile("[a-z]{1,3}");
    private static final Pattern CONFIDENCE = Pattern.compile("c(\\d{1,3})");

    private QuizForm() {
    }

    public static Map<Integer, QuizGrading.Answer> answers(Map<String, ?> form) {
        Map<Integer, QuizGrading.Answer> answers = new HashMap<>();
        form.forEach((name, value) -> {
            Matcher m = FIELD.matcher(name);
            if (!m.matches()) {
                return;
            }
            List<String> values = values(value);
            Set<String> keys = new HashSet<>();
            String text = "";
            for (String v : values) {
                if (KEY.matcher(v).matches()) {
                    keys.add(v);
                }
                text = v;
            }
            answers.put(Integer.parseInt(m.group(1)), new QuizGrading.Answer(keys, text.length() > 500 ? text.substring(0, 500) : text));
        });
        return answers;
    }

    /** How sure the rep said they were, per question: {@code c<n>} = "sure" or "unsure"; absent = not said. */
    public static Map<Integer, Confidence> confidence(Map<String, ?> form) {
        Map<Integer, Confidence> confidence = new HashMap<>();
        form.forEach((name, value) -> {
            Matcher m = CONFIDENCE.matcher(name);
            if (!m.matches()) {
                return;
            }
            List<String> values = values(value);
            if (values.size() == 1 && values.get(0).equals("sure")) {
                confidence.put(Integer.parseInt(m.group(1)), Confidence.SURE);
            } else if (values.size() == 1 && values.get(0).equals("unsure")) {
                confidence.put(Integer.parseInt(m.group(1)), Confidence.UNSURE);
            }
        });
        return confidence;
    }

    private static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
