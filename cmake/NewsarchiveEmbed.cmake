# newsarchive_embed_data(TARGET SYMBOL FILE)
#
# Compiles the text FILE into TARGET as
#   namespace newsarchive::data { extern const std::string_view SYMBOL; }
# so that default data files (cue verbs, gazetteers) travel inside the
# binaries; users extend them with files of their own at run time. The
# source is regenerated whenever FILE changes. TARGET may live in another
# directory: a custom command's output only feeds targets of its own
# directory, so the source is then compiled in an object library here.
set(NEWSARCHIVE_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_data.cmake)

function(newsarchive_embed_data target symbol file)
  get_filename_component(file "${file}" ABSOLUTE)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DINPUT=${file} -DOUTPUT=${out} -DSYMBOL=${symbol}
            -P ${NEWSARCHIVE_EMBED_SCRIPT}
    DEPENDS "${file}" ${NEWSARCHIVE_EMBED_SCRIPT}
    COMMENT "Embedding ${file}"
    VERBATIM)
  get_target_property(target_dir ${target} SOURCE_DIR)
  if(target_dir STREQUAL CMAKE_CURRENT_SOURCE_DIR)
    target_sources(${target} PRIVATE "${out}")
  else()
    add_library(${target}_${symbol} OBJECT "${out}")
    target_sources(${target} PRIVATE $<TARGET_OBJECTS:${target}_${symbol}>)
  endif()
endfunction()
