#pragma once

#include <leave/leaveglobal.h>

#include <core/result.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The units of the organisation chart as the leave pages name them: a head's choice of team,
// the title of the team strip beside a request, the short code in an export's file name. A
// page asks once per refresh for all the units it shows, not once per unit.
class CIVITAS_LEAVE_EXPORT UnitDirectory
{
public:
    explicit UnitDirectory(Database &database);

    struct Unit
    {
        QString id;
        QString name;
        QString parentId; // empty for a unit at the top
    };

    // Those of `unitIds` still in the chart, by name.
    Result<QList<Unit>> liveUnits(const QStringList &unitIds) const;
    // The name of each of `unitIds` (withdrawn ones too: old requests still name them); a unit
    // not in the file has no entry.
    Result<QHash<QString, QString>> names(const QStringList &unitIds) const;
    // The unit's code ("DRH"), shorter than its name and saying as much; its name when it has
    // no code; empty when the unit is not in the file.
    Result<QString> shortName(const QString &unitId) const;

private:
    Database &m_database;
};

} // namespace Civitas::Leave
