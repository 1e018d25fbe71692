# The one place where the house rules live: every target links orderdesk_house_rules.
add_library(orderdesk_house_rules INTERFACE)
add_library(OrderDesk::house_rules ALIAS orderdesk_house_rules)

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
endif()
