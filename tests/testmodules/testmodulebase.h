#pragma once

#include <core/extension/moduleinterface.h>

#include <QObject>

// The behaviour shared by the small plugins the module-system tests load. Each plugin only
// adds its metadata; what it contributes depends on its id.
class TestModuleBase : public QObject, public Civitas::ModuleInterface
{
    Q_OBJECT
    Q_INTERFACES(Civitas::ModuleInterface)
public:
    explicit TestModuleBase(const QString &id);
    ~TestModuleBase() override;

    bool initialise(Civitas::ModuleContext &context, QString *errorMessage) override;
    void aboutToShutDown() override;
    QList<Civitas::PageContribution> pages() const override;
    QList<Civitas::SearchProvider *> searchProviders() const override;
    QList<Civitas::SettingsPageContribution> settingsPages() const override;
    QList<Civitas::DashboardCounter> dashboardCounters() const override;
    QList<Civitas::ActionContribution> actions() const override;
    QList<Civitas::CliCommand> cliCommands() const override;
    bool generateDemoData(Civitas::DemoContext &demo, QString *errorMessage) override;
    QString migrationsPath() const override;

protected:
    QString m_id;
    Civitas::ModuleContext *m_context = nullptr;
    QList<Civitas::SearchProvider *> m_searchProviders;
};
