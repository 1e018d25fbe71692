#include "historyfilterproxy.h"

#include "itemmodels/historymodel.h"
#include "itemmodels/roles.h"

namespace OrderDesk {

HistoryFilterProxy::HistoryFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::Sort);
}

void HistoryFilterProxy::setHistoryModel(HistoryModel* model)
{
    m_model = model;
    setSourceModel(model);
}

void HistoryFilterProxy::setView(const HistoryView& view)
{
    m_view = view;
    m_foldedText = view.text.trimmed().toCaseFolded();
    invalidateFilter();
}

bool HistoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const CancelAttempt& a = m_model->attemptAt(sourceRow);
    if (m_view.from.isValid() || m_view.to.isValid()) {
        const QDate day = a.startedAt.toLocalTime().date();
        if ((m_view.from.isValid() && day < m_view.from) || (m_view.to.isValid() && day > m_view.to))
            return false;
    }
    if ((!m_view.agent.isEmpty() && a.agent != m_view.agent) ||
        (!m_view.accountId.isEmpty() && a.accountId != m_view.accountId) ||
        (!m_view.platform.isEmpty() && a.platform != m_view.platform) ||
        (!m_view.kind.isEmpty() && a.kind != m_view.kind) || (!m_view.outcome.isEmpty() && a.outcome != m_view.outcome))
        return false;
    return m_foldedText.isEmpty() || m_model->searchTextAt(sourceRow).contains(m_foldedText);
}

} // namespace OrderDesk
