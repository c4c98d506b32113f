# newsarchive_layer(TARGET)
#
# Gives TARGET, the library of one layer of the indexer (a directory of
# indexer/), an include root of its own: a directory in the build tree that
# holds only a link named after the layer to the layer's sources. Its headers
# are included as "layer/header.h" and a target sees a layer's headers only
# when it links that layer's library, so an include against DESIGN.md's data
# flow does not build (tests/layers checks it).
function(newsarchive_layer target)
  get_filename_component(layer "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
  set(root "${PROJECT_BINARY_DIR}/include_roots/${layer}")
  file(MAKE_DIRECTORY "${root}")
  file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${layer}" SYMBOLIC)
  target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${root}>)
endfunction()
