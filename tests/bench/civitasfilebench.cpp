// civitas-filebench: the file store's figures against a real PostgreSQL (PGHOST… as for
// civitas-syncbench), each beside a baseline measured in the same run:
// - an HR login's first sync of a demo town whose agents have P pieces of 300 KB each (the
//   pieces' bytes stay on the server until opened), beside the same first sync before the
//   pieces were added: time and desk file size;
// - opening a piece on demand as the application does (FileService: its own connection, the
//   bytes fetched, checked and kept), median and 95th percentile, beside one round trip and
//   beside the same bytes read with one plain SELECT;
// - the process's peak memory while it stores on the desk, uploads, then downloads a 50 MB
//   file, beside its memory before (the target: within 3 times the file).
//
//   civitas-filebench [--agents N] [--pieces P] [--quick]
//
// Figures, not pass/fail: CTest runs --quick only to prove that it still works.

#include <core/files/filedownloader.h>
#include <core/files/fileservice.h>
#include <core/files/filestore.h>
#include <core/files/fileuploader.h>
#include <core/storage/database.h>
#include <core/sync/centralschema.h>
#include <core/sync/serverconnection.h>
#include <core/sync/synchroniser.h>
#include <core/sync/townloader.h>
#include <core/workspace.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace Civitas;

namespace {

const QString Password = QStringLiteral("bench-file-secret");
const QString ServerDatabase = QStringLiteral("civitas_filebench");

QSqlDatabase connectTo(const QString &database,
                       const QString &user,
                       const QString &password,
                       const QString &name)
{
    ServerConnection c = ServerConnection::fromEnvironment();
    c.database = database;
    c.user = user;
    QSqlDatabase db = c.makeConnection(name, password);
    if (!db.open())
        std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(db.lastError().text()));
    return db;
}

bool run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(
            stderr, "%s\n  %s\n", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

QString size(double bytes)
{
    if (bytes >= 1e9)
        return QString::number(bytes / 1e9, 'f', 2) + QStringLiteral(" GB");
    if (bytes >= 1e6)
        return QString::number(bytes / 1e6, 'f', 1) + QStringLiteral(" MB");
    return QString::number(bytes / 1e3, 'f', 1) + QStringLiteral(" KB");
}

// The desk file with its write-ahead log, as it sits on the disk.
qint64 deskBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// A field of this process's /proc status, in kilobytes (Linux).
qint64 statusKilobytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The highest resident memory while it lives, sampled every millisecond from another thread
// (the kernel's own peak, VmHWM, cannot be reset in every container).
class PeakMemory
{
public:
    PeakMemory()
        : m_thread([this] {
            while (!m_stop.load()) {
                m_peak = qMax(m_peak.load(), statusKilobytes("VmRSS:"));
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        })
    {}
    ~PeakMemory() { stop(); }
    qint64 stop()
    {
        if (!m_stop.exchange(true))
            m_thread.join();
        return m_peak.load();
    }

private:
    std::atomic_bool m_stop{false};
    std::atomic<qint64> m_peak{0};
    std::thread m_thread;
};

QList<double> sorted(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

double percentile(const QList<double> &sortedValues, int p)
{
    if (sortedValues.isEmpty())
        return 0;
    return sortedValues.at(qMin<qsizetype>(sortedValues.size() - 1, sortedValues.size() * p / 100));
}

struct FirstSync
{
    double seconds = 0;
    qint64 bytes = 0;
    int rows = 0;
    QString error;
};

// A new HR desk's first sync, as the application makes it.
FirstSync firstSync(const QString &path, const QList<Migration> &migrations, const QString &name)
{
    FirstSync figure;
    Civitas::Database desk;
    QString error;
    if (!desk.open(path, &error) || !desk.migrate(migrations, &error)) {
        figure.error = error;
        return figure;
    }
    desk.setCurrentUser(QStringLiteral("nbenali"));
    {
        QSqlDatabase server = connectTo(ServerDatabase, QStringLiteral("nbenali"), Password, name);
        Synchroniser synchroniser(desk, server);
        SyncReport report;
        QElapsedTimer timer;
        timer.start();
        if (!synchroniser.sync(&report))
            figure.error = report.error;
        figure.seconds = seconds(timer);
        figure.rows = report.pulled;
    }
    QSqlDatabase::removeDatabase(name);
    desk.close();
    figure.bytes = deskBytes(path);
    return figure;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("PGHOST")) {
        std::fprintf(stderr,
                     "civitas-filebench needs a PostgreSQL server: set PGHOST, PGPORT, PGUSER and "
                     "PGPASSWORD (./test.sh does for its run).\n");
        return 2;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const auto option = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int agents = option(QStringLiteral("--agents"), quick ? 60 : 900);
    const int pieces = option(QStringLiteral("--pieces"), quick ? 3 : 30);
    const int pieceBytes = 300 * 1024;
    const qint64 bigBytes = quick ? 12 * 1000 * 1000 : 50 * 1000 * 1000;
    std::printf("civitas-filebench (%s): %d agents, %d pieces of 300 KB each\n",
                quick ? "quick" : "full",
                agents,
                pieces);
    QTemporaryDir dir;
    QString error;

    // The demo town on a fresh server, as `civitas-admin load` puts it there.
    Workspace demo;
    demo.loadModules();
    if (!demo.createDemoDatabase(
            dir.filePath(QStringLiteral("demo.sqlite")), agents, 1, {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        QSqlDatabase root = connectTo(QStringLiteral("postgres"),
                                      qEnvironmentVariable("PGUSER"),
                                      qEnvironmentVariable("PGPASSWORD"),
                                      QStringLiteral("root"));
        run(root, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(ServerDatabase));
        run(root, QStringLiteral("CREATE DATABASE %1").arg(ServerDatabase));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
    QSqlDatabase admin = connectTo(ServerDatabase,
                                   qEnvironmentVariable("PGUSER"),
                                   qEnvironmentVariable("PGPASSWORD"),
                                   QStringLiteral("admin"));
    const QList<Migration> deskMigrations = demo.modules().migrations(&error);
    {
        CentralSchema schema(admin);
        if (!schema.provision(demo.modules().centralMigrations(&error), &error)) {
            std::fprintf(stderr, "cannot prepare the server: %s\n", qPrintable(error));
            return 1;
        }
        TownLoader loader(demo.database(), admin);
        const Result<LoadReport> loaded = loader.load(deskMigrations);
        if (!loaded.ok()) {
            std::fprintf(stderr, "cannot load the town: %s\n", qPrintable(loaded.error()));
            return 1;
        }
    }
    QSqlQuery login(admin);
    login.prepare(QStringLiteral("SELECT civitas.create_login('nbenali', ?, ARRAY['hr'])"));
    login.addBindValue(Password);
    if (!login.exec()) {
        std::fprintf(stderr, "%s\n", qPrintable(login.lastError().text()));
        return 1;
    }
    run(admin, QStringLiteral("ANALYZE"));

    // 1. An HR desk's first sync, before and after every agent got its pieces.
    const FirstSync before = firstSync(
        dir.filePath(QStringLiteral("hr-before.sqlite")), deskMigrations, QStringLiteral("before"));
    QElapsedTimer timer;
    timer.start();
    // Each piece its own bytes: one random block of 300 KB behind a PDF header and the
    // piece's number, so that no two hashes meet.
    const bool added
        = run(admin, QStringLiteral("SET work_mem = '256MB'"))
          && run(admin,
                 QStringLiteral("CREATE TEMPORARY TABLE bench_block AS SELECT "
                                "decode(string_agg(md5(g::text), '' ORDER BY g), 'hex') AS b "
                                "FROM generate_series(1, %1 / 16) g")
                     .arg(pieceBytes))
          && run(admin,
                 QStringLiteral("CREATE TEMPORARY TABLE bench_pieces AS SELECT a.id AS agent_id, "
                                "p, '\\x255044462d312e340a'::bytea || int8send(a.n * 1000 + p) "
                                "|| substring(b.b FROM 18) AS content FROM (SELECT id, "
                                "row_number() OVER (ORDER BY id) AS n FROM civitas.agents) a, "
                                "generate_series(1, %1) p, bench_block b")
                     .arg(pieces))
          && run(admin,
                 QStringLiteral("INSERT INTO civitas.stored_files (sha256, byte_size, mime_type) "
                                "SELECT encode(sha256(content), 'hex'), length(content), "
                                "'application/pdf' FROM bench_pieces ON CONFLICT DO NOTHING"))
          && run(admin,
                 QStringLiteral("INSERT INTO civitas.file_chunks (sha256, chunk_index, data) "
                                "SELECT encode(sha256(content), 'hex'), 0, content "
                                "FROM bench_pieces ON CONFLICT DO NOTHING"))
          && run(admin,
                 QStringLiteral("INSERT INTO civitas.agent_documents (id, agent_id, "
                                "sequence_number, category, title, document_date, file_name, "
                                "mime_type, byte_size, content_sha256) SELECT 'bench-' || "
                                "agent_id || '-' || p, agent_id, 1, 'other', 'Pièce ' || p, "
                                "current_date, 'piece.pdf', 'application/pdf', length(content), "
                                "encode(sha256(content), 'hex') FROM bench_pieces"))
          && run(admin, QStringLiteral("DROP TABLE bench_pieces"))
          && run(admin, QStringLiteral("ANALYZE"));
    if (!added)
        return 1;
    std::printf(
        "  %d pieces of 300 KB put on the server in %.1f s\n", agents * pieces, seconds(timer));
    const FirstSync after = firstSync(
        dir.filePath(QStringLiteral("hr-after.sqlite")), deskMigrations, QStringLiteral("after"));
    if (!before.error.isEmpty() || !after.error.isEmpty()) {
        std::fprintf(stderr,
                     "first sync failed: %s %s\n",
                     qPrintable(before.error),
                     qPrintable(after.error));
        return 1;
    }
    std::printf("  HR first sync without the pieces (baseline): %d rows in %.2f s, desk file %s\n",
                before.rows,
                before.seconds,
                qPrintable(size(double(before.bytes))));
    std::printf("  HR first sync with %d x %d pieces of 300 KB (%s of files on the server): %d "
                "rows in %.2f s (%.2fx), desk file %s (%.2fx)\n",
                agents,
                pieces,
                qPrintable(size(double(agents) * pieces * pieceBytes)),
                after.rows,
                after.seconds,
                after.seconds / qMax(before.seconds, 1e-9),
                qPrintable(size(double(after.bytes))),
                double(after.bytes) / qMax<qint64>(before.bytes, 1));

    // 2. Opening a piece on demand, as a page does, beside a round trip and a plain SELECT.
    Civitas::Database desk;
    if (!desk.open(dir.filePath(QStringLiteral("hr-after.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    desk.setCurrentUser(QStringLiteral("nbenali"));
    ServerConnection connection = ServerConnection::fromEnvironment();
    connection.database = ServerDatabase;
    connection.user = QStringLiteral("nbenali");
    FileService service(desk);
    service.setServer(connection, Password);
    QStringList hashes;
    {
        QSqlQuery q(desk.connection());
        q.exec(QStringLiteral("SELECT content_sha256 FROM agent_documents WHERE id LIKE 'bench-%' "
                              "ORDER BY random() LIMIT %1")
                   .arg(quick ? 10 : 100));
        while (q.next())
            hashes << q.value(0).toString();
    }
    QList<double> opens, plain, ping;
    QSqlDatabase hr
        = connectTo(ServerDatabase, QStringLiteral("nbenali"), Password, QStringLiteral("hr"));
    for (const QString &sha256 : std::as_const(hashes)) {
        QElapsedTimer t;
        t.start();
        QSqlQuery(hr).exec(QStringLiteral("SELECT 1"));
        ping << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        QSqlQuery read(hr);
        read.exec(
            QStringLiteral("SELECT data FROM civitas.file_chunks WHERE sha256 = '%1'").arg(sha256));
        read.next();
        plain << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        FileFetch *fetch = service.fetch(sha256);
        QEventLoop loop;
        QString failure;
        QObject::connect(fetch, &FileFetch::finished, &loop, &QEventLoop::quit);
        QObject::connect(fetch, &FileFetch::failed, &loop, [&](const QString &reason) {
            failure = reason;
            loop.quit();
        });
        loop.exec();
        const Result<QByteArray> bytes = FileStore(desk).read(sha256);
        opens << double(t.nsecsElapsed()) / 1e6;
        if (!failure.isEmpty() || !bytes.ok() || bytes.value().size() != pieceBytes) {
            std::fprintf(stderr, "opening a piece failed: %s\n", qPrintable(failure));
            return 1;
        }
    }
    const QList<double> o = sorted(opens), p = sorted(plain), r = sorted(ping);
    std::printf("  opening a 300 KB piece on demand (%lld pieces, FileService: connection, fetch, "
                "hash check, kept): median %.1f ms, 95th percentile %.1f ms\n",
                qint64(o.size()),
                percentile(o, 50),
                percentile(o, 95));
    std::printf("    baselines: one round trip median %.2f ms; the same bytes by one plain SELECT "
                "median %.1f ms, 95th percentile %.1f ms\n",
                percentile(r, 50),
                percentile(p, 50),
                percentile(p, 95));

    // 3. Peak memory for a large file, down then up, beside the process before.
    run(admin,
        QStringLiteral("INSERT INTO civitas.town_settings (id, value) VALUES ('files/maxBytes', "
                       "'%1') ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value")
            .arg(bigBytes + 1));
    {
        QFile big(dir.filePath(QStringLiteral("big.pdf")));
        big.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, Qt::Uninitialized);
        big.write("%PDF-1.4\n");
        for (qint64 written = 9; written < bigBytes;) {
            for (char &c : block)
                c = char(QRandomGenerator::global()->generate());
            const qint64 n = qMin<qint64>(block.size(), bigBytes - written);
            big.write(block.constData(), n);
            written += n;
        }
    }
    // Filed on the HR desk as a piece, uploaded by the sync's uploader, then dropped from the
    // desk and fetched again as a page opening it would.
    QSqlQuery(desk.connection())
        .exec(
            QStringLiteral("INSERT INTO town_settings (id, value) VALUES ('files/maxBytes', '%1') "
                           "ON CONFLICT (id) DO UPDATE SET value = excluded.value")
                .arg(bigBytes + 1));
    const qint64 rssBefore = statusKilobytes("VmRSS:");
    PeakMemory storing;
    const Result<StoredFile> added50 = FileStore(desk).add(dir.filePath(QStringLiteral("big.pdf")),
                                                           {QStringLiteral("application/pdf")});
    if (!added50.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(added50.error()));
        return 1;
    }
    QSqlQuery piece(desk.connection());
    piece.prepare(QStringLiteral("INSERT INTO agent_documents (id, agent_id, sequence_number, "
                                 "category, title, document_date, file_name, mime_type, "
                                 "byte_size, content_sha256) SELECT 'bench-big', id, 1, 'other', "
                                 "'Big', '2026-01-01', 'big.pdf', 'application/pdf', ?, ? "
                                 "FROM agents ORDER BY id LIMIT 1"));
    piece.addBindValue(added50->byteSize);
    piece.addBindValue(added50->sha256);
    if (!piece.exec() || piece.numRowsAffected() != 1) {
        std::fprintf(stderr, "cannot file the piece: %s\n", qPrintable(piece.lastError().text()));
        return 1;
    }
    const qint64 peakStore = storing.stop();
    PeakMemory uploading;
    timer.restart();
    const Result<FileUploader::Outcome> up = FileUploader(desk, hr).uploadPending();
    const double upSeconds = seconds(timer);
    const qint64 peakUp = uploading.stop();
    if (!up.ok() || up->uploaded != 1) {
        std::fprintf(stderr,
                     "upload failed: %s %s\n",
                     up.ok() ? "" : qPrintable(up.error()),
                     up.ok() ? qPrintable(up->refusals.join(QLatin1Char(' '))) : "");
        return 1;
    }
    QSqlQuery(desk.connection())
        .exec(QStringLiteral("DELETE FROM local_files WHERE sha256 = '%1'").arg(added50->sha256));
    PeakMemory downloading;
    timer.restart();
    const Result<void> down = FileDownloader(desk, hr).fetch(added50->sha256);
    const double downSeconds = seconds(timer);
    const qint64 peakDown = downloading.stop();
    if (!down.ok()) {
        std::fprintf(stderr, "download failed: %s\n", qPrintable(down.error()));
        return 1;
    }
    std::printf("  a %s file: process memory before %s; peak while storing it on the desk %s, "
                "uploading it %s (%.1f s), downloading it %s (%.1f s)\n",
                qPrintable(size(double(bigBytes))),
                qPrintable(size(rssBefore * 1024.0)),
                qPrintable(size(peakStore * 1024.0)),
                qPrintable(size(peakUp * 1024.0)),
                upSeconds,
                qPrintable(size(peakDown * 1024.0)),
                downSeconds);
    std::printf(
        "    above the memory before: storing %s, uploading %s, downloading %s (the file is "
        "%s)\n",
        qPrintable(size((peakStore - rssBefore) * 1024.0)),
        qPrintable(size((peakUp - rssBefore) * 1024.0)),
        qPrintable(size((peakDown - rssBefore) * 1024.0)),
        qPrintable(size(double(bigBytes))));
    return 0;
}
