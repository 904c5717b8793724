#!/bin/bash
# The dev MariaDB of tools/databases.sh: every table of ormtest dropped between runs (MariaDB
# foreign key names are case-insensitive, so an underscored "books" and a "Books" left by the
# plain run would collide).
tables=$(mysql -N -h127.0.0.1 -P53307 -uorm -pormpass ormtest -e "select concat('\`', replace(table_name,'\`','\`\`'), '\`') from information_schema.tables where table_schema='ormtest'" 2>/dev/null | paste -sd, -)
[ -n "$tables" ] && mysql -h127.0.0.1 -P53307 -uorm -pormpass ormtest -e "SET FOREIGN_KEY_CHECKS=0; DROP TABLE $tables" 2>&1 | grep -v Warning
true
