#pragma once

#include <core/coreglobal.h>

#include <QString>
#include <QVariant>

namespace Civitas {

class Database;

// Settings kept in the profile's file (local_settings), such as the holiday calendar
// options: they belong to the data, not to the desktop session.
class CIVITAS_CORE_EXPORT LocalSettings
{
public:
    explicit LocalSettings(Database &database)
        : m_database(database)
    {}

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    bool setValue(const QString &key, const QVariant &value);

    // Keys used by the core.
    static inline const QString WhitMondayWorked = QStringLiteral("calendar/whitMondayWorked");
    static inline const QString AlsaceMoselle = QStringLiteral("calendar/alsaceMoselle");
    static inline const QString TownName = QStringLiteral("town/name");

private:
    Database &m_database;
};

} // namespace Civitas
