#pragma once

#include <QString>

namespace Civitas {

// A file as rows refer to it: its content's SHA-256 (hex), size and type.
struct StoredFile
{
    QString sha256;
    qint64 byteSize = 0;
    QString mimeType;

    bool isNull() const { return sha256.isEmpty(); }
};

} // namespace Civitas
