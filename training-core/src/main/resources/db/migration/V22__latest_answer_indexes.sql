-- Issue 13, "Speed" (the writes, third round): every quiz and review answer recomputes the rep's skill
-- summaries from each question's latest answer (EvidenceQueries.latest). These let it find that answer
-- by an index probe per question, instead of reading every attempt answer and review event of the rep:
-- the newest attempt of a module version, and the newest review answer of a question.
CREATE INDEX attempts_user_course_idx ON attempts (user_id, course_id, version, submitted_at);
CREATE INDEX review_events_user_question_idx ON review_events (user_id, course_id, version, question_idx, reviewed_at) INCLUDE (correct);
