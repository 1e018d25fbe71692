#include "settingsdialog.h"

#include "language.h"
#include "messagebar.h"
#include "services/cancelattempts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(const AppSettings& s, QWidget* parent)
    : QDialog(parent)
    , m_agent(new QLineEdit(s.agentName, this))
    , m_recordedAgent(new QLabel(this))
    , m_local(new QRadioButton(tr("&Local file"), this))
    , m_postgres(new QRadioButton(tr("&PostgreSQL (shared by the team)"), this))
    , m_file(new QLineEdit(s.historyFile, this))
    , m_host(new QLineEdit(s.pgHost, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(s.pgDatabase, this))
    , m_user(new QLineEdit(s.pgUser, this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(QDir::toNativeSeparators(s.pgCaFile), this))
    , m_caFileBrowse(new QPushButton(tr("B&rowse…"), this))
    , m_timeout(new QSpinBox(this))
    , m_http2(new QCheckBox(tr("Allow &HTTP/2"), this))
    , m_language(new QComboBox(this))
    , m_error(new MessageBar(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_agent->setObjectName(u"agentName"_s);
    // Empty, the history names the account this computer knows the agent by (AgentInfo).
    m_agent->setPlaceholderText(AgentInfo::fromEnvironment().name);
    m_recordedAgent->setObjectName(u"recordedAgent"_s);
    m_recordedAgent->setWordWrap(true);
    m_recordedAgent->setTextFormat(Qt::PlainText);
    m_file->setPlaceholderText(tr("Default file in the application data folder"));
    m_postgres->setObjectName(u"historyPostgres"_s);
    m_host->setObjectName(u"pgHost"_s);
    m_database->setObjectName(u"pgDatabase"_s);
    m_user->setObjectName(u"pgUser"_s);
    m_password->setObjectName(u"pgPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setToolTip(tr("Kept in the system keychain, never in a file. Leave it empty to keep the one stored."));
    m_caFile->setObjectName(u"pgCaFile"_s);
    m_caFile->setPlaceholderText(tr("None: the authorities this computer trusts"));
    m_caFile->setToolTip(tr("The certificate (PEM) of the authority that issued the database server's "
                            "certificate. The connection is encrypted and the server's certificate and "
                            "host name are checked; without this file, against the authorities this "
                            "computer trusts (a server on this computer is not checked then)."));
    m_caFileBrowse->setObjectName(u"pgCaFileBrowse"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(s.pgPort);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(s.timeoutSeconds);
    m_http2->setObjectName(u"http2"_s);
    m_http2->setChecked(s.http2);
    m_language->setObjectName(u"language"_s);
    for (const LanguageChoice& choice : languageChoices())
        m_language->addItem(choice.code.isEmpty() ? tr("System language") : choice.nativeName, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_error->setObjectName(u"settingsMessageBar"_s);
    (s.historyKind == AppSettings::HistoryKind::PostgreSql ? m_postgres : m_local)->setChecked(true);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* history = new QGroupBox(tr("Cancellation history"), this);
    auto* historyForm = new QFormLayout(history);
    historyForm->addRow(m_local);
    historyForm->addRow(tr("File:"), fileRow);
    historyForm->addRow(m_postgres);
    historyForm->addRow(tr("Host:"), m_host);
    historyForm->addRow(tr("Port:"), m_port);
    historyForm->addRow(tr("Database:"), m_database);
    historyForm->addRow(tr("User:"), m_user);
    historyForm->addRow(tr("Pass&word:"), m_password);
    auto* caFileRow = new QHBoxLayout;
    caFileRow->addWidget(m_caFile, 1);
    caFileRow->addWidget(m_caFileBrowse);
    auto* caFileLabel = new QLabel(tr("&CA certificate:"), history);
    caFileLabel->setBuddy(m_caFile);
    historyForm->addRow(caFileLabel, caFileRow);
    auto* historyNote = new QLabel(tr("The password is kept in the system keychain (ORDERDESK_PG_PASSWORD, when "
                                      "set, is used instead). Every attempt is written to the local file first "
                                      "and copied to PostgreSQL. A new choice takes effect the next time "
                                      "OrderDesk starts."),
                                   history);
    historyNote->setWordWrap(true);
    historyForm->addRow(historyNote);

    auto* form = new QFormLayout;
    form->addRow(tr("&Agent name:"), m_agent);
    form->addRow(QString(), m_recordedAgent);
    form->addRow(tr("Request &timeout:"), m_timeout);
    form->addRow(QString(), m_http2);
    form->addRow(tr("La&nguage (after restart):"), m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Tab as the dialog reads, top to bottom: the widgets were made in another order (the history's
    // fields before the timeout, its Browse button last).
    QWidget* previous = m_agent;
    for (QWidget* next :
         std::initializer_list<QWidget*>{m_timeout, m_http2, m_language, m_local, m_postgres, m_file, browse, m_host,
                                         m_port, m_database, m_user, m_password, m_caFile, m_caFileBrowse, buttons}) {
        setTabOrder(previous, next);
        previous = next;
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(history);
    layout->addWidget(buttons);

    connect(m_local, &QRadioButton::toggled, this, &SettingsDialog::updateHistoryFields);
    connect(m_agent, &QLineEdit::textChanged, this, &SettingsDialog::updateRecordedAgent);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("History database"), m_file->text(),
                                                          tr("SQLite database (*.sqlite *.db)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(m_caFileBrowse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA certificate of the PostgreSQL server"), m_caFile->text(),
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(file));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateHistoryFields();
    updateRecordedAgent();
}

void SettingsDialog::updateRecordedAgent()
{
    const QString name = AgentInfo::fromEnvironment(m_agent->text()).name;
    m_recordedAgent->setText(name.isEmpty() ? tr("Cancellations are recorded without a name.")
                                            : tr("Cancellations are recorded as: %1").arg(name));
    m_agent->setAccessibleDescription(m_recordedAgent->text());
}

void SettingsDialog::updateHistoryFields()
{
    const bool pg = m_postgres->isChecked();
    m_file->setEnabled(!pg);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_host, m_port, m_database, m_user, m_password, m_caFile, m_caFileBrowse})
        w->setEnabled(pg);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.agentName = m_agent->text().trimmed();
    s.historyKind =
        m_postgres->isChecked() ? AppSettings::HistoryKind::PostgreSql : AppSettings::HistoryKind::LocalFile;
    s.historyFile = m_file->text().trimmed();
    s.pgHost = m_host->text().trimmed();
    s.pgPort = m_port->value();
    s.pgDatabase = m_database->text().trimmed();
    s.pgUser = m_user->text().trimmed();
    s.pgCaFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    s.timeoutSeconds = m_timeout->value();
    s.http2 = m_http2->isChecked();
    s.language = m_language->currentData().toString();
    return s;
}

QString SettingsDialog::newTeamPassword() const
{
    return m_postgres->isChecked() ? m_password->text() : QString();
}

void SettingsDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        const QString problem = settings().validate();
        if (!problem.isEmpty()) {
            m_error->showMessage(MessageType::Error, problem); // the agent fixes the field: no Retry
            return;
        }
    }
    QDialog::done(result);
}

} // namespace OrderDesk
