#pragma once

#include <core/coreglobal.h>

#include <QString>
#include <QVariant>

namespace Civitas {

class Database;

// Settings kept in the profile's file (local_settings): they belong to this desk's data, not to
// the desktop session. The town's own settings (the holiday calendar) are TownSettings.
class CIVITAS_CORE_EXPORT LocalSettings
{
public:
    explicit LocalSettings(Database &database)
        : m_database(database)
    {}

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    bool setValue(const QString &key, const QVariant &value);

    // Keys used by the core.
    static inline const QString TownName = QStringLiteral("town/name");

private:
    Database &m_database;
};

} // namespace Civitas
