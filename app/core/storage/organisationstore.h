#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QList>
#include <QString>

namespace Civitas {

class Database;

// A direction or a service of the town.
struct CIVITAS_CORE_EXPORT OrgUnit
{
    QString id;
    QString parentId; // empty for a direction
    QString code;
    QString name;
    QString headName; // the display name of the head's account; empty when none (or not asked)
};

// The organisation chart as the pages show it and as the lists offer it to choose a unit from:
// the organisation page's tree, the unit filters of the HR and leave pages, the global search.
// Withdrawn units are never among them.
class CIVITAS_CORE_EXPORT OrganisationStore
{
public:
    explicit OrganisationStore(Database &database)
        : m_database(database)
    {}

    // Parents before children (directions first, then services), each by name, with the name
    // of the head: what a tree is built from in one pass.
    Result<QList<OrgUnit>> chart() const;
    // Each direction followed by its services, by name: the order of a list to choose from,
    // the services shown indented under their direction. No head names.
    Result<QList<OrgUnit>> choices() const;
    // The units whose name or code contains `text`, by name, at most `limit`. No head names.
    Result<QList<OrgUnit>> find(const QString &text, int limit) const;

private:
    Database &m_database;
};

} // namespace Civitas
