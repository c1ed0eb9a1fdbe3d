-- Issue 13, "Speed": each question's latest answer kept on its review item, so the skill refresh of every
-- quiz and review answer reads only the rep's review items (one index range on user_id) instead of the
-- newest attempts per module version and the rep's review events. Written in the transaction that adds
-- the answer (ReviewStore.saveAll for a quiz, ReviewStore.insertEvent for a review, the demo history's
-- DemoReviewStore), keeping the latest in the order ProficiencyModel reads answers: later, then a review
-- over a first sight, then a wrong answer over a right one. NULL: no answer yet.
ALTER TABLE review_items
    ADD COLUMN latest_at          timestamptz,
    ADD COLUMN latest_correct     boolean,
    ADD COLUMN latest_first_sight boolean,
    ADD CONSTRAINT review_items_latest_whole
        CHECK ((latest_at IS NULL) = (latest_correct IS NULL) AND (latest_at IS NULL) = (latest_first_sight IS NULL));

UPDATE review_items ri SET latest_at = x.at, latest_correct = x.correct, latest_first_sight = x.first_sight
FROM (
    SELECT DISTINCT ON (user_id, course_id, version, question_idx) * FROM (
        SELECT a.user_id, a.course_id, a.version, aa.question_idx, a.submitted_at AS at, aa.correct, true AS first_sight
        FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id
        UNION ALL
        SELECT e.user_id, e.course_id, e.version, e.question_idx, e.reviewed_at, e.correct, false FROM review_events e
    ) y
    ORDER BY user_id, course_id, version, question_idx, at DESC, first_sight, correct
) x
WHERE ri.user_id = x.user_id AND ri.course_id = x.course_id AND ri.version = x.version AND ri.question_idx = x.question_idx;
