#include "localsettings.h"

#include "database.h"

#include <QSqlQuery>

namespace Civitas {

QVariant LocalSettings::value(const QString &key, const QVariant &defaultValue) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM local_settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0);
    return defaultValue;
}

bool LocalSettings::setValue(const QString &key, const QVariant &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.toString());
    return q.exec();
}

} // namespace Civitas
