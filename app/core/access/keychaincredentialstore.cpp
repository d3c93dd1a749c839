#include "keychaincredentialstore.h"
#include <core/coretr.h>

#include <qt6keychain/keychain.h>

#include <QFileInfo>
#include <QTimer>

namespace Civitas {

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(QStringLiteral("Civitas"), parent)
{}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{}

KeychainCredentialStore::~KeychainCredentialStore()
{
    // Deleting a job that is still running would leave the keychain's callback with a dangling
    // pointer: let each one delete itself when it finishes.
    const QList<QKeychain::Job *> jobs = m_pending.keys();
    for (QKeychain::Job *job : jobs)
        abandon(job);
}

void KeychainCredentialStore::readPassword(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    start(job, Operation::Read, account);
}

void KeychainCredentialStore::writePassword(const QString &account, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setTextData(password);
    start(job, Operation::Write, account);
}

void KeychainCredentialStore::deletePassword(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    start(job, Operation::Delete, account);
}

void KeychainCredentialStore::start(QKeychain::Job *job,
                                    Operation operation,
                                    const QString &account)
{
    // Ours to delete (see abandon()), and never a plain-text file when no keychain answers.
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    m_pending.insert(job, Pending{operation, account, timer});
    connect(timer, &QTimer::timeout, this, [this, job] { expire(job); });
    connect(job, &QKeychain::Job::finished, this, &KeychainCredentialStore::finish);
    timer->start(m_timeoutMs);
    job->start();
}

void KeychainCredentialStore::finish(QKeychain::Job *job)
{
    const auto it = m_pending.find(job);
    if (it == m_pending.end())
        return;
    const Pending pending = it.value();
    m_pending.erase(it);
    delete pending.timer;
    // Not `delete`: QtKeychain is still inside the emission of finished().
    job->deleteLater();

    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        const QString password = pending.operation == Operation::Read
                                     ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData()
                                     : QString();
        answer(pending.operation, pending.account, Result::Success, password, QString());
    } else if (error == QKeychain::EntryNotFound && pending.operation == Operation::Read) {
        answer(pending.operation, pending.account, Result::NotFound, QString(), QString());
    } else if (error == QKeychain::EntryNotFound && pending.operation == Operation::Delete) {
        answer(pending.operation, pending.account, Result::Success, QString(), QString());
    } else {
        answer(pending.operation,
               pending.account,
               Result::Failure,
               QString(),
               errorMessage(error, job->errorString()));
    }
}

void KeychainCredentialStore::expire(QKeychain::Job *job)
{
    const auto it = m_pending.find(job);
    if (it == m_pending.end())
        return;
    const Pending pending = it.value();
    abandon(job);
    answer(pending.operation,
           pending.account,
           Result::Failure,
           QString(),
           timeoutMessage(m_timeoutMs));
}

void KeychainCredentialStore::abandon(QKeychain::Job *job)
{
    const auto it = m_pending.find(job);
    if (it == m_pending.end())
        return;
    delete it.value().timer;
    m_pending.erase(it);
    disconnect(job, nullptr, this, nullptr);
    // QtKeychain reads this flag when the job finishes, however late.
    job->setAutoDelete(true);
}

void KeychainCredentialStore::answer(Operation operation,
                                     const QString &account,
                                     Result result,
                                     const QString &password,
                                     const QString &errorMessage)
{
    switch (operation) {
    case Operation::Read:
        emit passwordRead(account, result, password, errorMessage);
        break;
    case Operation::Write:
        emit passwordWritten(account, result == Result::Success, errorMessage);
        break;
    case Operation::Delete:
        emit passwordDeleted(account, result == Result::Success, errorMessage);
        break;
    }
}

QString KeychainCredentialStore::errorMessage(int error, const QString &detail)
{
    switch (QKeychain::Error(error)) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        break;
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("Access to the system keychain was refused.");
    case QKeychain::AccessDenied:
        return Tr::tr("The system keychain is locked or refused access: %1").arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Tr::tr("No system keychain (such as GNOME Keyring or KWallet) is available on this "
                      "computer: %1")
            .arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        return Tr::tr("The password could not be removed from the system keychain: %1").arg(detail);
    case QKeychain::OtherError: {
        // On Linux the keychain is reached through the D-Bus session; QtKeychain reports its
        // absence as a bare OtherError, which says nothing to the user.
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        const bool noSession
            = qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
              && (runtimeDir.isEmpty() || !QFileInfo::exists(runtimeDir + QStringLiteral("/bus")));
        if (noSession) {
            return Tr::tr("There is no D-Bus session, so the system keychain cannot be reached "
                          "(open a desktop session): %1")
                .arg(detail);
        }
        return Tr::tr("The system keychain could not be reached through the D-Bus session: %1")
            .arg(detail);
    }
    }
    return Tr::tr("The system keychain failed: %1").arg(detail);
}

} // namespace Civitas
