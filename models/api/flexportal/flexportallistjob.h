#pragma once

#include "api/apijobs.h"
#include "api/flexportal/flexportaldecoder.h"
#include "api/transport.h"

#include <QSet>

#include <deque>
#include <optional>

namespace OrderDesk {

class FlexPortalBackend;

// Follows nextCursor through startAfter until the last page, as fast as the platform answers. A
// page is asked for as soon as the one before it arrives, with the cursor that body seems to end
// with (peekNextCursor), up to MaxAhead pages ahead, while up to MaxDecoding pages decode on the
// thread pool: fetching never waits for decoding, nor decoding for the next reply. Pages are still
// delivered in order, and a guess is trusted only once the page before it is decoded: a wrong one
// drops every page after that one and asks again with the right cursor.
class FlexPortalListJob : public ListOrdersJob
{
public:
    static constexpr int MaxAhead = 4;
    // One at a time: on two cores a second decode only took the network threads' turn (measured).
    static constexpr int MaxDecoding = 1;

    FlexPortalListJob(FlexPortalBackend* backend, QString status);

protected:
    void stop() override;

private:
    // A page of the chain that starts with the next page to deliver (m_chain.front()).
    struct Page
    {
        enum class State
        {
            Asked,    // the request is out (m_call); always the last page of the chain
            Arrived,  // the body is here, not decoding yet
            Decoding, // on the thread pool
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
    void dropChain();
    bool inChain(const QString& cursor) const;
    Page* pageWithId(quint64 id);

    FlexPortalBackend* m_backend;
    QString m_status;
    std::deque<Page> m_chain;
    HttpCall* m_call = nullptr; // asks for m_chain.back(), when that is Asked
    QString m_expected;         // the cursor of the next page to deliver, as the page before it said
    QSet<QString> m_seenCursors;
    quint64 m_nextId = 0;
    int m_decoding = 0; // decodes running, also those of pages dropped since
    bool m_stopped = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace OrderDesk
