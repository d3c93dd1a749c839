#include "organisationsearchprovider.h"
#include "shelltr.h"

#include <core/access/roles.h>
#include <core/models/sqllistmodel.h>
#include <core/storage/accountstore.h>
#include <core/storage/organisationstore.h>
#include <core/storage/sql.h>

#include <QCoreApplication>

namespace Civitas {

QString OrganisationSearchProvider::category() const
{
    return ShellTr::tr("Organisation");
}

QStringList OrganisationSearchProvider::roles() const
{
    return {Roles::Hr, Roles::Administrator};
}

QList<SearchResult> OrganisationSearchProvider::search(const QString &text, int limit) const
{
    // A failed read is logged by the store; global search then shows what the others found.
    QList<SearchResult> results;
    for (const OrgUnit &unit : OrganisationStore(m_database).find(text, limit).valueOr({}))
        results.append(
            {unit.name, unit.code, category(), QStringLiteral("core.organisation"), unit.id});
    const QString fts = Sql::ftsQuery(text);
    if (fts.isEmpty() || results.size() >= limit)
        return results;
    const QList<AccountStore::Match> accounts
        = AccountStore(m_database).search(fts, limit - int(results.size())).valueOr({});
    for (const AccountStore::Match &account : accounts) {
        results.append({account.displayName,
                        account.login + QStringLiteral(" · ") + account.unitName,
                        ShellTr::tr("Accounts"),
                        QStringLiteral("core.organisation"),
                        account.id});
    }
    return results;
}

} // namespace Civitas
