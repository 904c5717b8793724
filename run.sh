#!/usr/bin/env bash
# QtSequelize's one entry point on a fresh Debian 12 machine (run as root or with sudo):
#   ./run.sh demo   installs what is missing, builds, runs the demo on an embedded SQLite file
#   ./run.sh test   installs what is missing (PostgreSQL and MariaDB included), builds with
#                   ASan/UBSan, starts private database servers on 127.0.0.1, runs the whole
#                   suite on SQLite, PostgreSQL and MariaDB, and stops the servers again
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
ROOT=$PWD
JOBS=$(nproc 2>/dev/null || echo 2)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

QT_PACKAGES="cmake ninja-build g++ ccache pkgconf libpq-dev qt6-base-dev qt6-declarative-dev libqt6sql6-sqlite
  libqt6sql6-psql libqt6sql6-mysql qml6-module-qtqml qml6-module-qtqml-models
  qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qttest fonts-dejavu-core libgl1-mesa-dri xvfb xauth"
SERVER_PACKAGES="postgresql pgbouncer mariadb-server mariadb-client galera-4 rsync python3 libbenchmark-dev openssl"
FUZZ_PACKAGES="clang"
DOC_PACKAGES="qt6-documentation-tools"
FUZZ_TARGETS="fuzz_findoptions fuzz_rawquery fuzz_url"

install_missing() {
    local missing=()
    for p in $*; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y \
            --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

configure_and_build() { # build-dir build-type extra-cmake-args...
    local dir=$1 type=$2; shift 2
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    cmake --build "$dir" --parallel "$JOBS"
}

run_demo() {
    install_missing $QT_PACKAGES
    configure_and_build build/release Release -DQTSEQUELIZE_BUILD_TESTS=OFF
    echo "== demo (SQLite file: $ROOT/demo.db)"
    ./build/release/demo/qtsequelize-demo "$ROOT/demo.db"
    echo "== Qt Quick CRUD demo (SQLite file: $ROOT/quickdemo.db)"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        ./build/release/demo/qtsequelize-quickdemo "$ROOT/quickdemo.db"
    else
        echo "(no display: one frame rendered offscreen)"
        QT_QPA_PLATFORM=offscreen ./build/release/demo/qtsequelize-quickdemo "$ROOT/quickdemo.db" \
            --screenshot "$ROOT/build/release/demo/demo.png"
    fi
}

run_tests() {
    install_missing $QT_PACKAGES $SERVER_PACKAGES $DOC_PACKAGES
    # The folders are layers (README, "Layout"); an include against the order fails the run.
    python3 tools/check-layers.py
    configure_and_build build/asan Debug -DQTSEQUELIZE_SANITIZE=ON -DQTSEQUELIZE_WERROR=ON \
        -DQTSEQUELIZE_BUILD_BENCH=ON

    local work
    work=$(mktemp -d /tmp/qtsequelize-test.XXXXXX)
    start_servers "$work"
    export QSQ_TEST_POSTGRES_URL=postgres://orm:ormpass@127.0.0.1:55432/ormtest
    export QSQ_TEST_MARIADB_URL=mariadb://orm:ormpass@127.0.0.1:53306/ormtest
    # The *_pgbouncer runs: PostgreSQL through PgBouncer's transaction pooling.
    export QSQ_TEST_PGBOUNCER_URL="postgres://orm:ormpass@127.0.0.1:56432/ormtest?serverPrepare=false"
    # tst_standby: the streaming hot standby of that PostgreSQL.
    export QSQ_TEST_POSTGRES_STANDBY_URL=postgres://orm:ormpass@127.0.0.1:55442/ormtest
    # tst_galera: the three nodes of the MariaDB Galera cluster.
    export QSQ_TEST_GALERA_URLS=mariadb://orm:ormpass@127.0.0.1:53311/ormtest,mariadb://orm:ormpass@127.0.0.1:53312/ormtest,mariadb://orm:ormpass@127.0.0.1:53313/ormtest
    export QSQ_TEST_INSTALL_PREFIX=$work/prefix
    export QSQ_TEST_SERVERS_DIR=$work # tst_faults stops and restarts PostgreSQL there
    # A small quarantine: the streaming test asserts bounded memory over a million rows.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_odr_violation=0:quarantine_size_mb=16
    export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export QT_QPA_PLATFORM=offscreen

    rm -rf build/asan/test-results
    mkdir -p build/asan/test-results
    local status=0
    ctest --test-dir build/asan --output-on-failure --timeout 900 | tee "$work/ctest.log" || status=$?
    echo
    python3 tools/summarize-results.py build/asan/test-results
    grep -E "tests passed|tests failed" "$work/ctest.log" | tail -1 || true
    echo
    fuzz_smoke || status=1
    return $status
}

# The libFuzzer targets of tests/fuzz, built with clang + ASan/UBSan in build/fuzz.
build_fuzzers() {
    install_missing $QT_PACKAGES $FUZZ_PACKAGES
    cmake -S "$ROOT" -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_C_COMPILER=clang -DQTSEQUELIZE_FUZZ=ON -DQTSEQUELIZE_BUILD_TESTS=OFF \
        -DQTSEQUELIZE_BUILD_QML=OFF -DQTSEQUELIZE_BUILD_DEMO=OFF >/dev/null
    # shellcheck disable=SC2086
    cmake --build build/fuzz --parallel "$JOBS" --target $FUZZ_TARGETS
}

# One target: $1 name, then libFuzzer arguments; prints executions and the outcome.
run_fuzzer() {
    local t=$1 log; shift
    log=$(mktemp /tmp/qtsequelize-fuzz.XXXXXX)
    local status=0
    ASAN_OPTIONS=detect_leaks=1:detect_odr_violation=0 \
    LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "./build/fuzz/tests/fuzz/$t" -print_final_stats=1 -artifact_prefix="$ROOT/build/fuzz/" \
        "$@" >"$log" 2>&1 || status=$?
    local runs
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    if [ "$status" -eq 0 ]; then
        echo "$t: ${runs:-0} executions, 0 crashes"
    else
        echo "$t: FAILED after ${runs:-0} executions"
        grep -v '^#' "$log" | tail -40
    fi
    rm -f "$log"
    return $status
}

# In the test command: each target for a fixed number of executions from the corpus in the
# tree (new inputs go to a temporary folder), so that a regression the corpus reaches fails.
fuzz_smoke() {
    echo "== fuzz smoke (tests/fuzz, clang libFuzzer + ASan/UBSan)"
    local t status=0 scratch buildlog
    buildlog=$(mktemp /tmp/qtsequelize-fuzzbuild.XXXXXX)
    build_fuzzers >"$buildlog" 2>&1 || { tail -60 "$buildlog"; return 1; }
    rm -f "$buildlog"
    for t in $FUZZ_TARGETS; do
        scratch=$(mktemp -d /tmp/qtsequelize-corpus.XXXXXX)
        run_fuzzer "$t" -runs=20000 -seed=1 -max_len=2048 "$scratch" "tests/fuzz/corpus/$t" \
            || status=1
        rm -rf "$scratch"
    done
    return $status
}

# ./run.sh fuzz [seconds]: each target for that long (default 300), growing its corpus in the
# tree (tests/fuzz/corpus/<target>); commit what it adds.
run_fuzz() {
    local seconds=${1:-300} t status=0
    build_fuzzers
    for t in $FUZZ_TARGETS; do
        run_fuzzer "$t" -max_total_time="$seconds" -max_len=2048 "tests/fuzz/corpus/$t" || status=1
    done
    return $status
}

start_servers() { # folder
    chmod 755 "$1"
    # shellcheck disable=SC2064
    trap "tools/databases.sh stop '$1'; rm -rf '$1'" EXIT
    trap "exit 130" INT TERM
    tools/databases.sh start "$1"
}

# The release build of bench/ with the test servers started; sets `work` (their folder).
release_bench_with_servers() { # name
    install_missing $QT_PACKAGES $SERVER_PACKAGES
    configure_and_build build/release Release -DQTSEQUELIZE_BUILD_TESTS=OFF -DQTSEQUELIZE_BUILD_BENCH=ON
    work=$(mktemp -d "/tmp/qtsequelize-$1.XXXXXX")
    start_servers "$work"
}

run_bench() {
    local work
    release_bench_with_servers bench
    local pg=postgres://orm:ormpass@127.0.0.1:55432/ormtest
    QSQ_BENCH_RESULTS=$work/cpp.jsonl QSQ_BENCH_POSTGRES_URL=$pg \
    QSQ_BENCH_MARIADB_URL=mariadb://orm:ormpass@127.0.0.1:53306/ormtest \
        ./build/release/bench/qtsequelize-bench "$@"
    # The same workload through Sequelize 6 + pg on the same PostgreSQL (npm, temp folder).
    command -v node >/dev/null || install_missing nodejs npm
    cp bench/sequelize/package.json bench/sequelize/bench.js "$work/"
    (cd "$work" && npm install --silent --no-audit --no-fund >/dev/null)
    node "$work/bench.js" "$pg" > "$work/node.jsonl"
    python3 bench/compare.py "$work/cpp.jsonl" "$work/node.jsonl"
}

# ./run.sh scaleout: the figures of README "Scaling out" (release build, the test servers:
# PostgreSQL with its hot standby and PgBouncer, the Galera cluster).
run_scaleout() {
    local work
    release_bench_with_servers scaleout
    QSQ_BENCH_POSTGRES_URL=postgres://orm:ormpass@127.0.0.1:55432/ormtest \
    QSQ_BENCH_STANDBY_URL=postgres://orm:ormpass@127.0.0.1:55442/ormtest \
    QSQ_BENCH_PGBOUNCER_URL="postgres://orm:ormpass@127.0.0.1:56432/ormtest?serverPrepare=false" \
    QSQ_BENCH_GALERA_URLS=mariadb://orm:ormpass@127.0.0.1:53311/ormtest,mariadb://orm:ormpass@127.0.0.1:53312/ormtest \
        ./build/release/bench/qtsequelize-scaleout
}

# ThreadSanitizer over the tests that use threads: the QFuture API and pool, the list models
# (asynchronous mode) and transactions. Qt itself is not instrumented: its own synchronisation
# is described to TSan by tests/tsan.supp.
# The reference documentation: qdoc over the /*! */ comments, HTML in build/release/doc/html.
run_docs() {
    install_missing $QT_PACKAGES $DOC_PACKAGES
    cmake -S "$ROOT" -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DQTSEQUELIZE_BUILD_TESTS=OFF >/dev/null
    cmake --build build/release --target docs
    echo "== $ROOT/build/release/doc/html/index.html"
}

run_tsan() {
    install_missing $QT_PACKAGES $SERVER_PACKAGES
    cmake -S "$ROOT" -B build/tsan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DQTSEQUELIZE_TSAN=ON \
        -DQTSEQUELIZE_BUILD_DEMO=OFF >/dev/null
    cmake --build build/tsan --parallel "$JOBS" --target tst_async tst_instancelistmodel \
        tst_transaction
    local work
    work=$(mktemp -d /tmp/qtsequelize-tsan.XXXXXX)
    start_servers "$work"
    export QSQ_TEST_POSTGRES_URL=postgres://orm:ormpass@127.0.0.1:55432/ormtest
    export QSQ_TEST_MARIADB_URL=mariadb://orm:ormpass@127.0.0.1:53306/ormtest
    export QT_QPA_PLATFORM=offscreen
    export TSAN_OPTIONS="suppressions=$ROOT/tests/tsan.supp:halt_on_error=0:report_signal_unsafe=0"
    local status=0 t
    for t in tst_async tst_instancelistmodel tst_transaction; do
        "./build/tsan/tests/auto/$t" -silent 2>"$work/$t.tsan" || status=1
        echo "$t: $(grep -c '^WARNING: ThreadSanitizer' "$work/$t.tsan") ThreadSanitizer reports"
        grep -q '^WARNING: ThreadSanitizer' "$work/$t.tsan" && { status=1; head -60 "$work/$t.tsan"; }
    done
    return $status
}

# The big-list figures of bench/README.md (issue 17): 1,000,000 rows per dialect.
run_biglist() {
    local work
    release_bench_with_servers biglist
    QSQ_BENCH_POSTGRES_URL=postgres://orm:ormpass@127.0.0.1:55432/ormtest \
    QSQ_BENCH_MARIADB_URL=mariadb://orm:ormpass@127.0.0.1:53306/ormtest \
        ./build/release/bench/qtsequelize-biglist "$@"
}

case "${1:-}" in
    demo) run_demo ;;
    test) run_tests ;;
    tsan) run_tsan ;;
    docs) run_docs ;;
    fuzz) shift; run_fuzz "$@" ;;
    bench) shift; run_bench "$@" ;;
    biglist) shift; run_biglist "$@" ;;
    scaleout) run_scaleout ;;
    *) echo "usage: $0 demo|test|tsan|docs|fuzz|bench|biglist|scaleout" >&2; exit 2 ;;
esac
