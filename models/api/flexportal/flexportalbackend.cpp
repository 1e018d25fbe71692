#include "flexportalbackend.h"

#include "api/asyncdecode.h"
#include "api/flexportal/flexportaldecoder.h"

#include <QCoreApplication>
#include <QSet>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {

// Follows nextCursor through startAfter until the last page. Pages are decoded one at a time and
// delivered in order; while one decodes, the next is already requested with the cursor its body
// seems to end with (peekNextCursor). That guess only saves time: a reply is used only when the
// decoded page confirms its cursor, otherwise it is dropped and the right page requested.
class FlexPortalListJob : public ListOrdersJob
{
public:
    FlexPortalListJob(FlexPortalBackend* backend, QString status)
        : ListOrdersJob(backend)
        , m_backend(backend)
        , m_status(std::move(status))
    {
        QMetaObject::invokeMethod(
            this, [this] { request(QString()); }, Qt::QueuedConnection);
    }

protected:
    void stop() override
    {
        m_stopped = true;
        if (m_call)
            m_call->abort();
    }

private:
    void request(const QString& cursor)
    {
        if (m_stopped)
            return;
        if (m_call) {
            m_call->disconnect(this);
            m_call->abort();
            m_call->deleteLater();
        }
        m_callCursor = cursor;
        m_call = m_backend->newCall("GET", m_backend->listPath(m_status, cursor), {}, this);
        connect(m_call, &HttpCall::finished, this, &FlexPortalListJob::onReply);
        m_call->start();
    }

    void onReply()
    {
        HttpCall* call = std::exchange(m_call, nullptr);
        call->deleteLater();
        if (call->reply().aborted || m_stopped)
            return;
        m_arrived = Arrived{m_callCursor, call->reply()};
        if (!m_decoding)
            processArrived();
    }

    // Takes the reply for the expected cursor, if it is there; drops one for a wrong guess.
    void processArrived()
    {
        if (!m_arrived)
            return;
        Arrived arrived = std::move(*std::exchange(m_arrived, std::nullopt));
        if (arrived.cursor != m_expected) {
            if (!m_call)
                request(m_expected);
            return;
        }
        if (!arrived.reply.isHttpSuccess()) {
            finishWithError(m_backend->errorFor(arrived.reply));
            return;
        }
        m_decoding = true;
        if (!m_call) {
            const std::optional<QString> guess = FlexPortalDecoder::peekNextCursor(arrived.reply.body);
            if (guess && !guess->isEmpty() && !m_seenCursors.contains(*guess))
                request(*guess);
        }
        decodeAsync<FlexPortalPage>(
            this, arrived.reply.body,
            [accountId = m_backend->account().id](const QByteArray& body) {
                Result<FlexPortalPage> decoded = FlexPortalDecoder::decodePage(body);
                if (decoded.ok()) {
                    for (Order& order : decoded.value().orders)
                        order.accountId = accountId;
                }
                return decoded;
            },
            [this](Result<FlexPortalPage> page) { onPage(std::move(page)); });
    }

    void onPage(Result<FlexPortalPage> result)
    {
        m_decoding = false;
        if (m_stopped)
            return;
        if (!result.ok()) {
            ApiError error = result.error();
            error.message = QCoreApplication::translate("FlexPortalBackend", "Page %1: %2")
                                .arg(pagesSoFar() + 1)
                                .arg(error.message);
            stop();
            finishWithError(error);
            return;
        }
        FlexPortalPage page = std::move(result).value();
        // A server that hands out the same cursor twice would keep us paging for ever.
        const bool repeated = page.hasMore && m_seenCursors.contains(page.nextCursor);
        const bool more = page.hasMore && !repeated;
        if (!more && m_call) {
            m_call->disconnect(this); // a guess past the last page
            m_call->abort();
            m_call->deleteLater();
            m_call = nullptr;
        }
        deliverPage(page.orders);
        if (m_stopped)
            return; // a receiver of the page aborted the load
        if (more) {
            m_seenCursors.insert(page.nextCursor);
            m_expected = page.nextCursor;
            if (m_arrived)
                processArrived(); // the guessed page came while this one decoded
            else if (!m_call || m_callCursor != m_expected)
                request(m_expected); // no guess, or a wrong one
        } else if (repeated) {
            finishWithError(ApiError(ApiError::Kind::Protocol,
                                     QCoreApplication::translate("FlexPortalBackend",
                                                                 "The platform repeated the page cursor \"%1\"; "
                                                                 "loading stopped to avoid an endless loop.")
                                         .arg(page.nextCursor.left(60))));
        } else {
            finishWithSuccess();
        }
    }

    struct Arrived
    {
        QString cursor;
        HttpReply reply;
    };

    FlexPortalBackend* m_backend;
    QString m_status;
    HttpCall* m_call = nullptr;
    QString m_callCursor;             // what m_call asks for
    QString m_expected;               // the cursor the next page must be asked with (confirmed)
    std::optional<Arrived> m_arrived; // a reply not yet taken
    QSet<QString> m_seenCursors;
    bool m_decoding = false;
    bool m_stopped = false;
};

} // namespace

ListOrdersJob* FlexPortalBackend::listOrders(const QString& status)
{
    return new FlexPortalListJob(this, status);
}

Result<Order> FlexPortalBackend::decodeOrder(const QByteArray& body) const
{
    return FlexPortalDecoder::decodeOrder(body);
}

QByteArray FlexPortalBackend::listPath(const QString& status, const QString& cursor) const
{
    QByteArray path = "/v1/orders?limit=" + QByteArray::number(PageSize);
    if (!status.isEmpty())
        path += "&status=" + encodeSegment(status);
    if (!cursor.isEmpty())
        path += "&startAfter=" + encodeSegment(cursor);
    return path;
}

QByteArray FlexPortalBackend::orderPath(const QString& orderId) const
{
    return "/v1/orders/" + encodeSegment(orderId);
}

QByteArray FlexPortalBackend::cancelPath(const QString& orderId) const
{
    return orderPath(orderId) + "/cancel";
}

void FlexPortalBackend::addAuthentication(QNetworkRequest& request) const
{
    request.setRawHeader("Authorization", "Bearer " + secret().toUtf8());
    request.setRawHeader("Tenant-ID", account().tenantId.toUtf8());
}

ApiError FlexPortalBackend::decodeError(int httpStatus, const QByteArray& body) const
{
    return FlexPortalDecoder::decodeError(httpStatus, body);
}

} // namespace OrderDesk
