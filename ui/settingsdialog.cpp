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

namespace {
// A file dialog that deletes itself when closed, at `current` (a file: its folder, the name selected).
QFileDialog* openFileDialog(QWidget* parent, const QString& objectName, const QString& caption, const QString& current,
                            const QString& filter)
{
    auto* dialog = new QFileDialog(parent, caption, QDir::fromNativeSeparators(current), filter);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}
} // namespace

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
    , m_caFileBrowse(new QPushButton(tr("Brows&e…"), this))
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
    m_local->setObjectName(u"historyLocal"_s);
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
    browse->setObjectName(u"historyFileBrowse"_s);
    m_file->setObjectName(u"historyFile"_s);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* history = new QGroupBox(tr("Cancellation history"), this);
    auto* historyForm = new QFormLayout(history);
    // Every field has a label with its own Alt+letter that takes the keyboard to it (the buddy);
    // tst_accessibility fails on two alike in one window, in each language.
    const auto labelFor = [history](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, history);
        label->setBuddy(buddy);
        return label;
    };
    historyForm->addRow(m_local);
    historyForm->addRow(labelFor(tr("&File:"), m_file), fileRow);
    historyForm->addRow(m_postgres);
    historyForm->addRow(labelFor(tr("Ho&st:"), m_host), m_host);
    historyForm->addRow(labelFor(tr("Po&rt:"), m_port), m_port);
    historyForm->addRow(labelFor(tr("&Database:"), m_database), m_database);
    historyForm->addRow(labelFor(tr("&User:"), m_user), m_user);
    historyForm->addRow(labelFor(tr("Pass&word:"), m_password), m_password);
    auto* caFileRow = new QHBoxLayout;
    caFileRow->addWidget(m_caFile, 1);
    caFileRow->addWidget(m_caFileBrowse);
    historyForm->addRow(labelFor(tr("&CA certificate:"), m_caFile), caFileRow);
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
    // Window-modal file dialogs without a nested event loop (the static getters run one): the field
    // takes the chosen file when the dialog finishes, and a test drives the dialog by keys.
    connect(browse, &QPushButton::clicked, this, [this] {
        QFileDialog* dialog = openFileDialog(this, u"historyFileDialog"_s, tr("History database"), m_file->text(),
                                             tr("SQLite database (*.sqlite *.db)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setOption(QFileDialog::DontConfirmOverwrite); // an existing history is opened, not replaced
        connect(dialog, &QFileDialog::fileSelected, m_file, [this](const QString& file) {
            if (!file.isEmpty())
                m_file->setText(file);
        });
        dialog->open();
    });
    connect(m_caFileBrowse, &QPushButton::clicked, this, [this] {
        QFileDialog* dialog = openFileDialog(this, u"caFileDialog"_s, tr("CA certificate of the PostgreSQL server"),
                                             m_caFile->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_caFile, [this](const QString& file) {
            if (!file.isEmpty())
                m_caFile->setText(QDir::toNativeSeparators(file));
        });
        dialog->open();
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
