#!/usr/bin/env bash
# Prepares a local MySQL 8 / MariaDB 10.11 for GridDesk: a database in utf8mb4 with the binary collation
# utf8mb4_bin (Chinese text and case-sensitive ids survive), and optionally a user with all rights on it.
# Safe to run again. GridDesk's schema itself is created by Liquibase when the application starts.
#
#   db/prepare-mysql.sh [--recreate] [--user NAME] [DATABASE]
#
#   DATABASE        database name (default: $GRIDDESK_DB_NAME, else griddesk); tests use griddesk_test
#   --recreate      drop the database first (all its data is lost), e.g. for the test database
#   --user NAME     also create NAME (or $GRIDDESK_DB_USER) with password $GRIDDESK_DB_PASSWORD and grant it
#                   all privileges on the database; an existing user gets that password
#
# Administrator connection: MYSQL_HOST (127.0.0.1), MYSQL_PORT (3306), MYSQL_ROOT_USER (root),
# MYSQL_ROOT_PASSWORD (empty). The user's host part: GRIDDESK_DB_USER_HOST (default %).
set -euo pipefail

usage() {
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
}

die() {
  echo "prepare-mysql: $*" >&2
  exit 1
}

host=${MYSQL_HOST:-127.0.0.1}
port=${MYSQL_PORT:-3306}
admin=${MYSQL_ROOT_USER:-root}
admin_password=${MYSQL_ROOT_PASSWORD:-}
database=${GRIDDESK_DB_NAME:-griddesk}
app_user=${GRIDDESK_DB_USER:-}
app_password=${GRIDDESK_DB_PASSWORD:-}
app_user_host=${GRIDDESK_DB_USER_HOST:-%}
recreate=false
create_user=false

while [[ $# -gt 0 ]]; do
  case "$1" in
    --recreate) recreate=true ;;
    --user)
      [[ $# -ge 2 ]] || die "--user needs a name"
      create_user=true
      app_user=$2
      shift
      ;;
    --user=*) create_user=true; app_user=${1#--user=} ;;
    -h | --help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) database=$1 ;;
  esac
  shift
done

# Names go into SQL unquoted by the shell: allow only what a database or user name needs.
[[ $database =~ ^[A-Za-z0-9_]{1,64}$ ]] || die "invalid database name '$database' (letters, digits, _)"
if $create_user; then
  [[ $app_user =~ ^[A-Za-z0-9_.-]{1,80}$ ]] || die "invalid user name '$app_user' (letters, digits, _ . -)"
  [[ $app_user != "$admin" ]] || die "refusing to create or change the administrator '$admin'"
  [[ -n $app_password ]] || die "set GRIDDESK_DB_PASSWORD for the user '$app_user'"
  [[ $app_user_host =~ ^[A-Za-z0-9_.%:-]+$ ]] || die "invalid user host '$app_user_host'"
fi

client=$(command -v mariadb || command -v mysql || true)
[[ -n $client ]] || die "no mariadb or mysql client found (apt-get install mariadb-client)"

sql_string() { # a single-quoted SQL string literal
  local s=${1//\\/\\\\}
  printf "'%s'" "${s//\'/\'\'}"
}

run_sql() {
  if [[ -n $admin_password ]]; then
    MYSQL_PWD=$admin_password "$client" --host="$host" --port="$port" --user="$admin" \
      --batch --skip-column-names --default-character-set=utf8mb4 "$@"
  else
    "$client" --host="$host" --port="$port" --user="$admin" \
      --batch --skip-column-names --default-character-set=utf8mb4 "$@"
  fi
}

run_sql -e 'SELECT 1' >/dev/null || die "cannot connect as '$admin' to $host:$port"

if $recreate; then
  echo "prepare-mysql: dropping database $database"
  run_sql -e "DROP DATABASE IF EXISTS \`$database\`"
fi

existing=$(run_sql -e "SELECT CONCAT(DEFAULT_CHARACTER_SET_NAME, ' ', DEFAULT_COLLATION_NAME)
  FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = $(sql_string "$database")")
if [[ -z $existing ]]; then
  run_sql -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  echo "prepare-mysql: created database $database (utf8mb4, utf8mb4_bin)"
elif [[ $existing == "utf8mb4 utf8mb4_bin" ]]; then
  echo "prepare-mysql: database $database exists (utf8mb4, utf8mb4_bin)"
else
  run_sql -e "ALTER DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  echo "prepare-mysql: WARNING: database $database had $existing; its default is now utf8mb4_bin," \
    "but existing tables keep theirs (use --recreate for an empty database)" >&2
fi

if $create_user; then
  account="$(sql_string "$app_user")@$(sql_string "$app_user_host")"
  password=$(sql_string "$app_password")
  run_sql <<SQL
CREATE USER IF NOT EXISTS $account IDENTIFIED BY $password;
ALTER USER $account IDENTIFIED BY $password;
GRANT ALL PRIVILEGES ON \`$database\`.* TO $account;
SQL
  echo "prepare-mysql: user $app_user@$app_user_host has all privileges on $database"
fi

echo "prepare-mysql: JDBC URL jdbc:mysql://$host:$port/$database?useUnicode=true&characterEncoding=UTF-8&sendFractionalSeconds=false&serverTimezone=UTC"
