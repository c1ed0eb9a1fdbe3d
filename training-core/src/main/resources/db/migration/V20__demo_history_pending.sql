-- issue 13 (first start <= 10 s): the demo reps whose learning history the first start has not yet
-- committed. The demo organisation and these rows commit together; then each rep's history commits in a
-- transaction of its own (several at once) together with the removal of the rep's row. A start stopped
-- part-way leaves exactly the unfinished reps here, and the next start writes their history, for the
-- same day and length, so the demo ends up as if nothing had stopped.
CREATE TABLE demo_history_pending (
    user_id bigint  PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    today   date    NOT NULL,
    days    integer NOT NULL
);
