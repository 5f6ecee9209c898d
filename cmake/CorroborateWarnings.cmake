# Target-scoped warnings and hardening, after KeePassXC's list.
option(CORROBORATE_WERROR "Treat warnings as errors" ON)
option(CORROBORATE_HARDENING "Stack protector, FORTIFY_SOURCE, full RELRO, PIE" OFF)

function(corroborate_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wold-style-cast
        -Wnon-virtual-dtor -Wshadow=local -Wcast-qual -Wformat=2)
    if(CORROBORATE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
    if(CORROBORATE_HARDENING)
        target_compile_options(${target} PRIVATE -fstack-protector-strong -fPIE
            $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
        target_link_options(${target} PRIVATE -Wl,-z,relro -Wl,-z,now -pie)
        set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    endif()
endfunction()
