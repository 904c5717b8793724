#!/bin/bash
# usage: bash build.sh X/X.cpp   (against build/release of this checkout)
set -e
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$(dirname "$0")/$(dirname "$1")"
N=$(basename "$1" .cpp)
QT=/usr/include/x86_64-linux-gnu/qt6
INC="-I$ROOT/include -I$ROOT/include/QtSequelize -I$QT -I$QT/QtCore -I$QT/QtSql"
g++ -std=c++20 -fPIC $INC $N.cpp -o $N -L$ROOT/build/release/src -Wl,-rpath,$ROOT/build/release/src \
    -lQtSequelize -lQt6Sql -lQt6Core
