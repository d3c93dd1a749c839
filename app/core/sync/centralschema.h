#pragma once

#include <core/coreglobal.h>
#include <core/storage/migration.h>

#include <QSqlDatabase>

namespace Civitas {

// Creates or upgrades the central PostgreSQL schema: the core's migrations, then every
// module's, each recorded in civitas.schema_migrations. All of one run happen in one
// transaction (PostgreSQL's DDL is transactional) under an advisory lock, so that two
// administrators provisioning at once cannot interleave. Running it twice changes nothing
// the second time.
class CIVITAS_CORE_EXPORT CentralSchema
{
public:
    explicit CentralSchema(QSqlDatabase server)
        : m_server(server)
    {}

    bool provision(const QList<Migration> &migrations, QString *errorMessage);
    int appliedCount() const { return m_applied; }
    QStringList appliedNames() const { return m_appliedNames; }

private:
    QSqlDatabase m_server;
    int m_applied = 0;
    QStringList m_appliedNames;
};

} // namespace Civitas
