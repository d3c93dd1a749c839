#pragma once

#include <core/coreglobal.h>
#include <core/result.h>
#include <core/storage/migration.h>

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Civitas {

class Database;

// What a load wrote.
struct CIVITAS_CORE_EXPORT LoadReport
{
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    QList<Table> tables; // in the order they were loaded
    qint64 rows = 0;
    QString townId;
    QString loadedAt; // the server's time, ISO-8601
};

// `civitas-admin load`: puts the town held in a local file (a demo, or a town prepared in
// local mode) on an empty provisioned server, in one transaction, as the database's owner:
// every row goes through the server's triggers (stamps, numbering, overlap checks, audit) as
// if it were written there, and the town is marked loaded. Rows stream with COPY FROM STDIN.
//
// Tables go in the order of their foreign keys (org units before agents before their files);
// a table that references itself (org units, reversing ledger entries) goes parents first,
// level by level. Rows the server was provisioned with (the migrations' own rows, such as the
// leave types) are replaced by the file's. A server that holds anything else, or was loaded
// before, is refused with nothing written.
class CIVITAS_CORE_EXPORT TownLoader
{
public:
    TownLoader(Database &local, QSqlDatabase server);

    // Rows of table, done so far, of total.
    std::function<void(const QString &table, qint64 done, qint64 total)> progress;

    // `migrations`: the desk migrations, to tell the rows every file holds from the town's.
    Result<LoadReport> load(const QList<Migration> &migrations);

    // The benchmark's baseline: the same rows, through the same COPY, into tables of `schema`
    // that have the civitas tables' columns and nothing else (no trigger, key or index).
    Result<LoadReport> copyInto(const QString &schema);

private:
    struct Table
    {
        QString name;
        QStringList columns;     // sent, id first
        QStringList serverTypes; // per column
        QString selfReference;   // a column referencing the table's own id, if any
    };
    Result<QList<Table>> tablesInOrder();
    Result<QHash<QString, QSet<QString>>> seedIds(const QList<Migration> &migrations) const;
    Result<void> checkServerEmpty(const QList<Table> &tables,
                                  const QHash<QString, QSet<QString>> &seeds);
    Result<qint64> copyTable(const Table &table, const QString &target, bool upsert);
    // The files the rows refer to (the file store, core 0010), before the rows: the server
    // takes a row only when its file is there. The bytes sent.
    Result<qint64> copyFiles();
    Result<void> exec(const QString &sql);
    QString lockTableTooSmall(const QString &error);

    Database &m_local;
    QSqlDatabase m_server;
    // Analyse tables as they fill (a load through triggers), or not (the plain baseline).
    bool m_analyse = true;
};

} // namespace Civitas
