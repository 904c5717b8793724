# Run by ctest: install, configure the consumer against the prefix, build, run.
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}")
    endif()
endfunction()
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
run(${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/build -G ${GENERATOR}
    -DCMAKE_PREFIX_PATH=${prefix} "-DCMAKE_CXX_FLAGS=${FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${FLAGS}")
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
# No LD_LIBRARY_PATH: the executable finds the libraries by its build RUNPATH, the QML plugin
# by its installed one; the module is found where an application would point QML_IMPORT_PATH.
file(GLOB qml_dirs ${prefix}/lib/qt6/qml ${prefix}/lib/*/qt6/qml)
run(${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH QML_IMPORT_PATH=${qml_dirs}
    ${WORK_DIR}/build/consumer)
