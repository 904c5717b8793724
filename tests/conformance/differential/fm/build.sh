#!/bin/bash
# The preload library of run.sh, against build/release of this checkout.
set -e
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$(dirname "$0")"
QT=/usr/include/x86_64-linux-gnu/qt6
g++ -std=c++20 -O1 -fPIC -shared -I"$ROOT/include" -I"$ROOT/include/QtSequelize" -I$QT -I$QT/QtCore \
    -I$QT/QtSql fm.cpp -o libfm.so -L"$ROOT/build/release/src" -Wl,-rpath,"$ROOT/build/release/src" \
    -lQtSequelize -lQt6Core
