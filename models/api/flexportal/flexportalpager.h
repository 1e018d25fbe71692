#pragma once

#include "api/callrecipe.h"
#include "api/flexportal/flexportaldecoder.h"

#include <QObject>
#include <QSet>

#include <deque>
#include <optional>

class QNetworkAccessManager;
class QThreadPool;

namespace OrderDesk {

// Follows nextCursor through startAfter until the last page, as fast as the platform answers. A
// page is asked for as soon as the one before it arrives, with the cursor that body seems to end
// with (peekNextCursor), up to MaxAhead pages ahead, and decoded while that request is out: fetching
// never waits for decoding, nor decoding for the next reply. Pages are still reported in order, and
// a guess is trusted only once the page before it is decoded: a wrong one drops every page after
// that one and asks again with the right cursor.
//
// It lives in the thread of the manager it is given and holds no backend, only the account's
// CallRecipe; FlexPortalListJob hears it by its signals. In a paging thread (NetworkThread) it
// decodes each page itself; in the job's thread (the GUI's) pages decode on the thread pool.
class FlexPortalPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlexPortalPager)

public:
    static constexpr int MaxAhead = 4;
    // One at a time. Two decodes on the thread pool made the load 15% faster, but the window's
    // first paint (22 ms of font loading) waited longer for a core, 36-39 ms; decoding in the
    // paging thread, without the hand-overs to the pool, is 5% faster than either (measured).
    static constexpr int MaxDecoding = 1;

    enum class Decoding
    {
        OnThreadPool, // the pager shares a thread that must stay responsive (the GUI's)
        InPagerThread // the pager's thread is there for paging
    };

    // Starts with the first page once its thread's event loop runs. OnThreadPool decodes on
    // `workers` (in place without one). The orders `known` holds come as markers.
    FlexPortalPager(CallRecipe recipe, QNetworkAccessManager* manager, QString status, QString accountId,
                    Decoding decoding, QThreadPool* workers = nullptr, std::optional<KnownOrders> known = {});

    // Drops whatever is in flight; no signal after this. In the pager's thread.
    void stop();

signals:
    void pageReady(const QList<OrderDesk::Order>& orders);
    // Exactly one of these ends the list, unless it was stopped.
    void completed();
    void failed(const OrderDesk::ApiError& error);

private:
    // A page of the chain that starts with the next page to report (m_chain.front()).
    struct Page
    {
        enum class State
        {
            Asked,    // the request is out (m_call); always the last page of the chain
            Arrived,  // the body is here, not decoding yet
            Decoding, // on the thread pool, or on the stack in the pager's thread
            Done      // decoded, or failed: waits for the pages before it
        };
        quint64 id = 0;
        QString cursor;
        State state = State::Asked;
        QByteArray body;
        std::optional<QString> guess; // the next cursor the body seems to end with
        std::optional<Result<FlexPortalPage>> result;
        bool decodingFailed = false; // the error is the body's, not the server's answer
    };

    void ask(const QString& cursor);
    void onReply();
    void onDecoded(quint64 id, Result<FlexPortalPage> result);
    void pump();
    void pumpOnce();
    void startDecoding(Page& page);
    void deliver(Page page);
    void end(std::optional<ApiError> error);
    void dropChain();
    bool inChain(const QString& cursor) const;
    Page* pageWithId(quint64 id);

    CallRecipe m_recipe;
    QNetworkAccessManager* m_manager;
    QString m_status;
    QString m_accountId;
    std::optional<KnownOrders> m_known; // read-only, shared with the decodes
    std::deque<Page> m_chain;
    HttpCall* m_call = nullptr; // asks for m_chain.back(), when that is Asked
    QString m_expected;         // the cursor of the next page to report, as the page before it said
    QSet<QString> m_seenCursors;
    quint64 m_nextId = 0;
    int m_reported = 0; // pages
    int m_decoding = 0; // decodes running, also those of pages dropped since
    bool m_decodeHere;
    QThreadPool* m_workers; // for OnThreadPool
    bool m_stopped = false; // stopped, or ended
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace OrderDesk
