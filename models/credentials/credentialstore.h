#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace OrderDesk {

// Where API keys live: the operating system's keychain, never a file, a log or the history.
// Asynchronous, because a keychain may ask the user to unlock it.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,    // nothing stored for this account
        Unavailable, // no keychain on this machine (e.g. no Secret Service on Linux)
        Denied,      // the user or the system refused access
        Failed,      // anything else; the message says what
    };

    struct Reply
    {
        Status status = Status::Failed;
        QString secret;  // for reads
        QString message; // what went wrong, in words; never the secret
    };
    using Callback = std::function<void(const Reply&)>;

    using QObject::QObject;

    virtual void read(const QString& accountId, Callback done) = 0;
    virtual void write(const QString& accountId, const QString& secret, Callback done) = 0;
    virtual void remove(const QString& accountId, Callback done) = 0;
    // A short name for the settings dialog: "Secret Service", "macOS Keychain", ...
    virtual QString backendName() const = 0;
};

// Keeps secrets in memory only: the test double, and where there is no keychain, the store of
// keys the agent typed in for this run.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject* parent = nullptr, bool available = true);

    void read(const QString& accountId, Callback done) override;
    void write(const QString& accountId, const QString& secret, Callback done) override;
    void remove(const QString& accountId, Callback done) override;
    QString backendName() const override;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString& accountId) const { return m_secrets.contains(accountId); }

private:
    QHash<QString, QString> m_secrets;
    bool m_available;
};

} // namespace OrderDesk
