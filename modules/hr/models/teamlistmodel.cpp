#include "teamlistmodel.h"
#include <hr/hrtr.h>

#include <hr/domain/weeklypattern.h>
#include <hr/domain/workingtimetext.h>
#include <hr/store/agentnamesql.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QCoreApplication>

namespace Civitas::Hr {

TeamListModel::TeamListModel(Database &database, QObject *parent)
    : SqlListModel(parent)
{
    setSource(database.connection(),
              QStringLiteral("agents a JOIN local_agent_current c ON c.agent_id = a.id "
                             "LEFT JOIN org_units o ON o.id = a.org_unit_id"),
              QStringLiteral("a.id"));
    const QString name = agentDisplayNameSql(QStringLiteral("a"));
    // The headers keep the team page's translation context, where their French is.
    setColumns({
        {Tr::tr("Name"), name, Sql::frenchCollated(name), {}, {}},
        {Tr::tr("Unit"), QStringLiteral("coalesce(o.name, '')"), {}, {}, {}},
        {Tr::tr("Post"), QStringLiteral("a.post_title"), {}, {}, {}},
        {Tr::tr("Working time"),
         QStringLiteral(
             "coalesce(c.work_kind, '') || '|' || coalesce(c.part_time_rate, 0) || '|' || "
             "coalesce(c.thirty_fifths, 0) || '|' || coalesce(c.weekly_minutes, 0)"),
         QStringLiteral("c.weekly_minutes"),
         {},
         [](const QVariant &value) {
             const QStringList parts = value.toString().split(QLatin1Char('|'));
             if (parts.size() != 4 || parts.at(0).isEmpty())
                 return QString();
             WorkingTime w;
             w.kind = parts.at(0);
             w.partTimeRate = parts.at(1).toInt();
             w.thirtyFifths = parts.at(2).toInt();
             w.weeklyMinutes = parts.at(3).toInt();
             return WorkingTimeText::describe(w) + QStringLiteral(", ")
                    + WorkingTimeText::hoursLabel(w.weeklyMinutes);
         }},
        {Tr::tr("Days worked"),
         QStringLiteral("coalesce(c.weekly_pattern, '')"),
         {},
         {},
         [](const QVariant &value) {
             WeeklyPattern p;
             return WeeklyPattern::fromCode(value.toString(), &p) ? p.label() : QString();
         }},
    });
}

void TeamListModel::setHead(const QString &agentId)
{
    // The units headed or deputised by this agent, with their sub-units: the same rule as
    // civitas.headed_units() on the server.
    setFilter(QStringLiteral("team"),
              QStringLiteral("a.deleted = 0 AND a.id <> ? AND (a.departure_date IS NULL OR "
                             "a.departure_date >= date('now', 'localtime')) "
                             "AND a.org_unit_id IN (WITH RECURSIVE units(id) AS ("
                             "SELECT id FROM org_units WHERE deleted = 0 AND ? IN (head_agent_id, "
                             "deputy_agent_id) UNION SELECT u.id FROM org_units u JOIN units ON "
                             "u.parent_id = units.id WHERE u.deleted = 0) SELECT id FROM units)"),
              {agentId, agentId});
}

void TeamListModel::setSearchText(const QString &text)
{
    const QString terms = Sql::ftsQuery(text);
    setFilter(
        QStringLiteral("search"),
        terms.isEmpty()
            ? QString()
            : QStringLiteral("a.rowid IN (SELECT rowid FROM agents_fts WHERE agents_fts MATCH ?)"),
        {QStringLiteral("names : (%1)").arg(terms)});
}

} // namespace Civitas::Hr
