# NEWSARCHIVE_FUZZ: the libFuzzer harnesses of fuzz/, with clang. Every
# target of the project is compiled with libFuzzer's coverage
# instrumentation and with AddressSanitizer and UndefinedBehaviorSanitizer
# (NEWSARCHIVE_SANITIZE, turned on here); only the harnesses link libFuzzer
# itself (fuzz/CMakeLists.txt). Without the option the harnesses are still
# built, with a replay main, as tests (label unit).
if(NEWSARCHIVE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "NEWSARCHIVE_FUZZ needs clang (CXX=clang++), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  set(NEWSARCHIVE_SANITIZE ON)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
