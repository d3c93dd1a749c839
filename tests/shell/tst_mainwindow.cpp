#include <core/extension/settingspage.h>
#include <core/models/sqllistmodel.h>
#include <core/storage/townsettings.h>
#include <core/translations.h>
#include <core/workspace.h>

#include "../../app/shell/aboutdialog.h"
#include "../../app/shell/globalsearchfield.h"
#include "../../app/shell/mainwindow.h"
#include "../../app/shell/organisationpage.h"
#include "../../app/shell/serverprofile.h"
#include "../../app/shell/settingsdialog.h"
#include "../../app/shell/shellstartup.h"
#include "../../app/shell/statusindicator.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Civitas;

// Starts the real shell offscreen on a demo town with the test modules, and drives it as a
// user would: navigation, personas, global search, settings, About.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void navigationShowsWhatTheRolesAllow();
    void pagesAreCreatedOnFirstUse();
    void clickingNavigationOpensThePage();
    void globalSearchOpensTheRecord();
    void organisationListFiltersInSql();
    void settingsApplyToTheLocalFile();
    void calendarSettingsAreHrsOnAServer();
    void aboutListsModules();
    void statusBarCountsPendingChanges();
    void geometryIsRemembered();

private:
    QTreeWidgetItem *navigationItem(const QString &title) const;

    QTemporaryDir m_dir;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CIVITAS_MODULE_PATH", CIVITAS_TEST_GOOD_MODULES);
    // English plurals come from civitas_en.qm: the test also proves it is found and loaded.
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void tst_MainWindow::init()
{
    m_workspace = new Workspace;
    ShellOptions options;
    options.demo = true;
    options.demoAgents = 400;
    QString error;
    QVERIFY2(ShellStartup::open(*m_workspace, options, &error), qPrintable(error));
    QCOMPARE(m_workspace->session().login(), QStringLiteral("nbenali")); // the HR persona
    m_window = new MainWindow(*m_workspace, true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindow::cleanup()
{
    delete m_window;
    delete m_workspace;
    m_window = nullptr;
    m_workspace = nullptr;
}

QTreeWidgetItem *tst_MainWindow::navigationItem(const QString &title) const
{
    for (QTreeWidgetItemIterator it(m_window->navigation()); *it; ++it) {
        if ((*it)->text(0) == title)
            return *it;
    }
    return nullptr;
}

void tst_MainWindow::navigationShowsWhatTheRolesAllow()
{
    QVERIFY(navigationItem(QStringLiteral("Notes")));   // alpha: everybody
    QVERIFY(navigationItem(QStringLiteral("HR only"))); // beta: HR role
    QCOMPARE(m_window->currentPageId(), QStringLiteral("core.home"));

    // The agent persona sees neither the HR page nor the organisation page.
    QComboBox *personas = m_window->personaSwitcher();
    QVERIFY(personas);
    // The test modules serve HR (beta) only; agents and the administrator are always there.
    QCOMPARE(personas->count(), 3);
    const int agent = personas->findData(QStringLiteral("cbernard"));
    personas->setCurrentIndex(agent);
    emit personas->activated(agent);
    QCOMPARE(m_workspace->session().login(), QStringLiteral("cbernard"));
    QVERIFY(navigationItem(QStringLiteral("Notes")));
    QVERIFY(!navigationItem(QStringLiteral("HR only")));
    QVERIFY(!m_window->openPage(QStringLiteral("beta.hr")));
    QVERIFY(!m_window->openPage(QStringLiteral("core.organisation")));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Camille Bernard")));

    QVERIFY(m_window->switchPersona(QStringLiteral("mlefevre")));
    QVERIFY(m_window->openPage(QStringLiteral("core.organisation")));
}

void tst_MainWindow::pagesAreCreatedOnFirstUse()
{
    QVERIFY(!m_window->pageWidget(QStringLiteral("alpha.notes")));
    QVERIFY(!m_window->pageWidget(QStringLiteral("core.organisation")));
    QVERIFY(m_window->openPage(QStringLiteral("alpha.notes")));
    QVERIFY(m_window->pageWidget(QStringLiteral("alpha.notes")));
    QVERIFY(!m_window->pageWidget(QStringLiteral("core.organisation")));
}

void tst_MainWindow::clickingNavigationOpensThePage()
{
    QTreeWidget *tree = m_window->navigation();
    QTreeWidgetItem *item = navigationItem(QStringLiteral("HR only"));
    QVERIFY(item);
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->currentPageId(), QStringLiteral("beta.hr"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("betaHrPage"))->isVisible());
    // Keyboard: up to the previous page.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Up);
    QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("alpha.notes"));
}

void tst_MainWindow::globalSearchOpensTheRecord()
{
    GlobalSearchField *search = m_window->searchField();
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Demo note 2"));
    search->searchNow();
    QStandardItemModel *results = search->resultsModel();
    QVERIFY(results->rowCount() >= 1);
    QVERIFY(results->item(0)->text().contains(QLatin1String("Demo note 2")));
    search->activateResult(0);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("alpha.notes"));
    auto *page = m_window->findChild<QLabel *>(QStringLiteral("alphaNotesPage"));
    QVERIFY(page->text().startsWith(QLatin1String("note ")));

    // Accounts are found by name through FTS, accents ignored.
    search->setText(QStringLiteral("benali nad"));
    search->searchNow();
    bool found = false;
    for (int i = 0; i < results->rowCount(); ++i)
        found = found || results->item(i)->text().contains(QLatin1String("Nadia Benali"));
    QVERIFY(found);
    search->setText(QStringLiteral("zzzzqqq"));
    search->searchNow();
    QCOMPARE(results->rowCount(), 1);
    QVERIFY(!results->item(0)->isEnabled());
}

void tst_MainWindow::organisationListFiltersInSql()
{
    QVERIFY(m_window->openPage(QStringLiteral("core.organisation")));
    auto *page = m_window->findChild<OrganisationPage *>();
    QVERIFY(page);
    SqlListModel *model = page->accountsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->totalCount(), 400);
    auto *count = page->findChild<QLabel *>(QStringLiteral("accountCount"));
    QVERIFY(count->text().contains(QLatin1String("400")));

    // A unit and its sub-units.
    auto *tree = page->findChild<QTreeWidget *>(QStringLiteral("orgUnitTree"));
    QTreeWidgetItem *dst = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0) == QStringLiteral("Direction des services techniques"))
            dst = *it;
    }
    QVERIFY(dst);
    tree->setCurrentItem(dst);
    QSqlQuery q(m_workspace->database().connection());
    q.exec(QStringLiteral(
        "SELECT count(*) FROM user_accounts u JOIN org_units o ON o.id = u.org_unit_id "
        "JOIN org_units p ON p.id = o.parent_id WHERE p.code = 'DST' AND u.active = 1"));
    QVERIFY(q.next());
    QCOMPARE(model->totalCount(), q.value(0).toInt());
    QVERIFY(model->totalCount() > 0);

    // Role filter and search.
    auto *role = page->findChild<QComboBox *>(QStringLiteral("roleFilter"));
    role->setCurrentIndex(role->findData(QStringLiteral("department_head")));
    QVERIFY(model->totalCount() >= 4);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("accountSearch"));
    QTest::keyClicks(search, QStringLiteral("smartin"));
    QTRY_COMPARE(model->totalCount(), 1);
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("Sophie Martin"));

    // Sorting descending by login happens in SQL over every row.
    search->clear();
    role->setCurrentIndex(0);
    tree->setCurrentItem(tree->topLevelItem(0));
    auto *table = page->findChild<QTableView *>(QStringLiteral("accountTable"));
    table->sortByColumn(1, Qt::DescendingOrder);
    q.exec(QStringLiteral("SELECT max(login) FROM user_accounts WHERE active = 1"));
    QVERIFY(q.next());
    QCOMPARE(model->data(model->index(0, 1)).toString(), q.value(0).toString());
}

void tst_MainWindow::settingsApplyToTheLocalFile()
{
    SettingsDialog *dialog = m_window->createSettingsDialog();
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("settingsPages"));
    // General, the town's identity, files, and the alpha module's page
    QCOMPARE(list->count(), 4);
    QCOMPARE(list->item(3)->text(), QStringLiteral("Alpha"));
    dialog->show();
    auto *whitMonday = dialog->findChild<QCheckBox *>(QStringLiteral("whitMondayWorked"));
    QVERIFY(!whitMonday->isChecked());
    QTest::mouseClick(whitMonday, Qt::LeftButton, {}, QPoint(8, whitMonday->height() / 2));
    QVERIFY(whitMonday->isChecked());
    list->setCurrentRow(3);
    auto *alpha = dialog->findChild<QCheckBox *>(QStringLiteral("alphaOption"));
    alpha->setChecked(true);
    dialog->accept();
    // The town's setting, synchronised: the server counts leave with it too.
    QVERIFY(TownSettings(m_workspace->database()).flag(TownSettings::WhitMondayWorked));
    QCOMPARE(qgetenv("CIVITAS_TEST_ALPHA_OPTION"), QByteArray("1"));
    delete dialog;
}

// On a server the holiday calendar is the town's: HR and administrators set it, the server
// refuses anybody else's change, so the page shows it to the others without letting them edit.
void tst_MainWindow::calendarSettingsAreHrsOnAServer()
{
    const int pending = m_workspace->database().pendingChangeCount();
    ServerProfile profile;
    profile.mode = ServerProfile::Mode::Server;
    profile.connection.host = QStringLiteral("127.0.0.1");
    profile.connection.database = QStringLiteral("civitas");
    profile.save();
    auto whitMondayOf = [](SettingsDialog *dialog) {
        return dialog->findChild<QCheckBox *>(QStringLiteral("whitMondayWorked"));
    };
    SettingsDialog *dialog = m_window->createSettingsDialog(); // the HR persona
    QVERIFY(whitMondayOf(dialog)->isEnabled());
    delete dialog;
    QVERIFY(m_window->switchPersona(QStringLiteral("cbernard"))); // an agent
    dialog = m_window->createSettingsDialog();
    QCheckBox *whitMonday = whitMondayOf(dialog);
    QVERIFY(!whitMonday->isEnabled());
    whitMonday->setChecked(true);
    dialog->accept();
    delete dialog;
    ServerProfile::clear();
    QVERIFY(!TownSettings(m_workspace->database()).flag(TownSettings::WhitMondayWorked));
    QCOMPARE(m_workspace->database().pendingChangeCount(), pending);
}

void tst_MainWindow::aboutListsModules()
{
    AboutDialog about(m_workspace->modules(), m_window);
    QTreeWidget *list = about.moduleList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Alpha"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("1.2.0"));
}

void tst_MainWindow::statusBarCountsPendingChanges()
{
    StatusIndicator *status = m_window->statusIndicator();
    QVERIFY(status->pendingText().contains(QLatin1String("No change")));
    QSqlQuery q(m_workspace->database().connection());
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE user_accounts SET email = 'x@example.org' WHERE login = 'cbernard'")));
    status->refresh();
    QCOMPARE(status->pendingText(), QStringLiteral("1 change waiting to be sent"));
    QCOMPARE(status->lastSyncText(), QStringLiteral("Last sync: never"));
    // Local mode: no server, so nothing is said to wait for one, nor a sync that never comes.
    QVERIFY(!status->findChild<QLabel *>(QStringLiteral("statusPending"))->isVisible());
    QVERIFY(!status->findChild<QLabel *>(QStringLiteral("statusLastSync"))->isVisible());
    QVERIFY(status->findChild<QLabel *>(QStringLiteral("statusMode"))->isVisible());
    // A transaction held open on the server delays everybody's pulls: said past 5 minutes.
    QVERIFY(StatusIndicator::heldBackText(299).isEmpty());
    QVERIFY2(
        StatusIndicator::heldBackText(12 * 60 + 5).contains(QLatin1String("delayed for 12 minute")),
        qPrintable(StatusIndicator::heldBackText(12 * 60 + 5)));
}

void tst_MainWindow::geometryIsRemembered()
{
    // A size that fits the screen comes back as it was.
    const QRect screen = m_window->screen()->availableGeometry();
    const QSize fits(screen.width() - 20, screen.height() - 20);
    m_window->resize(fits);
    m_window->close();
    delete m_window;
    m_window = new MainWindow(*m_workspace, true);
    QCOMPARE(m_window->size(), fits);

    // A window grown past the screen (a page once widened it to 32,767 pixels) is saved no
    // larger than the screen.
    m_window->show();
    m_window->resize(32767, 900);
    m_window->close();
    delete m_window;
    m_window = new MainWindow(*m_workspace, true);
    QVERIFY2(m_window->width() <= screen.width() && m_window->height() <= screen.height(),
             qPrintable(QStringLiteral("%1×%2").arg(m_window->width()).arg(m_window->height())));

    // And one saved so by an earlier version comes back within the screen.
    QWidget huge;
    huge.setGeometry(-5000, 40, 32767, 3000);
    QSettings().setValue(QStringLiteral("window/geometry"), huge.saveGeometry());
    delete m_window;
    m_window = new MainWindow(*m_workspace, true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY2(screen.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%5×%6: %1,%2 %3×%4")
                            .arg(m_window->x())
                            .arg(m_window->y())
                            .arg(m_window->width())
                            .arg(m_window->height())
                            .arg(screen.width())
                            .arg(screen.height())));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
