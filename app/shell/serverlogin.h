#pragma once

#include "serverprofile.h"
#include "shelltr.h"

#include <QCoreApplication>

class QWidget;

namespace Civitas {

// The login to the town's server at start-up: the login dialog (user name remembered,
// password from the keychain when the user asked for it), the connection tried off the
// interface thread, each failure explained, and "work offline" when the server is away, with
// the password checked against the one of the last online login on this computer.
class ServerLogin
{
public:
    enum class Outcome { Online, Offline, Cancelled, Forgotten };

    static Outcome run(ServerProfile &profile, QString *password, QWidget *parent = nullptr);
    // Tries a login in another thread while the event loop runs; the failure in libpq's words.
    static Result<> tryConnection(const ServerConnection &connection, const QString &password);
    // Whether `user` may open their local copy offline with `password` (see OfflinePassword);
    // empty when they may, else the reason to show. Runs the key derivation off the interface
    // thread.
    static QString
    offlineRefusal(const ServerProfile &profile, const QString &user, const QString &password);
    // "Forget this computer": the local file of `user` and the keychain entry go.
    static void forgetComputer(const ServerProfile &profile, const QString &user);
};

} // namespace Civitas
