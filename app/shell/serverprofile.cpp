#include "serverprofile.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Civitas {

ServerProfile ServerProfile::load()
{
    QSettings settings;
    ServerProfile profile;
    const QString mode = settings.value(QStringLiteral("server/mode")).toString();
    profile.mode = mode == QLatin1String("server")  ? Mode::Server
                   : mode == QLatin1String("local") ? Mode::Local
                                                    : Mode::Unset;
    profile.connection.host = settings.value(QStringLiteral("server/host")).toString();
    profile.connection.port = settings.value(QStringLiteral("server/port"), 5432).toInt();
    profile.connection.database
        = settings.value(QStringLiteral("server/database"), QStringLiteral("civitas")).toString();
    profile.connection.user = settings.value(QStringLiteral("server/user")).toString();
    profile.connection.sslMode
        = settings.value(QStringLiteral("server/sslMode"), QStringLiteral("verify-full"))
              .toString();
    profile.connection.sslRootCert
        = settings.value(QStringLiteral("server/sslRootCert")).toString();
    return profile;
}

void ServerProfile::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("server/mode"),
                      mode == Mode::Server  ? QStringLiteral("server")
                      : mode == Mode::Local ? QStringLiteral("local")
                                            : QString());
    settings.setValue(QStringLiteral("server/host"), connection.host);
    settings.setValue(QStringLiteral("server/port"), connection.port);
    settings.setValue(QStringLiteral("server/database"), connection.database);
    settings.setValue(QStringLiteral("server/user"), connection.user);
    settings.setValue(QStringLiteral("server/sslMode"), connection.sslMode);
    settings.setValue(QStringLiteral("server/sslRootCert"), connection.sslRootCert);
}

QString ServerProfile::databasePath(const QString &user) const
{
    QString name = QStringLiteral("%1@%2_%3_%4")
                       .arg(user, connection.host)
                       .arg(connection.port)
                       .arg(connection.database);
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('@') && c != QLatin1Char('_')
            && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/profiles/") + name + QStringLiteral(".sqlite");
}

void ServerProfile::clear()
{
    QSettings settings;
    settings.remove(QStringLiteral("server"));
}

} // namespace Civitas
