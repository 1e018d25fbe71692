#pragma once

#include "api/account.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace OrderDesk {

class MessageBar;

// Add, edit, remove and reorder accounts. Collects what the agent enters, checks it at the field,
// and asks for "Test connection"; storing keys and talking to platforms is the caller's job.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(const QList<Account>& accounts, QWidget* parent = nullptr);

    QList<Account> accounts() const { return m_accounts; }
    // Keys typed in this dialog, by account id (only the changed ones).
    QHash<QString, QString> newSecrets() const { return m_secrets; }
    void showTestResult(const QString& accountId, bool connected, const QString& message);

signals:
    void testRequested(const OrderDesk::Account& account, const QString& secret);

protected:
    void done(int result) override;

private:
    void addAccount(Platform platform, bool sandbox);
    void removeCurrent();
    void move(int delta);
    void showAccount(int row);
    void storeEditor();
    void updateFieldErrors();
    QString problemOf(const Account& account) const;
    void refreshList();

    QList<Account> m_accounts;
    QHash<QString, QString> m_secrets;
    QSet<QString> m_added; // accounts added in this dialog: no key is stored for them yet
    int m_current = -1;
    bool m_loading = false;

    QListWidget* m_list;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QWidget* m_editor;
    QLabel* m_managedNote;
    QLineEdit* m_name;
    QLabel* m_platform;
    QComboBox* m_region;
    QLineEdit* m_url;
    MessageBar* m_urlError;
    QLineEdit* m_tenant;
    QLabel* m_tenantLabel;
    MessageBar* m_tenantError;
    QLineEdit* m_key;
    QCheckBox* m_enabled;
    QPushButton* m_test;
    MessageBar* m_messages; // the connection test, and what keeps the dialog from closing
};

} // namespace OrderDesk
