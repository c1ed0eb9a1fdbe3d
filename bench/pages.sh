#!/usr/bin/env bash
# Saves the HTML of My skills, the teams overview, the author library, the team dashboard, Today, quizzes and the
# next review for several users, in
# English and Dutch, with the CSRF token and the "as of" times blanked (issue 13, rendering speed):
# run it against the old jar and the new one on the same data folder (bench/run.sh --keep), then
# `diff -r` the two output folders; a template change that only makes rendering cheaper gives none.
#
#   bench/pages.sh http://127.0.0.1:18311 /tmp/clockwise-bench.XXXX /tmp/pages-before
set -euo pipefail
base="$1" work="$2" out="$3"
mkdir -p "$out"
save() { # name cookie path accept-language
  curl -sS --fail -H "Cookie: $2" -H "Accept-Language: $4" "$base$3" \
    | sed -E 's/(name="_csrf"[^>]*value=")[^"]*"/\1"/g; s/(value=")[^"]*("[^>]*name="_csrf")/\1\2/g; s/_csrf=[A-Za-z0-9_.~%-]+/_csrf=/g' \
    | sed -E 's/(class="hint teams-as-of"[^>]*>)[^<]*/\1/; s/(class="hint leeches-as-of"[^>]*>)[^<]*/\1/' \
    | sed -E 's/(<input type="hidden" name="[^"]*" value=")[^"]*"/\1"/g' \
    | perl -pe 's{((?:<input type="hidden" name="[^"]*" value="">)+)}{join "", sort ($1 =~ /(<input[^>]*>)/g)}ge' >"$out/$1.html"
}
# issue 13, quiz and review pages (wt-quiz): the modules with a quiz, as bench/run.sh picks them
export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=postgres PGPORT="$(sed -n 4p "$work/data/postgres/postmaster.pid")"
modules="$(psql -X -q -A -t -v ON_ERROR_STOP=1 -c "SELECT string_agg(id, ' ') FROM (SELECT c.id FROM courses c
  JOIN questions q ON q.course_id = c.id AND q.version = c.current_version WHERE c.retired_at IS NULL
  GROUP BY c.id ORDER BY c.id LIMIT 5) m")"
for lang in en nl; do
  for i in 1 2 3 5 8 13 21 34; do
    save "skills-rep$i-$lang" "$(sed -n "${i}p" "$work/reps.cookies")" /skills "$lang"
  done
  for i in 1 2 3 4; do
    save "teams-manager$i-$lang" "$(sed -n "${i}p" "$work/managers.cookies")" /team/teams "$lang"
  done
  admin="$(head -n 1 "$work/admin.cookies")" author="$(head -n 1 "$work/author.cookies")"
  save "teams-admin-$lang" "$admin" /team/teams "$lang"
  save "teams-admin-page2-$lang" "$admin" '/team/teams?page=2' "$lang"
  save "library-author-$lang" "$author" /library "$lang"
  save "library-sorted-$lang" "$author" '/library?sort=minutes&dir=desc' "$lang"
  save "library-search-$lang" "$author" '/library?q=buy' "$lang"
  save "library-filter-$lang" "$author" '/library?skill=buyer-alignment&sort=published' "$lang"
  save "library-notice-$lang" "$author" '/library?notice=published&published=mutual-action-plan' "$lang"
  # Issue 13, team dashboard speed: the dashboard of several managers, orders, skills and a team.
  for i in 1 2 3 5 8 13 21 34; do
    save "team-manager$i-$lang" "$(sed -n "${i}p" "$work/managers.cookies")" /team "$lang"
  done
  manager="$(head -n 1 "$work/managers.cookies")"
  save "team-by-rep-desc-$lang" "$manager" '/team?sort=rep&dir=desc' "$lang"
  save "team-by-skill-$lang" "$manager" '/team?sort=skill:storytelling' "$lang"
  save "team-progression-$lang" "$manager" '/team?skill=account-planning' "$lang"
  save "team-notice-$lang" "$manager" '/team?notice=assigned' "$lang"
  save "team-admin-$lang" "$admin" '/team?team=1' "$lang"
  # issue 13, Today's speed: the rep's Today page (its review rows' texts are made in the controller)
  for i in 1 2 3 5 8 13 21 34; do
    save "today-rep$i-$lang" "$(sed -n "${i}p" "$work/reps.cookies")" /today "$lang"
  done
  # issue 13, quiz and review pages (wt-quiz): a fresh take of each quiz module and the next review;
  # the tickets' hidden values (a time and a signature) are blanked like the CSRF token, and the hidden
  # fields sorted: their order comes from Map.of, whose iteration order changes with every JVM.
  for m in $modules; do
    for i in 1 2 5; do
      save "quiz-$m-rep$i-$lang" "$(sed -n "${i}p" "$work/reps.cookies")" "/modules/$m/quiz?take=$((990000 + i))" "$lang"
    done
  done
  for i in 1 2 3 5 8; do
    save "review-rep$i-$lang" "$(sed -n "${i}p" "$work/reps.cookies")" /reviews "$lang"
  done
done
ls "$out" | wc -l
