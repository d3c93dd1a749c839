#include "agentlookup.h"
#include <hr/hrtr.h>

#include "agentnamesql.h"

#include <core/storage/database.h>
#include <core/storage/sql.h>

namespace Civitas::Hr {

namespace {

// A field asking as the user types must not stay silent on a broken file: the reason goes to
// the log and to the caller, who shows what it can.
template<typename T>
Result<T> readFailure(const Sql::Statement &st)
{
    qCWarning(lcStorage) << "agent look-up:" << st.error();
    return Result<T>::failure(Tr::tr("The agents could not be read: %1").arg(st.error()));
}

QString labelSql()
{
    return agentDisplayNameSql(QStringLiteral("a"))
           + QStringLiteral(" || ' (' || a.registration_number || ')'");
}

} // namespace

AgentLookup::AgentLookup(Database &database)
    : m_database(database)
{}

Result<QStringList> AgentLookup::proposals(const QString &text, int limit) const
{
    const QString terms = Sql::ftsQuery(text);
    if (terms.isEmpty())
        return QStringList();
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM agents a WHERE a.deleted = 0 "
                       "AND a.rowid IN (SELECT rowid FROM agents_fts WHERE "
                       "agents_fts MATCH ?) ORDER BY %2 LIMIT ?")
            .arg(labelSql(), Sql::frenchCollated(agentDisplayNameSql(QStringLiteral("a")))));
    if (!st.exec({QStringLiteral("{names registration_number} : (%1)").arg(terms), limit}))
        return readFailure<QStringList>(st);
    QStringList labels;
    while (st.next())
        labels.append(st.text(0));
    return labels;
}

Result<QString> AgentLookup::agentIdOf(const QString &registrationNumberOrId) const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT id FROM agents WHERE (registration_number = ? OR id "
                                     "= ?) AND deleted = 0"));
    if (st.first({registrationNumberOrId, registrationNumberOrId}))
        return st.text(0);
    if (st.failed())
        return readFailure<QString>(st);
    return QString();
}

Result<QString> AgentLookup::labelOf(const QString &agentId) const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT %1 FROM agents a WHERE a.id = ?").arg(labelSql()));
    if (st.first({agentId}))
        return st.text(0);
    if (st.failed())
        return readFailure<QString>(st);
    return QString();
}

Result<QHash<QString, QString>> AgentLookup::displayNames(const QStringList &agentIds) const
{
    QHash<QString, QString> names;
    if (agentIds.isEmpty())
        return names;
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT a.id, %1 FROM agents a WHERE a.id IN (%2)")
            .arg(agentDisplayNameSql(QStringLiteral("a")), Sql::placeholders(agentIds.size())));
    QVariantList ids;
    for (const QString &id : agentIds)
        ids.append(id);
    if (!st.exec(ids))
        return readFailure<QHash<QString, QString>>(st);
    while (st.next())
        names.insert(st.text(0), st.text(1));
    return names;
}

} // namespace Civitas::Hr
