// Screens that hold (issue 12): a 5,000-character birth name was once accepted and widened the
// main window to 32,767 pixels. In the real shell with the real HR and leave modules on a demo
// town, offscreen on a 1366×768 screen: every text field of every page a user can open takes
// no more than the server keeps, a name at the server's limit leaves the window as it was
// (the file's title cut short, whole in its tooltip), and opening a file changes nothing.

#include <core/access/session.h>
#include <core/sync/syncstatus.h>
#include <core/translations.h>
#include <core/workspace.h>
#include <hr/models/agentlistmodel.h>
#include <hr/ui/agentfilewidget.h>
#include <hr/ui/agentlistpage.h>
#include <hr/ui/elidedlabel.h>

#include "../../app/shell/mainwindow.h"
#include "../../app/shell/settingsdialog.h"
#include "../../app/shell/shellstartup.h"

#include <core/extension/settingspage.h>

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Civitas;

class tst_ScreensThatHold : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyTextFieldHasALimit_data();
    void everyTextFieldHasALimit();
    void aLongNameIsCutAndTheWindowHolds();

private:
    static QStringList unbounded(QWidget *root);

    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_ScreensThatHold::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void tst_ScreensThatHold::init()
{
    m_workspace = new Workspace;
    ShellOptions options;
    options.demo = true;
    options.demoAgents = 120;
    QString error;
    QVERIFY2(ShellStartup::open(*m_workspace, options, &error), qPrintable(error));
    m_window = new MainWindow(*m_workspace, true);
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_ScreensThatHold::cleanup()
{
    delete m_window;
    delete m_workspace;
    m_window = nullptr;
    m_workspace = nullptr;
}

// The editable line edits under `root` that take anything QLineEdit takes (32,767
// characters), by object name or accessible name. A spin box's or a date's text is bounded
// by its own rules.
QStringList tst_ScreensThatHold::unbounded(QWidget *root)
{
    QStringList names;
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (edit->isReadOnly() || qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            continue;
        if (edit->maxLength() >= 32767) {
            QString name = edit->objectName();
            if (name.isEmpty() && edit->parentWidget())
                name = edit->parentWidget()->objectName() + QStringLiteral("/")
                       + edit->accessibleName();
            names << name;
        }
    }
    return names;
}

void tst_ScreensThatHold::everyTextFieldHasALimit_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("HR") << "nbenali";
    QTest::newRow("head") << "smartin";
    QTest::newRow("agent") << "cbernard";
    QTest::newRow("administrator") << "mlefevre";
}

void tst_ScreensThatHold::everyTextFieldHasALimit()
{
    QFETCH(QString, login);
    QVERIFY(m_window->switchPersona(login));
    QStringList found = unbounded(m_window);
    // Every page of the navigation, and HR's agent file open in the list.
    for (QTreeWidgetItemIterator it(m_window->navigation()); *it; ++it) {
        const QString id = (*it)->data(0, Qt::UserRole + 1).toString();
        if (id.isEmpty())
            continue;
        QVERIFY(m_window->openPage(id));
        if (id == QLatin1String("hr.agents")) {
            auto *list = qobject_cast<Hr::Internal::AgentListPage *>(m_window->pageWidget(id));
            QVERIFY(list);
            list->showRecord(list->model()->idAt(0));
        }
        for (const QString &name : unbounded(m_window->pageWidget(id)))
            found << id + QStringLiteral(": ") + name;
    }
    // And the settings this user may change.
    std::unique_ptr<SettingsDialog> settings(m_window->createSettingsDialog());
    for (SettingsPage *page : settings->pages()) {
        for (const QString &name : unbounded(page))
            found << QStringLiteral("settings ") + page->objectName() + QStringLiteral(": ") + name;
    }
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

void tst_ScreensThatHold::aLongNameIsCutAndTheWindowHolds()
{
    QVERIFY(m_window->switchPersona(QStringLiteral("nbenali")));
    const QSize before = m_window->size();
    QVERIFY(m_window->openPage(QStringLiteral("hr.agents")));
    auto *list = qobject_cast<Hr::Internal::AgentListPage *>(
        m_window->pageWidget(QStringLiteral("hr.agents")));
    QVERIFY(list);
    const QString agentId = list->model()->idAt(0);
    list->showRecord(agentId);
    Hr::Internal::AgentFileWidget *file = list->fileWidget();
    QCOMPARE(file->agentId(), agentId);
    // Opening a file is no change waiting to be sent (its read is logged for the server).
    QVERIFY(!file->isModified());
    QCOMPARE(SyncStatus(m_workspace->database()).summary().valueOr({}).pendingChanges, 0);

    // 5,000 characters pasted: the field keeps the server's 200.
    auto *birthName = file->findChild<QLineEdit *>(QStringLiteral("birthName"));
    QVERIFY(birthName);
    birthName->selectAll();
    birthName->insert(QString(5000, QLatin1Char('W')));
    QCOMPARE(birthName->text().size(), 200);
    QVERIFY2(file->save(), qPrintable(file->lastError()));
    QSqlQuery stored(m_workspace->database().connection());
    QVERIFY(stored.exec(
        QStringLiteral("SELECT length(birth_name) FROM agents WHERE id = '%1'").arg(agentId)));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toInt(), 200);

    // The title holds the whole name, cut to the room it has; the window stays as it was.
    QCoreApplication::processEvents();
    auto *title = file->findChild<Hr::ElidedLabel *>(QStringLiteral("agentFileTitle"));
    QVERIFY(title);
    QVERIFY(title->fullText().contains(QString(200, QLatin1Char('W'))));
    QVERIFY(title->isElided());
    QCOMPARE(title->toolTip(), title->fullText());
    QCOMPARE(m_window->size(), before);
    QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
}

QTEST_MAIN(tst_ScreensThatHold)
#include "tst_screensthathold.moc"
