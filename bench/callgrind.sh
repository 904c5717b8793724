#!/usr/bin/env bash
# Instructions per case, ORM against hand-written, counted by callgrind (repeatable where wall
# time on a shared 2-core machine is not). Uses the Release build of ./run.sh bench.
#   bench/callgrind.sh sqlite create_tx_1000 destroy_1000 increment_1000:qtsql_returning ...
# (case:variant names the hand-written variant when it is not "qtsql").
# PostgreSQL/MariaDB need QSQ_BENCH_POSTGRES_URL / QSQ_BENCH_MARIADB_URL; their server's work
# is not counted (another process), only the client's.
set -euo pipefail
dialect=$1
shift
bench=${QSQ_BENCH_BINARY:-build/release/bench/qtsequelize-bench}
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \
        "$bench" --rows="${QSQ_BENCH_ROWS:-20000}" --repetitions=1 --dialects="$dialect" \
        --benchmark_filter="^$dialect/$1/$2/" 2>&1 | sed -n 's/.*Collected : //p'
}
printf '%-20s %14s %14s %8s\n' case orm qtsql ratio
for arg in "$@"; do
    c=${arg%%:*}
    variant=qtsql
    [[ $arg == *:* ]] && variant=${arg#*:}
    orm=$(count "$c" orm)
    sql=$(count "$c" "$variant")
    printf '%-20s %14s %14s %8.2f\n' "$c" "$orm" "$sql" "$(echo "$orm / $sql" | bc -l)"
done
