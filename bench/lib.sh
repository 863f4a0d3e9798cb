# GridDesk nodes for the benchmarks (bench/run) and drills (bench/drills/*): build, databases, start and stop, staff.
# Sourced, not run. Everything a run makes lives under $GD_WORK (default /tmp/griddesk-bench): node logs, pid files,
# results. Nodes run the mysql profile against the MySQL/MariaDB server named by MYSQL_HOST/MYSQL_PORT/
# MYSQL_ROOT_USER/MYSQL_ROOT_PASSWORD (as db/prepare-mysql.sh), logging in as that administrator.
#
# Settings (environment): GD_JAVA_OPTS (the nodes' JVM options, default below), GD_SKIP_BUILD=1
# (use the jars already built), GD_PASSWORD (the staff's password, default: a new random one per run).

GD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GD_WORK=${GD_WORK:-/tmp/griddesk-bench}
GD_APP_JAR=$GD_ROOT/app/target/griddesk-app-0.1.0-SNAPSHOT.jar
GD_BENCH_CP="$GD_ROOT/bench/target/griddesk-bench.jar:$GD_ROOT/bench/target/lib/*"
# The nodes' JVM options, kept here only. Target: resident memory under 1 GiB under load on a 2-core machine.
# Measured with bench/run (intake and task completion with 4 and 16 clients), RSS max under load:
# -Xmx512m with G1 (the JVM's choice on this machine) 706 MiB, with Serial 580 MiB; the former -Xms512m -Xmx768m
# with G1 was at 846 MiB after only 40 complaints.
#   -Xmx512m: the live heap after load is ~150 MB; 512 MB leaves room for request garbage, and even a heap grown
#     to it keeps the process well under 1 GiB. -Xms256m: an idle node does not hold the whole heap.
#   -XX:MaxMetaspaceSize=256m: Camunda, Spring and the webapps load ~125-155 MB of class metadata; the cap turns
#     a class-loading leak into an error instead of unbounded growth.
#   -XX:+UseSerialGC: ~120 MiB less RSS than G1 (no remembered sets, no concurrent marking), and no GC threads
#     competing with requests for two cores. Its young collections of this heap averaged 78 ms on a 2-core machine
#     at load 16 (less when quiet); they are a small part of a request's time there.
# Thread stacks stay at the default size: Camunda's and FEEL's recursion is deep, and untouched stack pages
# cost no RSS anyway.
GD_JAVA_OPTS=${GD_JAVA_OPTS:--Xms256m -Xmx512m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC}
GD_PASSWORD=${GD_PASSWORD:-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}
GD_ADMIN=${GD_ADMIN:-ops}
GD_AGENT=${GD_AGENT:-agent}
# A key for personal data at rest, for these throwaway databases only.
GD_CRYPTO_KEY=${GD_CRYPTO_KEY:-YmVuY2gtYW5kLWRyaWxsLWtleS0zMi1ieXRlcy1sb24=}
MYSQL_HOST=${MYSQL_HOST:-127.0.0.1}
MYSQL_PORT=${MYSQL_PORT:-3306}
MYSQL_ROOT_USER=${MYSQL_ROOT_USER:-root}
MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD:-}
export GD_PASSWORD GD_ADMIN GD_AGENT MYSQL_HOST MYSQL_PORT MYSQL_ROOT_USER MYSQL_ROOT_PASSWORD
mkdir -p "$GD_WORK"

gd_log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
gd_die() { gd_log "ERROR: $*"; exit 1; }

# Builds the application and the bench tools (skipping the tests) unless GD_SKIP_BUILD=1.
gd_build() {
  if [[ ${GD_SKIP_BUILD:-} == 1 && -f $GD_APP_JAR && -f $GD_ROOT/bench/target/griddesk-bench.jar ]]; then
    return
  fi
  gd_log "building (mvn package, tests skipped)"
  (cd "$GD_ROOT" && mvn -q -B -ntp -DskipTests package) || gd_die "build failed"
}

# The JDBC URL of database $1 on the server.
gd_jdbc_url() {
  echo "jdbc:mysql://$MYSQL_HOST:$MYSQL_PORT/$1?useUnicode=true&characterEncoding=UTF-8&sendFractionalSeconds=false&serverTimezone=UTC&allowPublicKeyRetrieval=true&useSSL=false"
}

# Runs SQL ($2) in database $1; prints rows tab-separated without headers.
gd_sql() {
  MYSQL_PWD=$MYSQL_ROOT_PASSWORD mysql --protocol=tcp -h "$MYSQL_HOST" -P "$MYSQL_PORT" -u "$MYSQL_ROOT_USER" \
    -N -B "$1" -e "$2"
}

# Drops and creates database $1 (utf8mb4_bin), empty: GridDesk's first start creates the schema.
gd_fresh_db() {
  "$GD_ROOT/db/prepare-mysql.sh" --recreate "$1" >/dev/null || gd_die "cannot prepare database $1"
}

# gd_start_node NAME PORT DB [spring arguments...]: starts a GridDesk node in the background (mysql profile).
# Its log is $GD_WORK/NAME.log, its pid in $GD_WORK/NAME.pid. Does not wait; see gd_wait_node.
gd_start_node() {
  local name=$1 port=$2 db=$3
  shift 3
  # shellcheck disable=SC2086
  GRIDDESK_DB_URL=$(gd_jdbc_url "$db") GRIDDESK_DB_USER=$MYSQL_ROOT_USER GRIDDESK_DB_PASSWORD=$MYSQL_ROOT_PASSWORD \
    GRIDDESK_CRYPTO_KEY=$GD_CRYPTO_KEY \
    nohup java $GD_JAVA_OPTS -jar "$GD_APP_JAR" --spring.profiles.active=mysql --server.port="$port" "$@" \
    >>"$GD_WORK/$name.log" 2>&1 &
  echo $! >"$GD_WORK/$name.pid"
  gd_log "node $name: pid $!, port $port, database $db"
}

# gd_wait_node NAME PORT [SECONDS]: waits until node NAME is ready: /actuator/health without login answers 401
# (while the node is still starting it answers 503 "Starting up"); fails when the node's process has ended. Prints
# the seconds waited.
gd_wait_node() {
  local name=$1 port=$2 limit=${3:-180} start now code
  start=$(date +%s%N)
  while :; do
    kill -0 "$(gd_pid "$name")" 2>/dev/null || gd_die "node $name ended; see $GD_WORK/$name.log"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/actuator/health" || true)
    [[ $code == 401 || $code == 200 ]] && break
    now=$(date +%s%N)
    (( (now - start) / 1000000000 < limit )) || gd_die "node on port $port did not answer within ${limit}s"
    sleep 0.2
  done
  now=$(date +%s%N)
  awk -v ns=$((now - start)) 'BEGIN { printf "%.1f\n", ns / 1e9 }'
}

gd_pid() { cat "$GD_WORK/$1.pid" 2>/dev/null; }

# Stops node $1 as an orderly shutdown would (SIGTERM), waiting for it to end.
gd_stop_node() {
  local pid
  pid=$(gd_pid "$1") || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
}

# Kills node $1 at once (SIGKILL): no shutdown hook, no transaction finished.
gd_kill_node() {
  local pid
  pid=$(gd_pid "$1") || return 0
  kill -9 "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

# Resident memory of node $1 in MiB.
gd_rss_mib() {
  awk '/^VmRSS:/ { printf "%d\n", $2 / 1024 }' "/proc/$(gd_pid "$1")/status"
}

# gd_bootstrap_staff PORT: on a database without users, does what an administrator does after the first start
# (docs/operations.md): the first administrator ($GD_ADMIN) through Camunda's setup page, the organisation of
# the two supply offices, and one member of staff per role, all with the password $GD_PASSWORD:
#   agent (hotline), handler-xc, handler-hp (the offices' handlers), supervisor (central and both offices'
#   supervisors), callback, auditor, channel-web (a channel system).
gd_bootstrap_staff() {
  local port=$1 base="http://127.0.0.1:$1" cookies="$GD_WORK/setup-$1.cookies" xsrf code
  curl -s -c "$cookies" -o /dev/null "$base/camunda/app/admin/default/setup/"
  xsrf=$(awk '/XSRF-TOKEN/ { print $7 }' "$cookies")
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" \
    -H 'Content-Type: application/json' \
    -d "{\"profile\":{\"id\":\"$GD_ADMIN\",\"firstName\":\"运维\",\"lastName\":\"管理员\",\"email\":\"ops@griddesk.example\"},\"credentials\":{\"password\":\"$GD_PASSWORD\"}}" \
    "$base/camunda/api/admin/setup/default/user/create")
  [[ $code == 204 ]] || gd_die "first administrator not created on port $port (HTTP $code)"

  local unit
  for unit in \
    'SG {"name":"省电力公司","level":"PROVINCE","supervisorGroup":"supervisors-province"}' \
    'SZ {"name":"市供电公司","level":"CITY","parentCode":"SG","supervisorGroup":"supervisors-city"}' \
    'CQ {"name":"城区供电分公司","level":"COUNTY","parentCode":"SZ","supervisorGroup":"supervisors-county"}' \
    'XC {"name":"西城供电所","level":"OFFICE","parentCode":"CQ","handlerGroup":"handlers-xc","supervisorGroup":"supervisors-xc"}' \
    'HP {"name":"和平供电所","level":"OFFICE","parentCode":"CQ","handlerGroup":"handlers-hp","supervisorGroup":"supervisors-hp"}'; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "$GD_ADMIN:$GD_PASSWORD" -X PUT \
      -H 'Content-Type: application/json' -d "${unit#* }" "$base/api/organisation/units/${unit%% *}")
    [[ $code == 201 || $code == 200 ]] || gd_die "unit ${unit%% *} not created (HTTP $code)"
  done
  local group
  for group in repair-xc:西城抢修班 repair-hp:和平抢修班 business-xc:西城营业厅 business-hp:和平营业厅; do
    gd_engine_post "$port" /group/create "{\"id\":\"${group%%:*}\",\"name\":\"${group#*:}\",\"type\":\"WORKFLOW\"}"
  done

  local user
  for user in "$GD_AGENT:hotline" handler-xc:handlers-xc handler-hp:handlers-hp \
    supervisor:supervisors,supervisors-xc,supervisors-hp callback:callback auditor:auditors channel-web:channels; do
    local id=${user%%:*} groups=${user#*:}
    gd_engine_post "$port" /user/create \
      "{\"profile\":{\"id\":\"$id\",\"firstName\":\"$id\",\"lastName\":\"压测\",\"email\":\"$id@griddesk.example\"},\"credentials\":{\"password\":\"$GD_PASSWORD\"}}"
    for group in ${groups//,/ }; do
      code=$(curl -s -o /dev/null -w '%{http_code}' -u "$GD_ADMIN:$GD_PASSWORD" -X PUT \
        "$base/engine-rest/group/$group/members/$id")
      [[ $code == 204 ]] || gd_die "$id not added to $group (HTTP $code)"
    done
  done
  gd_log "staff created on port $port: $GD_ADMIN, $GD_AGENT, handler-xc, handler-hp, supervisor, callback, auditor, channel-web"
}

# gd_engine_post PORT PATH JSON: a POST to /engine-rest as the administrator that must answer 2xx.
gd_engine_post() {
  local code
  code=$(curl -s -o "$GD_WORK/last-answer" -w '%{http_code}' -u "$GD_ADMIN:$GD_PASSWORD" \
    -H 'Content-Type: application/json' -d "$3" "http://127.0.0.1:$1/engine-rest$2")
  [[ $code == 2* ]] || gd_die "POST /engine-rest$2 answered $code: $(cat "$GD_WORK/last-answer")"
}

# gd_java CLASS ARGS...: runs one of the bench tools (com.griddesk.bench.…).
gd_java() {
  local class=$1
  shift
  java -cp "$GD_BENCH_CP" "$class" "$@"
}
