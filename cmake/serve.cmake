# `clusterkg serve`: cpp-httplib (Debian's libcpp-httplib-dev, a compiled
# library plus header) and the web page's assets embedded into the binary.
#
# CKG_WEB=ON builds the page's JavaScript bundle with npm + esbuild at build
# time (web/package-lock.json pins cytoscape and esbuild); OFF embeds no bundle
# and `/` serves a short page saying so; AUTO (the default) is ON when npm is
# on PATH. CI installs npm, so it builds and tests the real page.
# Included after the targets exist. The library's compile flags (it was built
# with OpenSSL/zlib/brotli support, which changes its class layouts) go only
# to the sources that include <httplib.h>, not to every object of ckg_core.
pkg_check_modules(HTTPLIB REQUIRED cpp-httplib)
target_link_libraries(ckg_core PUBLIC ${HTTPLIB_LINK_LIBRARIES})
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/serve/server.cpp PROPERTIES COMPILE_OPTIONS "${HTTPLIB_CFLAGS}")
if(TARGET clusterkg_tests)
  file(GLOB CKG_HTTP_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/serve/*.cpp)
  set_source_files_properties(${CKG_HTTP_TESTS} DIRECTORY ${CMAKE_SOURCE_DIR}/tests
                              PROPERTIES COMPILE_OPTIONS "${HTTPLIB_CFLAGS}")
endif()

set(CKG_WEB AUTO CACHE STRING "Bundle the web page with npm: ON, OFF or AUTO (ON when npm is found)")
find_program(CKG_NPM npm)
set(ckg_web_on OFF)
if(CKG_WEB STREQUAL "AUTO")
  if(CKG_NPM)
    set(ckg_web_on ON)
  endif()
elseif(CKG_WEB)
  if(NOT CKG_NPM)
    message(FATAL_ERROR "CKG_WEB=ON needs npm (apt-get install nodejs npm)")
  endif()
  set(ckg_web_on ON)
endif()

set(CKG_WEB_DIR ${CMAKE_SOURCE_DIR}/web)
set(CKG_WEB_OUT ${CMAKE_BINARY_DIR}/web)
file(GLOB CKG_WEB_SOURCES CONFIGURE_DEPENDS ${CKG_WEB_DIR}/src/*.js ${CKG_WEB_DIR}/src/*.css ${CKG_WEB_DIR}/src/*.html)
set(CKG_WEB_FILES "index.html=${CKG_WEB_DIR}/src/index.html;style.css=${CKG_WEB_DIR}/src/style.css")
set(CKG_WEB_DEPENDS ${CKG_WEB_SOURCES})
if(ckg_web_on)
  message(STATUS "clusterkg: web page bundle ON (npm: ${CKG_NPM})")
  add_custom_command(
    OUTPUT ${CKG_WEB_OUT}/app.js
    COMMAND ${CMAKE_COMMAND} "-DNPM=${CKG_NPM}" "-DWEB=${CKG_WEB_DIR}" "-DOUT=${CKG_WEB_OUT}/app.js"
            -P ${CMAKE_SOURCE_DIR}/cmake/web_bundle.cmake
    DEPENDS ${CKG_WEB_SOURCES} ${CKG_WEB_DIR}/package.json ${CKG_WEB_DIR}/package-lock.json
            ${CMAKE_SOURCE_DIR}/cmake/web_bundle.cmake
    COMMENT "Bundling the web page (npm ci + esbuild)"
    VERBATIM)
  list(APPEND CKG_WEB_FILES "app.js=${CKG_WEB_OUT}/app.js")
  list(APPEND CKG_WEB_DEPENDS ${CKG_WEB_OUT}/app.js)
else()
  message(STATUS "clusterkg: web page bundle OFF (/ serves a page saying so)")
endif()

set(CKG_WEB_CPP ${CMAKE_BINARY_DIR}/generated/web_assets.cpp)
add_custom_command(
  OUTPUT ${CKG_WEB_CPP}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated
  COMMAND ${CMAKE_COMMAND} "-DOUT=${CKG_WEB_CPP}" "-DFILES=${CKG_WEB_FILES}"
          -DHEADER=serve/web_assets.h -DNAMESPACE=ckg::serve::web -P ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  DEPENDS ${CKG_WEB_DEPENDS} ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  COMMENT "Embedding the web page"
  VERBATIM)
target_sources(ckg_core PRIVATE ${CKG_WEB_CPP})
