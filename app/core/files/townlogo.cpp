#include "townlogo.h"

#include "filestore.h"
#include "filetype.h"

#include <core/coretr.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>

namespace Civitas {

namespace {

const QStringList &pictureTypes()
{
    static const QStringList types{FileType::Png, FileType::Jpeg};
    return types;
}

// The picture in `bytes`, decoded only when its announced size is sane.
Result<QImage> decoded(const QByteArray &bytes)
{
    using R = Result<QImage>;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.width() > TownLogo::SideLimit || size.height() > TownLogo::SideLimit)
        return R::failure(Tr::tr("The picture is %1 × %2 pixels: a logo takes at most %3 on "
                                 "each side.")
                              .arg(size.width())
                              .arg(size.height())
                              .arg(TownLogo::SideLimit));
    QImage image = reader.read();
    if (image.isNull())
        return R::failure(Tr::tr("The picture cannot be read: %1").arg(reader.errorString()));
    return image;
}

} // namespace

StoredFile TownLogo::file() const
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("SELECT content_sha256, byte_size, mime_type FROM town_files "
                                    "WHERE id = ? AND deleted = 0 "
                                    "AND content_sha256 IS NOT NULL"));
    if (!q.first({Id}))
        return {};
    return {q.text(0), q.value(1).toLongLong(), q.text(2)};
}

QString TownLogo::fileName() const
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("SELECT file_name FROM town_files WHERE id = ? AND deleted = 0 "
                                    "AND content_sha256 IS NOT NULL"));
    return q.first({Id}) ? q.text(0) : QString();
}

QImage TownLogo::image() const
{
    const StoredFile stored = file();
    if (stored.isNull())
        return {};
    const FileStore store(m_database);
    if (!store.isAvailable(stored.sha256))
        return {};
    const Result<QByteArray> bytes = store.read(stored.sha256);
    if (!bytes.ok())
        return {};
    const Result<QImage> image = decoded(bytes.value());
    return image.ok() ? image.value() : QImage();
}

QString TownLogo::problemWith(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
    if (file.size() > SizeLimit) {
        const QLocale locale;
        return Tr::tr("The picture is too large: %1, a logo takes up to %2.")
            .arg(locale.formattedDataSize(file.size()), locale.formattedDataSize(SizeLimit));
    }
    const QByteArray bytes = file.readAll();
    if (!pictureTypes().contains(FileType::of(bytes)))
        return Tr::tr("This file is not a %1 (read from its content, not its name).")
            .arg(FileType::labels(pictureTypes()));
    const Result<QImage> image = decoded(bytes);
    return image.ok() ? QString() : image.error();
}

Result<void> TownLogo::set(const QString &path)
{
    if (const QString problem = problemWith(path); !problem.isEmpty())
        return Result<void>::failure(problem);
    const QSqlDatabase db = m_database.connection();
    if (const Result<void> begun = Sql::beginWrite(db); !begun.ok())
        return begun;
    // The file is stored inside this transaction (FileStore takes a savepoint): it stays only
    // with the row that refers to it.
    FileStore store(m_database);
    const Result<StoredFile> stored = store.add(path, pictureTypes());
    // The name is shown beside the picture, at most the 255 characters the server keeps.
    Result<void> written = stored.ok()
                               ? writeRow(stored.value(), QFileInfo(path).fileName().left(255))
                               : Result<void>::failure(stored.error());
    if (written.ok() && !QSqlDatabase(db).commit())
        written = Result<void>::failure(db.lastError().text());
    if (!written.ok())
        QSqlDatabase(db).rollback();
    return written;
}

Result<void> TownLogo::remove()
{
    if (file().isNull())
        return success();
    return writeRow({}, QString());
}

Result<void> TownLogo::writeRow(const StoredFile &file, const QString &fileName)
{
    const QVariant hash = file.isNull() ? QVariant(QMetaType::fromType<QString>()) : file.sha256;
    // An update when the row exists, an insert otherwise: a synchronised row is never replaced.
    Sql::Statement update(m_database.connection(),
                          QStringLiteral("UPDATE town_files SET content_sha256 = ?, byte_size = ?, "
                                         "mime_type = ?, file_name = ?, deleted = 0 WHERE id = ?"));
    if (!update.exec(
            {hash, file.byteSize, Sql::notNull(file.mimeType), Sql::notNull(fileName), Id}))
        return update.result();
    Sql::Statement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO town_files (id, content_sha256, byte_size, mime_type, "
                       "file_name) SELECT ?, ?, ?, ?, ? "
                       "WHERE NOT EXISTS (SELECT 1 FROM town_files WHERE id = ?)"));
    if (!insert.exec(
            {Id, hash, file.byteSize, Sql::notNull(file.mimeType), Sql::notNull(fileName), Id}))
        return insert.result();
    return success();
}

} // namespace Civitas
