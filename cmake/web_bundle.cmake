# Builds the web page's JavaScript bundle: `npm ci` once (node_modules is not
# in git), then esbuild bundles web/src/app.js with cytoscape into one file.
# cmake -DNPM=npm -DWEB=web -DOUT=build/web/app.js -P web_bundle.cmake
if(NOT EXISTS "${WEB}/node_modules/.package-lock.json" OR "${WEB}/package-lock.json" IS_NEWER_THAN "${WEB}/node_modules/.package-lock.json")
  execute_process(COMMAND "${NPM}" ci --no-audit --no-fund WORKING_DIRECTORY "${WEB}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "npm ci failed in ${WEB} (configure with -DCKG_WEB=OFF to build without the web page)")
  endif()
endif()
get_filename_component(outdir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${outdir}")
execute_process(
  COMMAND "${WEB}/node_modules/.bin/esbuild" src/app.js --bundle --minify --format=iife --target=es2019
          --legal-comments=none "--outfile=${OUT}.tmp"
  WORKING_DIRECTORY "${WEB}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "esbuild failed bundling ${WEB}/src/app.js")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
