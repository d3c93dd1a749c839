#include "serverlogin.h"

#include "logindialog.h"

#include <core/access/keychaincredentialstore.h>
#include <core/access/offlinepassword.h>
#include <core/sync/loginerror.h>

#include <QEventLoop>
#include <QFile>
#include <QThread>

namespace Civitas {

Result<> ServerLogin::tryConnection(const ServerConnection &connection, const QString &password)
{
    Result<> login;
    QEventLoop loop;
    QThread *thread = QThread::create([&] { login = connection.tryLogin(password); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(); // the window keeps repainting while libpq waits for the server
    thread->wait();
    delete thread;
    return login;
}

QString ServerLogin::offlineRefusal(const ServerProfile &profile,
                                    const QString &user,
                                    const QString &password)
{
    Result<OfflinePassword::Check> check = OfflinePassword::Check::NoVerifier;
    const QString path = profile.databasePath(user);
    QEventLoop loop;
    QThread *thread
        = QThread::create([&] { check = OfflinePassword::check(path, user, password); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    if (!check.ok())
        return ShellTr::tr("The copy kept on this computer cannot be read: %1").arg(check.error());
    switch (check.value()) {
    case OfflinePassword::Check::Granted:
        return {};
    case OfflinePassword::Check::WrongPassword:
        return ShellTr::tr("Wrong password for %1: the copy kept on this computer stays closed. "
                           "Offline, the password is the one of your last login on the server.")
            .arg(user);
    case OfflinePassword::Check::NoVerifier:
        break;
    }
    return ShellTr::tr("%1 cannot work offline yet: log in once on this computer while the server "
                       "is reachable. Offline, the password is checked against that login.")
        .arg(user);
}

void ServerLogin::forgetComputer(const ServerProfile &profile, const QString &user)
{
    const QString path = profile.databasePath(user);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    ServerConnection connection = profile.connection;
    connection.user = user;
    auto *store = new KeychainCredentialStore(QCoreApplication::instance());
    QObject::connect(store, &CredentialStore::passwordDeleted, store, &QObject::deleteLater);
    store->deletePassword(CredentialStore::accountFor(connection));
    ServerProfile::clear();
}

ServerLogin::Outcome ServerLogin::run(ServerProfile &profile, QString *password, QWidget *parent)
{
    LoginDialog dialog(parent);
    dialog.setServerDescription(profile.connection.toDisplayUri());
    dialog.setUserName(profile.connection.user);
    KeychainCredentialStore keychain;
    keychain.setTimeout(3000);
    if (!profile.connection.user.isEmpty()) {
        QString stored;
        QString error;
        if (keychain.readPasswordBlocking(
                CredentialStore::accountFor(profile.connection), &stored, &error, 4000)) {
            dialog.setPassword(stored);
            dialog.setRememberPassword(true);
        }
    }
    bool forgotten = false;
    QObject::connect(&dialog, &LoginDialog::forgetComputerRequested, &dialog, [&] {
        forgetComputer(profile, dialog.userName());
        forgotten = true;
        dialog.reject();
    });
    while (true) {
        const int result = dialog.exec();
        if (forgotten)
            return Outcome::Forgotten;
        if (result == LoginDialog::WorkOffline) {
            const QString refusal = offlineRefusal(profile, dialog.userName(), dialog.password());
            if (!refusal.isEmpty()) {
                dialog.showOfflineRefusal(refusal);
                continue;
            }
            profile.connection.user = dialog.userName();
            *password = dialog.password();
            return Outcome::Offline;
        }
        if (result != QDialog::Accepted)
            return Outcome::Cancelled;
        ServerConnection connection = profile.connection;
        connection.user = dialog.userName();
        const Result<> login = tryConnection(connection, dialog.password());
        if (!login.ok()) {
            dialog.showError(classifyLoginError(login.error()), login.error());
            continue;
        }
        profile.connection = connection;
        profile.save();
        *password = dialog.password();
        const QString account = CredentialStore::accountFor(connection);
        // The keychain answers later; the store lives until it has.
        auto *store = new KeychainCredentialStore(QCoreApplication::instance());
        if (dialog.rememberPassword()) {
            QObject::connect(
                store, &CredentialStore::passwordWritten, store, &QObject::deleteLater);
            store->writePassword(account, dialog.password());
        } else {
            QObject::connect(
                store, &CredentialStore::passwordDeleted, store, &QObject::deleteLater);
            store->deletePassword(account);
        }
        return Outcome::Online;
    }
}

} // namespace Civitas
