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

QSqlDatabase ServerConnection::makeConnection(const QString &name, const QString &password) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList options = {QStringLiteral("sslmode=") + sslMode,
                           QStringLiteral("connect_timeout=5"),
                           // A network cut with no word from the server becomes an error
                           // within about 20 s instead of hours.
                           QStringLiteral("keepalives=1"),
                           QStringLiteral("keepalives_idle=10"),
                           QStringLiteral("keepalives_interval=3"),
                           QStringLiteral("keepalives_count=3"),
                           QStringLiteral("application_name=civitas")};
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + sslRootCert;
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
