#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <core/result.h>

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// Reads and writes agent files in the local file. Writes go through the synchronised tables,
// so change capture sends them to the server; a save is one transaction.
class CIVITAS_HR_EXPORT AgentFileStore
{
public:
    explicit AgentFileStore(Database &database);

    // The file without the documents' content. Empty when this login cannot see the agent.
    std::optional<AgentFile> load(const QString &agentId, QString *errorMessage) const;
    // The piece's bytes when they are on this desk (FileStore), else empty: FileService
    // fetches them.
    QByteArray documentContent(const QString &documentId) const;

    // Saves what differs between `original` (as loaded; a default AgentFile for a new agent)
    // and `edited`. Only changed fields are written, so a change another desk made to another
    // field meanwhile is kept. Refused, with the reasons, when AgentFileRules finds a blocking
    // problem or the registration number is taken. On success `edited` holds the ids given.
    bool save(const AgentFile &original, AgentFile &edited, QString *errorMessage);
    // The same checks and writes inside a transaction the caller has begun on this thread's
    // connection and commits or rolls back: an import saves many files all or nothing.
    bool saveInTransaction(const AgentFile &original, AgentFile &edited, QString *errorMessage);

    // True when both hold the same values, field by field, history rows and documents
    // included: a form tells so whether a sync changed the file it has open.
    static bool sameContent(const AgentFile &a, const AgentFile &b);

    // A registration number not used yet: the highest numeric one plus one, on 6 digits.
    QString nextRegistrationNumber() const;
    bool isRegistrationNumberTaken(const QString &number, const QString &exceptAgentId) const;

    // Records that `login` opened the file of `agentId`; the server copies it to its audit log.
    bool logRead(const QString &agentId, const QString &login);

    // Takes a file chosen by the user as a new document into the file store: its type from
    // its first bytes (PDF, JPEG, PNG) and its size against the town's limit, with a clear
    // message. The piece itself is written when the agent file is saved.
    bool readDocumentFile(const QString &path, AgentDocument *document, QString *errorMessage);
    static QString mimeTypeOf(const QByteArray &content);
    static QStringList documentTypes();
    qint64 documentSizeLimit() const;
    // A piece's bytes kept on this desk offline (pinned in the file store), or let go.
    Result<void> keepOffline(const QString &sha256, bool kept);
    bool isKeptOffline(const QString &sha256) const;

    // Withdraws a saved piece (an amnestied sanction, a piece filed in the wrong file): the
    // reason and the decision that orders it are required; the number stays, marked
    // withdrawn; the bytes leave this desk now, the server at the next sync, and every other
    // desk at its next pull.
    Result<void>
    withdrawDocument(const QString &documentId, const QString &reason, const QString &decision);

private:
    bool check(const AgentFile &edited, QString *errorMessage) const;
    bool write(const AgentFile &original, AgentFile &edited, QString *errorMessage);
    bool saveAgent(const Agent &original, const Agent &edited, bool isNew, QString *errorMessage);
    bool saveCareer(const AgentFile &original, AgentFile &edited, QString *errorMessage);
    bool savePositions(const AgentFile &original, AgentFile &edited, QString *errorMessage);
    bool saveWorkingTimes(const AgentFile &original, AgentFile &edited, QString *errorMessage);
    bool saveDocuments(AgentFile &edited, QString *errorMessage);
    bool withdraw(const QString &table, const QString &id, QString *errorMessage);

    Database &m_database;
};

} // namespace Civitas::Hr
