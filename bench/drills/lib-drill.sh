# Steps shared by the drills that kill, cluster and restore GridDesk nodes (crash, cluster, backup-restore).
# Sourced after bench/lib.sh, not run. A drill collects its reasons to fail with drill_fail or drill_check and ends
# with drill_verdict, which prints `VERDICT: PASS` or `VERDICT: FAIL: <reasons>` and exits 0 or 1.

DRILL_REASONS=()
DRILL_NODES=()
DRILL_PIDS=()

# Records a reason for the verdict to fail.
drill_fail() {
  gd_log "FAIL: $*"
  DRILL_REASONS+=("$*")
}

# drill_check CLASS ARGS...: runs one of the drills' Java checks (com.griddesk.bench.drill.CLASS), shows its lines
# and takes each FAIL line as a reason.
drill_check() {
  local class=$1 out
  shift
  gd_log "check: $class $*"
  out=$(gd_java "com.griddesk.bench.drill.$class" "$@") || true
  echo "$out" >&2
  while IFS= read -r line; do
    [[ $line =~ ^[[:space:]]*FAIL[[:space:]]+(.*)$ ]] && DRILL_REASONS+=("${BASH_REMATCH[1]}")
  done <<<"$out"
  [[ -n $out ]] || DRILL_REASONS+=("$class printed nothing")
}

# Prints the verdict and exits with it.
drill_verdict() {
  DRILL_DONE=1
  if ((${#DRILL_REASONS[@]} == 0)); then
    echo "VERDICT: PASS"
    exit 0
  fi
  local IFS=';'
  echo "VERDICT: FAIL: ${DRILL_REASONS[*]}"
  exit 1
}

# drill_launch_node NAME PORT DB [spring arguments...]: starts a node (gd_start_node) that the drill stops at its
# end, its job history marked with its name (ACT_HI_JOB_LOG.HOSTNAME_); does not wait. Its log starts empty at the
# drill's first start of it.
drill_launch_node() {
  local name=$1 port=$2 db=$3
  shift 3
  if [[ " ${DRILL_NODES[*]} " != *" $name "* ]]; then
    DRILL_NODES+=("$name")
    : >"$GD_WORK/$name.log" # a restart appends to its log
  fi
  gd_start_node "$name" "$port" "$db" --camunda.bpm.generic-properties.properties.hostname="$name" "$@"
  disown "$(gd_pid "$name")" 2>/dev/null || true # no "Killed" notice from the shell when the drill kills it
}

# drill_await_node NAME PORT: waits until the node answers (at most DRILL_START_TIMEOUT, default 300 s).
drill_await_node() {
  local seconds
  seconds=$(gd_wait_node "$1" "$2" "${DRILL_START_TIMEOUT:-300}")
  gd_log "node $1 answers after ${seconds}s"
}

# drill_start_node NAME PORT DB [spring arguments...]: drill_launch_node, then drill_await_node.
drill_start_node() {
  drill_launch_node "$@"
  drill_await_node "$1" "$2"
}

# drill_load NAME ARGS...: starts IntakeLoad in the background (output in $GD_WORK/NAME.out); the pid is in
# DRILL_LOAD_PID.
drill_load() {
  local name=$1
  shift
  gd_java com.griddesk.bench.load.IntakeLoad "$@" >"$GD_WORK/$name.out" 2>&1 &
  DRILL_LOAD_PID=$!
  DRILL_PIDS+=("$DRILL_LOAD_PID")
  gd_log "load $name: pid $DRILL_LOAD_PID, IntakeLoad $*"
}

# drill_load_done NAME PID: waits for a load and fails the drill when a request was never acknowledged.
drill_load_done() {
  local name=$1 pid=$2 line failed
  wait "$pid" || drill_fail "load $name ended with an error: $(tail -3 "$GD_WORK/$name.out" | tr '\n' ' ')"
  line=$(grep '^requests=' "$GD_WORK/$name.out" | tail -1)
  gd_log "load $name: $line"
  failed=$(sed -n 's/.* failed=\([0-9]*\) .*/\1/p' <<<"$line")
  [[ ${failed:-x} == 0 ]] || drill_fail "load $name: ${failed:-?} requests never acknowledged ($line)"
}

# drill_lines FILE: how many lines FILE has (0 when missing).
drill_lines() {
  if [[ -f $1 ]]; then wc -l <"$1"; else echo 0; fi
}

# drill_wait_lines FILE N PID: waits until FILE has N lines (acknowledged cases) or the process PID has ended.
drill_wait_lines() {
  local file=$1 want=$2 pid=$3
  while (($(drill_lines "$file") < want)) && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

# drill_timer_jobs DB FILE [LIMIT]: writes the complaints' first-contact timers ("jobId processInstanceId"),
# oldest first, to FILE; prints how many.
drill_timer_jobs() {
  gd_sql "$1" "SELECT ID_, PROCESS_INSTANCE_ID_ FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = 'complaint'
    AND HANDLER_CFG_ = 'firstContactOverdue' ORDER BY CREATE_TIME_, ID_ ${3:+LIMIT $3}" >"$2"
  drill_lines "$2"
}

# drill_job_list FILE: the job ids of FILE as an SQL list ('a','b',...).
drill_job_list() {
  awk -v q="'" '{ printf "%s%s%s%s", (NR > 1 ? "," : ""), q, $1, q }' "$1"
}

# drill_make_due DB FILE SECONDS: makes the timers of FILE due SECONDS from now, all at the same moment. What an
# operator would do with Cockpit's "change due date" one job at a time; here one UPDATE, so that they are due
# together. The job executor finds them at its next acquisition (an idle one waits up to 60 s between looks).
drill_make_due() {
  gd_sql "$1" "UPDATE ACT_RU_JOB SET DUEDATE_ = UTC_TIMESTAMP() + INTERVAL $3 SECOND
    WHERE ID_ IN ($(drill_job_list "$2"))"
  gd_log "$(drill_lines "$2") timers of $2 due in ${3}s"
}

# drill_pending DB FILE: how many timers of FILE have not fired yet.
drill_pending() {
  gd_sql "$1" "SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ IN ($(drill_job_list "$2"))"
}

# drill_wait_fired DB FILE SECONDS: waits until every timer of FILE has fired; false when time ran out.
drill_wait_fired() {
  local db=$1 file=$2 limit=$3 start=$SECONDS pending
  while :; do
    pending=$(drill_pending "$db" "$file")
    ((pending == 0)) && return 0
    ((SECONDS - start < limit)) || { gd_log "$pending timers still pending after ${limit}s"; return 1; }
    sleep 2
  done
}

# drill_audit_chain PORT: the audit log's hash chain is intact (GET /api/audit/verify as the administrator).
drill_audit_chain() {
  local answer
  answer=$(curl -s --max-time 120 -u "$GD_ADMIN:$GD_PASSWORD" "http://127.0.0.1:$1/api/audit/verify" || true)
  gd_log "audit chain: $answer"
  [[ $answer == *'"valid":true'* ]] || drill_fail "audit chain not intact: $answer"
}

# Ends what the drill started: its loads, and its nodes (SIGTERM); a drill that stopped before its verdict (a node
# that did not start, a failed command) fails. Installed as the EXIT trap.
drill_cleanup() {
  local status=$? pid name
  [[ -n ${DRILL_DONE:-} ]] || echo "VERDICT: FAIL: the drill stopped early (exit $status), see the lines above"
  for pid in "${DRILL_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for name in "${DRILL_NODES[@]}"; do gd_stop_node "$name"; done
}
