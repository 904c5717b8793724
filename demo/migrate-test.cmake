# Runs the migrations command line through Sequelize CLI's commands on a fresh SQLite file
# and checks what each prints (ctest: demo_migrate).
file(REMOVE ${DB})
function(step expected)
    execute_process(COMMAND ${MIGRATE} ${DB} ${ARGN} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "${expected}")
        message(FATAL_ERROR "${ARGN}: exit ${rc}, printed:\n${out}\nexpected: ${expected}")
    endif()
    message(STATUS "${ARGN}: ok")
endfunction()
step("down 20261125-01-create-user-groups" db:migrate:status)
step("20261125-03-users-nickname: migrated" db:migrate)
step("up   20261125-03-users-nickname" db:migrate:status)
step("20261125-03-users-nickname: reverted" db:migrate:undo)
step("20261125-01-create-user-groups: reverted" db:migrate:undo:all)
step("02-create-users: migrated" db:migrate --to 20261125-02-create-users)
step("up   20261125-02-create-users\ndown 20261125-03-users-nickname" db:migrate:status)

# The connection from Sequelize CLI's config file instead (--config, --env; QSQ_ENV/NODE_ENV
# pick the environment otherwise), or from --url.
get_filename_component(dir ${DB} DIRECTORY)
set(config ${dir}/migrate-test-config.json)
file(WRITE ${config} "{\"development\": {\"dialect\": \"sqlite\", \"storage\": \"${dir}/none.db\"},
 \"test\": {\"dialect\": \"sqlite\", \"storage\": \"${DB}\", \"logging\": false,
           \"seederStorage\": \"none\", \"migrationStorageTableName\": \"SequelizeMeta\"},
 \"broken\": {\"dialect\": \"sqlite\", \"storage\": \"${DB}\", \"operatorAliases\": false}}")
function(command expected_rc expected)
    execute_process(COMMAND ${MIGRATE} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL expected_rc OR NOT "${out}${err}" MATCHES "${expected}")
        message(FATAL_ERROR "${ARGN}: exit ${rc}, printed:\n${out}${err}\nexpected: ${expected}")
    endif()
    message(STATUS "${ARGN}: ok")
endfunction()
command(0 "up   20261125-02-create-users" db:migrate:status --config ${config} --env test)
command(0 "up   20261125-02-create-users" db:migrate:status --url sqlite:${DB})
command(1 "Unknown or invalid config option \"operatorAliases\"" db:migrate:status --config ${config} --env broken)
command(1 "has no environment \"staging\"" db:migrate:status --config ${config} --env staging)
