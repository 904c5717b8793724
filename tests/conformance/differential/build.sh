#!/bin/bash
set -e
cd "$(dirname "$0")/$(dirname "$1")"
N=$(basename "$1")
INC="-I/work/main/include -I/work/main/include/QtSequelize -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtSql"
EXTRA=""
if grep -q Q_OBJECT $N.cpp; then /usr/lib/qt6/libexec/moc $INC $N.cpp -o moc_$N.cpp; EXTRA="-include moc_$N.cpp"; fi
g++ -std=c++20 -fPIC $INC $N.cpp -o $N -L/work/main/build/release/src -Wl,-rpath,/work/main/build/release/src -lQtSequelize -lQt6Sql -lQt6Core
