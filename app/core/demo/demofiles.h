#pragma once

#include <core/coreglobal.h>
#include <core/storage/sql.h>

#include <QByteArray>
#include <QString>

namespace Civitas {

// The demo town's files (an agent's pieces, a leave request's supporting document) put in the
// desk's file store as if filed on this desk (not uploaded: `civitas-admin load` takes them
// to a server), inside the generator's own transaction, with statements prepared once: a
// large town writes hundreds of thousands. FileStore::add is for a user's file: limits, type
// by content, a transaction of its own.
class CIVITAS_CORE_EXPORT DemoFiles
{
public:
    explicit DemoFiles(const QSqlDatabase &db);

    // The file's hash, or an empty string with `errorMessage` set.
    QString add(const QByteArray &content, const QString &mimeType, QString *errorMessage);

private:
    Sql::Statement m_file;
    Sql::Statement m_chunk;
};

} // namespace Civitas
