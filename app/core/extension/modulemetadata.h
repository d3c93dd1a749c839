#pragma once

#include <core/coreglobal.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Civitas {

// What a module says of itself in its <module>.json, compiled into the plugin and read
// before the library is loaded.
struct CIVITAS_CORE_EXPORT ModuleMetadata
{
public:
    QString id;
    QString name;
    QString version;
    QStringList dependencies;
    QStringList roles; // roles that see the module; empty = everybody
    QString description;

    // Parses the "MetaData" object of QPluginLoader::metaData(). On failure, says which
    // field is wrong.
    static bool parse(const QJsonObject &json, ModuleMetadata *metadata, QString *errorMessage);

private:
    static bool readStringList(const QJsonObject &json,
                               const QString &key,
                               QStringList *out,
                               QString *errorMessage);
};

} // namespace Civitas
