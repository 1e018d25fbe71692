#include "historywindow.h"

#include "accessiblenames.h"
#include "attemptdetail.h"
#include "headermenu.h"
#include "history/historyexport.h"
#include "historycharts.h"
#include "itemmodels/historyfilterproxy.h"
#include "itemmodels/historymodel.h"
#include "messagebar.h"
#include "shortcuts.h"
#include "windowlayout.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DefaultDays = 30;

QComboBox* makeCombo(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QDateEdit* makeDate(const QString& name, const QString& accessible, QDate date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

HistoryWindow::HistoryWindow(HistoryReader* reader, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_reader(reader)
    , m_model(new HistoryModel(this))
    , m_proxy(new HistoryFilterProxy(this))
    , m_from(makeDate(u"historyFrom"_s, tr("From date"), QDate::currentDate().addDays(1 - DefaultDays), this))
    , m_to(makeDate(u"historyTo"_s, tr("To date"), QDate::currentDate(), this))
    , m_agent(makeCombo(u"historyAgent"_s, tr("Agent"), this))
    , m_account(makeCombo(u"historyAccount"_s, tr("Account"), this))
    , m_platform(makeCombo(u"historyPlatform"_s, tr("Platform"), this))
    , m_kind(makeCombo(u"historyKind"_s, tr("Orders or subscriptions"), this))
    , m_outcome(makeCombo(u"historyOutcome"_s, tr("Outcome"), this))
    , m_text(new QLineEdit(this))
    , m_messages(new MessageBar(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_openOrder(new QPushButton(tr("&Open order"), this))
    , m_openOrderAction(new QAction(tr("&Open order"), this))
    , m_copyRowAction(new QAction(tr("&Copy row"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_charts(new HistoryCharts(this))
{
    setObjectName(u"historyWindow"_s);
    setWindowTitle(tr("Cancellation history — OrderDesk"));
    resize(1100, 700);
    m_proxy->setHistoryModel(m_model);

    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Cancel attempts"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it): no keyboard trap
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::StartedColumn, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    HeaderMenu::attach(m_table, {11, 9, 10, 6, 9, 9, 10, 14, 9, 3, 14}); // widths in "M"s; show or hide columns
    m_detail->setObjectName(u"historyDetail"_s);
    m_detail->setAccessibleName(tr("The selected attempt"));
    m_messages->setObjectName(u"historyMessageBar"_s);
    m_count->setObjectName(u"historyCount"_s);
    m_openOrder->setObjectName(u"historyOpenOrder"_s);
    m_export->setObjectName(u"historyExport"_s);
    m_charts->setObjectName(u"historyCharts"_s);

    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_openOrder);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"historySplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"historyTabs"_s);
    tabs->addTab(splitter, tr("&Attempts"));
    tabs->addTab(m_charts, tr("C&harts"));

    auto* bottom = new QHBoxLayout();
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(m_messages);
    layout->addWidget(tabs, 1);
    layout->addLayout(bottom);
    // Tab follows the window from the top: the filters left to right (Refresh last), the tabs, the
    // table, the attempt in full and its button, then Export. The widgets were made in another order.
    QWidget* previous = m_text;
    for (QWidget* next : std::initializer_list<QWidget*>{findChild<QPushButton*>(u"historyRefresh"_s), tabs, m_table,
                                                         m_detail, m_openOrder, m_export}) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_reader, &HistoryReader::loaded, this, &HistoryWindow::onLoaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryWindow::showCurrent);
    buildRowActions();
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::chooseExportFile);
    connect(m_messages, &MessageBar::retryRequested, this, &HistoryWindow::reload);
    showCurrent();
}

QWidget* HistoryWindow::buildFilters()
{
    m_text->setObjectName(u"historyText"_s);
    m_text->setAccessibleName(tr("Text in the reason or order id"));
    m_text->setPlaceholderText(tr("Reason or order id"));
    m_text->setClearButtonEnabled(true);
    Accessible::nameClearButton(m_text);
    // Ctrl+F, as in the main window: the keyboard's way to the filter that matters most.
    auto* find = new QAction(this);
    find->setObjectName(u"historyFindAction"_s);
    Shortcuts::apply(find);
    connect(find, &QAction::triggered, this, [this] {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    });
    addAction(find);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(u"historyRefresh"_s);
    auto* reread = new QAction(tr("&Refresh"), this); // its keys: F5 and the platform's own (shortcuts.cpp)
    reread->setObjectName(u"historyRefreshAction"_s);
    Shortcuts::apply(reread);
    addAction(reread);
    connect(reread, &QAction::triggered, this, &HistoryWindow::reload);
    connect(refresh, &QPushButton::clicked, reread, &QAction::trigger);

    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [row, box](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, box);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    labelled(tr("&From"), m_from);
    labelled(tr("&To"), m_to);
    row->addWidget(m_agent);
    row->addWidget(m_account);
    row->addWidget(m_platform);
    row->addWidget(m_kind);
    row->addWidget(m_outcome);
    row->addWidget(m_text, 1);
    row->addWidget(refresh);

    fillChoices(m_agent, {}, tr("Any agent"));
    fillChoices(m_account, {}, tr("Any account"));
    m_platform->addItem(tr("Any platform"), QString());
    m_platform->addItem(u"FlexPortal"_s, u"flexportal"_s);
    m_platform->addItem(u"OfferGrid"_s, u"offergrid"_s);
    m_kind->addItem(tr("Orders and subscriptions"), QString());
    m_kind->addItem(tr("Orders"), u"order"_s);
    m_kind->addItem(tr("Subscriptions"), u"subscription"_s);
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const QString& key : {u"cancelled"_s, u"already-cancelled"_s, u"already-ended"_s, u"refused"_s, u"failed"_s,
                               u"unknown"_s, u"pending"_s})
        m_outcome->addItem(HistoryModel::outcomeLabel(key), key);

    for (QDateEdit* date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilters);
    for (QComboBox* combo : {m_agent, m_account, m_platform, m_kind, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &HistoryWindow::applyFilters);
    return box;
}

void HistoryWindow::buildRowActions()
{
    // The row's menu and the detail's button share these actions, and so their enabled state.
    m_openOrderAction->setObjectName(u"historyOpenOrderAction"_s);
    connect(m_openOrderAction, &QAction::triggered, this, [this] {
        if (const CancelAttempt* a = currentAttempt())
            emit openOrderRequested(a->accountId, a->orderId);
    });
    connect(m_openOrder, &QPushButton::clicked, m_openOrderAction, &QAction::trigger);
    m_copyRowAction->setObjectName(u"historyCopyRowAction"_s);
    m_copyRowAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    Shortcuts::apply(m_copyRowAction);
    m_table->addAction(m_copyRowAction);
    connect(m_copyRowAction, &QAction::triggered, this, [this] {
        // The cells as the table shows them, in its column order, tab-separated: pastes into a spreadsheet.
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        QStringList cells;
        const QHeaderView* header = m_table->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            if (const int column = header->logicalIndex(visual); !header->isSectionHidden(column))
                cells << m_proxy->index(current.row(), column).data().toString();
        }
        QGuiApplication::clipboard()->setText(cells.join(u'\t'));
    });
    auto* menu = new QMenu(m_table);
    menu->setObjectName(u"historyRowMenu"_s);
    menu->addActions({m_copyRowAction, m_openOrderAction});
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, menu](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->setCurrentIndex(index);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
}

void HistoryWindow::keepLayout(SettingsStore* settings)
{
    WindowLayout::keepGeometry(this, settings, Setting::HistoryWindowGeometry)
        ->keep(findChild<QSplitter*>(u"historySplitter"_s), Setting::HistoryWindowSplitter)
        ->keep(m_table->horizontalHeader(), Setting::HistoryWindowColumns);
}

void HistoryWindow::reload()
{
    m_count->setText(tr("Reading the history…"));
    m_reader->reload();
}

void HistoryWindow::onLoaded(const HistorySnapshot& snapshot)
{
    // Both a read that failed and a team database out of reach may read on a second try: Retry.
    if (snapshot.error)
        m_messages->showRetryableError(snapshot.error->message);
    else if (!snapshot.note.isEmpty())
        m_messages->showMessage(MessageType::Warning, snapshot.note, {m_messages->retryAction()});
    else
        m_messages->dismiss();
    QSet<QString> agents;
    QSet<QString> accounts;
    for (const CancelAttempt& a : snapshot.attempts) {
        agents.insert(a.agent);
        accounts.insert(a.accountId);
    }
    fillChoices(m_agent, agents.values(), tr("Any agent"));
    fillChoices(m_account, accounts.values(), tr("Any account"));
    m_model->setAttempts(snapshot.attempts);
    setToolTip(tr("Read from %1").arg(snapshot.source));
    applyFilters();
}

void HistoryWindow::fillChoices(QComboBox* combo, const QStringList& values, const QString& anyLabel)
{
    const QString kept = combo->currentData().toString();
    QStringList sorted = values;
    sorted.sort(Qt::CaseInsensitive);
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(anyLabel, QString());
    for (const QString& v : std::as_const(sorted))
        combo->addItem(v, v);
    combo->setCurrentIndex(std::max(0, combo->findData(kept)));
}

void HistoryWindow::applyFilters()
{
    HistoryView view;
    view.from = m_from->date();
    view.to = m_to->date();
    view.agent = m_agent->currentData().toString();
    view.accountId = m_account->currentData().toString();
    view.platform = m_platform->currentData().toString();
    view.kind = m_kind->currentData().toString();
    view.outcome = m_outcome->currentData().toString();
    view.text = m_text->text();
    m_proxy->setView(view);
    m_count->setText(tr("%n attempt(s) shown", "", m_proxy->rowCount()) + u" · "_s +
                     tr("%n in the history", "", m_model->rowCount()));
    m_charts->setAttempts(shownAttempts());
    showCurrent();
}

QList<CancelAttempt> HistoryWindow::shownAttempts() const
{
    QList<CancelAttempt> out;
    out.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        out << m_model->attemptAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return out;
}

const CancelAttempt* HistoryWindow::currentAttempt() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? &m_model->attemptAt(index.row()) : nullptr;
}

void HistoryWindow::showCurrent()
{
    const CancelAttempt* a = currentAttempt();
    m_openOrderAction->setEnabled(a != nullptr);
    m_openOrder->setEnabled(a != nullptr);
    m_copyRowAction->setEnabled(a != nullptr);
    m_export->setEnabled(m_proxy->rowCount() > 0);
    if (!a) {
        m_detail->setPlainText(tr("Select an attempt to see it in full."));
        return;
    }
    m_detail->setHtml(AttemptDetail::html(*a));
}

void HistoryWindow::chooseExportFile()
{
    // Window-modal and without a nested event loop (getSaveFileName would run one): the window keeps
    // receiving the history, and a test drives the dialog by keys as a user would.
    auto* dialog =
        new QFileDialog(this, tr("Export the shown attempts"), u"cancellation-history.csv"_s, tr("CSV files (*.csv)"));
    dialog->setObjectName(u"historyExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        if (!file.isEmpty())
            exportCsv(file);
    });
    dialog->open();
}

bool HistoryWindow::exportCsv(const QString& fileName)
{
    QSaveFile out(fileName);
    const QByteArray csv = HistoryExport::toCsv(shownAttempts());
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
        m_messages->showMessage(MessageType::Error, tr("The export to %1 failed: %2").arg(fileName, out.errorString()));
        return false;
    }
    m_messages->showMessage(MessageType::Success,
                            tr("%n attempt(s) exported to %1", "", m_proxy->rowCount()).arg(fileName));
    return true;
}

} // namespace OrderDesk
