#include "database.h"
#include <core/coretr.h>

#include "frenchcollation.h"
#include "migrationrunner.h"
#include "tablechanges.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace Civitas {

namespace {

// How long a writer waits for another one before "database is locked".
constexpr int BusyTimeoutMs = 5000;

// SQLite's own busy handler sleeps up to 100 ms between tries. A writer waiting behind a pull
// that commits page after page, the lock free only while the next page comes from the server,
// would try at the wrong moments until its time ran out; a try every millisecond finds the gap.
// `tries` counts the calls of this wait, each sleeping at least a millisecond.
int waitForOtherWriter(void *, int tries)
{
    if (tries >= BusyTimeoutMs)
        return 0;
    sqlite3_sleep(1);
    return 1;
}

// civitas_sha256(blob): the hex SHA-256 of a value, for the migrations that move files into
// the file store (core 0005): SQLite has no hash function of its own.
void sha256Function(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *bytes = static_cast<const char *>(sqlite3_value_blob(values[0]));
    const QByteArray hex
        = QCryptographicHash::hash(QByteArrayView(bytes, sqlite3_value_bytes(values[0])),
                                   QCryptographicHash::Sha256)
              .toHex();
    sqlite3_result_text(context, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

} // namespace

Database::Database()
    : m_baseName(QStringLiteral("civitas-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_tableChanges(std::make_unique<TableChanges>())
{}

Database::~Database()
{
    close();
}

static bool ensurePrivateFile(const QString &path, QString *errorMessage)
{
    QFileInfo info(path);
    // Named first: on a read-only file system every later step fails with a misleading reason
    // (permissions, "unable to open database file").
    const QStorageInfo volume(info.exists() ? info.absoluteFilePath() : info.absolutePath());
    if (volume.isValid() && volume.isReadOnly()) {
        *errorMessage = Tr::tr("%1 is on a read-only file system (%2): Civitas writes to its "
                               "file. Copy the file to a writable folder, or mount the file "
                               "system read-write.")
                            .arg(path, volume.rootPath());
        return false;
    }
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        *errorMessage = Tr::tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly)) {
            *errorMessage = Tr::tr("Cannot create %1: %2").arg(path, file.errorString());
            return false;
        }
        file.close();
    }
    // Personal data: readable by its owner only, whatever the umask. A mode the user made
    // stricter than that (0400) is theirs to keep.
    const QFileDevice::Permissions mode
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
          | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions current = file.permissions() & mode;
    const QFileDevice::Permissions wanted
        = current & (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (current != wanted && !file.setPermissions(wanted)) {
        *errorMessage
            = Tr::tr("Cannot restrict the permissions of %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool Database::open(const QString &path, QString *errorMessage)
{
    QString ignored;
    if (!errorMessage)
        errorMessage = &ignored;
    close();
    if (!ensurePrivateFile(path, errorMessage))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    QString problem;
    {
        QSqlDatabase db = connection();
        QSqlQuery check(db);
        if (!db.isOpen())
            problem = Tr::tr("Cannot open %1: %2").arg(path, db.lastError().text());
        else if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            problem = Tr::tr("%1 is not a Civitas database: %2")
                          .arg(path, check.lastError().databaseText());
    }
    if (!problem.isEmpty()) {
        *errorMessage = problem;
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_path.isEmpty())
        return;
    m_path.clear();
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (!name.startsWith(m_baseName))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

bool Database::isOpen() const
{
    return !m_path.isEmpty();
}

QString Database::connectionNameForThisThread() const
{
    return m_baseName + QLatin1Char('-')
           + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    QString error;
    if (db.open())
        configure(db, &error);
    return db;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionNameForThisThread();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::configure(QSqlDatabase &db, QString *errorMessage) const
{
    const QVariant handle = db.driver()->handle();
    sqlite3 *lite = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        lite = *static_cast<sqlite3 *const *>(handle.data());
    // Before any statement: the names' indexes are built with it, and a write to their table
    // fails on a connection that lacks it.
    if (!lite || !FrenchCollation::install(lite)) {
        *errorMessage = Tr::tr("Cannot install the French sort order on %1.").arg(m_path);
        return false;
    }
    QSqlQuery q(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        // 32 MiB of page cache: a town's lists and a first sync stay in memory.
        QStringLiteral("PRAGMA cache_size = -32768"),
        // Statement journals of trigger-heavy upserts (a pull of agent files) go to memory,
        // not to temporary files.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // Personal data deleted (a withdrawn piece, a file evicted) is overwritten, not left
        // in free pages for a file-recovery tool to find.
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            *errorMessage = q.lastError().text();
            return false;
        }
    }
    // In place of the busy timeout set above (the same patience, tried more often).
    sqlite3_busy_handler(lite, waitForOtherWriter, nullptr);
    sqlite3_create_function_v2(lite,
                               "civitas_sha256",
                               1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr,
                               sha256Function,
                               nullptr,
                               nullptr,
                               nullptr);
    return true;
}

bool Database::migrate(const QList<Migration> &migrations, QString *errorMessage)
{
    MigrationRunner runner(connection());
    if (!runner.run(migrations, errorMessage))
        return false;
    setCurrentUser(m_currentUser);
    return true;
}

void Database::setCurrentUser(const QString &login)
{
    m_currentUser = login;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("UPDATE local_session SET user_login = ? WHERE id = 1"));
    q.addBindValue(login);
    q.exec(); // before the first migration the table does not exist yet: nothing to record
}

int Database::pendingChangeCount() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace Civitas
