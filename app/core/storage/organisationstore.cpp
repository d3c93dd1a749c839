#include "organisationstore.h"

#include "database.h"
#include "frenchcollation.h"
#include "sql.h"

namespace Civitas {

// Every query here gives id, parent_id, code, name, head name.
static Result<QList<OrgUnit>>
units(Sql::Statement &st, std::initializer_list<QVariant> values, const char *what)
{
    if (!st.exec(values)) {
        qCWarning(lcStorage) << what << st.error();
        return Result<QList<OrgUnit>>::failure(st.error());
    }
    QList<OrgUnit> list;
    while (st.next())
        list.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    return list;
}

Result<QList<OrgUnit>> OrganisationStore::chart() const
{
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT o.id, o.parent_id, o.code, o.name, "
                       "coalesce(h.display_name, '') FROM org_units o "
                       "LEFT JOIN user_accounts h ON h.agent_id = o.head_agent_id "
                       "AND h.deleted = 0 WHERE o.deleted = 0 "
                       "ORDER BY o.parent_id IS NOT NULL, o.name COLLATE french, o.id"));
    return units(st, {}, "reading the organisation chart:");
}

Result<QList<OrgUnit>> OrganisationStore::choices() const
{
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT o.id, o.parent_id, o.code, o.name, '' FROM org_units o "
                       "LEFT JOIN org_units p ON p.id = o.parent_id WHERE o.deleted = 0 "
                       "ORDER BY coalesce(p.name, o.name) COLLATE french, coalesce(p.id, o.id), "
                       "o.parent_id IS NOT NULL, o.name COLLATE french, o.id"));
    return units(st, {}, "reading the units to choose from:");
}

Result<QList<OrgUnit>> OrganisationStore::find(const QString &text, int limit) const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT id, parent_id, code, name, '' FROM org_units "
                                     "WHERE deleted = 0 AND (french_folded(name) LIKE ? OR "
                                     "code LIKE ?) ORDER BY name COLLATE french, id LIMIT ?"));
    // Accents, case and ligatures aside, as the French order reads names ("ecole" finds
    // "École"); LIKE alone folds ASCII letters only.
    const QString like = QLatin1Char('%') + text.trimmed() + QLatin1Char('%');
    const QString folded = FrenchCollation::folded(like);
    return units(st, {folded, like, limit}, "searching the units:");
}

} // namespace Civitas
