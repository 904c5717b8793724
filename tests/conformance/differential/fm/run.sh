#!/bin/bash
# usage: fm/run.sh TOOL [COUNT] [DIALECTS] [MODES]
# Runs one differential tool (built with ../build.sh) on its own cases, plain and again in each
# mode, and prints how many cases differ. Modes: field, hostile, schema, scope (libfm.so, see
# fm.cpp), pgb (PostgreSQL through the PgBouncer of tools/databases.sh, serverPrepare=false),
# qpsql (Qt's QPSQL driver). The tools read QSQ_FM_PGURL for their PostgreSQL URL when set.
t=$1; n=${2:-200}; dialects=${3:-"sqlite postgres mariadb"}; modes=${4:-"field hostile schema scope"}
here=$(cd "$(dirname "$0")" && pwd); out=${FM_OUT:-/tmp/fm-out}
cd "$here/.."
b=$t/$t; [ $t = order ] && b=order/ord
g=$t/gen.py; [ $t = order ] && g=order/genord.py
mkdir -p "$out"
for d in $dialects; do
  case $t in tr|ty) python3 $g > $out/${t}_cases.json;; rq) python3 $g 7 $n $d > $out/${t}_cases.json;; *) python3 $g 7 $n > $out/${t}_cases.json;; esac
  [ $d = mariadb ] && "$here/clean.sh"
  timeout 900 ./$b $d $out/${t}_cases.json > $out/${t}_${d}_plain.json 2>$out/${t}_${d}_plain.err
  for m in $modes; do
    [ $d = mariadb ] && "$here/clean.sh"
    pre="LD_PRELOAD=$here/libfm.so"; url=postgres://orm:ormpass@127.0.0.1:55433/ormtest
    [ $m = pgb ] && pre= && url="postgres://orm:ormpass@127.0.0.1:56433/ormtest?serverPrepare=false"
    [ $m = qpsql ] && pre= && url="postgres://orm:ormpass@127.0.0.1:55433/ormtest?driver=QPSQL"
    env $pre QSQ_FM_PGURL="$url" QSQ_FM=$m timeout 900 ./$b $d $out/${t}_cases.json > $out/${t}_${d}_$m.json 2>$out/${t}_${d}_$m.err
    echo "== $t $d $m: $(python3 "$here/cmp.py" $out/${t}_${d}_plain.json $out/${t}_${d}_$m.json 0 2>&1 | tail -1)"
  done
done
