#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QSqlDatabase>
#include <QString>

namespace Civitas {

// Where the central PostgreSQL server is and how to reach it, following libpq's conventions:
// a URI (postgresql://user@host:port/db?sslmode=verify-full&sslrootcert=...) or the
// PGHOST, PGPORT, PGDATABASE, PGUSER, PGSSLMODE and PGSSLROOTCERT variables.
// The password is never part of it: it comes from the keychain or the login dialog
// (PGPASSWORD is honoured for the command line only).
// TLS is verify-full unless a weaker mode is written out (sslmode= in the URI, PGSSLMODE, the
// setup dialog's insecure choice): a town's personal data and passwords cross the network.
struct CIVITAS_CORE_EXPORT ServerConnection
{
    QString host;
    int port = 5432;
    QString database = QStringLiteral("civitas");
    QString user;
    // disable, allow, prefer, require, verify-ca, verify-full
    QString sslMode = QStringLiteral("verify-full");
    QString sslRootCert; // CA file for verify-ca / verify-full

    bool isValid() const { return !host.isEmpty() && !database.isEmpty(); }

    // Parses a libpq URI; fields the URI does not give come from the environment.
    static bool fromUri(const QString &uri, ServerConnection *connection, QString *errorMessage);
    static ServerConnection fromEnvironment();
    // The URI without any password, for display and logs.
    QString toDisplayUri() const;

    // Whether the server's certificate and name are both checked (verify-full).
    bool verifiesServer() const { return sslMode == QLatin1String("verify-full"); }
    // What a weaker mode exposes, for the warning shown wherever it is used; empty for
    // verify-full.
    QString insecureWarning() const;

    // A libpq connection-string value, quoted and escaped: a value can never add a keyword.
    static QString quotedOption(const QString &value);

    // A QPSQL connection with these parameters (not opened). `name` must be unique per thread.
    QSqlDatabase makeConnection(const QString &name, const QString &password) const;

    // Logs in with `password` and leaves at once: the login dialog's check that the server
    // answers and takes this user and password, before anything is opened on their behalf.
    // The failure is libpq's text, for classifyLoginError(). It waits for the server (up to
    // the connect timeout): call it off the interface thread.
    Result<> tryLogin(const QString &password) const;
};

} // namespace Civitas
