#pragma once

#include "modulecontributions.h"
#include <core/coreglobal.h>

#include <QList>
#include <QtPlugin>

namespace Civitas {

class ModuleContext;

// The contract between the shell and a module. A module's plugin returns one object that
// implements it. The interface id carries its version: a module built against another
// version is refused before anything of it runs.
class CIVITAS_CORE_EXPORT ModuleInterface
{
public:
    virtual ~ModuleInterface();

    // Life cycle, called by the ModuleManager: initialise in dependency order,
    // allInitialised in reverse order, aboutToShutDown before unloading. Qt shares one plugin
    // instance per library in a process: after aboutToShutDown, the same object may be
    // initialised again with another context, so it must drop what it kept of the old one.
    virtual bool initialise(ModuleContext &context, QString *errorMessage) = 0;
    virtual void allInitialised() {}
    virtual void aboutToShutDown() {}

    // Contributions. Every list may be empty; pages are created on first use.
    virtual QList<PageContribution> pages() const { return {}; }
    virtual QList<ActionContribution> actions() const { return {}; }
    virtual QList<SearchProvider *> searchProviders() const { return {}; }
    virtual QList<SettingsPageContribution> settingsPages() const { return {}; }
    virtual QList<DashboardCounter> dashboardCounters() const { return {}; }
    virtual QList<CliCommand> cliCommands() const { return {}; }
    // Called by `civitas-admin demo` after the core has created its own demo data.
    virtual bool generateDemoData(DemoContext &demo, QString *errorMessage);
    // Resource folder of this module's SQLite migrations (NNNN_name.sql files); empty = none.
    virtual QString migrationsPath() const { return {}; }
    // Resource folder of this module's PostgreSQL migrations for the central server (tables,
    // sync triggers through civitas.make_synchronised, row-level security policies).
    virtual QString centralMigrationsPath() const { return {}; }
};

} // namespace Civitas

#define Civitas_ModuleInterface_iid "fr.civitas.ModuleInterface/1"
Q_DECLARE_INTERFACE(Civitas::ModuleInterface, Civitas_ModuleInterface_iid)
