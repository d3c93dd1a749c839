#pragma once

#include <QString>

namespace Civitas::Hr {

// The name an agent goes by, as SQL over the agents table aliased `alias`: the usage name
// (else the birth name), then the first names. Every list, form and export of HR and leave
// names an agent this way, so that one person reads the same everywhere. In the French order
// (Sql::frenchCollated(): COLLATE french), it is the expression of the agents_name index: sort
// by exactly that to use it.
inline QString agentDisplayNameSql(const QString &alias)
{
    return QStringLiteral("(CASE WHEN %1.usage_name <> '' THEN %1.usage_name ELSE %1.birth_name "
                          "END || ' ' || %1.first_names)")
        .arg(alias);
}

} // namespace Civitas::Hr
