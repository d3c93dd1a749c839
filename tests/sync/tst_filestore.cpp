#include "deskfiles.h"

#include <core/files/filedownloader.h>
#include <core/files/filestore.h>
#include <core/files/fileuploader.h>
#include <core/storage/sql.h>

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <tuple>

using namespace Civitas;

// The file store (central core 0010, local core 0005, HR's pieces in hr 0005 / 0002) against a
// real PostgreSQL: uploads in chunks that resume after a cut, refusals for size and type before
// any byte is sent, the server handing a file only to who may read a row referring to it
// (attacked in plain SQL as every role and through a tampered desk file), the desk's cache
// and its pins, the withdrawal of a piece, and the move of existing pieces into the store.
class tst_FileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void uploadCutHalfwayGoesOnFromItsLastChunk();
    void aFileIsRefusedForItsSizeAndItsTypeBeforeAnyByteIsSent();
    void onlyWhoMaySeeARowReadsItsFile();
    void nobodyWritesTheStoreButThroughAnUpload();
    void aHashLearntIsNotAFileHeld();
    void aTamperedDeskCannotReferToAFileItDidNotUpload();
    void aDraftCannotTakeAFileItsAgentDidNotUpload();
    void aFileMovedBetweenRowsInOnePushIsKept();
    void aFileFetchedHereIsUploadedToBeFiledAgain();
    void evictionKeepsWhatIsPinnedOwnOrUnsent();
    void aWithdrawnPieceLeavesTheServerAndEveryDesk();
    void existingPiecesMoveIntoTheStoreWithTheirNumbers();
    void aDeskFileKeepsItsPiecesAndItsUnsentChangesThroughTheMove();
    void aLoginCannotFillTheServerWithFilesNoRowNeeds();

private:
    QSqlQuery as(const QString &login);
    QString addPiece(Client &desk, const QString &agent, const StoredFile &file);

    ServerFixture *m_server = nullptr;
    int m_connections = 0;
};

namespace {

// A PDF of `size` bytes: the header that makes it one, then bytes no two calls share.
QByteArray pdfOf(qint64 size)
{
    QByteArray bytes("%PDF-1.4\n");
    while (bytes.size() < size)
        bytes.append(char(QRandomGenerator::global()->bounded(256)));
    bytes.truncate(size);
    return bytes;
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QStringList pieceTypes{
    QStringLiteral("application/pdf"), QStringLiteral("image/jpeg"), QStringLiteral("image/png")};

} // namespace

void tst_FileStore::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.org_units (id, parent_id, kind, code, name, head_agent_id) VALUES "
        "('d-st', NULL, 'direction', 'DST', 'Services techniques', 'ag-head'), "
        "('u-ev', 'd-st', 'service', 'DST-EV', 'Espaces verts', NULL), "
        "('u-rh', NULL, 'service', 'DRH', 'Ressources humaines', NULL)")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, post_title, entry_date) VALUES "
        "('ag-1', '000001', 'MARTIN', 'Jeanne', 'u-ev', 'Jardinière', '2012-03-01'), "
        "('ag-2', '000002', 'BERNARD', 'Karim', 'u-ev', 'Jardinier', '2014-03-01'), "
        "('ag-head', '000003', 'DURAND', 'Paul', 'd-st', 'Directeur', '2005-09-01'), "
        "('ag-hr', '000004', 'PETIT', 'Lucie', 'u-rh', 'Gestionnaire', '2015-01-05')")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.working_times (id, agent_id, effective_date, kind, weekly_minutes, "
        "weekly_pattern) VALUES ('w-1', 'ag-1', '2012-03-01', 'full_time', 2100, "
        "'11111111110000')")));
    QVERIFY(m_server->addUser(
        QStringLiteral("fs_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(
        QStringLiteral("fs_other"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-2")));
    QVERIFY(m_server->addUser(QStringLiteral("fs_head"),
                              {QStringLiteral("department_head")},
                              QStringLiteral("DST"),
                              QStringLiteral("ag-head")));
    QVERIFY(m_server->addUser(QStringLiteral("fs_hr"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DRH"),
                              QStringLiteral("ag-hr")));
    QVERIFY(m_server->addUser(
        QStringLiteral("fs_hr2"), {QStringLiteral("hr")}, QStringLiteral("DRH"), {}));
    QVERIFY(m_server->addUser(
        QStringLiteral("fs_admin"), {QStringLiteral("administrator")}, QStringLiteral("DRH"), {}));
}

void tst_FileStore::cleanupTestCase()
{
    delete m_server;
}

QSqlQuery tst_FileStore::as(const QString &login)
{
    return QSqlQuery(
        m_server->connectAs(login, QStringLiteral("fs-%1-%2").arg(login).arg(++m_connections)));
}

// A new piece of `agent`'s file on `desk`, referring to `file` (as AgentFileStore writes it).
QString tst_FileStore::addPiece(Client &desk, const QString &agent, const StoredFile &file)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sql::Statement insert(desk.db().connection(),
                          QStringLiteral("INSERT INTO agent_documents (id, agent_id, "
                                         "sequence_number, category, title, document_date, "
                                         "file_name, mime_type, byte_size, content_sha256) "
                                         "VALUES (?, ?, 1, 'other', 'Pièce', '2026-01-05', "
                                         "'piece.pdf', ?, ?, ?)"));
    if (!insert.exec({id, agent, file.mimeType, file.byteSize, file.sha256}))
        qWarning() << insert.error();
    return id;
}

void tst_FileStore::uploadCutHalfwayGoesOnFromItsLastChunk()
{
    Client hr(*m_server, QStringLiteral("fs_hr"));
    QVERIFY(hr.sync());
    const QByteArray bytes = pdfOf(3 * FileStore::ChunkSize + 12345);
    const Result<StoredFile> stored = FileStore(hr.db()).addBytes(bytes, pieceTypes);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored.value().sha256, hashOf(bytes));
    const QString piece = addPiece(hr, QStringLiteral("ag-1"), stored.value());

    // The connection is cut after two chunks: the server keeps them.
    {
        FileUploader uploader(hr.db(), hr.server());
        int sent = 0;
        uploader.progress = [&sent](qint64, qint64) {
            ++sent;
        };
        uploader.cancelled = [&sent] {
            return sent >= 2;
        };
        const Result<FileUploader::Outcome> cut = uploader.uploadPending();
        QVERIFY2(cut.ok(), qPrintable(cut.error()));
        QCOMPARE(cut.value().uploaded, 0);
    }
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.upload_chunks "
                                         "WHERE sha256 = '%1'")
                              .arg(stored.value().sha256))
                 .toInt(),
             2);
    QCOMPARE(m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.stored_files")).toInt(),
             0);

    // The next sync sends chunks 3 and 4 only, then the row.
    qint64 firstProgress = -1;
    {
        FileUploader uploader(hr.db(), hr.server());
        uploader.progress = [&firstProgress](qint64 done, qint64) {
            if (firstProgress < 0)
                firstProgress = done;
        };
        const Result<FileUploader::Outcome> resumed = uploader.uploadPending();
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE(resumed.value().uploaded, 1);
    }
    QCOMPARE(firstProgress, 3 * FileStore::ChunkSize);
    SyncReport report;
    QVERIFY(hr.sync(&report));
    QCOMPARE(report.refused, 0);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT byte_size FROM civitas.agent_documents "
                                         "WHERE id = '%1' AND content_sha256 = '%2'")
                              .arg(piece, stored.value().sha256))
                 .toLongLong(),
             bytes.size());
    // Stored whole, once, and the desk's copy now counts as the server's.
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT sum(length(data)) FROM civitas.file_chunks "
                                         "WHERE sha256 = '%1'")
                              .arg(stored.value().sha256))
                 .toLongLong(),
             bytes.size());
    QCOMPARE(m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.upload_chunks")).toInt(),
             0);
    QCOMPARE(hr.scalar(QStringLiteral("SELECT on_server FROM local_files WHERE sha256 = '%1'")
                           .arg(stored.value().sha256))
                 .toInt(),
             1);

    // Another HR desk fetches it on demand, chunk by chunk, and gets the same bytes.
    Client other(*m_server, QStringLiteral("fs_hr2"));
    QVERIFY(other.sync());
    QVERIFY(!FileStore(other.db()).isAvailable(stored.value().sha256));
    FileDownloader downloader(other.db(), other.server());
    int parts = 0;
    downloader.progress = [&parts](qint64, qint64) {
        ++parts;
    };
    const Result<void> fetched = downloader.fetch(stored.value().sha256);
    QVERIFY2(fetched.ok(), qPrintable(fetched.error()));
    QCOMPARE(parts, 4);
    const Result<QByteArray> read = FileStore(other.db()).read(stored.value().sha256);
    QVERIFY(read.ok());
    QVERIFY(read.value() == bytes);
}

void tst_FileStore::aFileIsRefusedForItsSizeAndItsTypeBeforeAnyByteIsSent()
{
    Client hr(*m_server, QStringLiteral("fs_hr"));
    QVERIFY(hr.sync());
    FileStore store(hr.db());
    // By content, not by name: a text file is not a PDF, whatever it is called.
    const Result<StoredFile> text = store.addBytes("#!/bin/sh\nrm -rf /\n", pieceTypes);
    QVERIFY(!text.ok());
    QVERIFY2(text.error().contains(QLatin1String("PDF")), qPrintable(text.error()));
    // The town's limit, from its settings, with the limit in the message.
    QVERIFY(hr.exec(QStringLiteral(
        "INSERT INTO town_settings (id, value) VALUES ('files/maxBytes', '100000')")));
    const Result<StoredFile> big = store.addBytes(pdfOf(100001), pieceTypes);
    QVERIFY(!big.ok());
    QVERIFY2(big.error().contains(QLocale().formattedDataSize(100000)), qPrintable(big.error()));
    QCOMPARE(
        hr.scalar(QStringLiteral("SELECT count(*) FROM local_files WHERE on_server = 0")).toInt(),
        0);

    // The server checks the same, whatever the desk says.
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.town_settings (id, value) VALUES ('files/maxBytes', '100000')")));
    QSqlQuery q = as(QStringLiteral("fs_hr"));
    QVERIFY(!q.exec(QStringLiteral("SELECT civitas.begin_upload(repeat('a', 64), 100001, "
                                   "'application/pdf')")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("100000")),
             qPrintable(q.lastError().text()));
    QVERIFY(
        !q.exec(QStringLiteral("SELECT civitas.begin_upload(repeat('a', 64), 10, 'text/x-sh')")));
    // Bytes that are not what was announced: refused when the upload ends, nothing stored.
    const QByteArray script("#!/bin/sh\necho\n");
    QVERIFY(q.exec(QStringLiteral("SELECT civitas.begin_upload('%1', %2, 'application/pdf')")
                       .arg(hashOf(script))
                       .arg(script.size())));
    q.prepare(QStringLiteral("SELECT civitas.upload_chunk(?, 0, ?)"));
    q.addBindValue(hashOf(script));
    q.addBindValue(script);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("SELECT civitas.finish_upload('%1')").arg(hashOf(script)))
            && q.next());
    QVERIFY2(q.value(0).toString().contains(QLatin1String("not of type")),
             qPrintable(q.value(0).toString()));
    // Bytes whose hash is not the one announced.
    const QByteArray pdf = pdfOf(500);
    QVERIFY(q.exec(QStringLiteral("SELECT civitas.begin_upload(repeat('b', 64), 500, "
                                  "'application/pdf')")));
    q.prepare(QStringLiteral("SELECT civitas.upload_chunk(repeat('b', 64), 0, ?)"));
    q.addBindValue(pdf);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("SELECT civitas.finish_upload(repeat('b', 64))")) && q.next());
    QVERIFY2(q.value(0).toString().contains(QLatin1String("fingerprint")),
             qPrintable(q.value(0).toString()));
    // The refused upload was dropped: the next attempt starts from its first chunk, not from
    // the bad bytes kept (it would fail the same way for a week).
    QVERIFY(q.exec(QStringLiteral("SELECT civitas.begin_upload(repeat('b', 64), 500, "
                                  "'application/pdf')"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.stored_files WHERE sha256 "
                                         "IN ('%1', repeat('b', 64))")
                              .arg(hashOf(script)))
                 .toInt(),
             0);
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.town_settings SET deleted = 1 WHERE id = 'files/maxBytes'")));
}

void tst_FileStore::onlyWhoMaySeeARowReadsItsFile()
{
    // HR files a piece in ag-1's file and one in ag-2's.
    Client hr(*m_server, QStringLiteral("fs_hr"));
    QVERIFY(hr.sync());
    const Result<StoredFile> mine = FileStore(hr.db()).addBytes(pdfOf(2000), pieceTypes);
    const Result<StoredFile> theirs = FileStore(hr.db()).addBytes(pdfOf(3000), pieceTypes);
    QVERIFY(mine.ok() && theirs.ok());
    addPiece(hr, QStringLiteral("ag-1"), mine.value());
    addPiece(hr, QStringLiteral("ag-2"), theirs.value());
    SyncReport report;
    QVERIFY(hr.sync(&report));
    QCOMPARE(report.refused, 0);

    const auto chunksSeen = [this](const QString &login, const QString &sha256) {
        QSqlQuery q = as(login);
        return q.exec(QStringLiteral("SELECT count(*) FROM civitas.file_chunks WHERE sha256 = '%1'")
                          .arg(sha256))
                       && q.next()
                   ? q.value(0).toInt()
                   : -1;
    };
    QCOMPARE(chunksSeen(QStringLiteral("fs_agent"), mine.value().sha256), 1);
    QCOMPARE(chunksSeen(QStringLiteral("fs_agent"), theirs.value().sha256), 0);
    QCOMPARE(chunksSeen(QStringLiteral("fs_other"), mine.value().sha256), 0);
    QCOMPARE(chunksSeen(QStringLiteral("fs_head"), mine.value().sha256), 0);
    QCOMPARE(chunksSeen(QStringLiteral("fs_admin"), mine.value().sha256), 0);
    QCOMPARE(chunksSeen(QStringLiteral("fs_hr2"), theirs.value().sha256), 1);
    // A scan of the whole store shows an agent their own files only.
    QSqlQuery scan = as(QStringLiteral("fs_other"));
    QVERIFY(scan.exec(QStringLiteral("SELECT DISTINCT sha256 FROM civitas.stored_files")));
    while (scan.next())
        QVERIFY(scan.value(0).toString() != mine.value().sha256);

    // The agent's desk fetches their own piece after the sync, and cannot fetch the other.
    Client agent(*m_server, QStringLiteral("fs_agent"));
    SyncReport agentReport;
    QVERIFY(agent.sync(&agentReport));
    QVERIFY(FileStore(agent.db()).isAvailable(mine.value().sha256));
    QVERIFY(agentReport.filesFetched >= 1);
    FileDownloader downloader(agent.db(), agent.server());
    const Result<void> refused = downloader.fetch(theirs.value().sha256);
    QVERIFY(!refused.ok());
    QVERIFY(!FileStore(agent.db()).isAvailable(theirs.value().sha256));
}

void tst_FileStore::nobodyWritesTheStoreButThroughAnUpload()
{
    const QStringList logins{QStringLiteral("fs_agent"),
                             QStringLiteral("fs_head"),
                             QStringLiteral("fs_hr"),
                             QStringLiteral("fs_admin")};
    const QString hash = QString(64, QLatin1Char('c'));
    for (const QString &login : logins) {
        QSqlQuery q = as(login);
        const QStringList attacks{
            QStringLiteral("INSERT INTO civitas.stored_files (sha256, byte_size, mime_type) "
                           "VALUES ('%1', 1, 'application/pdf')")
                .arg(hash),
            QStringLiteral("INSERT INTO civitas.file_chunks (sha256, chunk_index, data) "
                           "VALUES ('%1', 0, '\\x25')")
                .arg(hash),
            QStringLiteral("INSERT INTO civitas.file_holders (sha256, login) VALUES ('%1', '%2')")
                .arg(hash, login),
            QStringLiteral("UPDATE civitas.file_chunks SET data = '\\x00'"),
            QStringLiteral("DELETE FROM civitas.stored_files"),
            QStringLiteral("INSERT INTO civitas.file_uploads (sha256, login, byte_size, mime_type) "
                           "VALUES ('%1', '%2', 1, 'application/pdf')")
                .arg(hash, login),
            QStringLiteral("INSERT INTO civitas.upload_chunks VALUES ('%1', '%2', 0, '\\x25')")
                .arg(hash, login),
            QStringLiteral("INSERT INTO civitas.file_references VALUES "
                           "('civitas.agents', 'id', ARRAY['application/pdf'])"),
            QStringLiteral("SELECT civitas.make_file_reference('civitas.agents', 'id', "
                           "'registration_number', 'post_title', ARRAY['application/pdf'])"),
            // Nobody reads another login's uploads, finished or not.
            QStringLiteral("SELECT * FROM civitas.file_uploads"),
            QStringLiteral("SELECT * FROM civitas.upload_chunks"),
            // A chunk of an upload nobody began.
            QStringLiteral("SELECT civitas.upload_chunk('%1', 0, '\\x25')").arg(hash),
            QStringLiteral("SELECT civitas.finish_upload('%1')").arg(hash),
        };
        for (const QString &attack : attacks)
            QVERIFY2(!q.exec(attack), qPrintable(login + QStringLiteral(": ") + attack));
        // Nobody else's holdings or uploads are visible.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM civitas.file_holders "
                                      "WHERE login <> '%1'")
                           .arg(login)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void tst_FileStore::aHashLearntIsNotAFileHeld()
{
    // fs_hr filed a piece; fs_hr2 learns its hash (it may read the row) and files a piece of
    // its own naming that hash: refused, since it never sent those bytes. Reading the file
    // through its own row would otherwise be as good as holding it.
    Client hr(*m_server, QStringLiteral("fs_hr"));
    QVERIFY(hr.sync());
    const Result<StoredFile> stored = FileStore(hr.db()).addBytes(pdfOf(4000), pieceTypes);
    QVERIFY(stored.ok());
    addPiece(hr, QStringLiteral("ag-2"), stored.value());
    QVERIFY(hr.sync());
    QSqlQuery q = as(QStringLiteral("fs_hr2"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO civitas.agent_documents (id, agent_id, "
                                   "sequence_number, category, title, document_date, file_name, "
                                   "mime_type, byte_size, content_sha256) VALUES ('d-stolen', "
                                   "'ag-head', 1, 'other', 'x', '2026-01-01', 'x.pdf', "
                                   "'application/pdf', 1, '%1')")
                        .arg(stored.value().sha256)));
    QVERIFY2(q.lastError().text().contains(QLatin1String("was not uploaded by")),
             qPrintable(q.lastError().text()));
    // Uploading the bytes proves it holds them: then it may (stored once all the same).
    const QByteArray bytes = FileStore(hr.db()).read(stored.value().sha256).value();
    QVERIFY(q.exec(QStringLiteral("SELECT civitas.begin_upload('%1', %2, 'application/pdf')")
                       .arg(stored.value().sha256)
                       .arg(bytes.size())));
    q.prepare(QStringLiteral("SELECT civitas.upload_chunk(?, 0, ?)"));
    q.addBindValue(stored.value().sha256);
    q.addBindValue(bytes);
    QVERIFY(q.exec());
    QVERIFY2(
        q.exec(QStringLiteral("SELECT civitas.finish_upload('%1')").arg(stored.value().sha256)),
        qPrintable(q.lastError().text()));
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT count(*) FROM civitas.file_chunks WHERE sha256 = '%1'")
                         .arg(stored.value().sha256))
            .toInt(),
        1);
    // The row's size and type are the server's, whatever the desk wrote.
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO civitas.agent_documents (id, agent_id, "
                                   "sequence_number, category, title, document_date, file_name, "
                                   "mime_type, byte_size, content_sha256) VALUES ('d-held', "
                                   "'ag-head', 1, 'other', 'x', '2026-01-01', 'x.png', "
                                   "'image/png', 1, '%1')")
                        .arg(stored.value().sha256)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral(
        "SELECT byte_size, mime_type FROM civitas.agent_documents WHERE id = 'd-held'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(bytes.size()));
    QCOMPARE(q.value(1).toString(), QStringLiteral("application/pdf"));
}

void tst_FileStore::aTamperedDeskCannotReferToAFileItDidNotUpload()
{
    // A stored file fs_hr filed; fs_hr2's desk file is edited by hand to name it in a piece.
    Client hr(*m_server, QStringLiteral("fs_hr"));
    QVERIFY(hr.sync());
    const Result<StoredFile> stored = FileStore(hr.db()).addBytes(pdfOf(5000), pieceTypes);
    QVERIFY(stored.ok());
    addPiece(hr, QStringLiteral("ag-2"), stored.value());
    QVERIFY(hr.sync());

    QTemporaryDir dir;
    const QString desk = dir.filePath(QStringLiteral("hr2.sqlite"));
    QCOMPARE(runAdmin(nullptr, {}, {QStringLiteral("init"), QStringLiteral("--db"), desk}).code, 0);
    AdminRun first = runAdmin(
        m_server, QStringLiteral("fs_hr2"), {QStringLiteral("sync"), QStringLiteral("--db"), desk});
    QVERIFY2(first.code == 0, qPrintable(first.all()));
    QString error;
    fileQuery(
        desk,
        QStringLiteral("INSERT INTO agent_documents (id, agent_id, sequence_number, category, "
                       "title, document_date, file_name, mime_type, byte_size, "
                       "content_sha256) VALUES ('d-tampered', 'ag-head', 1, 'other', 'x', "
                       "'2026-01-01', 'x.pdf', 'application/pdf', 5000, ?)"),
        {stored.value().sha256},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const AdminRun tampered = runAdmin(
        m_server, QStringLiteral("fs_hr2"), {QStringLiteral("sync"), QStringLiteral("--db"), desk});
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.agent_documents "
                                         "WHERE id = 'd-tampered'"))
                 .toInt(),
             0);
    QCOMPARE(
        fileQuery(desk, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'refused'"))
            .toInt(),
        1);
    QVERIFY2(tampered.all().contains(QLatin1String("refus"), Qt::CaseInsensitive),
             qPrintable(tampered.all()));
}

// Upload as `login` in plain SQL, as a desk does: begin, one chunk, finish.
static bool uploadAs(QSqlQuery &q, const QByteArray &bytes)
{
    const QString sha256 = hashOf(bytes);
    q.prepare(QStringLiteral("SELECT civitas.begin_upload(?, ?, 'application/pdf')"));
    q.addBindValue(sha256);
    q.addBindValue(bytes.size());
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("SELECT civitas.upload_chunk(?, 0, ?)"));
    q.addBindValue(sha256);
    q.addBindValue(bytes);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("SELECT civitas.finish_upload(?)"));
    q.addBindValue(sha256);
    return q.exec() && q.next() && q.value(0).isNull();
}

void tst_FileStore::aDraftCannotTakeAFileItsAgentDidNotUpload()
{
    // HR files a piece in the head's file; the agent learnt its hash. A draft of theirs with no
    // document yet is given that hash: refused (an unset document is no proof of upload).
    Client hr(*m_server, QStringLiteral("fs_hr"));
    QVERIFY(hr.sync());
    const Result<StoredFile> secret = FileStore(hr.db()).addBytes(pdfOf(7000), pieceTypes);
    QVERIFY(secret.ok());
    addPiece(hr, QStringLiteral("ag-head"), secret.value());
    QVERIFY(hr.sync());
    QSqlQuery agent = as(QStringLiteral("fs_agent"));
    QVERIFY2(agent.exec(QStringLiteral(
                 "INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, start_date, "
                 "end_date, half_days, state) VALUES ('lr-draft', 'ag-1', 'leave-type-annual', "
                 "'2031-10-06', '2031-10-06', 2, 'draft')")),
             qPrintable(agent.lastError().text()));
    QVERIFY(!agent.exec(QStringLiteral("UPDATE civitas.leave_requests SET document_sha256 = '%1', "
                                       "document_name = 'x.pdf' WHERE id = 'lr-draft'")
                            .arg(secret.value().sha256)));
    QVERIFY2(agent.lastError().text().contains(QLatin1String("was not uploaded by")),
             qPrintable(agent.lastError().text()));
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral(
                         "SELECT count(*) FROM civitas.leave_requests WHERE document_sha256 = '%1'")
                         .arg(secret.value().sha256))
            .toInt(),
        0);
    // The same refusal for a hash nothing is stored under: a hash tells nobody what exists.
    QVERIFY(!agent.exec(QStringLiteral("UPDATE civitas.leave_requests SET document_sha256 = "
                                       "repeat('d', 64) WHERE id = 'lr-draft'")));
    QVERIFY2(agent.lastError().text().contains(QLatin1String("was not uploaded by")),
             qPrintable(agent.lastError().text()));
}

void tst_FileStore::aFileMovedBetweenRowsInOnePushIsKept()
{
    // The agent attaches X to a draft, then moves X to a second draft and gives the first Y;
    // the push applies "first -> Y" before "second -> X": X is referred to by nothing in
    // between, and must still be there.
    QSqlQuery agent = as(QStringLiteral("fs_agent"));
    const QByteArray x = pdfOf(1500), y = pdfOf(1600);
    QVERIFY(uploadAs(agent, x));
    QVERIFY(uploadAs(agent, y));
    for (const QString &id : {QStringLiteral("lr-m1"), QStringLiteral("lr-m2")}) {
        QVERIFY2(agent.exec(QStringLiteral(
                                "INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, "
                                "start_date, end_date, half_days, state) VALUES ('%1', 'ag-1', "
                                "'leave-type-annual', '%2', '%2', 2, 'draft')")
                                .arg(id,
                                     id == QLatin1String("lr-m1") ? QStringLiteral("2031-11-03")
                                                                  : QStringLiteral("2031-11-04"))),
                 qPrintable(agent.lastError().text()));
    }
    QVERIFY2(agent.exec(QStringLiteral("UPDATE civitas.leave_requests SET document_sha256 = '%1', "
                                       "document_name = 'x.pdf' WHERE id = 'lr-m1'")
                            .arg(hashOf(x))),
             qPrintable(agent.lastError().text()));
    QVERIFY(agent.exec(QStringLiteral("UPDATE civitas.leave_requests SET document_sha256 = '%1' "
                                      "WHERE id = 'lr-m1'")
                           .arg(hashOf(y))));
    QVERIFY2(agent.exec(QStringLiteral("UPDATE civitas.leave_requests SET document_sha256 = '%1', "
                                       "document_name = 'x.pdf' WHERE id = 'lr-m2'")
                            .arg(hashOf(x))),
             qPrintable(agent.lastError().text()));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.file_chunks WHERE sha256 = "
                                         "'%1'")
                              .arg(hashOf(x)))
                 .toInt(),
             1);
    // A file nothing refers to is forgotten an hour after it was let go.
    QVERIFY(agent.exec(QStringLiteral("UPDATE civitas.leave_requests SET document_sha256 = NULL, "
                                      "document_name = '' WHERE id = 'lr-m2'")));
    QVERIFY(m_server->exec(QStringLiteral("UPDATE civitas.stored_files SET unreferenced_since = "
                                          "now() - interval '2 hours' WHERE sha256 = '%1'")
                               .arg(hashOf(x))));
    QVERIFY(m_server->exec(QStringLiteral("SELECT civitas.forget_unreferenced_files()")));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.stored_files WHERE sha256 "
                                         "IN ('%1', '%2')")
                              .arg(hashOf(x), hashOf(y)))
                 .toInt(),
             1);
}

void tst_FileStore::aFileFetchedHereIsUploadedToBeFiledAgain()
{
    // fs_hr2 opened a piece fs_hr filed (fetched, so on this desk as the server's), and files
    // the same file in another agent's file: its desk uploads it under its own login first.
    Client hr(*m_server, QStringLiteral("fs_hr"));
    QVERIFY(hr.sync());
    const Result<StoredFile> stored = FileStore(hr.db()).addBytes(pdfOf(8000), pieceTypes);
    QVERIFY(stored.ok());
    addPiece(hr, QStringLiteral("ag-1"), stored.value());
    QVERIFY(hr.sync());
    Client other(*m_server, QStringLiteral("fs_hr2"));
    QVERIFY(other.sync());
    QVERIFY(FileDownloader(other.db(), other.server()).fetch(stored.value().sha256).ok());
    const QString again = addPiece(other, QStringLiteral("ag-2"), stored.value());
    SyncReport report;
    QVERIFY(other.sync(&report));
    QCOMPARE(report.refused, 0);
    QCOMPARE(report.filesUploaded, 1);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT content_sha256 FROM civitas.agent_documents "
                                         "WHERE id = '%1'")
                              .arg(again))
                 .toString(),
             stored.value().sha256);
    // Still stored once.
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.file_chunks WHERE sha256 = "
                                         "'%1'")
                              .arg(stored.value().sha256))
                 .toInt(),
             1);
}

void tst_FileStore::evictionKeepsWhatIsPinnedOwnOrUnsent()
{
    Client hr(*m_server, QStringLiteral("fs_hr"));
    QVERIFY(hr.sync());
    FileStore store(hr.db());
    // Four files of 1.5 MiB filed, then sent: the server's now, used in this order.
    QStringList hashes;
    for (int i = 0; i < 4; ++i) {
        const Result<StoredFile> f
            = store.addBytes(pdfOf(FileStore::ChunkSize * 3 / 2), pieceTypes);
        QVERIFY(f.ok());
        hashes << f.value().sha256;
        addPiece(hr, i == 3 ? QStringLiteral("ag-hr") : QStringLiteral("ag-1"), f.value());
    }
    QVERIFY(hr.sync());
    for (int i = 0; i < 4; ++i)
        QVERIFY(hr.exec(QStringLiteral("UPDATE local_files SET last_used = '2026-01-0%1T00:00:00Z' "
                                       "WHERE sha256 = '%2' AND on_server = 1")
                            .arg(i + 1)
                            .arg(hashes.at(i))));
    // One added here and not uploaded yet: it exists nowhere else.
    const Result<StoredFile> unsent
        = store.addBytes(pdfOf(FileStore::ChunkSize * 3 / 2), pieceTypes);
    QVERIFY(unsent.ok());
    addPiece(hr, QStringLiteral("ag-1"), unsent.value());
    QVERIFY(store.setPinned(hashes.at(0), true).ok());

    // A cap of 2 MiB: the oldest unpinned (1) goes, then 2; 0 is pinned, 3 is the user's own
    // (fs_hr is ag-hr), the unsent one stays.
    const Result<qint64> freed = store.evict(2 * FileStore::ChunkSize, QStringLiteral("ag-hr"));
    QVERIFY2(freed.ok(), qPrintable(freed.error()));
    QVERIFY(store.isAvailable(hashes.at(0)));
    QVERIFY(!store.isAvailable(hashes.at(1)));
    QVERIFY(!store.isAvailable(hashes.at(2)));
    QVERIFY(store.isAvailable(hashes.at(3)));
    QVERIFY(store.isAvailable(unsent.value().sha256));
    QCOMPARE(freed.value(), 2 * (FileStore::ChunkSize * 3 / 2));
}

void tst_FileStore::aWithdrawnPieceLeavesTheServerAndEveryDesk()
{
    Client hr(*m_server, QStringLiteral("fs_hr"));
    QVERIFY(hr.sync());
    const Result<StoredFile> stored = FileStore(hr.db()).addBytes(pdfOf(6000), pieceTypes);
    QVERIFY(stored.ok());
    const QString piece = addPiece(hr, QStringLiteral("ag-1"), stored.value());
    QVERIFY(hr.sync());
    const int number = m_server
                           ->scalar(QStringLiteral("SELECT sequence_number FROM "
                                                   "civitas.agent_documents WHERE id = '%1'")
                                        .arg(piece))
                           .toInt();
    // The agent has it offline; another HR desk opened it.
    Client agent(*m_server, QStringLiteral("fs_agent"));
    QVERIFY(agent.sync());
    QVERIFY(FileStore(agent.db()).isAvailable(stored.value().sha256));
    Client other(*m_server, QStringLiteral("fs_hr2"));
    QVERIFY(other.sync());
    QVERIFY(FileDownloader(other.db(), other.server()).fetch(stored.value().sha256).ok());
    QVERIFY(FileStore(other.db()).setPinned(stored.value().sha256, true).ok());

    // A withdrawal needs its reason and decision: the server refuses it bare.
    QSqlQuery q = as(QStringLiteral("fs_hr"));
    QVERIFY(!q.exec(QStringLiteral("UPDATE civitas.agent_documents SET withdrawn_on = "
                                   "current_date, content_sha256 = NULL WHERE id = '%1'")
                        .arg(piece)));
    // An agent may not withdraw (nor touch) a piece.
    QSqlQuery a = as(QStringLiteral("fs_agent"));
    a.exec(QStringLiteral("UPDATE civitas.agent_documents SET withdrawn_on = current_date, "
                          "withdrawal_reason = 'x', withdrawal_decision = 'y' WHERE id = '%1'")
               .arg(piece));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT withdrawn_on IS NULL FROM civitas.agent_documents "
                                         "WHERE id = '%1'")
                              .arg(piece))
                 .toBool(),
             true);

    QVERIFY(hr.exec(QStringLiteral("UPDATE agent_documents SET withdrawn_on = '2026-12-03', "
                                   "withdrawal_reason = 'Sanction amnistiée', "
                                   "withdrawal_decision = 'Arrêté 2026-123', content_sha256 = NULL "
                                   "WHERE id = '%1'")
                        .arg(piece)));
    SyncReport report;
    QVERIFY(hr.sync(&report));
    QCOMPARE(report.refused, 0);
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT count(*) FROM civitas.stored_files WHERE sha256 = '%1'")
                         .arg(stored.value().sha256))
            .toInt(),
        0);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT sequence_number FROM civitas.agent_documents "
                                         "WHERE id = '%1' AND withdrawn_on IS NOT NULL "
                                         "AND withdrawal_decision = 'Arrêté 2026-123'")
                              .arg(piece))
                 .toInt(),
             number);
    // Final: the bytes cannot come back.
    QVERIFY(!q.exec(QStringLiteral("UPDATE civitas.agent_documents SET withdrawn_on = NULL, "
                                   "withdrawal_reason = '', withdrawal_decision = '', "
                                   "content_sha256 = '%1' WHERE id = '%2'")
                        .arg(stored.value().sha256, piece)));
    // Every desk drops its copy at its next pull, pinned or not.
    QVERIFY(agent.sync());
    QVERIFY(other.sync());
    QVERIFY(!FileStore(agent.db()).isAvailable(stored.value().sha256));
    QVERIFY(!FileStore(other.db()).isAvailable(stored.value().sha256));
    QCOMPARE(hr.scalar(QStringLiteral("SELECT count(*) FROM local_files WHERE sha256 = '%1'")
                           .arg(stored.value().sha256))
                 .toInt(),
             0);
}

void tst_FileStore::existingPiecesMoveIntoTheStoreWithTheirNumbers()
{
    // A server of the schema before the store, with pieces inline, then brought up to date.
    ServerFixture old;
    QList<Migration> before;
    for (const Migration &m : migrationsIn(QStringLiteral("central"))) {
        if (!(m.module == QLatin1String("hr") && m.version >= 5)
            && !(m.module == QLatin1String("core") && (m.version == 10 || m.version >= 15))
            && !(m.module == QLatin1String("leave") && m.version >= 7))
            before << m;
    }
    QVERIFY(old.createWith(before));
    const QByteArray pdf = pdfOf(FileStore::ChunkSize + 10);
    QVERIFY(old.exec(QStringLiteral(
        "INSERT INTO civitas.org_units (id, kind, code, name) VALUES ('u', 'service', 'S', 'S')")));
    QVERIFY(old.exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, post_title, entry_date) VALUES ('ag', '1', 'N', 'P', 'u', 'x', "
        "'2015-01-01')")));
    QSqlQuery q(old.admin());
    q.prepare(QStringLiteral("INSERT INTO civitas.agent_documents (id, agent_id, sequence_number, "
                             "category, title, document_date, file_name, mime_type, byte_size, "
                             "content) VALUES (?, 'ag', 1, 'other', 't', '2020-01-01', 'a.pdf', "
                             "'application/pdf', ?, ?)"));
    for (const QString &id : {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")}) {
        q.bindValue(0, id);
        q.bindValue(1, pdf.size());
        q.bindValue(2, pdf);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(old.migrateTo(migrationsIn(QStringLiteral("central"))));
    QCOMPARE(old.scalar(QStringLiteral("SELECT string_agg(sequence_number::text, ',' ORDER BY id) "
                                       "FROM civitas.agent_documents WHERE content_sha256 = '%1'")
                            .arg(hashOf(pdf)))
                 .toString(),
             QStringLiteral("1,2,3"));
    // Stored once, in two chunks, whole.
    QCOMPARE(old.scalar(QStringLiteral("SELECT count(*) || ':' || sum(length(data)) FROM "
                                       "civitas.file_chunks"))
                 .toString(),
             QStringLiteral("2:%1").arg(pdf.size()));
}

void tst_FileStore::aDeskFileKeepsItsPiecesAndItsUnsentChangesThroughTheMove()
{
    // A desk file of before the store: pieces inline, one synced, one filed here and not sent.
    QList<Migration> before;
    for (const Migration &m : migrationsIn(QStringLiteral("migrations"))) {
        if (!(m.module == QLatin1String("core") && (m.version == 5 || m.version >= 11))
            && !(m.module == QLatin1String("hr") && m.version >= 2)
            && !(m.module == QLatin1String("leave") && m.version >= 5))
            before << m;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QByteArray synced = pdfOf(FileStore::ChunkSize + 100), unsent = pdfOf(700);
    {
        Database old;
        QString error;
        QVERIFY2(old.open(path, &error) && old.migrate(before, &error), qPrintable(error));
        old.setCurrentUser(QStringLiteral("fs_hr"));
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO agents (id, registration_number, birth_name, "
                                      "first_names, entry_date) VALUES ('ag-x', '9', 'N', 'P', "
                                      "'2015-01-01')")));
        // The synced piece came from a server (version 3); the other is a change not sent.
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_control SET capture = 0")));
        q.prepare(QStringLiteral("INSERT INTO agent_documents (id, agent_id, sequence_number, "
                                 "category, title, document_date, file_name, mime_type, "
                                 "byte_size, content, row_version) VALUES (?, 'ag-x', ?, 'other', "
                                 "'t', '2020-01-01', 'a.pdf', 'application/pdf', ?, ?, ?)"));
        for (const auto &[id, number, bytes, version] :
             {std::tuple{QStringLiteral("d-synced"), 1, synced, 3},
              std::tuple{QStringLiteral("d-unsent"), 2, unsent, -1}}) {
            if (version < 0)
                QVERIFY(QSqlQuery(old.connection())
                            .exec(QStringLiteral("UPDATE sync_control SET capture = 1")));
            q.bindValue(0, id);
            q.bindValue(1, number);
            q.bindValue(2, bytes.size());
            q.bindValue(3, bytes);
            q.bindValue(4, qMax(version, 0));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE row_id = 'd-unsent' "
                                      "AND json_extract(changed, '$.content') IS NOT NULL"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    Database desk;
    QString error;
    QVERIFY2(desk.open(path, &error)
                 && desk.migrate(migrationsIn(QStringLiteral("migrations")), &error),
             qPrintable(error));
    QSqlQuery q(desk.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id || ':' || sequence_number || ':' || content_sha256 "
                                  "FROM agent_documents ORDER BY sequence_number")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    QCOMPARE(rows,
             QStringList({QStringLiteral("d-synced:1:") + hashOf(synced),
                          QStringLiteral("d-unsent:2:") + hashOf(unsent)}));
    // The bytes are in the store, whole; the unsent one is to be uploaded, the other is the
    // server's (a cache).
    FileStore store(desk);
    QVERIFY(store.read(hashOf(synced)).value() == synced);
    QVERIFY(store.read(hashOf(unsent)).value() == unsent);
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(on_server, ',') FROM (SELECT on_server FROM "
                                  "local_files WHERE sha256 IN ('%1', '%2') ORDER BY byte_size)")
                       .arg(hashOf(synced), hashOf(unsent)))
            && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("0,1"));
    // The change not sent carries the hash, not the bytes.
    QVERIFY(q.exec(QStringLiteral("SELECT json_extract(changed, '$.content_sha256'), "
                                  "json_type(changed, '$.content') FROM sync_outbox "
                                  "WHERE row_id = 'd-unsent'"))
            && q.next());
    QCOMPARE(q.value(0).toString(), hashOf(unsent));
    QVERIFY(q.value(1).isNull());
}

void tst_FileStore::aLoginCannotFillTheServerWithFilesNoRowNeeds()
{
    // The town takes files of 100,000 bytes: a login may hold ten of them that no row refers
    // to, not an eleventh.
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.town_settings (id, value) VALUES ('files/maxBytes', '100000') "
        "ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value, deleted = 0")));
    QSqlQuery agent = as(QStringLiteral("fs_other"));
    for (int i = 0; i < 10; ++i)
        QVERIFY2(uploadAs(agent, pdfOf(95000)), qPrintable(agent.lastError().text()));
    QVERIFY(!uploadAs(agent, pdfOf(95000)));
    QVERIFY2(agent.lastError().text().contains(QLatin1String("no record refers to")),
             qPrintable(agent.lastError().text()));
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.town_settings SET deleted = 1 WHERE id = 'files/maxBytes'")));
}

QTEST_GUILESS_MAIN(tst_FileStore)
#include "tst_filestore.moc"
