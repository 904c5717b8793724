# Run by ctest (qdoc): the build's docs target; fails on its exit code or any qdoc warning.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target docs
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
string(REGEX MATCHALL "[^\n]*\\(qdoc\\) (warning|error)[^\n]*" problems "${out}")
list(LENGTH problems count)
if(NOT rc EQUAL 0 OR count GREATER 0)
    message("${out}")
    message(FATAL_ERROR "qdoc: exit ${rc}, ${count} warnings or errors")
endif()
message(STATUS "qdoc: 0 warnings")
