#include "townsettings.h"

#include "database.h"
#include "sql.h"

namespace Civitas {

QString TownSettings::value(const QString &key, const QString &defaultValue) const
{
    Sql::Statement q(
        m_database.connection(),
        QStringLiteral("SELECT value FROM town_settings WHERE id = ? AND deleted = 0"));
    if (q.first({key}))
        return q.text(0);
    if (q.failed())
        qCWarning(lcStorage) << "town setting" << key << "not read:" << q.error();
    return defaultValue;
}

bool TownSettings::flag(const QString &key) const
{
    const QString v = value(key).toLower();
    return !(v.isEmpty() || v == QLatin1String("0") || v == QLatin1String("false"));
}

Result<void> TownSettings::setValue(const QString &key, const QString &value)
{
    // An update when the row exists (tombstoned or not), an insert otherwise: the id is the
    // key, and a synchronised row is never replaced.
    Sql::Statement update(m_database.connection(),
                          QStringLiteral("UPDATE town_settings SET value = ?, deleted = 0 "
                                         "WHERE id = ? AND (value IS NOT ? OR deleted <> 0)"));
    if (!update.exec({Sql::notNull(value), key, Sql::notNull(value)}))
        return update.result();
    Sql::Statement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO town_settings (id, value) SELECT ?, ? "
                       "WHERE NOT EXISTS (SELECT 1 FROM town_settings WHERE id = ?)"));
    if (!insert.exec({key, Sql::notNull(value), key}))
        return insert.result();
    return success();
}

} // namespace Civitas
