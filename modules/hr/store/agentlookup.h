#pragma once

#include <hr/hrglobal.h>

#include <core/result.h>

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// Finding an agent where another module asks for one (HR entering leave for somebody, a head
// naming a deputy): what matches the words typed, who a registration number designates, and
// how an agent is named on screen. Searched in SQL a few rows at a time, so that a field
// stays quick with tens of thousands of agents in the file.
class CIVITAS_HR_EXPORT AgentLookup
{
public:
    explicit AgentLookup(Database &database);

    // "NAME First (123456)" of the agents in post or not, not withdrawn, whose names or
    // registration number begin with the words of `text`, by name; none for blank text.
    Result<QStringList> proposals(const QString &text, int limit = 20) const;
    // The agent (not withdrawn) a registration number or an id designates; empty when none.
    Result<QString> agentIdOf(const QString &registrationNumberOrId) const;
    // "NAME First (123456)", as proposals() gives it; empty when the agent is not in the file.
    Result<QString> labelOf(const QString &agentId) const;
    // The name each agent goes by, by id; an agent not in the file has no entry.
    Result<QHash<QString, QString>> displayNames(const QStringList &agentIds) const;

private:
    Database &m_database;
};

} // namespace Civitas::Hr
