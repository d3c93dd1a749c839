#include "filetype.h"
#include <core/coretr.h>

namespace Civitas::FileType {

QString of(QByteArrayView head)
{
    if (head.startsWith("%PDF-"))
        return Pdf;
    if (head.startsWith("\xFF\xD8\xFF"))
        return Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return Png;
    if (head.startsWith("PK\x03\x04")) {
        // An OpenDocument file's first zip entry is "mimetype", stored, holding the type.
        if (head.sliced(qMin<qsizetype>(30, head.size()))
                .startsWith("mimetypeapplication/vnd.oasis.opendocument.text"))
            return OpenDocumentText;
        if (head.indexOf("[Content_Types].xml") >= 0 && head.indexOf("word/") >= 0)
            return WordDocument;
    }
    return {};
}

QString label(const QString &mimeType)
{
    if (mimeType == Pdf)
        return Tr::tr("PDF");
    if (mimeType == Jpeg)
        return Tr::tr("JPEG image");
    if (mimeType == Png)
        return Tr::tr("PNG image");
    if (mimeType == OpenDocumentText)
        return Tr::tr("OpenDocument text");
    if (mimeType == WordDocument)
        return Tr::tr("Word document");
    return mimeType;
}

QString labels(const QStringList &mimeTypes)
{
    QStringList names;
    for (const QString &type : mimeTypes)
        names.append(label(type));
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return Tr::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace Civitas::FileType
