#include "agentlistmodel.h"
#include <hr/hrtr.h>

#include <hr/domain/agentsearchtext.h>
#include <hr/domain/hrcodes.h>
#include <hr/store/agentnamesql.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace Civitas::Hr {

AgentListModel::AgentListModel(Database &database, QObject *parent)
    : SqlListModel(parent)
{
    // local_agent_current has a row for every agent (made by the agents insert trigger), so it
    // is an inner join: SQLite may then drive a grade sort from its index.
    setSource(database.connection(),
              QStringLiteral("agents a JOIN local_agent_current c ON c.agent_id = a.id "
                             "LEFT JOIN agent_details d ON d.id = a.id "
                             "LEFT JOIN org_units o ON o.id = a.org_unit_id"),
              QStringLiteral("a.id"));
    auto label = [](HrCodes::Kind kind) {
        return [kind](const QVariant &value) {
            return HrCodes::label(kind, value.toString());
        };
    };
    const QString name = agentDisplayNameSql(QStringLiteral("a"));
    setColumns({
        {Tr::tr("Name"), name, Sql::frenchCollated(name), {}, {}},
        {Tr::tr("Reg. no."),
         QStringLiteral("a.registration_number"),
         QStringLiteral("a.registration_number COLLATE NOCASE"),
         {},
         {}},
        {Tr::tr("Unit"), QStringLiteral("coalesce(o.name, '')"), {}, {}, {}},
        // Sorted through local_agent_current's (grade, agent_id) index.
        {Tr::tr("Grade"),
         QStringLiteral("coalesce(c.grade, '')"),
         Sql::frenchCollated(QStringLiteral("c.grade")),
         {},
         {},
         QStringLiteral("c.agent_id")},
        {Tr::tr("Cat."), QStringLiteral("coalesce(c.category, '')"), {}, Qt::AlignCenter, {}},
        {Tr::tr("Status"),
         QStringLiteral("coalesce(d.status, '')"),
         {},
         {},
         label(HrCodes::Status)},
        {Tr::tr("Position"),
         QStringLiteral("coalesce(c.position, '')"),
         {},
         {},
         label(HrCodes::Position)},
        {Tr::tr("Entry"),
         QStringLiteral("a.entry_date"),
         {},
         {},
         [](const QVariant &value) {
             return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate),
                                       QLocale::ShortFormat);
         }},
    });
    setFilter(QStringLiteral("live"), QStringLiteral("a.deleted = 0"));
    setActivity(Activity::Active);
    updateCountFrom();
}

void AgentListModel::updateCountFrom()
{
    // Both joins match one row per agent at most (local_agent_current has one per agent,
    // agent_details at most one), so counting without the ones no filter uses gives the same
    // number, several times faster on a large town.
    QString from = QStringLiteral("agents a");
    if (m_currentFiltered)
        from += QStringLiteral(" JOIN local_agent_current c ON c.agent_id = a.id");
    if (m_detailsFiltered)
        from += QStringLiteral(" LEFT JOIN agent_details d ON d.id = a.id");
    setCountFrom(from);
}

void AgentListModel::setUnit(const QString &orgUnitId)
{
    setFilter(QStringLiteral("unit"),
              orgUnitId.isEmpty()
                  ? QString()
                  : QStringLiteral("a.org_unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ? "
                                   "UNION ALL SELECT u.id FROM org_units u JOIN sub "
                                   "ON u.parent_id = sub.id) SELECT id FROM sub)"),
              {orgUnitId});
}

void AgentListModel::setStatus(const QString &status)
{
    setFilter(QStringLiteral("status"),
              status.isEmpty() ? QString() : QStringLiteral("d.status = ?"),
              {status});
    m_detailsFiltered = !status.isEmpty();
    updateCountFrom();
}

void AgentListModel::setCategory(const QString &category)
{
    setFilter(QStringLiteral("category"),
              category.isEmpty() ? QString() : QStringLiteral("c.category = ?"),
              {category});
    m_currentFilters[0] = !category.isEmpty();
    m_currentFiltered = std::any_of(
        std::begin(m_currentFilters), std::end(m_currentFilters), [](bool b) { return b; });
    updateCountFrom();
}

void AgentListModel::setSector(const QString &sector)
{
    setFilter(QStringLiteral("sector"),
              sector.isEmpty() ? QString() : QStringLiteral("c.sector = ?"),
              {sector});
    m_currentFilters[1] = !sector.isEmpty();
    m_currentFiltered = std::any_of(
        std::begin(m_currentFilters), std::end(m_currentFilters), [](bool b) { return b; });
    updateCountFrom();
}

void AgentListModel::setPosition(const QString &position)
{
    setFilter(QStringLiteral("position"),
              position.isEmpty() ? QString() : QStringLiteral("c.position = ?"),
              {position});
    m_currentFilters[2] = !position.isEmpty();
    m_currentFiltered = std::any_of(
        std::begin(m_currentFilters), std::end(m_currentFilters), [](bool b) { return b; });
    updateCountFrom();
}

void AgentListModel::setActivity(Activity activity)
{
    switch (activity) {
    case Activity::Active:
        setFilter(
            QStringLiteral("activity"),
            QStringLiteral(
                "(a.departure_date IS NULL OR a.departure_date >= date('now', 'localtime'))"));
        break;
    case Activity::Departed:
        setFilter(QStringLiteral("activity"),
                  QStringLiteral("a.departure_date < date('now', 'localtime')"));
        break;
    case Activity::All:
        setFilter(QStringLiteral("activity"), {});
        break;
    }
}

void AgentListModel::setSearchText(const QString &text)
{
    setSearch(
        QStringLiteral("agents_fts"), QStringLiteral("a.rowid"), AgentSearchText::normalised(text));
}

} // namespace Civitas::Hr
