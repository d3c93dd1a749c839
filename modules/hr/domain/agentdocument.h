#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Civitas::Hr {

// A piece of the agent file. The content is loaded only when the piece is viewed or saved.
struct AgentDocument
{
    static constexpr qint64 MaximumSize = 5 * 1024 * 1024;

    QString id;
    int sequenceNumber = 0;
    QString category;
    QString title;
    QDate documentDate;
    QString fileName;
    QString mimeType;
    qint64 byteSize = 0;
    QByteArray content; // empty unless loaded, or new
    bool isNew = false;
};

} // namespace Civitas::Hr
