#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Civitas {

class Database;

// A field changed both here and on the server since this client's version.
struct CIVITAS_CORE_EXPORT SyncConflict
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString field;
    QJsonValue mine;
    QJsonValue theirs;
    QJsonValue base;
    QString detectedAt;
};

// A local change the server said no to (rights, a rule), still in the outbox with its reason.
struct CIVITAS_CORE_EXPORT RefusedChange
{
    qint64 seq = 0;
    QString table;
    QString rowId;
    QString operation;  // insert, update, delete
    QStringList fields; // the fields it changed
    QString reason;     // the server's words
    // The values it carries, field by field: the record itself shows the server's since the
    // refusal (a refused value must not stop other records coming in), so they are here.
    QJsonObject values;
};

// The conflicts waiting for the user, and their resolution field by field: keep my value,
// take the server's, or type another. Keeping or typing a value always puts a change in the
// outbox, made on the server's version the conflict was found at, even when the record here
// already shows that value; taking the server's has the record fetched again at the next
// sync. Either way every desk ends equal to the server once its conflicts are settled.
// Also the changes the server refused: the user sends one again (the rights or the data may
// have changed since), changes a value and sends it again, or gives the change up.
class CIVITAS_CORE_EXPORT SyncConflicts
{
public:
    explicit SyncConflicts(Database &database)
        : m_database(database)
    {}

    enum class Resolution { KeepMine, TakeTheirs, Edit };

    QList<SyncConflict> open() const;
    int openCount() const;
    bool resolve(qint64 conflictId,
                 Resolution resolution,
                 const QJsonValue &editedValue,
                 QString *errorMessage);

    // Oldest first.
    Result<QList<RefusedChange>> refused() const;
    // The change goes back to the changes waiting to be sent; the next sync offers it again.
    Result<> retry(qint64 seq);
    // Replaces the value the change carries for `field` (one of its fields), then as retry().
    Result<> amend(qint64 seq, const QString &field, const QJsonValue &value);
    // Undoes the change on this computer: the record gets back the values it had before it,
    // which the server still has, and the change leaves the outbox. Giving up a change that
    // is no longer there (sent meanwhile) does nothing.
    Result<> discard(qint64 seq);

private:
    Database &m_database;
};

} // namespace Civitas
