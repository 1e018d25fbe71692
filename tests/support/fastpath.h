#pragma once

// Whether this build reads list bodies with simdjson: the test's target defines
// ORDERDESK_TEST_EXPECTS_SIMDJSON when CMake found it. Built without it, every body takes the
// QJsonDocument path, no fingerprint is taken, and the tests of the fast path only check agreement.
namespace OrderDesk::Test {

#ifdef ORDERDESK_TEST_EXPECTS_SIMDJSON
inline constexpr bool haveFastPath = true;
#else
inline constexpr bool haveFastPath = false;
#endif

} // namespace OrderDesk::Test
