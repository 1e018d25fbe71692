#pragma once

#include "api/result.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace OrderDesk {

// Bodies up to this size decode in place; larger ones on the thread pool, so that a 50 MB list
// never stalls the GUI thread.
inline constexpr qsizetype InlineDecodeLimit = 32 * 1024;

// The threads that decode and free OrderDesk's large values are a QThreadPool its composition root
// owns and hands down (never one made on first use). Not Qt's global pool: Qt 6.4's raster paint
// engine splits large fills over that pool and waits for them, so a 50 MB list decoding there held
// up the window's paints for 20-38 ms without using any CPU (measured). Without a pool (the
// command-line tool, a connection check) the work is done in place.

// Decodes `body` with `decode` and hands the result to `done` on `context`'s thread: on `pool` when
// the body is large and there is a pool, else at once. When `context` dies first, the result is
// dropped and `done` never runs.
template <typename T, typename Decode, typename Done>
void decodeAsync(QThreadPool* pool, QObject* context, QByteArray body, Decode decode, Done done)
{
    if (!pool || body.size() <= InlineDecodeLimit) {
        done(Result<T>(decode(body)));
        return;
    }
    auto* watcher = new QFutureWatcher<std::optional<Result<T>>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() {
        // Moved out, not copied: a shared result would be copied whole by the first write to it.
        std::optional<Result<T>> result = watcher->future().takeResult();
        watcher->deleteLater();
        done(std::move(*result));
    });
    watcher->setFuture(QtConcurrent::run(pool, [body = std::move(body), decode = std::move(decode)]() {
        return std::optional<Result<T>>(decode(body));
    }));
}

// Lets a thread of `pool` destroy a large value (a list of 50,000 orders), so that freeing it
// never stalls the GUI thread; without a pool, it is freed here.
template <typename T> void releaseInBackground(QThreadPool* pool, T&& value)
{
    if (!pool) {
        [[maybe_unused]] const std::decay_t<T> doomed = std::forward<T>(value);
        return;
    }
    (void)QtConcurrent::run(pool, [doomed = std::forward<T>(value)]() mutable { doomed = std::decay_t<T>(); });
}

} // namespace OrderDesk
