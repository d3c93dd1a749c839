#pragma once

#include <core/extension/searchprovider.h>

namespace Civitas {

class Database;

// Global-search answers from the core's own tables: organisation units and user accounts.
class OrganisationSearchProvider : public SearchProvider
{
public:
    explicit OrganisationSearchProvider(Database &database)
        : m_database(database)
    {}

    QString category() const override;
    QStringList roles() const override;
    QList<SearchResult> search(const QString &text, int limit) const override;

private:
    Database &m_database;
};

} // namespace Civitas
