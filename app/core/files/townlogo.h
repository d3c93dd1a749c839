#pragma once

#include "storedfile.h"
#include <core/coreglobal.h>
#include <core/result.h>

#include <QImage>
#include <QString>

namespace Civitas {

class Database;

// The town's logo at the head of its official papers: a picture in the file store that the
// synchronised row town_files 'town/logo' refers to (server: central core 0015, desk: local
// core 0011). Every desk keeps it after each sync, so a paper printed offline carries it. On a
// server only an administrator sets it, and the server checks the type and the size again.
class CIVITAS_CORE_EXPORT TownLogo
{
public:
    static inline const QString Id = QStringLiteral("town/logo");
    // As the server's town_file_at_most_2_mib: a print-quality logo many times over.
    static constexpr qint64 SizeLimit = 2 * 1024 * 1024;
    // The largest side decoded: a few kilobytes of PNG can claim a picture of gigabytes.
    static constexpr int SideLimit = 6000;

    explicit TownLogo(Database &database)
        : m_database(database)
    {}

    // The file the row refers to, and the name it was chosen under; a null file when none.
    StoredFile file() const;
    QString fileName() const;
    // The picture, or a null image when there is none or its bytes have not reached this desk.
    QImage image() const;

    // Why the file at `path` cannot be the logo, or an empty string.
    static QString problemWith(const QString &path);
    // Stores the picture and makes it the town's logo, all or nothing.
    Result<void> set(const QString &path);
    // No logo any more; the file leaves the desks and the server once nothing refers to it.
    Result<void> remove();

private:
    Result<void> writeRow(const StoredFile &file, const QString &fileName);

    Database &m_database;
};

} // namespace Civitas
