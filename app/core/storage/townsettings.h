#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QString>

namespace Civitas {

class Database;

// The town's own settings (town_settings, synchronised with the server's civitas.town_settings):
// what every desk and the server must read alike, such as the holiday calendar that leave is
// counted with. A desk's preferences stay in LocalSettings. On a server only HR and
// administrators may write them; the server refuses anybody else's push.
class CIVITAS_CORE_EXPORT TownSettings
{
public:
    explicit TownSettings(Database &database)
        : m_database(database)
    {}

    // The value, or `defaultValue` when the key is not set (or its row was deleted).
    QString value(const QString &key, const QString &defaultValue = {}) const;
    // A yes/no setting: false when unset, empty, "0" or "false" (as the server's
    // civitas.town_setting_is_set reads it).
    bool flag(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);
    Result<void> setFlag(const QString &key, bool on)
    {
        return setValue(key, on ? QStringLiteral("1") : QStringLiteral("0"));
    }

    // Many authorities make Whit Monday their journée de solidarité (worked, so no holiday).
    static inline const QString WhitMondayWorked = QStringLiteral("calendar/whitMondayWorked");
    // The local law of Moselle, Bas-Rhin and Haut-Rhin: Good Friday and 26 December off.
    static inline const QString AlsaceMoselle = QStringLiteral("calendar/alsaceMoselle");

private:
    Database &m_database;
};

} // namespace Civitas
