# Run by cpack after staging (CPACK_PRE_BUILD_SCRIPTS): dpkg-shlibdeps runs in the staging
# directory and reads debian/shlibs.local there before the libraries' own symbols files, which
# is how the .deb names SQLCipher 4 once, with our minimum. CPack keeps debian/ out of the package.
file(MAKE_DIRECTORY "${CPACK_TEMPORARY_DIRECTORY}/debian")
file(WRITE "${CPACK_TEMPORARY_DIRECTORY}/debian/shlibs.local" "${CPACK_CORROBORATE_SHLIBS_LOCAL}\n")
