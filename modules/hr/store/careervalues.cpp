#include "careervalues.h"

#include <core/storage/database.h>
#include <core/storage/sql.h>

namespace Civitas::Hr {

Result<QStringList> CareerValues::distinct(const QString &sql, const char *what) const
{
    Sql::Statement st(m_database.connection(), sql);
    if (!st.exec({})) {
        qCWarning(lcStorage) << what << st.error();
        return Result<QStringList>::failure(st.error());
    }
    QStringList values;
    while (st.next())
        values << st.text(0);
    return values;
}

Result<QStringList> CareerValues::jobFrameworks() const
{
    return distinct(QStringLiteral("SELECT DISTINCT job_framework FROM career_steps "
                                   "WHERE deleted = 0 ORDER BY 1 COLLATE french"),
                    "reading the job frameworks in use:");
}

Result<QStringList> CareerValues::grades() const
{
    return distinct(QStringLiteral("SELECT DISTINCT grade FROM career_steps WHERE deleted = 0 "
                                   "ORDER BY 1 COLLATE french"),
                    "reading the grades in use:");
}

} // namespace Civitas::Hr
