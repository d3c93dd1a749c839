#pragma once

#include "credentialstore.h"
#include <core/coreglobal.h>

#include <QHash>

class QTimer;

namespace QKeychain {
class Job;
}

namespace Civitas {

// Passwords in the system keychain (Secret Service: GNOME Keyring, KWallet) through
// QtKeychain. Every job has a timeout: a keychain that is locked with nobody to unlock it, or
// a D-Bus session that does not answer, can otherwise keep a job waiting forever.
// A job that timed out cannot be cancelled: QtKeychain's callbacks still point at it, so it is
// left to finish on its own and deletes itself then, instead of crashing later. QtKeychain runs
// one job at a time, so the jobs started after a hung one wait behind it and time out too.
class CIVITAS_CORE_EXPORT KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 10000;

    // `service` names the application's entries in the keychain.
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    QString service() const { return m_service; }
    int timeout() const { return m_timeoutMs; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Jobs started and not yet answered.
    int pendingCount() const { return int(m_pending.size()); }

    void readPassword(const QString &account) override;
    void writePassword(const QString &account, const QString &password) override;
    void deletePassword(const QString &account) override;

private:
    enum class Operation { Read, Write, Delete };
    struct Pending
    {
        Operation operation;
        QString account;
        QTimer *timer;
    };

    void start(QKeychain::Job *job, Operation operation, const QString &account);
    void finish(QKeychain::Job *job);
    void expire(QKeychain::Job *job);
    void answer(Operation operation,
                const QString &account,
                Result result,
                const QString &password,
                const QString &errorMessage);
    void abandon(QKeychain::Job *job);
    static QString errorMessage(int error, const QString &detail);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QKeychain::Job *, Pending> m_pending;
};

} // namespace Civitas
