-- Issue 11. A review item whose question is mastered leaves the reviews for good (MasteryPolicy):
-- retired_at is when that answer was given, NULL while the question is still reviewed. A newer
-- version of the module supersedes the item as before; answering it again un-retires it unless
-- that answer retires it again.
ALTER TABLE review_items ADD COLUMN retired_at timestamptz;

-- Leeches across all reps, for the authors' list: only items with lapses are ever looked at.
CREATE INDEX review_items_lapsed ON review_items (course_id, version, question_idx) WHERE lapses > 0 AND NOT superseded;

-- Why a day's plan has no new lesson (reviews first, on target for the tenure, library finished):
-- a reason key and its arguments, as the items' reasons are stored. NULL when the plan has a lesson.
ALTER TABLE daily_plans ADD COLUMN note jsonb;
