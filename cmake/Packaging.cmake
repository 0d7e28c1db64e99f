# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package (CPack's DEB generator), made by tools/package.sh from the Release build
# configured with CMAKE_INSTALL_PREFIX=/usr:
#   build/package/digilevel_<version>_amd64.deb
# Its dependencies are what dpkg-shlibdeps finds in the binaries, plus the font the PDF reports
# embed (app/report/pagelayout.cpp loads /usr/share/fonts/truetype/wqy/wqy-microhei.ttc). No
# maintainer scripts: on Debian 12, dpkg triggers refresh the desktop, MIME and icon caches.

set(DIGILEVEL_MAINTAINER "DigiLevel maintainers <maintainers@digilevel.example.org>"
    CACHE STRING "The Debian package's Maintainer field")

# The documentation Debian asks of every package: the copyright and a changelog, compressed
# without a name or time (reproducible).
set(_docdir ${CMAKE_INSTALL_DATADIR}/doc/digilevel)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/copyright
               ${PROJECT_BINARY_DIR}/debian/copyright @ONLY)
execute_process(COMMAND date -u -R -d "${DIGILEVEL_RELEASE_DATE} 00:00:00"
                OUTPUT_VARIABLE DIGILEVEL_CHANGELOG_DATE OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in
               ${PROJECT_BINARY_DIR}/debian/changelog @ONLY)
add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/debian/changelog.gz
    COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh
            ${PROJECT_BINARY_DIR}/debian/changelog ${PROJECT_BINARY_DIR}/debian/changelog.gz
    DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog
    VERBATIM)
add_custom_target(digilevel_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/debian/copyright ${PROJECT_BINARY_DIR}/debian/changelog.gz
        DESTINATION ${_docdir})

# Installed directories are 0755 whatever the umask of the one who builds.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME digilevel)
set(CPACK_PACKAGE_VENDOR "DigiLevel")
set(CPACK_PACKAGE_CONTACT "${DIGILEVEL_MAINTAINER}")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_SOURCE_DIR}/build/package)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SME digital level self-assessment and on-site diagnosis")
set(CPACK_PACKAGE_DESCRIPTION
    "DigiLevel tells a small or medium enterprise its digital level, 1 to 4,\n"
    "under the MIIT scheme for SMEs (2024 edition), explains why, and shows the\n"
    "cheapest way up. It is an offline desktop application for the manager\n"
    "scoring alone and for the consultant doing an on-site diagnosis, with PDF\n"
    "reports in Chinese or English, bundles to carry work between computers,\n"
    "and a command line (digilevel-cli) for scripting.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # digilevel_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${DIGILEVEL_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libqt6svg6: the SVG icon engine and image plugin (the window icon), loaded as plugins, so
# dpkg-shlibdeps does not see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-wqy-microhei, libqt6svg6")
# Qt's own dialogs in Chinese (uilanguage.cpp loads qtbase_zh_CN when it is there).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
