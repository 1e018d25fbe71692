#include "flexportalpager.h"

#include "api/asyncdecode.h"
#include "api/flexportal/flexportalbackend.h"

#include <QCoreApplication>

#include <algorithm>

namespace OrderDesk {

FlexPortalPager::FlexPortalPager(CallRecipe recipe, QNetworkAccessManager* manager, QString status, QString accountId,
                                 Decoding decoding, QThreadPool* workers, std::optional<KnownOrders> known)
    : m_recipe(std::move(recipe))
    , m_manager(manager)
    , m_status(std::move(status))
    , m_accountId(std::move(accountId))
    , m_known(std::move(known))
    , m_decodeHere(decoding == Decoding::InPagerThread)
    , m_workers(workers)
{
    // Queued, so that it runs in the thread the pager is moved to, after its signals are connected.
    QMetaObject::invokeMethod(
        this, [this] { ask(QString()); }, Qt::QueuedConnection);
}

void FlexPortalPager::stop()
{
    m_stopped = true;
    dropChain();
}

void FlexPortalPager::ask(const QString& cursor)
{
    if (m_stopped)
        return;
    Q_ASSERT(!m_call);
    Page page;
    page.id = m_nextId++;
    page.cursor = cursor;
    m_chain.push_back(std::move(page));
    m_call = m_recipe.newCall(m_manager, "GET", FlexPortalBackend::listPath(m_status, cursor), {}, this);
    connect(m_call, &HttpCall::finished, this, &FlexPortalPager::onReply);
    m_call->start();
}

void FlexPortalPager::onReply()
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
        page.result = Result<FlexPortalPage>(m_recipe.errorFor(reply));
    }
    pump();
}

void FlexPortalPager::onDecoded(quint64 id, Result<FlexPortalPage> result)
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
void FlexPortalPager::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
    } while (m_pumpAgain && !m_stopped);
    m_pumping = false;
}

void FlexPortalPager::pumpOnce()
{
    while (!m_chain.empty() && m_chain.front().state == Page::State::Done) {
        Page page = std::move(m_chain.front());
        m_chain.pop_front();
        deliver(std::move(page));
        if (m_stopped)
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

void FlexPortalPager::startDecoding(Page& page)
{
    page.state = Page::State::Decoding;
    ++m_decoding;
    auto decode = [accountId = m_accountId, known = m_known](const QByteArray& body) {
        Result<FlexPortalPage> decoded = FlexPortalDecoder::decodePage(body, known ? &*known : nullptr);
        if (decoded.ok()) {
            for (Order& order : decoded.value().orders)
                order.accountId = accountId;
        }
        return decoded;
    };
    if (m_decodeHere) {
        onDecoded(page.id, decode(page.body)); // the next page's request is out meanwhile
        return;
    }
    decodeAsync<FlexPortalPage>(
        m_workers, this, page.body, std::move(decode),
        [this, id = page.id](Result<FlexPortalPage> result) { onDecoded(id, std::move(result)); });
}

void FlexPortalPager::deliver(Page done)
{
    Result<FlexPortalPage>& result = *done.result;
    if (!result.ok()) {
        ApiError error = result.error();
        if (done.decodingFailed)
            error.message =
                QCoreApplication::translate("FlexPortalBackend", "Page %1: %2").arg(m_reported + 1).arg(error.message);
        end(error);
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
    ++m_reported;
    emit pageReady(page.orders);
    if (m_stopped || more)
        return; // the page's receiver stopped the list, or more pages follow
    if (repeated)
        end(ApiError(ApiError::Kind::Protocol,
                     QCoreApplication::translate("FlexPortalBackend", "The platform repeated the page cursor \"%1\"; "
                                                                      "loading stopped to avoid an endless loop.")
                         .arg(page.nextCursor.left(60))));
    else
        end(std::nullopt);
}

void FlexPortalPager::end(std::optional<ApiError> error)
{
    stop();
    if (error)
        emit failed(*error);
    else
        emit completed();
}

void FlexPortalPager::dropChain()
{
    m_chain.clear(); // decodes still running find no page and are dropped
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

bool FlexPortalPager::inChain(const QString& cursor) const
{
    return std::any_of(m_chain.cbegin(), m_chain.cend(), [&](const Page& p) { return p.cursor == cursor; });
}

FlexPortalPager::Page* FlexPortalPager::pageWithId(quint64 id)
{
    for (Page& page : m_chain) {
        if (page.id == id)
            return &page;
    }
    return nullptr;
}

} // namespace OrderDesk
