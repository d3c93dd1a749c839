#pragma once

#include "modulemetadata.h"
#include <core/coreglobal.h>
#include <core/storage/migration.h>

#include <QList>
#include <QObject>
#include <QStringList>

class QPluginLoader;

namespace Civitas {

class ModuleContext;
class ModuleInterface;

struct CIVITAS_CORE_EXPORT ModuleInfo
{
    enum class State { Discovered, Loaded, Initialised, Refused };

    QString fileName;
    ModuleMetadata metadata;
    State state = State::Discovered;
    QString refusal; // why it was refused, for the About dialog and the log
    ModuleInterface *instance = nullptr;
};

// Finds the module plugins, reads their metadata without loading them, orders them by
// dependency, then loads and initialises them. A module with bad metadata, a wrong interface
// version, a duplicate id, a missing or refused dependency, a dependency cycle, or a library
// that does not load is refused with its reason; nothing crashes, the others go on.
class CIVITAS_CORE_EXPORT ModuleManager : public QObject
{
    Q_OBJECT
public:
    explicit ModuleManager(QObject *parent = nullptr);
    ~ModuleManager() override;

    // CIVITAS_MODULE_PATH (separated by ':') when set, else the modules folder of the
    // installation relative to the executable.
    static QStringList defaultSearchPaths();
    void setSearchPaths(const QStringList &paths) { m_searchPaths = paths; }
    QStringList searchPaths() const { return m_searchPaths; }

    // Metadata, checks and ordering, then loading. Returns the number of modules loaded.
    int load();
    // Calls initialise() in dependency order, then allInitialised() in reverse order.
    // A module whose initialisation fails is refused, and so are its dependents.
    void initialise(ModuleContext &context);
    // aboutToShutDown() in reverse order, then unloads.
    void shutDown();

    // Every module found, the accepted ones first in dependency order.
    QList<ModuleInfo> modules() const { return m_modules; }
    QList<ModuleInfo> refusedModules() const;
    // Loaded (or initialised) modules in dependency order.
    QList<ModuleInterface *> activeModules() const;
    const ModuleInfo *module(const QString &id) const;

    // The core's migrations, then every active module's in dependency order.
    QList<Migration> migrations(QString *errorMessage) const;
    // The same for the central server's schema.
    QList<Migration> centralMigrations(QString *errorMessage) const;

signals:
    void moduleRefused(const QString &fileName, const QString &reason);

private:
    void discover();
    void refuse(ModuleInfo &info, const QString &reason);
    void refuseDependents();
    void orderByDependencies();

    QStringList m_searchPaths;
    QList<ModuleInfo> m_modules;
    QList<QPluginLoader *> m_loaders;
};

} // namespace Civitas
