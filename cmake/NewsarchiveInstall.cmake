# Install rules and an exported package, so that a backend can
#   find_package(newsarchive) and link newsarchive::query.
include(CMakePackageConfigHelpers)

install(TARGETS newsindex newsquery RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS newsarchive_schema newsarchive_query
        EXPORT newsarchiveTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY query/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT newsarchiveTargets NAMESPACE newsarchive::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/newsarchive)
configure_package_config_file(cmake/newsarchiveConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/newsarchiveConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/newsarchive)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/newsarchiveConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/newsarchiveConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/newsarchiveConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/newsarchive)
