#include "bulkcanceldialog.h"

#include "accessiblenames.h"
#include "reasoneditor.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

// The service's items as a table: one row per order, its verdict from the fresh read, then its result.
class BulkCancelTableModel : public QAbstractTableModel
{
public:
    enum Column
    {
        AccountColumn,
        OrderColumn,
        CustomerColumn,
        VerdictColumn,
        ResultColumn,
        ColumnCount
    };

    BulkCancelTableModel(BulkCancelService* service, QObject* parent)
        : QAbstractTableModel(parent)
        , m_service(service)
    {}

    // The service's items were replaced (a new preview): the rows are theirs from now on.
    void reset()
    {
        beginResetModel();
        m_rows = int(m_service->items().size());
        endResetModel();
    }
    void rowChanged(int row)
    {
        if (row < m_rows) // a row of the items this model was last reset to
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case AccountColumn:
            return BulkCancelDialog::tr("Account");
        case OrderColumn:
            return BulkCancelDialog::tr("Order");
        case CustomerColumn:
            return BulkCancelDialog::tr("Customer");
        case VerdictColumn:
            return BulkCancelDialog::tr("Verdict (read just now)");
        case ResultColumn:
            return BulkCancelDialog::tr("Result");
        }
        return {};
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows || index.row() >= m_service->items().size())
            return {};
        const BulkCancelItem& item = m_service->items().at(index.row());
        if (role == Qt::ToolTipRole && index.column() == ResultColumn)
            return item.message;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case AccountColumn:
            return item.accountId;
        case OrderColumn:
            return item.orderId;
        case CustomerColumn:
            return item.order ? item.order->customerDisplayName() : QString();
        case VerdictColumn:
            return item.why.isEmpty()
                       ? BulkCancelItem::verdictLabel(item.verdict)
                       : BulkCancelDialog::tr("%1 (%2)").arg(BulkCancelItem::verdictLabel(item.verdict), item.why);
        case ResultColumn:
            if (item.result == BulkCancelItem::Result::Pending)
                return QString();
            return item.message.isEmpty()
                       ? BulkCancelItem::resultLabel(item.result)
                       : BulkCancelDialog::tr("%1: %2").arg(BulkCancelItem::resultLabel(item.result), item.message);
        }
        return {};
    }

private:
    BulkCancelService* m_service;
    int m_rows = 0;
};

BulkCancelDialog::BulkCancelDialog(BulkCancelService* service, const QList<BulkCancelService::OrderRef>& orders,
                                   QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_model(new BulkCancelTableModel(service, this))
    , m_reason(new ReasonEditor(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_state(new QLabel(this))
{
    setObjectName(u"bulkCancelDialog"_s);
    setWindowTitle(tr("Cancel %n order(s)", nullptr, int(orders.size())));
    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Each order is read again now and judged by the cancellation policy. Orders of one "
                          "account are cancelled one after the other, and each attempt is written to the "
                          "history first."));
    m_table->setObjectName(u"bulkPreview"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it): no keyboard trap
    m_table->setAccessibleName(tr("Orders to cancel"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_counts->setObjectName(u"bulkCounts"_s);
    m_counts->setWordWrap(true);
    m_state->setObjectName(u"bulkState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(this);
    m_primary = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_primary->setObjectName(u"bulkConfirm"_s);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_back->setObjectName(u"bulkBack"_s);
    m_stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(u"bulkStop"_s);
    m_export = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"bulkExport"_s);
    m_keep = buttons->addButton(tr("&Keep orders"), QDialogButtonBox::RejectRole);
    m_keep->setObjectName(u"bulkKeep"_s);
    m_keep->setDefault(true);

    Accessible::keepButtonsReachable(buttons); // Tab stopped at the table: the box's proxy was the hidden Back

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_reason);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    connect(m_reason, &ReasonEditor::changed, this, &BulkCancelDialog::updateState);
    connect(m_primary, &QPushButton::clicked, this, &BulkCancelDialog::onPrimary);
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(Step::Choosing); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_service->stop();
        m_stop->setEnabled(false);
        m_state->setText(tr("Stopping: the requests already out finish, no more are sent…"));
    });
    connect(m_export, &QPushButton::clicked, this, &BulkCancelDialog::chooseExportFile);
    connect(m_keep, &QPushButton::clicked, this, &BulkCancelDialog::reject);
    connect(m_service, &BulkCancelService::itemChanged, m_model, &BulkCancelTableModel::rowChanged);
    connect(m_service, &BulkCancelService::progress, this, &BulkCancelDialog::showCounts);
    connect(m_service, &BulkCancelService::previewFinished, this, [this] {
        if (m_step == Step::Reading)
            setStep(Step::Choosing);
    });
    connect(m_service, &BulkCancelService::finished, this, [this] { setStep(Step::Done); });

    resize(820, 560);
    setStep(Step::Reading);
    m_service->preview(orders);
    m_model->reset();
    m_table->resizeColumnsToContents();
}

void BulkCancelDialog::setStep(Step step)
{
    m_step = step;
    m_back->setVisible(step == Step::Confirming);
    m_stop->setVisible(step == Step::Running);
    m_stop->setEnabled(step == Step::Running);
    m_export->setVisible(step == Step::Done);
    m_keep->setVisible(step != Step::Running && step != Step::Done);
    m_reason->setLocked(step != Step::Choosing);
    updateState();
    showCounts();
}

void BulkCancelDialog::updateState()
{
    const BulkCancelCounts c = m_service->counts();
    switch (m_step) {
    case Step::Reading:
        m_primary->setText(tr("Cancel orders…"));
        m_primary->setEnabled(false);
        m_state->setText(tr("Reading the orders…"));
        break;
    case Step::Choosing:
        m_primary->setText(tr("Cancel %n order(s)…", nullptr, c.willCancel));
        m_primary->setEnabled(c.willCancel > 0 && m_reason->isAcceptable());
        m_state->setText(c.willCancel == 0 ? tr("None of the selected orders may be cancelled now.")
                                           : m_reason->problem());
        break;
    case Step::Confirming:
        m_primary->setText(tr("Send %n cancel request(s)", nullptr, c.willCancel));
        m_primary->setEnabled(true);
        m_state->setText(
            tr("This sends %n cancel request(s) with the reason \"%1\". Not sent, as they may not be cancelled: %2.",
               nullptr, c.willCancel)
                .arg(m_reason->reason().toRequestText())
                .arg(c.cannot));
        break;
    case Step::Running:
        m_primary->setText(tr("Cancelling…"));
        m_primary->setEnabled(false);
        break;
    case Step::Done:
        m_primary->setText(tr("Close"));
        m_primary->setEnabled(true);
        m_primary->setDefault(true);
        m_state->setText(
            c.notSent > 0
                ? tr("Stopped. The orders not sent were left as they are.")
                : tr("Done. Every attempt is in the cancellation history (batch %1).").arg(m_service->batchId()));
        break;
    }
}

void BulkCancelDialog::showCounts()
{
    const BulkCancelCounts c = m_service->counts();
    if (m_step == Step::Reading || m_step == Step::Choosing || m_step == Step::Confirming) {
        m_counts->setText(tr("%1 of %2 read · will cancel: %3 · cannot: %4")
                              .arg(c.total - c.reading)
                              .arg(c.total)
                              .arg(c.willCancel)
                              .arg(c.cannot));
    } else {
        m_counts->setText(
            tr("%1 of %2 done · cancelled: %3 · already cancelled: %4 · refused by the policy: %5 · "
               "refused by the platform: %6 · failed: %7 · unknown: %8 · not sent: %9")
                .arg(c.done)
                .arg(c.total)
                .arg(c.cancelled)
                .arg(c.alreadyCancelled)
                .arg(c.refusedByPolicy)
                .arg(c.refusedByPlatform)
                .arg(c.failed)
                .arg(c.unknown)
                .arg(c.notSent) +
            (c.rateLimitWaits > 0 ? tr(" · waits for the rate limit: %1").arg(c.rateLimitWaits) : QString()));
    }
    if (m_step == Step::Choosing)
        updateState();
}

void BulkCancelDialog::onPrimary()
{
    switch (m_step) {
    case Step::Reading:
    case Step::Running:
        return;
    case Step::Choosing:
        if (m_service->counts().willCancel > 0 && m_reason->isAcceptable())
            setStep(Step::Confirming);
        return;
    case Step::Confirming:
        if (const std::optional<ApiError> refused = m_service->run(m_reason->reason())) {
            m_state->setText(refused->message);
            return;
        }
        setStep(Step::Running);
        return;
    case Step::Done:
        accept();
        return;
    }
}

void BulkCancelDialog::chooseExportFile()
{
    // Window-modal, without the nested event loop of getSaveFileName, as the history window's export.
    auto* dialog = new QFileDialog(this, tr("Export the results"), u"bulk-cancel.csv"_s, tr("CSV files (*.csv)"));
    dialog->setObjectName(u"bulkExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        if (!file.isEmpty())
            exportCsv(file);
    });
    dialog->open();
}

bool BulkCancelDialog::exportCsv(const QString& fileName)
{
    QSaveFile out(fileName);
    const QByteArray csv = BulkCancelService::resultsCsv(m_service->items(), m_service->batchId());
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
        m_state->setText(tr("The export to %1 failed: %2").arg(fileName, out.errorString()));
        return false;
    }
    m_state->setText(tr("The results were exported to %1.").arg(fileName));
    return true;
}

void BulkCancelDialog::reject()
{
    // While cancels are going out, closing would hide their outcomes: Stop first, then close.
    if (m_step == Step::Running)
        return;
    QDialog::reject();
}

} // namespace OrderDesk
