#pragma once

#include "services/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace OrderDesk {

class MessageBar;

// Agent name, history database, request timeout, HTTP/2 and language. Collects and checks the
// values; the caller stores and applies them (the PostgreSQL password in the keychain).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);

    AppSettings settings() const;
    // The PostgreSQL password typed in, for the keychain; empty to keep the stored one.
    QString newTeamPassword() const;

protected:
    void done(int result) override;

private:
    void updateHistoryFields();
    void updateRecordedAgent();

    QLineEdit* m_agent;
    QLabel* m_recordedAgent; // the name the history will hold, whatever the field says
    QRadioButton* m_local;
    QRadioButton* m_postgres;
    QLineEdit* m_file;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_caFile;
    QPushButton* m_caFileBrowse;
    QSpinBox* m_timeout;
    QCheckBox* m_http2;
    QComboBox* m_language;
    MessageBar* m_error; // what keeps the dialog from closing
};

} // namespace OrderDesk
