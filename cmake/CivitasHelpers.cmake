# Helpers shared by the core, the modules and the tests.

# civitas_embed_migrations(TARGET MODULE_ID)
# Embeds database/local/<MODULE_ID>/*.sql as :/civitas/migrations/<MODULE_ID>/<file> (SQLite)
# and database/central/<MODULE_ID>/*.sql as :/civitas/central/<MODULE_ID>/<file> (PostgreSQL).
function(civitas_embed_migrations target module_id)
    foreach(side local central)
        file(GLOB sql_files CONFIGURE_DEPENDS
             "${PROJECT_SOURCE_DIR}/database/${side}/${module_id}/*.sql")
        if(NOT sql_files)
            continue()
        endif()
        if(side STREQUAL "local")
            set(prefix "/civitas/migrations/${module_id}")
        else()
            set(prefix "/civitas/central/${module_id}")
        endif()
        qt_add_resources(${target} "${side}_migrations_${module_id}"
            PREFIX "${prefix}"
            BASE "${PROJECT_SOURCE_DIR}/database/${side}/${module_id}"
            FILES ${sql_files})
    endforeach()
endfunction()

# civitas_add_module(ID LIBRARY lib SOURCES ...)
# Builds the thin plugin of a module: a MODULE library in the modules folder.
function(civitas_add_module_plugin id)
    cmake_parse_arguments(ARG "" "CLASS_NAME" "SOURCES;LIBRARIES" ${ARGN})
    set(target civitas_${id}_plugin)
    qt_add_plugin(${target} SHARED CLASS_NAME ${ARG_CLASS_NAME})
    # qt_add_plugin drops sources given to it directly on Qt 6.4 (see docs/architecture.md, pitfalls).
    target_sources(${target} PRIVATE ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES})
    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME "civitas_${id}"
        LIBRARY_OUTPUT_DIRECTORY ${CIVITAS_MODULE_OUTPUT_DIRECTORY}
        INSTALL_RPATH "$ORIGIN/..")
    install(TARGETS ${target} LIBRARY DESTINATION ${CIVITAS_INSTALL_MODULEDIR} COMPONENT civitas)
endfunction()

# civitas_add_test(NAME SOURCES ... LIBRARIES ... [GUI])
function(civitas_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    # The test desk every module's tests share (tests/common).
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CIVITAS_MODULE_PATH=${CIVITAS_MODULE_OUTPUT_DIRECTORY};CIVITAS_TRANSLATION_PATH=${CIVITAS_TRANSLATION_OUTPUT_DIRECTORY};LC_ALL=C.UTF-8;${ARG_ENVIRONMENT}"
        TIMEOUT 300)
endfunction()
