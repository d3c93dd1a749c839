#pragma once

#include <core/coreglobal.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Civitas {

class Database;

// Figures of one sync, for the status bar, the log and `civitas-admin sync`.
struct CIVITAS_CORE_EXPORT SyncReport
{
    int pushed = 0;    // outbox entries the server accepted
    int refused = 0;   // entries the server refused (kept, with its reason)
    int conflicts = 0; // fields changed on both sides, recorded for the user
    int pulled = 0;    // rows received
    int removed = 0;   // rows no longer visible to this login, removed by reconcile()
    // How long the oldest transaction running on the server has held pulls back (seconds,
    // 0 when none): changes written since then reach no desk until it ends.
    double watermarkHeldSeconds = 0;
    bool connectionLost = false;
    // The file may not sync with this server (bound to another town, or holding rows this
    // server never sent it); `error` says why. Nothing was sent or changed.
    bool fileRefused = false;
    // This file was found to be a copy of another that went on syncing (a restored backup, a
    // second desk): it took a new identity and sent its changes as new ones.
    bool identityRenewed = false;
    int filesUploaded = 0; // files added on this desk, now on the server
    int filesFetched = 0;  // the user's own pieces brought to the desk for offline use
    // Files the server refused (type, size, fingerprint), with why: the rows that refer to
    // them are refused in turn and kept for the user.
    QStringList fileRefusals;
    // Tables that received rows from the server or lost rows to reconcile(): the pages
    // showing them refresh (TableChanges).
    QSet<QString> changedTables;
    QString error;
};

// Push and pull between the local file and the central server, on the calling thread
// (SyncEngine runs it off the interface thread). See docs/architecture.md, "Sync with the central
// server":
// - push: the outbox in order; per entry one server transaction that locks the row,
//   merges field by field against the base values (a field changed on the server since the
//   base is a conflict, unless both sides agree), writes, and leaves a receipt, so that a
//   replay after a crash or a cut connection changes nothing more;
// - pull: rows whose changed_xid lies between the watermark and the snapshot's xmin, read
//   in one REPEATABLE READ snapshot and applied page by page, one local transaction each, so
//   that the interface and an import write between pages; the watermark moves when the last
//   page is in. The first pull of a new profile keeps a cursor per table, so that it can be
//   cancelled and resumed.
class CIVITAS_CORE_EXPORT Synchroniser
{
public:
    Synchroniser(Database &local, QSqlDatabase server);

    bool push(SyncReport *report);
    bool pull(SyncReport *report);
    bool sync(SyncReport *report) { return push(report) && pull(report); }
    // Makes the local copy exactly the rows the login may see now. A pull only brings rows
    // that changed; when what a login may see changes (a new head of unit, an agent moving
    // out of a team), rows that did not change come or must go: this compares the ids.
    // Rows with local changes not yet accepted are kept, and so is every row the file never
    // received from a server (row_version 0).
    // The comparison runs only when what the login may see can have changed since the last
    // complete one (VisibilityWatch); otherwise this costs one round trip.
    // True when the server tells when visibility changes (core 0011): reconcile() is then cheap
    // enough to call after every sync.
    bool watchesVisibility() const { return m_serverWatchesVisibility; }
    // Each of push, pull and reconcile first checks that the file belongs to this server's
    // town (TownBinding), and binds a new file to it.
    bool reconcile(SyncReport *report);

    // Called between pages of a first pull: rows done, rows in all.
    std::function<void(qint64 done, qint64 total)> progress;
    // Checked between pages: true stops the pull (the pages committed stay; a first pull goes
    // on from there, a later one starts again from its watermark).
    std::function<bool()> cancelled;
    void setPageSize(int rows) { m_pageSize = rows; }

    // The id the server issued to this file (empty before its first push).
    QString clientId();
    QString watermark();

    // The tables both sides have, local columns kept by the server too.
    struct Table
    {
        QString name;
        QStringList columns;                 // shared columns, id first
        QHash<QString, QString> serverTypes; // column -> PostgreSQL type name
    };
    bool loadTables(QString *errorMessage);

private:
    bool ensureBound(SyncReport *report);
    // A lost connection's report always says why.
    void explainLostConnection(SyncReport *report) const;
    bool pushEntry(const Table &table,
                   qint64 seq,
                   const QString &rowId,
                   const QString &operation,
                   const QString &changedJson,
                   const QString &previousJson,
                   const QVariant &baseVersion,
                   const QString &fingerprint,
                   SyncReport *report);
    bool pullTables(const QString &lower, const QString &upper, bool initial, SyncReport *report);
    bool applyRows(const Table &table,
                   QSqlQuery &rows,
                   int *applied,
                   QString *lastXid,
                   QString *lastId,
                   QString *errorMessage);
    QString stateValue(const QString &key);
    bool setStateValue(const QString &key, const QString &value);
    const Table *table(const QString &name) const;

    Database &m_local;
    QSqlDatabase m_server;
    QList<Table> m_tables;
    int m_pageSize = 5000;
    bool m_serverReportsHold = false;       // civitas.watermark_hold() exists (core 0006)
    bool m_serverWatchesVisibility = false; // civitas.visibility_basis() exists (core 0011)
    bool m_bound = false;
    QString m_clientId; // issued by the server (DeskIdentity), checked once per Synchroniser
    // After a pull: the user's own files fetched, the cache trimmed (FileStore::evict).
    void keepFiles(SyncReport *report);
    bool fetchRows(const Table &table, const QStringList &ids, SyncReport *report);
    // After a push: fetches again, whole, the rows no pull would bring (RefetchQueue).
    bool refetchRows(SyncReport *report);
};

} // namespace Civitas
