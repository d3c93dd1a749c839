#include "visibilitywatch.h"

#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Civitas {

VisibilityWatch::VisibilityWatch(Database &local,
                                 QSqlDatabase server,
                                 const QStringList &deskTables)
    : m_local(local)
    , m_server(server)
    , m_deskTables(QStringLiteral(" tables:") + deskTables.join(QLatin1Char(',')))
{}

QString VisibilityWatch::state(const QString &key) const
{
    Sql::Statement q(m_local.connection(),
                     QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    return q.first({key}) ? q.text(0) : QString();
}

Result<bool> VisibilityWatch::comparisonDue()
{
    const QString bound = state(boundKey());
    if (bound.isEmpty())
        return true;
    // The bound is a transaction id this server gave (digits, checked), written into the
    // statement: one round trip, where a bound value costs QPSQL three.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!digits.match(bound).hasMatch())
        return true;
    QSqlQuery q(m_server);
    if (!q.exec(QStringLiteral("SELECT civitas.visibility_changed_since('%1'::xid8), "
                               "civitas.visibility_basis()")
                    .arg(bound))
        || !q.next())
        return Result<bool>::failure(q.lastError().text());
    return q.value(0).toBool() || q.value(1).toString() + m_deskTables != state(basisKey());
}

Result<VisibilityWatch::Mark> VisibilityWatch::mark()
{
    QSqlQuery q(m_server);
    if (!q.exec(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text, "
                               "civitas.visibility_basis()"))
        || !q.next())
        return Result<Mark>::failure(q.lastError().text());
    return Mark{q.value(0).toString(), q.value(1).toString() + m_deskTables};
}

Result<void> VisibilityWatch::record(const Mark &mark)
{
    QSqlDatabase local = m_local.connection();
    Sql::Statement set(local,
                       QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (const auto begun = Sql::beginWrite(local); !begun.ok())
        return begun;
    if (!set.exec({boundKey(), mark.bound}) || !set.exec({basisKey(), mark.basis})
        || !local.commit()) {
        const QString error = set.failed() ? set.error() : local.lastError().text();
        local.rollback();
        return Result<void>::failure(error);
    }
    return success();
}

Result<void> VisibilityWatch::forget()
{
    Sql::Statement clear(m_local.connection(),
                         QStringLiteral("DELETE FROM sync_state WHERE key IN (?, ?)"));
    return clear.exec({boundKey(), basisKey()}) ? success() : clear.result();
}

} // namespace Civitas
