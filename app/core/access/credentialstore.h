#pragma once

#include <core/coreglobal.h>

#include <QObject>
#include <QString>

namespace Civitas {

struct ServerConnection;

// Where the passwords the user asked us to remember are kept (the system keychain in the
// application, memory in unit tests). Every call answers later through a signal: the system
// keychain may take seconds, or wait for the user to unlock it, and the interface thread must
// never block on it. Passwords are never written to a log, QSettings or the command line.
class CIVITAS_CORE_EXPORT CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Result {
        Success,
        NotFound, // read only: nothing is stored for the account (not an error)
        Failure,  // the store could not answer; the error message says why
    };
    Q_ENUM(Result)

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    // Each call ends with exactly one passwordRead / passwordWritten / passwordDeleted signal
    // for `account`, never before the call has returned.
    virtual void readPassword(const QString &account) = 0;
    virtual void writePassword(const QString &account, const QString &password) = 0;
    // Deleting an account that has no password succeeds: "forget" must be repeatable.
    virtual void deletePassword(const QString &account) = 0;

    // For the command line and tests, which have no interface to keep alive: runs a local
    // event loop until the answer, at most `timeoutMs`. True with *password set when a password
    // is stored; false with an empty *error when nothing is stored for the account; false with
    // *error set when the store failed or did not answer in time.
    bool readPasswordBlocking(const QString &account,
                              QString *password,
                              QString *error,
                              int timeoutMs = 15000);

    // The account name under which the password of `connection`'s user is kept: one entry per
    // user and server, so that a test server and the production one do not share a password.
    static QString accountFor(const ServerConnection &connection);

protected:
    static QString timeoutMessage(int timeoutMs);

signals:
    void passwordRead(const QString &account,
                      Civitas::CredentialStore::Result result,
                      const QString &password,
                      const QString &errorMessage);
    void passwordWritten(const QString &account, bool success, const QString &errorMessage);
    void passwordDeleted(const QString &account, bool success, const QString &errorMessage);
};

} // namespace Civitas
