#include "accountsdialog.h"

#include "messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
// A field's own error, under the field: the message bar, without Dismiss (it goes when the field is right).
MessageBar* fieldError(QWidget* parent, const QString& name)
{
    auto* bar = new MessageBar(parent);
    bar->setObjectName(name);
    bar->setDismissible(false);
    return bar;
}

void showFieldError(MessageBar* bar, const QString& problem)
{
    if (problem.isEmpty())
        bar->dismiss();
    else if (bar->isHidden() || bar->text() != problem)
        bar->showMessage(MessageType::Error, problem);
}
} // namespace

AccountsDialog::AccountsDialog(const QList<Account>& accounts, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_editor(new QWidget(this))
    , m_managedNote(new QLabel(tr("Managed by your IT department: read-only here."), this))
    , m_name(new QLineEdit(this))
    , m_platform(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlError(fieldError(this, u"urlError"_s))
    , m_tenant(new QLineEdit(this))
    , m_tenantLabel(new QLabel(tr("&Tenant-ID:"), this))
    , m_tenantError(fieldError(this, u"tenantError"_s))
    , m_key(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
    , m_test(new QPushButton(tr("Test &connection"), this))
    , m_messages(new MessageBar(this))
{
    setObjectName(u"accountsDialog"_s);
    setWindowTitle(tr("Accounts"));
    m_list->setObjectName(u"accountList"_s);
    m_list->setAccessibleName(tr("Accounts"));
    m_name->setObjectName(u"accountName"_s);
    m_region->setObjectName(u"accountRegion"_s);
    m_url->setObjectName(u"accountUrl"_s);
    m_tenant->setObjectName(u"accountTenant"_s);
    m_key->setObjectName(u"accountKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_enabled->setObjectName(u"accountEnabled"_s);
    m_test->setObjectName(u"testConnection"_s);
    m_messages->setObjectName(u"accountsMessageBar"_s);
    m_managedNote->setObjectName(u"managedNote"_s);
    for (auto [key, label] : {std::pair{u"eu"_s, tr("Europe")}, std::pair{u"us"_s, tr("United States")},
                              std::pair{u"qatar"_s, tr("Qatar")}, std::pair{u"custom"_s, tr("Custom address")}})
        m_region->addItem(label, key);
    m_tenantLabel->setBuddy(m_tenant);

    auto* addFlexPortal = new QPushButton(tr("Add &FlexPortal"), this);
    addFlexPortal->setObjectName(u"addFlexPortal"_s);
    auto* addOfferGrid = new QPushButton(tr("Add &OfferGrid"), this);
    addOfferGrid->setObjectName(u"addOfferGrid"_s);
    auto* addSandbox = new QPushButton(tr("Add &sandbox"), this);
    addSandbox->setObjectName(u"addSandbox"_s);
    m_remove->setObjectName(u"removeAccount"_s);

    auto* form = new QFormLayout(m_editor);
    form->addRow(m_managedNote);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(m_tenantLabel, m_tenant);
    form->addRow(QString(), m_tenantError);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_test);

    auto* listButtons = new QVBoxLayout;
    for (QPushButton* b : {addFlexPortal, addOfferGrid, addSandbox, m_remove, m_up, m_down})
        listButtons->addWidget(b);
    // Tab as the dialog reads: the list, the buttons beside it top to bottom, then the account's fields.
    QWidget* previous = m_list;
    for (QWidget* next :
         std::initializer_list<QWidget*>{addFlexPortal, addOfferGrid, addSandbox, m_remove, m_up, m_down, m_name}) {
        setTabOrder(previous, next);
        previous = next;
    }
    listButtons->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(listButtons);
    top->addWidget(m_editor, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    connect(addFlexPortal, &QPushButton::clicked, this, [this] { addAccount(Platform::FlexPortal, false); });
    connect(addOfferGrid, &QPushButton::clicked, this, [this] { addAccount(Platform::OfferGrid, false); });
    connect(addSandbox, &QPushButton::clicked, this, [this] {
        // The sandbox speaks both platforms: one account for each.
        addAccount(Platform::FlexPortal, true);
        addAccount(Platform::OfferGrid, true);
    });
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeEditor();
        showAccount(row);
    });
    for (QLineEdit* edit : {m_name, m_url, m_tenant, m_key})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            storeEditor();
            updateFieldErrors();
        });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const QUrl regionUrl = Accounts::flexPortalRegionUrl(m_region->currentData().toString());
        if (!regionUrl.isEmpty())
            m_url->setText(regionUrl.toString());
        m_url->setReadOnly(!regionUrl.isEmpty());
        storeEditor();
        updateFieldErrors();
    });
    connect(m_enabled, &QCheckBox::toggled, this, [this] { storeEditor(); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        storeEditor();
        if (m_current < 0)
            return;
        const Account& a = m_accounts.at(m_current);
        m_messages->showMessage(MessageType::Information, tr("Testing the connection to %1…").arg(a.displayLabel()));
        emit testRequested(a, m_secrets.value(a.id));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    refreshList();
    m_list->setCurrentRow(m_accounts.isEmpty() ? -1 : 0);
    showAccount(m_list->currentRow());
    resize(820, 480);
}

void AccountsDialog::refreshList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Account& a : std::as_const(m_accounts)) {
        QString label = tr("%1 (%2)").arg(a.displayLabel(), platformName(a.platform));
        if (a.builtInSandbox)
            label = tr("%1 (%2 sandbox)").arg(a.displayLabel(), platformName(a.platform));
        if (a.managed)
            label += tr(" · managed");
        if (!a.enabled)
            label += tr(" · disabled");
        m_list->addItem(label);
    }
    m_list->setCurrentRow(std::min(row, int(m_accounts.size()) - 1));
}

void AccountsDialog::addAccount(Platform platform, bool sandbox)
{
    storeEditor();
    Account a;
    a.platform = platform;
    a.builtInSandbox = sandbox;
    a.id = u"%1-%2"_s.arg(platformKey(platform), QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (sandbox) {
        a.displayName = tr("Sandbox");
        a.region = u"custom"_s;
    } else if (platform == Platform::FlexPortal) {
        a.displayName = tr("FlexPortal");
        a.region = u"eu"_s;
        a.baseUrl = Accounts::flexPortalRegionUrl(a.region);
    } else {
        a.displayName = tr("OfferGrid");
        a.baseUrl = Accounts::offerGridDefaultUrl();
    }
    m_accounts.append(a);
    m_added.insert(a.id);
    refreshList();
    m_list->setCurrentRow(int(m_accounts.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void AccountsDialog::removeCurrent()
{
    if (m_current < 0 || m_accounts.at(m_current).managed)
        return;
    m_secrets.remove(m_accounts.at(m_current).id);
    m_accounts.removeAt(m_current);
    m_current = -1;
    refreshList();
    showAccount(m_list->currentRow());
}

void AccountsDialog::move(int delta)
{
    storeEditor();
    const int to = m_current + delta;
    if (m_current < 0 || to < 0 || to >= m_accounts.size())
        return;
    m_accounts.move(m_current, to);
    m_current = to;
    refreshList();
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(to);
}

void AccountsDialog::showAccount(int row)
{
    m_current = row;
    m_editor->setEnabled(row >= 0);
    m_messages->dismiss();
    if (row < 0)
        return;
    m_loading = true;
    const Account& a = m_accounts.at(row);
    const bool fp = a.platform == Platform::FlexPortal;
    const bool editable = !a.managed;
    m_managedNote->setVisible(a.managed);
    m_name->setText(a.displayName);
    m_platform->setText(a.builtInSandbox ? tr("%1 (built-in sandbox)").arg(platformName(a.platform))
                                         : platformName(a.platform));
    m_region->setVisible(fp && !a.builtInSandbox);
    m_region->setCurrentIndex(std::max(0, m_region->findData(a.region.isEmpty() ? u"custom"_s : a.region)));
    m_url->setText(a.builtInSandbox ? tr("started by OrderDesk on this computer") : a.baseUrl.toString());
    m_url->setReadOnly(!editable || a.builtInSandbox || (fp && a.region != u"custom"));
    m_tenant->setText(a.tenantId);
    m_tenant->setVisible(fp && !a.builtInSandbox);
    m_tenantLabel->setVisible(fp && !a.builtInSandbox);
    m_key->clear();
    m_key->setText(m_secrets.value(a.id));
    m_key->setEnabled(!a.builtInSandbox);
    // Only an account that was there before has a key in the keychain to keep.
    if (a.builtInSandbox)
        m_key->setPlaceholderText(tr("Built into the sandbox"));
    else if (m_added.contains(a.id))
        m_key->setPlaceholderText(tr("Not set"));
    else
        m_key->setPlaceholderText(tr("Unchanged (kept in the keychain)"));
    m_enabled->setChecked(a.enabled);
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_region, m_tenant})
        w->setEnabled(editable);
    m_test->setEnabled(!a.builtInSandbox);
    m_remove->setEnabled(editable);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row + 1 < m_accounts.size());
    m_loading = false;
    updateFieldErrors();
}

void AccountsDialog::storeEditor()
{
    if (m_loading || m_current < 0 || m_current >= m_accounts.size())
        return;
    Account& a = m_accounts[m_current];
    a.enabled = m_enabled->isChecked();
    if (!m_key->text().isEmpty())
        m_secrets.insert(a.id, m_key->text());
    if (a.managed)
        return;
    a.displayName = m_name->text().trimmed();
    if (!a.builtInSandbox) {
        if (a.platform == Platform::FlexPortal) {
            a.region = m_region->currentData().toString();
            a.tenantId = m_tenant->text().trimmed();
        }
        a.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    }
    if (QListWidgetItem* item = m_list->item(m_current))
        item->setText(tr("%1 (%2)").arg(a.displayLabel(), platformName(a.platform)));
}

QString AccountsDialog::problemOf(const Account& a) const
{
    if (a.builtInSandbox)
        return {};
    return Accounts::validate(a);
}

void AccountsDialog::updateFieldErrors()
{
    if (m_current < 0)
        return;
    const Account& a = m_accounts.at(m_current);
    const QString urlProblem = a.builtInSandbox ? QString() : Accounts::checkBaseUrl(a.baseUrl);
    showFieldError(m_urlError, urlProblem);
    const bool tenantMissing = a.platform == Platform::FlexPortal && !a.builtInSandbox && a.tenantId.isEmpty();
    showFieldError(m_tenantError,
                   tenantMissing ? tr("FlexPortal needs the Tenant-ID (Dashboard → Settings → General).") : QString());
}

void AccountsDialog::showTestResult(const QString& accountId, bool connected, const QString& message)
{
    if (m_current < 0 || m_accounts.at(m_current).id != accountId)
        return;
    // A failed test offers no Retry: "Test connection" is beside the fields to change first.
    m_messages->showMessage(connected ? MessageType::Success : MessageType::Error, message);
}

void AccountsDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        storeEditor();
        for (int i = 0; i < m_accounts.size(); ++i) {
            const QString problem = problemOf(m_accounts.at(i));
            if (!problem.isEmpty()) {
                m_list->setCurrentRow(i);
                updateFieldErrors();
                m_messages->showMessage(MessageType::Error, tr("Fix this account first: %1").arg(problem));
                return;
            }
        }
    }
    QDialog::done(result);
}

} // namespace OrderDesk
