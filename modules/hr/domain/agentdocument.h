#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Civitas::Hr {

// A piece of the agent file. Its bytes are in the file store (content_sha256), fetched when
// the piece is viewed. A withdrawn piece keeps its number, with the reason and the decision;
// its bytes are gone everywhere.
struct AgentDocument
{

    QString id;
    int sequenceNumber = 0;
    QString category;
    QString title;
    QDate documentDate;
    QString fileName;
    QString mimeType;
    qint64 byteSize = 0;
    QString contentSha256; // empty once withdrawn
    QByteArray content;    // loaded for the viewer only
    QDate withdrawnOn;
    QString withdrawalReason;
    QString withdrawalDecision;
    bool isNew = false;

    bool isWithdrawn() const { return withdrawnOn.isValid(); }
};

} // namespace Civitas::Hr
