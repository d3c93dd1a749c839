#include "fileuploader.h"
#include <core/coretr.h>

#include "filestore.h"
#include "filetype.h"
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QLocale>

namespace Civitas {

namespace {

// A failed statement on the server: a refusal of this file, or the connection gone (then the
// whole sync stops and tries again later).
bool serverStillAnswers(const QSqlDatabase &server)
{
    QSqlQuery q(server);
    return q.exec(QStringLiteral("SELECT 1"));
}

} // namespace

Result<FileUploader::Outcome> FileUploader::uploadPending()
{
    using R = Result<Outcome>;
    const QSqlDatabase db = m_local.connection();
    QSqlQuery pending(db);
    pending.setForwardOnly(true);
    // What was added here and is referred to, and whatever a change waiting to be sent refers
    // to: the server checks possession per login, not per desk (a file this desk fetched, then
    // filed for another agent, must be uploaded by this login too), and it may have forgotten a
    // file nothing referred to for an hour. begin_upload answers at once when nothing is needed.
    if (!pending.exec(
            QStringLiteral("SELECT sha256, byte_size, mime_type FROM local_files AS f "
                           "WHERE chunks_present = chunk_count "
                           "AND ((on_server = 0 AND (%1)) OR (%2)) ORDER BY added_at")
                .arg(FileStore::referencedCondition(db), FileStore::outboxReferenceCondition(db))))
        return R::failure(pending.lastError().text());
    struct Pending
    {
        QString sha256;
        qint64 size;
        QString type;
    };
    QList<Pending> files;
    qint64 total = 0;
    while (pending.next()) {
        files.append({pending.value(0).toString(),
                      pending.value(1).toLongLong(),
                      pending.value(2).toString()});
        total += files.last().size;
    }
    pending.finish();

    Outcome outcome;
    qint64 done = 0;
    for (const Pending &f : std::as_const(files)) {
        if (cancelled && cancelled())
            break;
        const Result<bool> sent = upload(f.sha256, f.size, f.type, &done, total, &outcome.refusals);
        if (!sent.ok())
            return R::failure(sent.error());
        if (sent.value())
            ++outcome.uploaded;
    }
    return outcome;
}

Result<bool> FileUploader::upload(const QString &sha256,
                                  qint64 size,
                                  const QString &type,
                                  qint64 *done,
                                  qint64 total,
                                  QStringList *refusals)
{
    using R = Result<bool>;
    const auto refusedOrLost = [&](const QSqlQuery &q) -> R {
        if (!serverStillAnswers(m_server))
            return R::failure(q.lastError().text());
        refusals->append(Tr::tr("The server refused a file (%1, %2): %3")
                             .arg(FileType::label(type),
                                  QLocale().formattedDataSize(size),
                                  q.lastError().databaseText()));
        return false;
    };
    QSqlQuery begin(m_server);
    begin.prepare(QStringLiteral("SELECT civitas.begin_upload(?, ?, ?)"));
    begin.addBindValue(sha256);
    begin.addBindValue(size);
    begin.addBindValue(type);
    if (!begin.exec() || !begin.next())
        return refusedOrLost(begin);
    int next = begin.value(0).toInt();
    const qint64 chunks = (size + FileStore::ChunkSize - 1) / FileStore::ChunkSize;
    if (next >= 0) {
        Sql::Statement chunk(m_local.connection(),
                             QStringLiteral("SELECT data FROM local_file_chunks "
                                            "WHERE sha256 = ? AND chunk_index = ?"));
        QSqlQuery send(m_server);
        send.prepare(QStringLiteral("SELECT civitas.upload_chunk(?, ?, ?)"));
        *done += qint64(next) * FileStore::ChunkSize;
        for (qint64 i = next; i < chunks; ++i) {
            if (cancelled && cancelled())
                return false;
            if (!chunk.first({sha256, i}))
                return R::failure(chunk.failed()
                                      ? chunk.error()
                                      : Tr::tr("Part %1 of a file to send is missing on this "
                                               "desk.")
                                            .arg(i + 1));
            const QByteArray data = chunk.value(0).toByteArray();
            chunk.query().finish();
            send.bindValue(0, sha256);
            send.bindValue(1, int(i));
            send.bindValue(2, data);
            if (!send.exec())
                return refusedOrLost(send);
            *done += data.size();
            if (progress)
                progress(*done, total);
        }
        QSqlQuery finish(m_server);
        finish.prepare(QStringLiteral("SELECT civitas.finish_upload(?)"));
        finish.addBindValue(sha256);
        if (!finish.exec() || !finish.next())
            return refusedOrLost(finish);
        // The bytes were refused (and the upload dropped, so that the next try starts over).
        if (!finish.value(0).isNull()) {
            refusals->append(Tr::tr("The server refused a file (%1, %2): %3")
                                 .arg(FileType::label(type),
                                      QLocale().formattedDataSize(size),
                                      finish.value(0).toString()));
            return false;
        }
    } else {
        *done += size;
    }
    Sql::Statement stored(m_local.connection(),
                          QStringLiteral("UPDATE local_files SET on_server = 1 WHERE sha256 = ?"));
    if (!stored.exec({sha256}))
        return R::failure(stored.error());
    return true;
}

} // namespace Civitas
