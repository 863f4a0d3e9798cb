# Benchmark phases at volume, sourced by bench/run (after bench/lib.sh): each takes NODE PORT DB RESULTS, runs against
# the GridDesk node NODE on PORT (mysql profile, staff from gd_bootstrap_staff) and its database DB, and appends a
# markdown section with its figures to RESULTS.
#
#   bench_timers          BENCH_TIMERS first-contact clocks of seeded complaints run out at the same moment: time
#                         until every escalation is raised, escalations/s, lag of the timers (TimerStorm)
#   bench_tasklist_query  with BENCH_OPEN_CASES open and BENCH_CLOSED_CASES closed cases: the Tasklist query of the
#                         filter 我的组任务 as handler-xc and as the supervisor (TasklistQuery), the case search
#                         (CaseSearchQuery), after proving the seeded cases consistent (VolumeCheck)
#
# Both seed the database first (bench_volume_seed): template complaints through the API (TemplateCases), cloned in
# SQL until the database holds the cases asked for (CaseCloner). Settings (environment), with defaults:
#   BENCH_OPEN_CASES=50000       open cases (GridDesk status not CLOSED) the database must hold
#   BENCH_CLOSED_CASES=250000    closed cases the database must hold (bench_tasklist_query)
#   BENCH_OPEN_TEMPLATES=100     complaints made through the API and left at 联系客户 (every 5th claimed)
#   BENCH_CLOSED_TEMPLATES=100   complaints made through the API and worked to their end
#   BENCH_SEED_BATCH=5000        cases cloned per transaction
#   BENCH_TIMERS=20000           clocks of the timer storm
#   BENCH_TIMER_LEAD=30          seconds between moving the timers and their due moment T
#   BENCH_TIMER_TIMEOUT=1800     seconds after T to wait for the last escalation
#   BENCH_QUERY_SAMPLES=300      measured rounds of the Tasklist query per user (after BENCH_QUERY_WARMUP=50)
#   BENCH_CASE_KIB=320           disk a closed case takes (KiB, measured on MariaDB 10.11): the seeding refuses to
#                                start when the database server's disk (if local) has not room for what it adds

BENCH_OPEN_CASES=${BENCH_OPEN_CASES:-50000}
BENCH_CLOSED_CASES=${BENCH_CLOSED_CASES:-250000}
BENCH_OPEN_TEMPLATES=${BENCH_OPEN_TEMPLATES:-100}
BENCH_CLOSED_TEMPLATES=${BENCH_CLOSED_TEMPLATES:-100}
BENCH_SEED_BATCH=${BENCH_SEED_BATCH:-5000}
BENCH_TIMERS=${BENCH_TIMERS:-20000}
BENCH_TIMER_LEAD=${BENCH_TIMER_LEAD:-30}
BENCH_TIMER_TIMEOUT=${BENCH_TIMER_TIMEOUT:-1800}
BENCH_QUERY_SAMPLES=${BENCH_QUERY_SAMPLES:-300}
BENCH_QUERY_WARMUP=${BENCH_QUERY_WARMUP:-50}
BENCH_CASE_KIB=${BENCH_CASE_KIB:-320}

# Prints the value of key $2 in the key=value line $1.
volume_field() {
  tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"
}

# Prints "met" or "missed": whether value $1 is $2 (<= or >=) target $3.
volume_verdict() {
  awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == "<=") ? (v + 0 <= t + 0) : (v + 0 >= t + 0); print (ok ? "met" : "missed") }'
}

# Prints how many templates of kind $2 (OPEN, CLOSED) database $1 holds.
volume_templates() {
  gd_sql "$1" "SELECT COUNT(*) FROM bench_template WHERE kind = '$2'" 2>/dev/null || echo 0
}

# Refuses (exit 1) when the database server's data directory is on this machine and lacks room for $2 more closed
# and $3 more open cases of database $1, with 5 GiB to spare.
volume_check_disk() {
  local db=$1 closed=$2 open=$3 datadir need free
  datadir=$(gd_sql "$db" "SELECT @@datadir") || return 0
  [[ $MYSQL_HOST == 127.0.0.1 || $MYSQL_HOST == localhost ]] && [[ -d $datadir ]] || return 0
  need=$(( (closed * BENCH_CASE_KIB + open * BENCH_CASE_KIB / 5) / 1024 + 5 * 1024 ))
  free=$(df -Pm "$datadir" | awk 'NR == 2 { print $4 }')
  if (( need > free )); then
    gd_die "seeding $closed closed and $open open cases needs about $need MiB on $datadir, $free MiB free"
  fi
}

# bench_volume_seed PORT DB OPEN CLOSED: makes the database hold at least OPEN open and CLOSED closed cases: the
# missing templates through the node's API, the rest cloned in SQL. Prints the cloner's line (seeded … seconds=…)
# with the templates' time added (templates_s=).
bench_volume_seed() {
  local port=$1 db=$2 open=$3 closed=$4 url="http://127.0.0.1:$1" jdbc have_open have_closed make_open make_closed
  local templates_file="$GD_WORK/templates-$db.txt" start templates_s=0 line
  jdbc=$(gd_jdbc_url "$db")
  have_open=$(gd_sql "$db" "SELECT COUNT(*) FROM gd_case WHERE status <> 'CLOSED'")
  have_closed=$(gd_sql "$db" "SELECT COUNT(*) FROM gd_case WHERE status = 'CLOSED'")
  volume_check_disk "$db" $(( closed > have_closed ? closed - have_closed : 0 )) \
    $(( open > have_open ? open - have_open : 0 ))
  make_open=0
  make_closed=0
  if (( open > have_open )); then
    make_open=$(( BENCH_OPEN_TEMPLATES - $(volume_templates "$db" OPEN) ))
    (( make_open < 0 )) && make_open=0
  fi
  if (( closed > have_closed )); then
    make_closed=$(( BENCH_CLOSED_TEMPLATES - $(volume_templates "$db" CLOSED) ))
    (( make_closed < 0 )) && make_closed=0
  fi
  : >"$templates_file"
  if (( make_open + make_closed > 0 )); then
    gd_log "seeding: $make_open open and $make_closed closed template complaints through the API"
    start=$(date +%s%N)
    gd_java com.griddesk.bench.volume.TemplateCases --url="$url" --open="$make_open" --closed="$make_closed" \
      --out="$templates_file" >&2 || gd_die "template cases failed"
    templates_s=$(( ($(date +%s%N) - start) / 1000000000 ))
  fi
  gd_log "seeding: cloning until $db holds $open open and $closed closed cases"
  line=$(gd_java com.griddesk.bench.volume.CaseCloner --jdbc="$jdbc" --register="$templates_file" \
    --open="$open" --closed="$closed" --batch="$BENCH_SEED_BATCH") || gd_die "cloning failed"
  gd_log "$line templates_s=$templates_s"
  echo "$line templates_s=$templates_s"
}

# bench_timers NODE PORT DB RESULTS: the timer storm (see above) on seeded open complaints.
bench_timers() {
  local node=$1 port=$2 db=$3 results=$4 open seed line pool
  open=$(( BENCH_OPEN_CASES > BENCH_TIMERS + BENCH_OPEN_TEMPLATES + 1 ? BENCH_OPEN_CASES : BENCH_TIMERS + BENCH_OPEN_TEMPLATES + 1 ))
  seed=$(bench_volume_seed "$port" "$db" "$open" 0)
  gd_log "timers: $BENCH_TIMERS first-contact clocks due in $BENCH_TIMER_LEAD s"
  line=$(gd_java com.griddesk.bench.timers.TimerStorm --jdbc="$(gd_jdbc_url "$db")" --timers="$BENCH_TIMERS" \
    --lead="$BENCH_TIMER_LEAD" --timeout="$BENCH_TIMER_TIMEOUT") || gd_log "timers: not every escalation was raised"
  gd_log "$line"
  pool=$(grep -o 'Setting up jobExecutor with.*' "$GD_WORK/$node.log" 2>/dev/null | tail -1 || true)
  {
    printf '## Timers: %s clocks due at the same moment\n\n' "$(volume_field "$line" jobs)"
    printf 'Seeded complaints waiting at 联系客户 (database: %s open cases); their first-contact timers moved to one moment T,\n' \
      "$(volume_field "$seed" open)"
    printf '%s s after the move. Lag: the timer'"'"'s successful run in the job log minus T (whole seconds).\n\n' "$BENCH_TIMER_LEAD"
    printf '| timers | fired | breached | escalations | failed runs | T to last escalation | escalations/s | lag p50 | lag p95 | lag p99 | lag max |\n'
    printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
    printf '| %s | %s | %s | %s | %s | %s s | %s | %s s | %s s | %s s | %s s |\n\n' "$(volume_field "$line" jobs)" \
      "$(volume_field "$line" fired)" "$(volume_field "$line" breached)" "$(volume_field "$line" escalations)" \
      "$(volume_field "$line" failed)" "$(volume_field "$line" total_s)" "$(volume_field "$line" escalations_per_s)" \
      "$(volume_field "$line" lag_p50_s)" "$(volume_field "$line" lag_p95_s)" "$(volume_field "$line" lag_p99_s)" \
      "$(volume_field "$line" lag_max_s)"
    printf 'Targets: p99 lag ≤ 10 s: %s; ≥ 100 escalations/s: %s.\n' \
      "$(volume_verdict "$(volume_field "$line" lag_p99_s)" "<=" 10)" \
      "$(volume_verdict "$(volume_field "$line" escalations_per_s)" ">=" 100)"
    if [[ -n $pool ]]; then printf 'Job executor (node log): %s.\n' "$pool"; fi
    printf '\nSeeding: `%s`\n\n' "$seed"
  } >>"$results"
}

# bench_tasklist_query NODE PORT DB RESULTS: the Tasklist query (see above) at BENCH_OPEN_CASES open and
# BENCH_CLOSED_CASES closed cases.
bench_tasklist_query() {
  local node=$1 port=$2 db=$3 results=$4 url="http://127.0.0.1:$2" seed check user line lines=() searches
  seed=$(bench_volume_seed "$port" "$db" "$BENCH_OPEN_CASES" "$BENCH_CLOSED_CASES")
  gd_log "tasklist: checking the seeded cases"
  if check=$(gd_java com.griddesk.bench.volume.VolumeCheck --url="$url" --jdbc="$(gd_jdbc_url "$db")" 2>&1); then
    check="consistent: $(grep -c ': ok' <<<"$check") checks ok"
  else
    gd_log "$check"
    check="NOT consistent: $(grep 'FAILED' <<<"$check" | tr '\n' ' ')"
  fi
  for user in handler-xc supervisor; do
    gd_log "tasklist: 我的组任务 as $user"
    while IFS= read -r line; do
      lines+=("$line")
    done < <(gd_java com.griddesk.bench.query.TasklistQuery --url="$url" --user="$user" \
      --samples="$BENCH_QUERY_SAMPLES" --warmup="$BENCH_QUERY_WARMUP" || gd_log "tasklist: query as $user failed")
  done
  gd_log "tasklist: case search"
  searches=$(gd_java com.griddesk.bench.query.CaseSearchQuery --url="$url" --user=supervisor || true)
  {
    printf '## Tasklist query at %s open and %s closed cases\n\n' "$(volume_field "$seed" open)" "$(volume_field "$seed" closed)"
    printf 'Filter 我的组任务, first 50 tasks in Tasklist'"'"'s sorting (priority, due date, created), in a Tasklist session;\n'
    printf '%s measured rounds after %s of warm-up, one request at a time. Seeded cases: %s.\n\n' \
      "$BENCH_QUERY_SAMPLES" "$BENCH_QUERY_WARMUP" "$check"
    printf '| user | request | tasks | count | p50 | p95 | p99 | max | p95 ≤ 50 ms |\n|---|---|---|---|---|---|---|---|---|\n'
    for line in "${lines[@]}"; do
      printf '| %s | %s | %s | %s | %s ms | %s ms | %s ms | %s ms | %s |\n' "$(volume_field "$line" user)" \
        "$(volume_field "$line" request)" "$(volume_field "$line" tasks)" "$(volume_field "$line" count)" \
        "$(volume_field "$line" p50_ms)" "$(volume_field "$line" p95_ms)" "$(volume_field "$line" p99_ms)" \
        "$(volume_field "$line" max_ms)" "$(volume_verdict "$(volume_field "$line" p95_ms)" "<=" 50)"
    done
    printf '\nCase search (GET /api/cases as the supervisor):\n\n| search | total | p50 | p95 | p99 |\n|---|---|---|---|---|\n'
    while IFS= read -r line; do
      [[ -n $line ]] || continue
      printf '| `%s` | %s | %s ms | %s ms | %s ms |\n' "$(volume_field "$line" search)" "$(volume_field "$line" total)" \
        "$(volume_field "$line" p50_ms)" "$(volume_field "$line" p95_ms)" "$(volume_field "$line" p99_ms)"
    done <<<"$searches"
    printf '\nSeeding: `%s`\n\n' "$seed"
  } >>"$results"
}
