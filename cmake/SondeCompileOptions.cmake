# Compiler settings shared by every Sonde target: strict warnings, strict Qt string
# handling, optional -Werror and sanitizers.
add_library(sonde_compile_options INTERFACE)
target_compile_options(sonde_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wcast-qual -Wnon-virtual-dtor -Woverloaded-virtual
    -Wshadow=local -Wimplicit-fallthrough)
target_compile_definitions(sonde_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SONDE_VERSION="${PROJECT_VERSION}"
    SONDE_APP_ID="${SONDE_APP_ID}")
if(SONDE_WERROR)
    target_compile_options(sonde_compile_options INTERFACE -Werror)
endif()
if(SONDE_SANITIZE)
    target_compile_options(sonde_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sonde_compile_options INTERFACE -fsanitize=address,undefined)
endif()
