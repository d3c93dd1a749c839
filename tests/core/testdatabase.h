#pragma once

// Opens a fresh local file with the core's migrations (and extra ones) for a test.

#include <core/storage/database.h>
#include <core/storage/migration.h>

#include <QTemporaryDir>
#include <QTest>

inline QList<Civitas::Migration> coreMigrations()
{
    QString error;
    const QList<Civitas::Migration> migrations = Civitas::Migration::fromDirectory(
        QStringLiteral("core"), QStringLiteral(":/civitas/migrations/core"), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return migrations;
}

inline bool openTestDatabase(Civitas::Database &db,
                             const QTemporaryDir &dir,
                             const QList<Civitas::Migration> &extra = {})
{
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("test.sqlite")), &error)
        || !db.migrate(coreMigrations() + extra, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}
