#include "modulemanager.h"
#include <core/coretr.h>

#include <core/corelogging.h>

#include "modulecontext.h"
#include "moduleinterface.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

namespace Civitas {

ModuleManager::ModuleManager(QObject *parent)
    : QObject(parent)
    , m_searchPaths(defaultSearchPaths())
{}

ModuleManager::~ModuleManager()
{
    shutDown();
}

QStringList ModuleManager::defaultSearchPaths()
{
    const QString fromEnvironment = qEnvironmentVariable("CIVITAS_MODULE_PATH");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                            + QStringLiteral(CIVITAS_MODULE_DIR_FROM_BIN))};
}

void ModuleManager::refuse(ModuleInfo &info, const QString &reason)
{
    info.state = ModuleInfo::State::Refused;
    info.refusal = reason;
    info.instance = nullptr;
    qCWarning(lcExtension).noquote() << "Module" << info.fileName << "refused:" << reason;
    emit moduleRefused(info.fileName, reason);
}

void ModuleManager::discover()
{
    m_modules.clear();
    QHash<QString, QString> fileById;
    for (const QString &path : m_searchPaths) {
        const QDir dir(path);
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            ModuleInfo info;
            info.fileName = file.absoluteFilePath();
            // Reading metadata maps the file without running any of its code.
            const QJsonObject raw = QPluginLoader(info.fileName).metaData();
            if (raw.isEmpty()) {
                info.metadata.id = file.completeBaseName();
                refuse(info, Tr::tr("Not a Civitas module: the file has no plugin metadata."));
            } else if (raw.value(QLatin1String("IID")).toString()
                       != QLatin1String(Civitas_ModuleInterface_iid)) {
                info.metadata.id = file.completeBaseName();
                refuse(info,
                       Tr::tr("Incompatible interface \"%1\"; this version of Civitas needs "
                              "\"%2\".")
                           .arg(raw.value(QLatin1String("IID")).toString(),
                                QLatin1String(Civitas_ModuleInterface_iid)));
            } else {
                QString error;
                if (!ModuleMetadata::parse(
                        raw.value(QLatin1String("MetaData")).toObject(), &info.metadata, &error)) {
                    info.metadata.id = file.completeBaseName();
                    refuse(info, Tr::tr("Invalid metadata: %1").arg(error));
                } else if (fileById.contains(info.metadata.id)) {
                    refuse(info,
                           Tr::tr("Another module already has the id \"%1\" (%2).")
                               .arg(info.metadata.id, fileById.value(info.metadata.id)));
                } else {
                    fileById.insert(info.metadata.id, info.fileName);
                }
            }
            m_modules.append(info);
        }
    }
}

void ModuleManager::refuseDependents()
{
    bool changed = true;
    while (changed) {
        changed = false;
        QHash<QString, const ModuleInfo *> accepted;
        for (const ModuleInfo &info : std::as_const(m_modules)) {
            if (info.state != ModuleInfo::State::Refused)
                accepted.insert(info.metadata.id, &info);
        }
        for (ModuleInfo &info : m_modules) {
            if (info.state == ModuleInfo::State::Refused)
                continue;
            for (const QString &dependency : std::as_const(info.metadata.dependencies)) {
                if (accepted.contains(dependency))
                    continue;
                const bool exists
                    = std::any_of(m_modules.cbegin(), m_modules.cend(), [&](const ModuleInfo &m) {
                          return m.metadata.id == dependency;
                      });
                refuse(
                    info,
                    exists
                        ? Tr::tr("It needs the module \"%1\", which was refused.").arg(dependency)
                        : Tr::tr("It needs the module \"%1\", which is not installed.")
                              .arg(dependency));
                changed = true;
                break;
            }
        }
    }
}

void ModuleManager::orderByDependencies()
{
    // Kahn's algorithm over the accepted modules; whatever remains is on or behind a cycle.
    QList<ModuleInfo> ordered;
    QList<ModuleInfo> pending;
    QList<ModuleInfo> refused;
    for (const ModuleInfo &info : std::as_const(m_modules))
        (info.state == ModuleInfo::State::Refused ? refused : pending).append(info);
    QSet<QString> placed;
    bool progress = true;
    while (progress && !pending.isEmpty()) {
        progress = false;
        for (int i = 0; i < pending.size(); ++i) {
            const QStringList &deps = pending.at(i).metadata.dependencies;
            if (std::all_of(deps.cbegin(), deps.cend(), [&](const QString &d) {
                    return placed.contains(d);
                })) {
                placed.insert(pending.at(i).metadata.id);
                ordered.append(pending.takeAt(i));
                progress = true;
                break; // keep discovery order among independent modules
            }
        }
    }
    // Find the cycle each remaining module is on (or waits behind) to name it.
    QHash<QString, QStringList> depsById;
    for (const ModuleInfo &info : std::as_const(pending))
        depsById.insert(info.metadata.id, info.metadata.dependencies);
    for (ModuleInfo &info : pending) {
        QStringList path = {info.metadata.id};
        QString current = info.metadata.id;
        while (true) {
            QString next;
            for (const QString &d : depsById.value(current)) {
                if (depsById.contains(d)) {
                    next = d;
                    break;
                }
            }
            if (next.isEmpty())
                break;
            const qsizetype seen = path.indexOf(next);
            path.append(next);
            if (seen >= 0) {
                path = path.mid(seen);
                break;
            }
            current = next;
        }
        if (path.first() == info.metadata.id)
            refuse(info, Tr::tr("Dependency cycle: %1.").arg(path.join(QStringLiteral(" → "))));
        else
            refuse(info,
                   Tr::tr("It depends on a dependency cycle: %1.")
                       .arg(path.join(QStringLiteral(" → "))));
    }
    m_modules = ordered + pending + refused;
}

int ModuleManager::load()
{
    shutDown();
    discover();
    refuseDependents();
    orderByDependencies();
    int loaded = 0;
    for (ModuleInfo &info : m_modules) {
        if (info.state == ModuleInfo::State::Refused)
            continue;
        const bool dependencyRefused
            = std::any_of(info.metadata.dependencies.cbegin(),
                          info.metadata.dependencies.cend(),
                          [&](const QString &d) {
                              return !module(d) || module(d)->state == ModuleInfo::State::Refused;
                          });
        if (dependencyRefused) {
            refuse(info, Tr::tr("A module it needs could not be loaded."));
            continue;
        }
        auto *loader = new QPluginLoader(info.fileName, this);
        // Resolve every symbol now: a missing one must fail here, not crash later.
        loader->setLoadHints(QLibrary::ResolveAllSymbolsHint);
        QObject *object = loader->instance();
        auto *instance = qobject_cast<ModuleInterface *>(object);
        if (!instance) {
            refuse(info,
                   object
                       ? Tr::tr("The plugin does not implement the Civitas module interface.")
                       : Tr::tr("The library could not be loaded: %1").arg(loader->errorString()));
            loader->unload();
            delete loader;
            continue;
        }
        m_loaders.append(loader);
        info.instance = instance;
        info.state = ModuleInfo::State::Loaded;
        ++loaded;
    }
    qCDebug(lcExtension) << loaded << "modules loaded," << refusedModules().size() << "refused";
    return loaded;
}

void ModuleManager::initialise(ModuleContext &context)
{
    for (ModuleInfo &info : m_modules) {
        if (info.state != ModuleInfo::State::Loaded)
            continue;
        const bool dependencyMissing = std::any_of(
            info.metadata.dependencies.cbegin(),
            info.metadata.dependencies.cend(),
            [&](const QString &d) { return module(d)->state != ModuleInfo::State::Initialised; });
        if (dependencyMissing) {
            refuse(info, Tr::tr("A module it needs failed to start."));
            continue;
        }
        QString error;
        if (!info.instance->initialise(context, &error)) {
            refuse(info, Tr::tr("It failed to start: %1").arg(error));
            continue;
        }
        info.state = ModuleInfo::State::Initialised;
    }
    for (auto it = m_modules.rbegin(); it != m_modules.rend(); ++it) {
        if (it->state == ModuleInfo::State::Initialised)
            it->instance->allInitialised();
    }
}

void ModuleManager::shutDown()
{
    for (auto it = m_modules.rbegin(); it != m_modules.rend(); ++it) {
        if (it->state == ModuleInfo::State::Initialised)
            it->instance->aboutToShutDown();
        it->instance = nullptr;
        if (it->state != ModuleInfo::State::Refused)
            it->state = ModuleInfo::State::Discovered;
    }
    // Qt keeps plugin libraries loaded until exit; deleting the loaders is enough here.
    qDeleteAll(m_loaders);
    m_loaders.clear();
}

QList<ModuleInfo> ModuleManager::refusedModules() const
{
    QList<ModuleInfo> list;
    for (const ModuleInfo &info : m_modules) {
        if (info.state == ModuleInfo::State::Refused)
            list.append(info);
    }
    return list;
}

QList<ModuleInterface *> ModuleManager::activeModules() const
{
    QList<ModuleInterface *> list;
    for (const ModuleInfo &info : m_modules) {
        if (info.state == ModuleInfo::State::Loaded || info.state == ModuleInfo::State::Initialised)
            list.append(info.instance);
    }
    return list;
}

const ModuleInfo *ModuleManager::module(const QString &id) const
{
    for (const ModuleInfo &info : m_modules) {
        if (info.metadata.id == id && info.state != ModuleInfo::State::Refused)
            return &info;
    }
    for (const ModuleInfo &info : m_modules) {
        if (info.metadata.id == id)
            return &info;
    }
    return nullptr;
}

QList<Migration> ModuleManager::migrations(QString *errorMessage) const
{
    QList<Migration> all = Migration::fromDirectory(
        QStringLiteral("core"), QStringLiteral(":/civitas/migrations/core"), errorMessage);
    for (const ModuleInfo &info : m_modules) {
        if (!info.instance || info.instance->migrationsPath().isEmpty())
            continue;
        all += Migration::fromDirectory(
            info.metadata.id, info.instance->migrationsPath(), errorMessage);
    }
    return all;
}

} // namespace Civitas

namespace Civitas {

QList<Migration> ModuleManager::centralMigrations(QString *errorMessage) const
{
    QList<Migration> all = Migration::fromDirectory(
        QStringLiteral("core"), QStringLiteral(":/civitas/central/core"), errorMessage);
    for (const ModuleInfo &info : m_modules) {
        if (!info.instance || info.instance->centralMigrationsPath().isEmpty())
            continue;
        all += Migration::fromDirectory(
            info.metadata.id, info.instance->centralMigrationsPath(), errorMessage);
    }
    return all;
}

} // namespace Civitas
