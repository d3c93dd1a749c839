#include "demofiles.h"

#include <core/files/filestore.h>

#include <QCryptographicHash>

namespace Civitas {

DemoFiles::DemoFiles(const QSqlDatabase &db)
    : m_file(db,
             QStringLiteral("INSERT OR IGNORE INTO local_files (sha256, byte_size, mime_type, "
                            "chunk_count, chunks_present, on_server) VALUES (?, ?, ?, ?, ?, 0)"))
    , m_chunk(db,
              QStringLiteral("INSERT OR IGNORE INTO local_file_chunks (sha256, chunk_index, data) "
                             "VALUES (?, ?, ?)"))
{}

QString DemoFiles::add(const QByteArray &content, const QString &mimeType, QString *errorMessage)
{
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const qint64 chunks = (content.size() + FileStore::ChunkSize - 1) / FileStore::ChunkSize;
    if (!m_file.exec({sha256, content.size(), mimeType, chunks, chunks}, errorMessage))
        return {};
    for (qint64 i = 0; i < chunks; ++i) {
        if (!m_chunk.exec({sha256, i, content.mid(i * FileStore::ChunkSize, FileStore::ChunkSize)},
                          errorMessage))
            return {};
    }
    return sha256;
}

} // namespace Civitas
