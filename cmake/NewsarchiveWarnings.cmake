# Compiler settings shared by every target of the project.
add_library(newsarchive_build_flags INTERFACE)
target_compile_options(newsarchive_build_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Woverloaded-virtual -Wimplicit-fallthrough)
if(NEWSARCHIVE_DEVELOPER)
  target_compile_options(newsarchive_build_flags INTERFACE -Werror)
endif()
if(NEWSARCHIVE_SANITIZE)
  target_compile_options(newsarchive_build_flags INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(newsarchive_build_flags INTERFACE -fsanitize=address,undefined)
endif()
