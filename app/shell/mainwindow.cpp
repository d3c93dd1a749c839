#include "mainwindow.h"
#include "shelltr.h"

#include "aboutdialog.h"
#include "conflictspage.h"
#include "filessettingspage.h"
#include "generalsettingspage.h"
#include "globalsearchfield.h"
#include "homepage.h"
#include "newsnotifier.h"
#include "organisationpage.h"
#include "organisationsearchprovider.h"
#include "settingsdialog.h"
#include "statusindicator.h"
#include "townidentitysettingspage.h"
#include "windowgeometry.h"

#include <core/access/roles.h>
#include <core/demo/demopersonas.h>
#include <core/extension/moduleinterface.h>
#include <core/storage/townidentity.h>
#include <core/sync/syncengine.h>
#include <core/workspace.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

namespace Civitas {

static constexpr int PageIdRole = Qt::UserRole + 1;
static const QString HomePageId = QStringLiteral("core.home");
static const QString OrganisationPageId = QStringLiteral("core.organisation");

MainWindow::MainWindow(Workspace &workspace, bool demo, SyncEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_demo(demo)
    , m_engine(engine)
    , m_navigation(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new GlobalSearchField(workspace.session(), this))
    , m_status(new StatusIndicator(workspace.database(), this))
    , m_organisationSearch(new OrganisationSearchProvider(workspace.database()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/civitas/icons/civitas.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(ShellTr::tr("Navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIndentation(8);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMinimumWidth(230);
    m_navigation->setStyleSheet(QStringLiteral(
        "QTreeWidget { background: #f3f5f8; border: none; padding-top: 6px; }"
        "QTreeWidget::item { padding: 6px 4px; }"
        "QTreeWidget::item:selected { background: #d6e2f0; color: black; border-radius: 4px; }"));
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        onNavigationItemChanged(current);
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter);

    statusBar()->addPermanentWidget(m_status);
    m_status->setSyncEngine(m_engine);
    if (m_engine) {
        // Other desks' changes reach the pages through the file's TableChanges (LiveRefresh).
        connect(m_status, &StatusIndicator::conflictsClicked, this, [this] {
            openPage(QStringLiteral("core.conflicts"));
        });
        QList<DashboardCounter> counters;
        for (ModuleInterface *module : m_workspace.modules().activeModules())
            counters += module->dashboardCounters();
        m_news = new NewsNotifier(m_workspace.database(), m_workspace.session(), counters, this);
        connect(m_news, &NewsNotifier::pageRequested, this, [this](const QString &pageId) {
            openPage(pageId);
            showNormal();
            raise();
            activateWindow();
        });
    }
    QList<SearchProvider *> providers = {m_organisationSearch};
    for (ModuleInterface *module : m_workspace.modules().activeModules())
        providers += module->searchProviders();
    m_search->setProviders(providers);
    connect(m_search, &GlobalSearchField::recordRequested, this, &MainWindow::showRecord);

    buildMenus();
    buildToolBar();
    rebuildNavigation();
    connect(&m_workspace.session(), &Session::changed, this, &MainWindow::updateWindowTitle);
    updateWindowTitle();

    resize(1280, 800);
    QSettings settings;
    WindowGeometry::restore(this, settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

MainWindow::~MainWindow()
{
    qDeleteAll(m_registry.takeWidgets());
    delete m_organisationSearch;
}

void MainWindow::registerPages()
{
    const QString general = ShellTr::tr("General");
    m_registry.add({HomePageId,
                    ShellTr::tr("Home"),
                    general,
                    QIcon(QStringLiteral(":/civitas/icons/home.svg")),
                    {},
                    0,
                    [this](QWidget *parent) {
                        QList<DashboardCounter> counters;
                        for (ModuleInterface *module : m_workspace.modules().activeModules())
                            counters += module->dashboardCounters();
                        auto *home = new HomePage(
                            m_workspace.database(),
                            m_workspace.session(),
                            counters,
                            [this] { return m_registry.visiblePages(m_workspace.session()); },
                            parent);
                        connect(home, &HomePage::pageRequested, this, &MainWindow::openPage);
                        return home;
                    },
                    ShellTr::tr("What needs your attention today, and the pages your roles "
                                "open.\n\nEach card counts something waiting for you (requests "
                                "to decide, your requests with news); click it to open its "
                                "page. Requests waiting for your decision are listed below the "
                                "cards: approve or refuse them here in one click.")});
    m_registry.add(
        {OrganisationPageId,
         ShellTr::tr("Organisation and accounts"),
         general,
         QIcon(QStringLiteral(":/civitas/icons/organisation.svg")),
         {Roles::Hr, Roles::Administrator},
         10,
         [this](QWidget *parent) { return new OrganisationPage(m_workspace.database(), parent); },
         ShellTr::tr("The town's units (directions and services, their heads and "
                     "minimum staffing) and the accounts that log in to Civitas, "
                     "with their roles.\n\nOnly an administrator changes accounts; "
                     "HR and administrators see them.")});
    if (m_engine) { // local use on this computer only has nothing to synchronise
        m_registry.add({QStringLiteral("core.conflicts"),
                        ShellTr::tr("Synchronisation"),
                        general,
                        QIcon(QStringLiteral(":/civitas/icons/sync.svg")),
                        {},
                        90,
                        [this](QWidget *parent) {
                            return new ConflictsPage(m_workspace.database(), m_engine, parent);
                        },
                        ShellTr::tr("Your work is kept on this computer and sent to the town's "
                                    "server when it can be.\n\nA conflict: the same field was "
                                    "changed here and on another desk. Keep yours, take theirs, "
                                    "or type another value. A change the server refused says "
                                    "why; change it and send it again, or drop it.")});
    }
    for (const ModuleInfo &info : m_workspace.modules().modules()) {
        if (!info.instance)
            continue;
        for (PageContribution page : info.instance->pages()) {
            if (page.group.isEmpty())
                page.group = info.metadata.name;
            if (page.icon.isNull())
                page.icon = QIcon(QStringLiteral(":/civitas/icons/module.svg"));
            // A page is never shown to more roles than its module's.
            if (page.roles.isEmpty())
                page.roles = info.metadata.roles;
            m_registry.add(page);
        }
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(ShellTr::tr("&File"));
    QAction *settings = file->addAction(QIcon(QStringLiteral(":/civitas/icons/settings.svg")),
                                        ShellTr::tr("&Settings…"),
                                        this,
                                        &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setObjectName(QStringLiteral("actionSettings"));
    if (m_engine) {
        QAction *syncNow = file->addAction(QIcon(QStringLiteral(":/civitas/icons/sync.svg")),
                                           ShellTr::tr("S&ync now"),
                                           m_engine,
                                           &SyncEngine::syncNow);
        syncNow->setShortcut(QKeySequence(Qt::Key_F5));
        syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    }
    file->addSeparator();
    QAction *quit = file->addAction(QIcon(QStringLiteral(":/civitas/icons/quit.svg")),
                                    ShellTr::tr("&Quit"),
                                    this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *tools = menuBar()->addMenu(ShellTr::tr("&Tools"));
    QMenu *help = menuBar()->addMenu(ShellTr::tr("&Help"));
    QAction *about = help->addAction(QIcon(QStringLiteral(":/civitas/icons/about.svg")),
                                     ShellTr::tr("&About Civitas"),
                                     this,
                                     &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    QAction *pageHelp
        = help->addAction(ShellTr::tr("Help on &this page"), this, &MainWindow::showPageHelp);
    pageHelp->setShortcut(QKeySequence::HelpContents);
    pageHelp->setObjectName(QStringLiteral("actionPageHelp"));
    help->insertAction(about, pageHelp);
    help->insertSeparator(about);

    for (ModuleInterface *module : m_workspace.modules().activeModules()) {
        for (const ActionContribution &contribution : module->actions()) {
            QMenu *menu = contribution.menu == QLatin1String("file")   ? file
                          : contribution.menu == QLatin1String("help") ? help
                                                                       : tools;
            QAction *action = menu->addAction(contribution.text);
            action->setObjectName(QStringLiteral("action_") + contribution.id);
            action->setShortcut(contribution.shortcut);
            const auto trigger = contribution.trigger;
            connect(action, &QAction::triggered, this, [this, trigger] {
                if (trigger)
                    trigger(this);
            });
            const QStringList roles = contribution.roles;
            auto updateVisibility = [this, action, roles] {
                action->setVisible(m_workspace.session().hasAnyRole(roles));
            };
            updateVisibility();
            connect(&m_workspace.session(), &Session::changed, action, updateVisibility);
        }
    }
    tools->menuAction()->setVisible(!tools->actions().isEmpty());
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(ShellTr::tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->addWidget(m_search);
    auto *focusSearch = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    if (m_demo) {
        auto *label = new QLabel(ShellTr::tr("Demo, seen as:") + QLatin1Char(' '), bar);
        bar->addWidget(label);
        m_personas = new QComboBox(bar);
        m_personas->setObjectName(QStringLiteral("personaSwitcher"));
        m_personas->setAccessibleName(ShellTr::tr("Demo persona"));
        label->setBuddy(m_personas);
        for (const DemoPersona &persona : offeredPersonas()) {
            m_personas->addItem(
                QIcon(QStringLiteral(":/civitas/icons/user.svg")),
                QStringLiteral("%1 — %2").arg(persona.displayName(), Roles::label(persona.role)),
                persona.login);
        }
        m_personas->setCurrentIndex(m_personas->findData(m_workspace.session().login()));
        connect(m_personas, &QComboBox::activated, this, [this](int index) {
            switchPersona(m_personas->itemData(index).toString());
        });
        bar->addWidget(m_personas);
    } else {
        auto *user = new QLabel(bar);
        user->setObjectName(QStringLiteral("currentUser"));
        user->setText(m_workspace.session().displayName());
        connect(&m_workspace.session(), &Session::changed, user, [this, user] {
            user->setText(m_workspace.session().displayName());
        });
        bar->addWidget(user);
    }
}

QList<DemoPersona> MainWindow::offeredPersonas() const
{
    // A persona shows off a role: offered only when a loaded module serves that role (the
    // associations officer waits for the associations module). Every persona is an agent, and
    // the administrator runs the shell's own organisation page.
    QSet<QString> served{Roles::Agent, Roles::Administrator};
    for (const ModuleInfo &info : m_workspace.modules().modules()) {
        if (info.instance)
            served.unite(QSet<QString>(info.metadata.roles.cbegin(), info.metadata.roles.cend()));
    }
    QList<DemoPersona> offered;
    for (const DemoPersona &persona : DemoPersona::all()) {
        if (served.contains(persona.role))
            offered.append(persona);
    }
    return offered;
}

void MainWindow::rebuildNavigation()
{
    const QString previous = m_currentPageId;
    // Pages were built for the previous user's roles: start afresh.
    for (QWidget *widget : m_registry.takeWidgets()) {
        m_stack->removeWidget(widget);
        widget->deleteLater();
    }
    m_currentPageId.clear();
    // Which pages a module offers may depend on the user's data, not only on roles (the inbox
    // of an agent holding a delegation): ask the modules again.
    m_registry.clear();
    registerPages();
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    QFont groupFont = m_navigation->font();
    groupFont.setBold(true);
    groupFont.setPointSizeF(groupFont.pointSizeF() * 0.9);
    for (const PageContribution &page : m_registry.visiblePages(m_workspace.session())) {
        QTreeWidgetItem *group = groups.value(page.group);
        if (!group) {
            group = new QTreeWidgetItem(m_navigation, {page.group.toUpper()});
            group->setFlags(Qt::ItemIsEnabled);
            group->setFont(0, groupFont);
            group->setForeground(0, QColor(0x5a, 0x67, 0x78));
            groups.insert(page.group, group);
        }
        auto *item = new QTreeWidgetItem(group, {page.title});
        item->setIcon(0, page.icon);
        item->setData(0, PageIdRole, page.id);
        item->setToolTip(0, page.title);
    }
    m_navigation->expandAll();
    if (previous.isEmpty() || !openPage(previous))
        openPage(HomePageId);
}

void MainWindow::onNavigationItemChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const QString id = current->data(0, PageIdRole).toString();
    if (!id.isEmpty())
        openPage(id);
}

bool MainWindow::openPage(const QString &pageId)
{
    if (!m_registry.isVisible(pageId, m_workspace.session()))
        return false;
    const bool created = !m_registry.existingWidget(pageId);
    QWidget *widget = m_registry.widget(pageId, m_stack);
    if (!widget)
        return false;
    if (created)
        m_stack->addWidget(widget);
    m_stack->setCurrentWidget(widget);
    m_currentPageId = pageId;
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        if ((*it)->data(0, PageIdRole).toString() == pageId) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentItem(*it);
            break;
        }
    }
    return true;
}

void MainWindow::showRecord(const QString &pageId, const QString &recordId)
{
    if (!openPage(pageId))
        return;
    if (auto *view = dynamic_cast<RecordView *>(m_registry.existingWidget(pageId)))
        view->showRecord(recordId);
}

bool MainWindow::switchPersona(const QString &login)
{
    QString error;
    if (!m_workspace.session().logIn(m_workspace.database(), login, &error)) {
        QMessageBox::warning(this, ShellTr::tr("Demo persona"), error);
        return false;
    }
    if (m_personas)
        m_personas->setCurrentIndex(m_personas->findData(login));
    rebuildNavigation();
    return true;
}

SettingsDialog *MainWindow::createSettingsDialog()
{
    auto *dialog = new SettingsDialog(this);
    dialog->addPage(ShellTr::tr("General"),
                    QIcon(QStringLiteral(":/civitas/icons/settings.svg")),
                    new GeneralSettingsPage(m_workspace.database(), m_workspace.session()));
    dialog->addPage(ShellTr::tr("Town"),
                    QIcon(QStringLiteral(":/civitas/icons/settings.svg")),
                    new TownIdentitySettingsPage(m_workspace.database(), m_workspace.session()));
    dialog->addPage(ShellTr::tr("Files"),
                    QIcon(QStringLiteral(":/civitas/icons/settings.svg")),
                    new FilesSettingsPage(m_workspace.database(), m_workspace.session()));
    for (ModuleInterface *module : m_workspace.modules().activeModules()) {
        for (const SettingsPageContribution &page : module->settingsPages()) {
            if (m_workspace.session().hasAnyRole(page.roles) && page.create)
                dialog->addPage(page.title,
                                QIcon(QStringLiteral(":/civitas/icons/module.svg")),
                                page.create(nullptr));
        }
    }
    return dialog;
}

void MainWindow::showSettings()
{
    SettingsDialog *dialog = createSettingsDialog();
    dialog->exec();
    delete dialog;
    m_status->refresh();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_workspace.modules(), this);
    dialog.exec();
}

QString MainWindow::pageHelp(const QString &pageId) const
{
    const PageContribution *page = m_registry.page(pageId);
    if (!page)
        return {};
    return page->help.isEmpty() ? ShellTr::tr("No guide has been written for this page yet.")
                                : page->help;
}

void MainWindow::showPageHelp()
{
    const PageContribution *page = m_registry.page(m_currentPageId);
    if (!page)
        return;
    // Not modal: the user reads it beside the page.
    auto *box = new QMessageBox(
        QMessageBox::Information, page->title, pageHelp(m_currentPageId), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("pageHelp"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MainWindow::updateWindowTitle()
{
    // The town and the user only: the platform adds the application's display name, Civitas,
    // once (QGuiApplication::applicationDisplayName); naming it here said it twice.
    QStringList parts;
    const QString town = TownIdentity::load(m_workspace.database()).name;
    if (!town.isEmpty())
        parts << town;
    if (!m_workspace.session().displayName().isEmpty())
        parts << m_workspace.session().displayName();
    setWindowTitle(parts.isEmpty() ? QStringLiteral("Civitas") : parts.join(QStringLiteral(" — ")));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once shown the frame is known: the restored size with its frame within the screen.
    if (!event->spontaneous() && !m_fitted) {
        m_fitted = true;
        WindowGeometry::fit(this);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), WindowGeometry::save(this));
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Civitas
