# The one place where the house rules live: every target links orderdesk_house_rules.
add_library(orderdesk_house_rules INTERFACE)
add_library(OrderDesk::house_rules ALIAS orderdesk_house_rules)

# The "asan" preset: AddressSanitizer + UndefinedBehaviorSanitizer in every target that links the house
# rules. Any undefined behaviour stops the program, so no test can pass over it. Qt itself is not
# instrumented: the sanitizers see our code and what it hands to Qt.
option(ORDERDESK_SANITIZE "Build with -fsanitize=address,undefined (GCC or Clang)" OFF)

target_compile_features(orderdesk_house_rules INTERFACE cxx_std_17)

target_compile_definitions(orderdesk_house_rules INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    # Qt 6.4 headers know only the first macro, newer ones the second: set both.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    ORDERDESK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    if(ORDERDESK_SANITIZE)
        message(FATAL_ERROR "ORDERDESK_SANITIZE needs GCC or Clang")
    endif()
    target_compile_options(orderdesk_house_rules INTERFACE /W4 /permissive- /utf-8)
    if(ORDERDESK_WERROR)
        target_compile_options(orderdesk_house_rules INTERFACE /WX)
    endif()
else()
    target_compile_options(orderdesk_house_rules INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough)
    if(ORDERDESK_WERROR)
        target_compile_options(orderdesk_house_rules INTERFACE -Werror)
    endif()
    # The asan preset leaves ORDERDESK_WERROR off: the ci preset already holds the code to no warnings, and
    # GCC's instrumentation can add false -Wmaybe-uninitialized/-Wstringop-* ones that say nothing about it.
    if(ORDERDESK_SANITIZE)
        set(orderdesk_sanitize -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_compile_options(orderdesk_house_rules INTERFACE ${orderdesk_sanitize})
        target_link_options(orderdesk_house_rules INTERFACE ${orderdesk_sanitize})
    endif()
endif()
