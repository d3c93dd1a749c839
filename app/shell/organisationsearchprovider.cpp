#include "organisationsearchprovider.h"

#include <core/storage/database.h>
#include <core/access/roles.h>
#include <core/models/sqllistmodel.h>

#include <QCoreApplication>
#include <QSqlQuery>

namespace Civitas {

QString OrganisationSearchProvider::category() const
{
    return QCoreApplication::translate("Civitas::OrganisationSearchProvider", "Organisation");
}

QStringList OrganisationSearchProvider::roles() const
{
    return {Roles::Hr, Roles::Administrator};
}

QList<SearchResult> OrganisationSearchProvider::search(const QString &text, int limit) const
{
    QList<SearchResult> results;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, name, code FROM org_units WHERE deleted = 0 AND "
                             "(name LIKE ? OR code LIKE ?) ORDER BY name LIMIT ?"));
    const QString like = QLatin1Char('%') + text.trimmed() + QLatin1Char('%');
    q.addBindValue(like);
    q.addBindValue(like);
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        results.append({q.value(1).toString(), q.value(2).toString(), category(),
                        QStringLiteral("core.organisation"), q.value(0).toString()});
    }
    const QString fts = SqlListModel::ftsQuery(text);
    if (fts.isEmpty() || results.size() >= limit)
        return results;
    q.prepare(QStringLiteral(
        "SELECT u.id, u.display_name, u.login, coalesce(o.name, '') FROM user_accounts u "
        "LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE u.deleted = 0 AND u.rowid IN "
        "(SELECT rowid FROM user_accounts_fts WHERE user_accounts_fts MATCH ? ORDER BY rank LIMIT ?) "
        "ORDER BY u.display_name COLLATE NOCASE"));
    q.addBindValue(fts);
    q.addBindValue(limit - results.size());
    q.exec();
    while (q.next()) {
        results.append({q.value(1).toString(),
                        q.value(2).toString() + QStringLiteral(" · ") + q.value(3).toString(),
                        QCoreApplication::translate("Civitas::OrganisationSearchProvider", "Accounts"),
                        QStringLiteral("core.organisation"), q.value(0).toString()});
    }
    return results;
}

} // namespace Civitas
