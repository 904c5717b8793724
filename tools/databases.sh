#!/usr/bin/env bash
# Starts/stops private PostgreSQL 15 (127.0.0.1:55432) and MariaDB (127.0.0.1:53306) servers
# with their data under the given folder; as root, without systemd (see shared notes §4).
#   tools/databases.sh start DIR      tools/databases.sh stop DIR
#   tools/databases.sh stop-postgres DIR / restart-postgres DIR (fault tests)
#   tools/databases.sh stop-mariadb DIR / restart-mariadb DIR (fault tests)
# Both create database `ormtest` owned by user `orm` (password `ormpass`), and `ormreplica`
# (the read replica of the replication tests: a second database the library reads from).
# PgBouncer (127.0.0.1:56432, QSQ_PGBOUNCER_PORT) pools PostgreSQL's two databases in
# transaction mode, as a production bouncer in front of it would. A streaming-replication hot
# standby of PostgreSQL (pg_basebackup) listens on 127.0.0.1:55442 (QSQ_PG_STANDBY_PORT).
#   tools/databases.sh stop-standby DIR / restart-standby DIR (a replica that goes down)
# A three-node MariaDB Galera cluster (galera-4, rsync state transfer) listens on
# 127.0.0.1:53311-53313 (QSQ_GALERA_PORT for the first; cluster ports from 54567,
# QSQ_GALERA_GCOMM_PORT), each node its own data folder.
set -uo pipefail
action=${1:?start|stop}
dir=${2:?folder}
PG_PORT=${QSQ_PG_PORT:-55432}
MY_PORT=${QSQ_MARIADB_PORT:-53306}
PGB_PORT=${QSQ_PGBOUNCER_PORT:-56432}
STANDBY_PORT=${QSQ_PG_STANDBY_PORT:-55442}
GALERA_PORT=${QSQ_GALERA_PORT:-53311}
GCOMM_PORT=${QSQ_GALERA_GCOMM_PORT:-54567}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_user() { local u=$1; shift; if [ "$(id -u)" -eq 0 ]; then runuser -u "$u" -- "$@"; else sudo -u "$u" "$@"; fi; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# A self-signed certificate for 127.0.0.1 (DIR/tls/server.crt, its key), so that both servers
# also take TLS connections (the dialect-options tests connect with sslmode/ssl_ca).
make_tls() {
    local t=$dir/tls
    [ -f "$t/server.crt" ] && return 0
    install -d -m 0755 "$t"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj /CN=127.0.0.1 \
        -addext subjectAltName=IP:127.0.0.1 -keyout "$t/server.key" -out "$t/server.crt" \
        >/dev/null 2>&1 || { echo "openssl failed"; return 1; }
    chmod 644 "$t/server.crt"
    # Each server reads its own copy of the key (PostgreSQL wants it private to its user).
    as_root install -m 0600 -o postgres -g postgres "$t/server.key" "$t/pg.key"
    as_root install -m 0600 -o mysql -g mysql "$t/server.key" "$t/my.key"
}

# pg_ctl start of the server in folder $1 (data/, server.log, its socket) on port $2, fast and
# unsafe (test data), with more server options in $3.
pg_start() {
    as_user postgres "$PGBIN/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 -o \
        "-c listen_addresses=127.0.0.1 -p $2 -k $1 -c fsync=off -c full_page_writes=off -c timezone=UTC $3" \
        start >/dev/null || { cat "$1/server.log"; return 1; }
}

# The primary, on the data folder made by start_postgres (again after stop-postgres).
run_postgres() {
    pg_start "$dir/pg" "$PG_PORT" "-c synchronous_commit=off -c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/pg.key"
}

start_postgres() {
    local r=$dir/pg
    as_root install -d -m 0700 -o postgres -g postgres "$r"
    as_user postgres "$PGBIN/initdb" -D "$r/data" -U postgres -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/pg-init.log" 2>&1 || {
        cat "$dir/pg-init.log"; return 1; }
    run_postgres || return 1
    as_user postgres psql -q -h "$r" -p "$PG_PORT" -U postgres \
        -c "CREATE ROLE orm LOGIN PASSWORD 'ormpass' SUPERUSER" >/dev/null
    local db
    for db in ormtest ormreplica; do
        as_user postgres createdb -h "$r" -p "$PG_PORT" -U postgres -O orm -T template0 \
            --lc-collate=C.UTF-8 --lc-ctype=C.UTF-8 "$db"
    done
    echo "== PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

# The standby: a base backup of the primary taken over its socket (trusted local replication),
# started read-only in recovery, streaming the primary's WAL.
run_standby() {
    pg_start "$dir/pgstandby" "$STANDBY_PORT" "-c hot_standby=on -c ssl=off"
}

start_standby() {
    local r=$dir/pgstandby
    as_root install -d -m 0700 -o postgres -g postgres "$r"
    as_user postgres "$PGBIN/pg_basebackup" -h "$dir/pg" -p "$PG_PORT" -U postgres \
        -D "$r/data" -R -X stream -c fast >"$dir/pgstandby-init.log" 2>&1 || {
        cat "$dir/pgstandby-init.log"; return 1; }
    run_standby || return 1
    echo "== PostgreSQL hot standby on 127.0.0.1:$STANDBY_PORT (streaming from :$PG_PORT)"
}

stop_standby() {
    [ -d "$dir/pgstandby/data" ] || return 0
    as_user postgres "$PGBIN/pg_ctl" -D "$dir/pgstandby/data" -m fast -w stop >/dev/null 2>&1 || true
}

# PgBouncer runs as postgres (it refuses root); clients authenticate with SCRAM against its
# user list, and it logs in to PostgreSQL with the same password.
start_pgbouncer() {
    local r=$dir/pgbouncer
    command -v pgbouncer >/dev/null || { echo "pgbouncer is not installed"; return 1; }
    as_root install -d -m 0700 -o postgres -g postgres "$r"
    printf '%s\n' "[databases]" \
        "ormtest = host=127.0.0.1 port=$PG_PORT dbname=ormtest" \
        "ormreplica = host=127.0.0.1 port=$PG_PORT dbname=ormreplica" \
        "[pgbouncer]" "listen_addr = 127.0.0.1" "listen_port = $PGB_PORT" "unix_socket_dir =" \
        "auth_type = scram-sha-256" "auth_file = $r/userlist.txt" "pool_mode = transaction" \
        "max_client_conn = 500" "default_pool_size = 20" "logfile = $r/pgbouncer.log" \
        "pidfile = $r/pgbouncer.pid" | as_user postgres tee "$r/pgbouncer.ini" >/dev/null
    echo '"orm" "ormpass"' | as_user postgres tee "$r/userlist.txt" >/dev/null
    as_user postgres pgbouncer -d "$r/pgbouncer.ini" >/dev/null 2>&1 ||
        { cat "$r/pgbouncer.log"; return 1; }
    echo "== PgBouncer $(pgbouncer --version | head -1 | awk '{print $2}') on 127.0.0.1:$PGB_PORT (transaction pooling)"
}

stop_pgbouncer() {
    local pidfile=$dir/pgbouncer/pgbouncer.pid
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}

# Galera node $1 (1-3): its client port GALERA_PORT+$1-1; group communication, incremental and
# state transfer ports from GCOMM_PORT + 10*($1-1). Node 1 bootstraps the cluster. Every
# statement waits for the writes the cluster committed before it (wsrep_sync_wait=15), so a
# table or row written through one node is there on the next: without it tst_galera failed on a
# loaded machine ("Table 'Counters' doesn't exist" on the second node).
galera_node() {
    local n=$1 r=$dir/galera$1 base=$((GCOMM_PORT + 10 * ($1 - 1)))
    local peers=gcomm://127.0.0.1:$GCOMM_PORT,127.0.0.1:$((GCOMM_PORT + 10)),127.0.0.1:$((GCOMM_PORT + 20))
    [ "$n" = 1 ] && peers=gcomm://
    as_root install -d -m 0750 -o mysql -g mysql "$r" "$r/data"
    mariadb-install-db --no-defaults --user=mysql --datadir="$r/data" \
        --auth-root-authentication-method=socket --skip-test-db --skip-name-resolve \
        >"$r/init.log" 2>&1 || { cat "$r/init.log"; return 1; }
    setsid mariadbd --no-defaults --user=mysql --datadir="$r/data" --bind-address=127.0.0.1 \
        --port=$((GALERA_PORT + n - 1)) --socket="$r/mysqld.sock" --pid-file="$r/mariadbd.pid" \
        --log-error="$r/error.log" --skip-name-resolve --innodb-flush-log-at-trx-commit=2 \
        --innodb-buffer-pool-size=64M --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_bin --binlog-format=ROW --innodb-autoinc-lock-mode=2 \
        --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-sync-wait=15 \
        --wsrep-cluster-name=qtsequelize --wsrep-cluster-address="$peers" \
        --wsrep-node-name="node$n" --wsrep-node-address="127.0.0.1:$base" \
        --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$base;ist.recv_addr=127.0.0.1:$((base + 1));gcache.size=32M" \
        --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$((base + 2))" \
        </dev/null >/dev/null 2>&1 &
    local i
    for i in $(seq 1 600); do
        [ "$(mariadb --no-defaults --socket="$r/mysqld.sock" -u root -N -e \
            "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='WSREP_READY'" 2>/dev/null)" = ON ] && return 0
        sleep 0.1
    done
    echo "Galera node $n did not join"; tail -30 "$r/error.log"; return 1
}

start_galera() {
    galera_node 1 || return 1
    mariadb --no-defaults --socket="$dir/galera1/mysqld.sock" -u root -e "
      CREATE DATABASE ormtest CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
      CREATE USER 'orm'@'%' IDENTIFIED BY 'ormpass'; GRANT ALL ON *.* TO 'orm'@'%';" ||
        return 1
    galera_node 2 && galera_node 3 || return 1
    echo "== MariaDB Galera cluster of 3 on 127.0.0.1:$GALERA_PORT-$((GALERA_PORT + 2))"
}

stop_galera() {
    local n
    for n in 3 2 1; do
        stop_mariadbd "$dir/galera$n"
    done
}

# The server on the data folder made by start_mariadb (again after stop-mariadb); returns when
# it answers.
run_mariadb() {
    local r=$dir/my
    setsid mariadbd --no-defaults --user=mysql --datadir="$r/data" --bind-address=127.0.0.1 \
        --port="$MY_PORT" --socket="$r/mysqld.sock" --pid-file="$r/mariadbd.pid" \
        --log-error="$r/error.log" --skip-name-resolve --innodb-flush-log-at-trx-commit=2 \
        --innodb-buffer-pool-size=128M --character-set-server=utf8mb4 \
        --ssl-cert="$dir/tls/server.crt" --ssl-key="$dir/tls/my.key" --ssl-ca="$dir/tls/server.crt" \
        --collation-server=utf8mb4_bin </dev/null >/dev/null 2>&1 &
    local i
    for i in $(seq 1 300); do
        mariadb-admin --no-defaults --socket="$r/mysqld.sock" -u root ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    cat "$r/error.log"
    return 1
}

start_mariadb() {
    local r=$dir/my
    as_root install -d -m 0750 -o mysql -g mysql "$r" "$r/data"
    mariadb-install-db --no-defaults --user=mysql --datadir="$r/data" \
        --auth-root-authentication-method=socket --skip-test-db --skip-name-resolve \
        >"$dir/my-init.log" 2>&1 || { cat "$dir/my-init.log"; return 1; }
    run_mariadb || return 1
    mariadb --no-defaults --socket="$r/mysqld.sock" -u root -e "CREATE DATABASE ormtest CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
      CREATE DATABASE ormreplica CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
      CREATE USER 'orm'@'%' IDENTIFIED BY 'ormpass'; GRANT ALL ON *.* TO 'orm'@'%';" ||
        { cat "$r/error.log"; return 1; }
    echo "== MariaDB $(mariadbd --version | awk '{print $3}') on 127.0.0.1:$MY_PORT"
}

stop_postgres() {
    [ -d "$dir/pg/data" ] || return 0
    as_user postgres "$PGBIN/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Shuts down the mariadbd whose pid file and socket are in folder $1.
stop_mariadbd() {
    local r=$1
    [ -f "$r/mariadbd.pid" ] || return 0
    local pid
    pid=$(cat "$r/mariadbd.pid")
    mariadb-admin --no-defaults --socket="$r/mysqld.sock" -u root shutdown >/dev/null 2>&1 ||
        kill "$pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}

stop_mariadb() {
    stop_mariadbd "$dir/my"
}

case $action in
    start) make_tls && start_postgres && start_standby && start_pgbouncer && start_mariadb &&
        start_galera ;;
    stop) stop_pgbouncer; stop_standby; stop_postgres; stop_mariadb; stop_galera
        echo "== database servers stopped" ;;
    start-standby) start_standby ;;
    start-galera) start_galera ;;
    stop-galera) stop_galera ;;
    stop-standby) stop_standby ;;
    restart-standby) run_standby ;;
    start-pgbouncer) start_pgbouncer ;;
    # The fault tests: PostgreSQL or MariaDB down and up again with its data (tst_faults).
    stop-postgres) stop_postgres ;;
    restart-postgres) run_postgres ;;
    stop-mariadb) stop_mariadb ;;
    restart-mariadb) run_mariadb ;;
esac
