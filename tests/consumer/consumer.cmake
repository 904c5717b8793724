# Run by ctest: install this build into a prefix, then configure, build and run each project of
# examples/ against it as an outside application would (find_package(QtSequelize)).
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}")
    endif()
endfunction()
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
function(build_example name)
    run(${CMAKE_COMMAND} -S ${EXAMPLES_DIR}/${name} -B ${WORK_DIR}/${name} -G ${GENERATOR}
        -DCMAKE_PREFIX_PATH=${prefix} "-DCMAKE_CXX_FLAGS=${FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${FLAGS}")
    run(${CMAKE_COMMAND} --build ${WORK_DIR}/${name})
endfunction()

# No LD_LIBRARY_PATH anywhere: the executables find the libraries by their build RUNPATH, the
# QML plugin by its installed one; the module is found where an application points
# QML_IMPORT_PATH.
file(GLOB qml_dirs ${prefix}/lib/qt6/qml ${prefix}/lib/*/qt6/qml)
set(env ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH QML_IMPORT_PATH=${qml_dirs}
    QT_QPA_PLATFORM=offscreen)

build_example(console)
run(${env} ${WORK_DIR}/console/console-example)

# The QML-only app: nothing of QtSequelize::Qml in C++, `import QtSequelize` in QML; its lint
# target finds the module through the package's QtSequelize_QML_IMPORT_PATH.
build_example(quick)
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR}/quick --target all_qmllint
    RESULT_VARIABLE rc OUTPUT_VARIABLE lint ERROR_VARIABLE lint)
if(NOT rc EQUAL 0 OR lint MATCHES "Warning|warning")
    message(FATAL_ERROR "qmllint of examples/quick (${rc}):\n${lint}")
endif()
run(${env} ${WORK_DIR}/quick/quick-example --check)

build_example(migrate)
set(db ${WORK_DIR}/migrate.db)
run(${env} ${WORK_DIR}/migrate/qtsequelize-migrate ${db} db:migrate)
execute_process(COMMAND ${env} ${WORK_DIR}/migrate/qtsequelize-migrate ${db} db:migrate:status
    RESULT_VARIABLE rc OUTPUT_VARIABLE status)
if(NOT rc EQUAL 0 OR NOT status MATCHES "up   20261125-03-users-nickname")
    message(FATAL_ERROR "migrate example: db:migrate:status printed:\n${status}")
endif()
message(STATUS "examples built and run against the installed prefix")
