#include "credentialstore.h"
#include <core/coretr.h>

#include <core/sync/serverconnection.h>

#include <QEventLoop>
#include <QLocale>
#include <QTimer>

namespace Civitas {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
    // Queued connections across threads need the enum registered.
    qRegisterMetaType<Civitas::CredentialStore::Result>();
}

CredentialStore::~CredentialStore() = default;

bool CredentialStore::readPasswordBlocking(const QString &account,
                                           QString *password,
                                           QString *error,
                                           int timeoutMs)
{
    QEventLoop loop;
    bool answered = false;
    Result result = Result::Failure;
    QString found;
    QString readError;
    // The connection dies with `guard`, so a late answer after a timeout finds nobody here.
    QObject guard;
    connect(this,
            &CredentialStore::passwordRead,
            &guard,
            [&](const QString &readAccount, Result r, const QString &p, const QString &e) {
                if (readAccount != account || answered)
                    return;
                answered = true;
                result = r;
                found = p;
                readError = e;
                loop.quit();
            });
    QTimer timer;
    timer.setSingleShot(true);
    // A coarse timer may fire 5 % early: the caller was promised timeoutMs.
    timer.setTimerType(Qt::PreciseTimer);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    readPassword(account);
    if (!answered)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (password)
        password->clear();
    if (error)
        error->clear();
    if (!answered) {
        if (error)
            *error = timeoutMessage(timeoutMs);
        return false;
    }
    switch (result) {
    case Result::Success:
        if (password)
            *password = found;
        return true;
    case Result::NotFound:
        return false;
    case Result::Failure:
        if (error)
            *error = readError.isEmpty() ? Tr::tr("The system keychain could not be read.")
                                         : readError;
        return false;
    }
    return false;
}

QString CredentialStore::timeoutMessage(int timeoutMs)
{
    return Tr::tr("The system keychain did not answer within %1 s.")
        .arg(QLocale().toString(timeoutMs / 1000.0, 'g', 3));
}

QString CredentialStore::accountFor(const ServerConnection &connection)
{
    return QStringLiteral("civitas/%1@%2:%3/%4")
        .arg(connection.user,
             connection.host,
             QString::number(connection.port),
             connection.database);
}

} // namespace Civitas
