#include "modulemetadata.h"
#include <core/coretr.h>

#include <core/access/roles.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Civitas {

bool ModuleMetadata::readStringList(const QJsonObject &json,
                                    const QString &key,
                                    QStringList *out,
                                    QString *errorMessage)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *errorMessage = Tr::tr("\"%1\" must be a list of strings.").arg(key);
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            *errorMessage = Tr::tr("\"%1\" must be a list of strings.").arg(key);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

bool ModuleMetadata::parse(const QJsonObject &json, ModuleMetadata *metadata, QString *errorMessage)
{
    ModuleMetadata m;
    for (const char *key : {"Id", "Name", "Version"}) {
        if (!json.value(QLatin1String(key)).isString()
            || json.value(QLatin1String(key)).toString().trimmed().isEmpty()) {
            *errorMessage = Tr::tr("The metadata has no \"%1\" text.").arg(QLatin1String(key));
            return false;
        }
    }
    m.id = json.value(QLatin1String("Id")).toString();
    m.name = json.value(QLatin1String("Name")).toString();
    m.version = json.value(QLatin1String("Version")).toString();
    m.description = json.value(QLatin1String("Description")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    if (!idPattern.match(m.id).hasMatch()) {
        *errorMessage
            = Tr::tr("The id \"%1\" is not made of lower-case letters, digits and _.").arg(m.id);
        return false;
    }
    static const QRegularExpression versionPattern(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
    if (!versionPattern.match(m.version).hasMatch()) {
        *errorMessage = Tr::tr("The version \"%1\" is not of the form 1.2.3.").arg(m.version);
        return false;
    }
    if (!readStringList(json, QStringLiteral("Dependencies"), &m.dependencies, errorMessage)
        || !readStringList(json, QStringLiteral("Roles"), &m.roles, errorMessage))
        return false;
    for (const QString &role : m.roles) {
        if (!Roles::isKnown(role)) {
            *errorMessage = Tr::tr("Unknown role \"%1\".").arg(role);
            return false;
        }
    }
    if (m.dependencies.contains(m.id)) {
        *errorMessage = Tr::tr("The module depends on itself.");
        return false;
    }
    *metadata = m;
    return true;
}

} // namespace Civitas
