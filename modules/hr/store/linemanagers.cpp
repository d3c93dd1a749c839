#include "linemanagers.h"

#include <hr/store/agentnamesql.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>

namespace Civitas::Hr {

Result<QList<LineManagers::Candidate>> LineManagers::candidatesFor(const QString &agentId) const
{
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT a.id, %1 FROM agents a WHERE a.deleted = 0 AND a.id <> ? AND "
                       "(a.id IN (SELECT head_agent_id FROM org_units WHERE deleted = 0 AND "
                       "head_agent_id IS NOT NULL) OR a.org_unit_id = (SELECT org_unit_id FROM "
                       "agents WHERE id = ?)) ORDER BY 2 COLLATE french")
            .arg(agentDisplayNameSql(QStringLiteral("a"))));
    // A null id would bind as NULL, and "a.id <> NULL" is never true.
    const QString id = Sql::notNull(agentId);
    if (!st.exec({id, id})) {
        qCWarning(lcStorage) << "reading the possible line managers:" << st.error();
        return Result<QList<Candidate>>::failure(st.error());
    }
    QList<Candidate> candidates;
    while (st.next())
        candidates.append({st.text(0), st.text(1)});
    return candidates;
}

Result<std::optional<QString>> LineManagers::nameOf(const QString &agentId) const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT %1 FROM agents WHERE id = ?")
                          .arg(agentDisplayNameSql(QStringLiteral("agents"))));
    if (st.first({agentId}))
        return std::optional<QString>(st.text(0));
    if (st.failed()) {
        qCWarning(lcStorage) << "reading a line manager's name:" << st.error();
        return Result<std::optional<QString>>::failure(st.error());
    }
    return std::optional<QString>();
}

} // namespace Civitas::Hr
