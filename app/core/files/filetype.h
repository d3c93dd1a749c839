#pragma once

#include <core/coreglobal.h>

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Civitas {

// What a file is, read from its first bytes and never from its name (a script renamed
// "statuts.pdf" is not a PDF). The server reads them the same way (civitas.file_type_of, core
// 0010) and refuses an upload whose bytes are not of the type announced.
namespace FileType {

inline const QString Pdf = QStringLiteral("application/pdf");
inline const QString Jpeg = QStringLiteral("image/jpeg");
inline const QString Png = QStringLiteral("image/png");
inline const QString OpenDocumentText = QStringLiteral("application/vnd.oasis.opendocument.text");
inline const QString WordDocument
    = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

// The bytes the detection needs: a file's first chunk holds them.
constexpr qsizetype HeadSize = 4096;

// The type of a file starting with `head`, or an empty string for anything else.
CIVITAS_CORE_EXPORT QString of(QByteArrayView head);
// "PDF", "JPEG image"… for messages and lists.
CIVITAS_CORE_EXPORT QString label(const QString &mimeType);
// "PDF, JPEG image or PNG image".
CIVITAS_CORE_EXPORT QString labels(const QStringList &mimeTypes);

} // namespace FileType

} // namespace Civitas
