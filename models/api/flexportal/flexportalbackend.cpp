#include "flexportalbackend.h"

#include "api/asyncdecode.h"
#include "api/flexportal/flexportaldecoder.h"

#include <QCoreApplication>
#include <QSet>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {

// Follows nextCursor through startAfter until the last page, one page in flight at a time.
class FlexPortalListJob : public ListOrdersJob
{
public:
    FlexPortalListJob(FlexPortalBackend* backend, QString status)
        : ListOrdersJob(backend)
        , m_backend(backend)
        , m_status(std::move(status))
    {
        QMetaObject::invokeMethod(
            this, [this] { requestPage({}); }, Qt::QueuedConnection);
    }

protected:
    void stop() override
    {
        m_stopped = true;
        if (m_call)
            m_call->abort();
    }

private:
    void requestPage(const QString& cursor)
    {
        if (m_stopped)
            return;
        m_call = m_backend->newCall("GET", m_backend->listPath(m_status, cursor), {}, this);
        connect(m_call, &HttpCall::finished, this, &FlexPortalListJob::onReply);
        m_call->start();
    }

    void onReply()
    {
        HttpCall* call = m_call;
        m_call = nullptr;
        call->deleteLater();
        const HttpReply& reply = call->reply();
        if (reply.aborted || m_stopped)
            return;
        if (!reply.isHttpSuccess()) {
            finishWithError(m_backend->errorFor(reply));
            return;
        }
        decodeAsync<FlexPortalPage>(this, reply.body, &FlexPortalDecoder::decodePage,
                                    [this](Result<FlexPortalPage> page) { onPage(std::move(page)); });
    }

    void onPage(Result<FlexPortalPage> result)
    {
        if (m_stopped)
            return;
        if (!result.ok()) {
            ApiError error = result.error();
            error.message = QCoreApplication::translate("FlexPortalBackend", "Page %1: %2")
                                .arg(pagesSoFar() + 1)
                                .arg(error.message);
            finishWithError(error);
            return;
        }
        FlexPortalPage page = std::move(result).value();
        for (Order& order : page.orders)
            order.accountId = m_backend->account().id;
        deliverPage(page.orders);
        if (!page.hasMore) {
            finishWithSuccess();
            return;
        }
        // A server that hands out the same cursor twice would keep us paging for ever.
        if (m_seenCursors.contains(page.nextCursor)) {
            finishWithError(ApiError(ApiError::Kind::Protocol,
                                     QCoreApplication::translate("FlexPortalBackend",
                                                                 "The platform repeated the page cursor \"%1\"; "
                                                                 "loading stopped to avoid an endless loop.")
                                         .arg(page.nextCursor.left(60))));
            return;
        }
        m_seenCursors.insert(page.nextCursor);
        requestPage(page.nextCursor);
    }

    FlexPortalBackend* m_backend;
    QString m_status;
    HttpCall* m_call = nullptr;
    QSet<QString> m_seenCursors;
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
