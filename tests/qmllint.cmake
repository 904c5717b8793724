# Run by ctest (qmllint): the build's all_qmllint target, which lints every QML file of the
# project's QML modules; fails on its exit code or on any warning it prints.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target all_qmllint
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0 OR out MATCHES "Warning|warning")
    message(FATAL_ERROR "qmllint: exit ${rc} or warnings above")
endif()
