#pragma once

#include <hr/hrglobal.h>

#include <core/extension/searchprovider.h>

#include <QCoreApplication>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// Ctrl+K over agent files, for HR: names, registration number, NIR (FTS5, a few ms).
class CIVITAS_HR_EXPORT AgentSearchProvider : public SearchProvider
{
public:
    explicit AgentSearchProvider(Database &database);

    QString category() const override;
    QStringList roles() const override;
    QList<SearchResult> search(const QString &text, int limit) const override;

private:
    Database &m_database;
};

} // namespace Civitas::Hr
