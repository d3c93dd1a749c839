#include "unitdirectory.h"
#include <leave/leavetr.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>

namespace Civitas::Leave {

namespace {

template<typename T>
Result<T> readFailure(const Sql::Statement &st)
{
    qCWarning(lcStorage) << "units:" << st.error();
    return Result<T>::failure(Tr::tr("The units could not be read: %1").arg(st.error()));
}

QVariantList values(const QStringList &ids)
{
    return QVariantList(ids.cbegin(), ids.cend());
}

} // namespace

UnitDirectory::UnitDirectory(Database &database)
    : m_database(database)
{}

Result<QList<UnitDirectory::Unit>> UnitDirectory::liveUnits(const QStringList &unitIds) const
{
    QList<Unit> units;
    if (unitIds.isEmpty())
        return units;
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT id, name, coalesce(parent_id, '') FROM org_units "
                       "WHERE deleted = 0 AND id IN (%1) ORDER BY name COLLATE french, id")
            .arg(Sql::placeholders(unitIds.size())));
    if (!st.exec(values(unitIds)))
        return readFailure<QList<Unit>>(st);
    while (st.next())
        units.append({st.text(0), st.text(1), st.text(2)});
    return units;
}

Result<QHash<QString, QString>> UnitDirectory::names(const QStringList &unitIds) const
{
    QHash<QString, QString> names;
    if (unitIds.isEmpty())
        return names;
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT id, name FROM org_units WHERE id IN (%1)")
                          .arg(Sql::placeholders(unitIds.size())));
    if (!st.exec(values(unitIds)))
        return readFailure<QHash<QString, QString>>(st);
    while (st.next())
        names.insert(st.text(0), st.text(1));
    return names;
}

Result<QString> UnitDirectory::shortName(const QString &unitId) const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT coalesce(nullif(code, ''), name) FROM org_units "
                                     "WHERE id = ?"));
    if (st.first({unitId}))
        return st.text(0);
    if (st.failed())
        return readFailure<QString>(st);
    return QString();
}

} // namespace Civitas::Leave
