# Every dependency is a Debian 12 package installed by scripts/install-deps.
find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Concurrent Network Sql Gui Widgets Charts Svg PrintSupport Test LinguistTools)
find_package(Qt6Keychain REQUIRED)
find_package(PostgreSQL REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx>=6.4)
pkg_check_modules(HIREDIS REQUIRED IMPORTED_TARGET hiredis>=0.14)

# libpg_query ships neither a CMake package nor a pkg-config file on Debian.
find_path(PG_QUERY_INCLUDE_DIR pg_query.h REQUIRED)
find_library(PG_QUERY_LIBRARY NAMES pg_query REQUIRED)
add_library(PgQuery::PgQuery UNKNOWN IMPORTED)
set_target_properties(PgQuery::PgQuery PROPERTIES
    IMPORTED_LOCATION "${PG_QUERY_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PG_QUERY_INCLUDE_DIR}")
