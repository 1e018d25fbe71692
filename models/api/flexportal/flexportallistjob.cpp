#include "flexportallistjob.h"

#include "api/asyncdecode.h"
#include "api/flexportal/flexportalbackend.h"

#include <QCoreApplication>

#include <algorithm>

namespace OrderDesk {

FlexPortalListJob::FlexPortalListJob(FlexPortalBackend* backend, QString status)
    : ListOrdersJob(backend)
    , m_backend(backend)
    , m_status(std::move(status))
{
    QMetaObject::invokeMethod(
        this, [this] { ask(QString()); }, Qt::QueuedConnection);
}

void FlexPortalListJob::stop()
{
    m_stopped = true;
    if (m_call)
        m_call->abort();
}

void FlexPortalListJob::ask(const QString& cursor)
{
    if (m_stopped || isFinished())
        return;
    Q_ASSERT(!m_call);
    Page page;
    page.id = m_nextId++;
    page.cursor = cursor;
    m_chain.push_back(std::move(page));
    m_call = m_backend->newCall("GET", m_backend->listPath(m_status, cursor), {}, this);
    connect(m_call, &HttpCall::finished, this, &FlexPortalListJob::onReply);
    m_call->start();
}

void FlexPortalListJob::onReply()
{
    HttpCall* call = std::exchange(m_call, nullptr);
    call->deleteLater();
    if (call->reply().aborted || m_stopped || m_chain.empty())
        return;
    Page& page = m_chain.back();
    const HttpReply& reply = call->reply();
    if (reply.isHttpSuccess()) {
        page.state = Page::State::Arrived;
        page.body = reply.body;
        page.guess = FlexPortalDecoder::peekNextCursor(page.body);
    } else {
        page.state = Page::State::Done;
        page.result = Result<FlexPortalPage>(m_backend->errorFor(reply));
    }
    pump();
}

void FlexPortalListJob::onDecoded(quint64 id, Result<FlexPortalPage> result)
{
    --m_decoding;
    if (Page* page = pageWithId(id)) { // else dropped with a wrong guess meanwhile
        page->state = Page::State::Done;
        page->decodingFailed = !result.ok();
        page->result = std::move(result);
        page->body.clear();
    }
    pump();
}

// Small bodies decode in place, so onDecoded() may run inside pumpOnce(): it only marks its page,
// and the pass is repeated instead of nested.
void FlexPortalListJob::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
    } while (m_pumpAgain && !m_stopped && !isFinished());
    m_pumping = false;
}

void FlexPortalListJob::pumpOnce()
{
    while (!m_chain.empty() && m_chain.front().state == Page::State::Done) {
        Page page = std::move(m_chain.front());
        m_chain.pop_front();
        deliver(std::move(page));
        if (m_stopped || isFinished())
            return;
    }
    // Ask ahead before decoding, so the request is out while the page decodes (also in place).
    if (!m_call) {
        if (m_chain.empty()) {
            ask(m_expected); // no guess could be made, or a wrong one was dropped
        } else {
            const QString guess = m_chain.back().guess.value_or(QString());
            if (int(m_chain.size()) < MaxAhead && !guess.isEmpty() && !m_seenCursors.contains(guess) && !inChain(guess))
                ask(guess);
        }
    }
    for (size_t i = 0; i < m_chain.size() && m_decoding < MaxDecoding; ++i) {
        if (m_chain[i].state == Page::State::Arrived)
            startDecoding(m_chain[i]);
    }
}

void FlexPortalListJob::startDecoding(Page& page)
{
    page.state = Page::State::Decoding;
    ++m_decoding;
    decodeAsync<FlexPortalPage>(
        this, page.body,
        [accountId = m_backend->account().id](const QByteArray& body) {
            Result<FlexPortalPage> decoded = FlexPortalDecoder::decodePage(body);
            if (decoded.ok()) {
                for (Order& order : decoded.value().orders)
                    order.accountId = accountId;
            }
            return decoded;
        },
        [this, id = page.id](Result<FlexPortalPage> result) { onDecoded(id, std::move(result)); });
}

void FlexPortalListJob::deliver(Page done)
{
    Result<FlexPortalPage>& result = *done.result;
    if (!result.ok()) {
        ApiError error = result.error();
        if (done.decodingFailed)
            error.message = QCoreApplication::translate("FlexPortalBackend", "Page %1: %2")
                                .arg(pagesSoFar() + 1)
                                .arg(error.message);
        dropChain();
        stop();
        finishWithError(error);
        return;
    }
    FlexPortalPage page = std::move(result).value();
    // A server that hands out the same cursor twice would keep us paging for ever.
    const bool repeated = page.hasMore && m_seenCursors.contains(page.nextCursor);
    const bool more = page.hasMore && !repeated;
    if (more) {
        m_seenCursors.insert(page.nextCursor);
        m_expected = page.nextCursor;
        if (!m_chain.empty() && m_chain.front().cursor != m_expected)
            dropChain(); // guessed wrong: what follows was asked with another cursor
    } else {
        dropChain(); // guesses past the last page
    }
    deliverPage(page.orders);
    if (m_stopped || more)
        return; // a receiver of the page aborted the load, or more pages follow
    if (repeated)
        finishWithError(
            ApiError(ApiError::Kind::Protocol,
                     QCoreApplication::translate("FlexPortalBackend", "The platform repeated the page cursor \"%1\"; "
                                                                      "loading stopped to avoid an endless loop.")
                         .arg(page.nextCursor.left(60))));
    else
        finishWithSuccess();
}

void FlexPortalListJob::dropChain()
{
    m_chain.clear(); // decodes still running find no page and are dropped
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

bool FlexPortalListJob::inChain(const QString& cursor) const
{
    return std::any_of(m_chain.cbegin(), m_chain.cend(), [&](const Page& p) { return p.cursor == cursor; });
}

FlexPortalListJob::Page* FlexPortalListJob::pageWithId(quint64 id)
{
    for (Page& page : m_chain) {
        if (page.id == id)
            return &page;
    }
    return nullptr;
}

} // namespace OrderDesk
