#pragma once

#include <core/coreglobal.h>

#include <QString>
#include <QVariant>

namespace Civitas {

class Database;

// Settings kept in the profile's file (local_settings): they belong to this desk's data, not to
// the desktop session. The town's own settings (the holiday calendar, the town's identity on
// its papers) are TownSettings.
class CIVITAS_CORE_EXPORT LocalSettings
{
public:
    explicit LocalSettings(Database &database)
        : m_database(database)
    {}

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    bool setValue(const QString &key, const QVariant &value);

private:
    Database &m_database;
};

} // namespace Civitas
