#pragma once

#include <core/coreglobal.h>

#include <QRandomGenerator>
#include <QString>

#include <functional>

namespace Civitas {

class Database;

// Parameters of `civitas-admin demo`, handed to the core's and each module's generator in
// dependency order. One seed gives the same town every time.
class CIVITAS_CORE_EXPORT DemoContext
{
public:
    DemoContext(Database &database, int agentCount, quint32 seed)
        : m_database(database)
        , m_agentCount(agentCount)
        , m_seed(seed)
        , m_random(seed)
    {}

    Database &database() const { return m_database; }
    int agentCount() const { return m_agentCount; }
    quint32 seed() const { return m_seed; }
    // Each generator should derive its own generator from the seed (seed + a constant of
    // its own) so that adding a module does not change the others' data.
    QRandomGenerator &random() { return m_random; }

    // A version-4 UUID drawn from `generator`: the same seed gives the same ids.
    static QString uuid(QRandomGenerator &generator);

    std::function<void(const QString &step)> progress = [](const QString &) {
    };

private:
    Database &m_database;
    int m_agentCount;
    quint32 m_seed;
    QRandomGenerator m_random;
};

} // namespace Civitas
