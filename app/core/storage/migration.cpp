#include "migration.h"
#include <core/coretr.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Civitas {

QList<Migration>
Migration::fromDirectory(const QString &module, const QString &path, QString *errorMessage)
{
    QList<Migration> result;
    const QDir dir(path);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : names) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch()) {
            *errorMessage
                = Tr::tr("Migration file %1/%2 is not named NNNN_name.sql.").arg(module, fileName);
            return {};
        }
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            *errorMessage = Tr::tr("Cannot read migration %1/%2: %3")
                                .arg(module, fileName, file.errorString());
            return {};
        }
        Migration m;
        m.module = module;
        m.version = match.captured(1).toInt();
        m.name = fileName;
        m.sql = QString::fromUtf8(file.readAll());
        if (!result.isEmpty() && result.last().version == m.version) {
            *errorMessage
                = Tr::tr("Two migrations of %1 have version %2.").arg(module).arg(m.version);
            return {};
        }
        result.append(m);
    }
    return result;
}

} // namespace Civitas
