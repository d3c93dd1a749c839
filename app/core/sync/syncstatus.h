#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QDateTime>

namespace Civitas {

class Database;

// What the status bar tells the user about the sync: conflicts to resolve, changes the
// server refused, changes waiting to be sent, the last sync that went through. It is read
// from the local file every few seconds, never from the network, so it is one query.
class CIVITAS_CORE_EXPORT SyncStatus
{
public:
    struct Summary
    {
        int openConflicts = 0;
        int refusedChanges = 0;
        // Refused ones included (they are still in the outbox); read logs (*_reads) left out.
        int pendingChanges = 0;
        QDateTime lastSuccess; // invalid when no sync ever went through
    };

    explicit SyncStatus(Database &database)
        : m_database(database)
    {}

    Result<Summary> summary() const;

private:
    Database &m_database;
};

} // namespace Civitas
