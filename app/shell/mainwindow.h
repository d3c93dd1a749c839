#pragma once

#include "pageregistry.h"

#include <core/demo/demopersonas.h>

#include <QMainWindow>

class QComboBox;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Civitas {

class GlobalSearchField;
class NewsNotifier;
class OrganisationSearchProvider;
class SettingsDialog;
class StatusIndicator;
class SyncEngine;
class Workspace;

// The application window: navigation by module on the left (only what the user's roles
// may see), the current page on the right (created on first use), global search and, in
// demo mode, the persona switcher in the toolbar, and the sync status below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `engine` is the running sync engine in server mode, null in local mode.
    MainWindow(Workspace &workspace,
               bool demo,
               SyncEngine *engine = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openPage(const QString &pageId);
    QString currentPageId() const { return m_currentPageId; }
    void showRecord(const QString &pageId, const QString &recordId);
    // Logs in as another demo persona and rebuilds the navigation for their roles.
    bool switchPersona(const QString &login);

    // The settings dialog, filled with every page this user may see; the caller runs it.
    SettingsDialog *createSettingsDialog();
    void showSettings();
    void showAbout();
    // The short guide of a page (Help › "Help on this page", F1).
    QString pageHelp(const QString &pageId) const;
    void showPageHelp();

    QTreeWidget *navigation() const { return m_navigation; }
    GlobalSearchField *searchField() const { return m_search; }
    QComboBox *personaSwitcher() const { return m_personas; }
    StatusIndicator *statusIndicator() const { return m_status; }
    QWidget *pageWidget(const QString &pageId) const { return m_registry.existingWidget(pageId); }
    // What syncs bring the user, said on the desktop; null in local mode.
    NewsNotifier *newsNotifier() const { return m_news; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void registerPages();
    void buildMenus();
    void buildToolBar();
    void rebuildNavigation();
    QList<DemoPersona> offeredPersonas() const;
    void onNavigationItemChanged(QTreeWidgetItem *current);
    void updateWindowTitle();

    Workspace &m_workspace;
    bool m_demo;
    SyncEngine *m_engine;
    PageRegistry m_registry;
    QTreeWidget *m_navigation;
    QStackedWidget *m_stack;
    GlobalSearchField *m_search;
    QComboBox *m_personas = nullptr;
    StatusIndicator *m_status;
    OrganisationSearchProvider *m_organisationSearch;
    NewsNotifier *m_news = nullptr;
    QString m_currentPageId;
    bool m_fitted = false;
};

} // namespace Civitas
