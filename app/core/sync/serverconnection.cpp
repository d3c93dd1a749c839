#include "serverconnection.h"
#include <core/coretr.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace Civitas {

ServerConnection ServerConnection::fromEnvironment()
{
    ServerConnection c;
    c.host = qEnvironmentVariable("PGHOST");
    if (qEnvironmentVariableIsSet("PGPORT"))
        c.port = qEnvironmentVariableIntValue("PGPORT");
    if (qEnvironmentVariableIsSet("PGDATABASE"))
        c.database = qEnvironmentVariable("PGDATABASE");
    c.user = qEnvironmentVariable("PGUSER");
    if (qEnvironmentVariableIsSet("PGSSLMODE"))
        c.sslMode = qEnvironmentVariable("PGSSLMODE");
    c.sslRootCert = qEnvironmentVariable("PGSSLROOTCERT");
    return c;
}

bool ServerConnection::fromUri(const QString &uri,
                               ServerConnection *connection,
                               QString *errorMessage)
{
    ServerConnection c = fromEnvironment();
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres"))) {
        *errorMessage = Tr::tr("\"%1\" is not a server address of the form "
                               "postgresql://user@host:port/database.")
                            .arg(uri);
        return false;
    }
    if (!url.host().isEmpty())
        c.host = url.host();
    if (url.port() > 0)
        c.port = url.port();
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        c.database = path;
    if (!url.userName().isEmpty())
        c.user = url.userName();
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        c.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (query.hasQueryItem(QStringLiteral("sslrootcert")))
        c.sslRootCert = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    static const QStringList modes = {QStringLiteral("disable"),
                                      QStringLiteral("allow"),
                                      QStringLiteral("prefer"),
                                      QStringLiteral("require"),
                                      QStringLiteral("verify-ca"),
                                      QStringLiteral("verify-full")};
    if (!modes.contains(c.sslMode)) {
        *errorMessage = Tr::tr("Unknown TLS mode \"%1\".").arg(c.sslMode);
        return false;
    }
    // The QPSQL driver turns every ';' of the options into a space, quotes or not: such a path
    // would name another file.
    if (c.sslRootCert.contains(QLatin1Char(';'))) {
        *errorMessage = Tr::tr("The CA file's path may not contain \";\".");
        return false;
    }
    if (c.host.isEmpty()) {
        *errorMessage = Tr::tr("The server address names no host.");
        return false;
    }
    *connection = c;
    return true;
}

QString ServerConnection::toDisplayUri() const
{
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += user + QLatin1Char('@');
    uri += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    uri += QStringLiteral("?sslmode=") + sslMode;
    return uri;
}

QString ServerConnection::insecureWarning() const
{
    if (verifiesServer())
        return {};
    const QString server = host.isEmpty() ? Tr::tr("the server") : host;
    if (sslMode == QLatin1String("verify-ca"))
        return Tr::tr("TLS mode verify-ca checks the certificate but not the server's name: "
                      "any server holding a certificate of this authority can pose as %1.")
            .arg(server);
    return Tr::tr("TLS mode %1 does not check who the server is: anyone on the network path "
                  "can pose as %2 and read the passwords and data sent to it.")
        .arg(sslMode, server);
}

QString ServerConnection::quotedOption(const QString &value)
{
    // libpq's rules: inside single quotes, a backslash escapes the next character.
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QSqlDatabase ServerConnection::makeConnection(const QString &name, const QString &password) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    // Every value quoted: an unquoted one ending in " sslmode=disable" would be two keywords,
    // the later one winning. The driver quotes host, port, database, user and password.
    QStringList options = {QStringLiteral("sslmode=") + quotedOption(sslMode),
                           QStringLiteral("connect_timeout=5"),
                           // A network cut with no word from the server becomes an error
                           // within about 20 s instead of hours.
                           QStringLiteral("keepalives=1"),
                           QStringLiteral("keepalives_idle=10"),
                           QStringLiteral("keepalives_interval=3"),
                           QStringLiteral("keepalives_count=3"),
                           QStringLiteral("application_name=civitas")};
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + quotedOption(sslRootCert);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

Result<> ServerConnection::tryLogin(const QString &password) const
{
    const QString name = QStringLiteral("civitas-login-") + QUuid::createUuid().toString();
    bool opened = false;
    QString error;
    {
        QSqlDatabase db = makeConnection(name, password);
        opened = db.open();
        if (!opened)
            error = db.lastError().text().trimmed();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened ? success() : Result<>::failure(error);
}

} // namespace Civitas
