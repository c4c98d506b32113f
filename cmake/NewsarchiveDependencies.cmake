# System dependencies, all from Debian packages (scripts/install-deps).
find_package(xapian REQUIRED CONFIG)   # libxapian-dev
if(NOT TARGET newsarchive::xapian)
  add_library(newsarchive::xapian INTERFACE IMPORTED)
  set_target_properties(newsarchive::xapian PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()
find_package(ICU REQUIRED COMPONENTS uc i18n data)              # libicu-dev
find_package(nlohmann_json 3.10 REQUIRED)                      # nlohmann-json3-dev
find_package(Boost 1.74 REQUIRED COMPONENTS program_options)   # libboost-program-options-dev
find_package(LibXml2 2.9 REQUIRED)                             # libxml2-dev
find_package(LibArchive 3.4 REQUIRED)                          # libarchive-dev
find_package(ZLIB REQUIRED)                                    # zlib1g-dev
find_package(Threads REQUIRED)

# The indexer's allocator: jemalloc (libjemalloc-dev). Xapian's writer makes
# millions of small allocations from several threads; with jemalloc the
# indexer runs about a sixth faster and hands freed memory back (see
# bench/RESULTS.md). Not in sanitizer builds, whose own allocator checks
# every access, nor in the libraries: a program embedding them chooses its
# own allocator.
option(NEWSARCHIVE_JEMALLOC "Link newsindex with jemalloc" ON)
if(NEWSARCHIVE_JEMALLOC AND NOT NEWSARCHIVE_SANITIZE)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)   # libjemalloc-dev
endif()
