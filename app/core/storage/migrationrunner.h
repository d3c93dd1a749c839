#pragma once

#include "migration.h"
#include <core/coreglobal.h>

#include <QSqlDatabase>

namespace Civitas {

// Applies the migrations not yet recorded in schema_migrations. All of one run happen in
// one transaction: when a statement fails, the file is left exactly as it was, and the
// message names the file, the line and the statement.
class CIVITAS_CORE_EXPORT MigrationRunner
{
public:
    explicit MigrationRunner(QSqlDatabase db);

    bool run(const QList<Migration> &migrations, QString *errorMessage);
    int appliedCount() const { return m_appliedCount; }

    // Splits a script into complete SQL statements (triggers' BEGIN ... END included),
    // each with the line it starts on.
    struct Statement
    {
        QString sql;
        int line = 1;
    };
    static QList<Statement> splitStatements(const QString &script);

private:
    bool apply(const Migration &migration, QString *errorMessage);

    QSqlDatabase m_db;
    int m_appliedCount = 0;
};

} // namespace Civitas
