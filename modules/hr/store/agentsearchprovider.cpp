#include "agentsearchprovider.h"
#include <hr/hrtr.h>

#include <hr/domain/agentsearchtext.h>
#include <hr/store/agentnamesql.h>

#include <core/access/roles.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QSqlQuery>

namespace Civitas::Hr {

AgentSearchProvider::AgentSearchProvider(Database &database)
    : m_database(database)
{}

QString AgentSearchProvider::category() const
{
    return Tr::tr("Agent files");
}

QStringList AgentSearchProvider::roles() const
{
    return {Roles::Hr};
}

QList<SearchResult> AgentSearchProvider::search(const QString &text, int limit) const
{
    QList<SearchResult> results;
    const QString query = Sql::ftsQuery(AgentSearchText::normalised(text));
    if (query.isEmpty())
        return results;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT a.id, %1, ").arg(agentDisplayNameSql(QStringLiteral("a")))
              + QStringLiteral("a.registration_number, coalesce(o.name, '') FROM agents_fts f JOIN "
                               "agents a ON a.rowid = f.rowid "
                               "LEFT JOIN org_units o ON o.id = a.org_unit_id WHERE agents_fts "
                               "MATCH ? AND a.deleted = 0 "
                               "ORDER BY rank LIMIT ?"));
    q.addBindValue(query);
    q.addBindValue(limit);
    if (!q.exec())
        return results;
    while (q.next()) {
        results.append(
            {q.value(1).toString(),
             Tr::tr("Reg. no. %1 · %2").arg(q.value(2).toString(), q.value(3).toString()),
             category(),
             QStringLiteral("hr.agents"),
             q.value(0).toString()});
    }
    return results;
}

} // namespace Civitas::Hr
