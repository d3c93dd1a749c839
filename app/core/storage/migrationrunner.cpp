#include "migrationrunner.h"
#include <core/coretr.h>

#include <core/sync/changecapture.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Civitas {

MigrationRunner::MigrationRunner(QSqlDatabase db)
    : m_db(db)
{}

// True when a chunk of script holds something other than comments and semicolons.
static bool holdsCode(const QString &chunk)
{
    const QStringList lines = chunk.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1String("--")) && t != QLatin1String(";"))
            return true;
    }
    return false;
}

QList<MigrationRunner::Statement> MigrationRunner::splitStatements(const QString &script)
{
    // sqlite3_complete() knows SQLite's grammar for where a statement ends (quotes, comments,
    // CREATE TRIGGER ... END): ask it at every semicolon instead of parsing SQL ourselves.
    QList<Statement> statements;
    const QByteArray utf8 = script.toUtf8();
    QByteArray current;
    int line = 1;
    int startLine = 1;
    for (char c : utf8) {
        if (current.trimmed().isEmpty() && !QChar::isSpace(uchar(c)))
            startLine = line;
        current.append(c);
        if (c == '\n')
            ++line;
        if (c == ';' && sqlite3_complete(current.constData())) {
            const QString sql = QString::fromUtf8(current).trimmed();
            if (holdsCode(sql))
                statements.append({sql, startLine});
            current.clear();
        }
    }
    const QString rest = QString::fromUtf8(current).trimmed();
    if (holdsCode(rest))
        statements.append({rest, startLine});
    return statements;
}

bool MigrationRunner::apply(const Migration &migration, QString *errorMessage)
{
    QSqlQuery q(m_db);
    for (const Statement &statement : splitStatements(migration.sql)) {
        if (!q.exec(statement.sql)) {
            *errorMessage = Tr::tr("Migration %1/%2 failed at line %3: %4\nStatement: %5")
                                .arg(migration.module, migration.name)
                                .arg(statement.line)
                                .arg(q.lastError().databaseText(), statement.sql.left(400));
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO schema_migrations (module, version, name) "
                             "VALUES (?, ?, ?)"));
    q.addBindValue(migration.module);
    q.addBindValue(migration.version);
    q.addBindValue(migration.name);
    if (!q.exec()) {
        *errorMessage = q.lastError().text();
        return false;
    }
    ++m_appliedCount;
    return true;
}

// Identifies the tables' definitions and the trigger generator's version: while it stays the
// same, the change-capture triggers in the file are the right ones.
static QString schemaFingerprint(QSqlDatabase db)
{
    QSqlQuery q(db);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayLiteral("capture-triggers-v1"));
    q.exec(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        hash.addData((q.value(0).toString() + q.value(1).toString()).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

bool MigrationRunner::run(const QList<Migration> &migrations, QString *errorMessage)
{
    m_appliedCount = 0;
    QSqlQuery q(m_db);
    // Most starts have nothing to do: find out without writing anything.
    QSet<QString> applied;
    QString storedFingerprint;
    if (q.exec(QStringLiteral("SELECT module, version FROM schema_migrations"))) {
        while (q.next())
            applied.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
        if (q.exec(QStringLiteral("SELECT fingerprint FROM schema_capture WHERE id = 1"))
            && q.next())
            storedFingerprint = q.value(0).toString();
    }
    QList<Migration> pending;
    for (const Migration &migration : migrations) {
        if (!applied.contains(migration.module + QLatin1Char('/')
                              + QString::number(migration.version)))
            pending.append(migration);
    }
    if (pending.isEmpty() && !storedFingerprint.isEmpty()
        && storedFingerprint == schemaFingerprint(m_db))
        return true;

    if (!m_db.transaction()) {
        *errorMessage = m_db.lastError().text();
        return false;
    }
    auto fail = [&](const QString &message) {
        m_db.rollback();
        m_appliedCount = 0;
        *errorMessage = message;
        return false;
    };
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " module TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,"
            " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),"
            " PRIMARY KEY (module, version))"))
        || !q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_capture ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL)")))
        return fail(q.lastError().text());

    for (const Migration &migration : std::as_const(pending)) {
        QString error;
        if (!apply(migration, &error))
            return fail(error);
    }
    // New tables or columns need their change-capture triggers (re)made in the same
    // transaction, so that no write can ever happen without them.
    QString error;
    if (!ChangeCapture(m_db).installTriggers(&error))
        return fail(error);
    q.prepare(QStringLiteral("INSERT INTO schema_capture (id, fingerprint) VALUES (1, ?) "
                             "ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint"));
    q.addBindValue(schemaFingerprint(m_db));
    if (!q.exec())
        return fail(q.lastError().text());
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    return true;
}

} // namespace Civitas
