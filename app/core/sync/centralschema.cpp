#include "centralschema.h"
#include <core/coretr.h>

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Civitas {

bool CentralSchema::provision(const QList<Migration> &migrations, QString *errorMessage)
{
    m_applied = 0;
    m_appliedNames.clear();
    QSqlQuery q(m_server);
    auto fail = [&](const QString &message) {
        m_server.rollback();
        m_applied = 0;
        m_appliedNames.clear();
        *errorMessage = message;
        return false;
    };
    if (!m_server.transaction())
        return fail(m_server.lastError().text());
    if (!q.exec(QStringLiteral("SET LOCAL client_min_messages = warning"))
        || !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('civitas provision'))"))
        || !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS civitas"))
        || !q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS civitas.schema_migrations ("
            " module text NOT NULL, version integer NOT NULL, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (module, version))")))
        return fail(q.lastError().text());
    QSet<QString> applied;
    if (!q.exec(QStringLiteral("SELECT module || '/' || version FROM civitas.schema_migrations")))
        return fail(q.lastError().text());
    while (q.next())
        applied.insert(q.value(0).toString());
    for (const Migration &migration : migrations) {
        if (applied.contains(migration.module + QLatin1Char('/')
                             + QString::number(migration.version)))
            continue;
        // The simple query protocol runs a whole file (functions, DO blocks) at once.
        if (!q.exec(migration.sql)) {
            return fail(
                Tr::tr("Central migration %1/%2 failed: %3")
                    .arg(migration.module, migration.name, q.lastError().databaseText().trimmed()));
        }
        q.prepare(QStringLiteral("INSERT INTO civitas.schema_migrations (module, version, name) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(migration.module);
        q.addBindValue(migration.version);
        q.addBindValue(migration.name);
        if (!q.exec())
            return fail(q.lastError().text());
        ++m_applied;
        m_appliedNames << migration.module + QLatin1Char('/') + migration.name;
    }
    if (!m_server.commit())
        return fail(m_server.lastError().text());
    return true;
}

} // namespace Civitas
