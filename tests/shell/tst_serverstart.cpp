#include <core/storage/database.h>
#include <core/sync/syncengine.h>
#include <core/workspace.h>

#include "../../app/shell/mainwindow.h"
#include "../../app/shell/shellstartup.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Civitas;

// The first start of `civitas` against a town put on the server by `civitas-admin load`: the
// server dialog, the login dialog, the first sync, the main window, as a user goes through them.
class tst_ServerStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstStartReachesALoadedTown();

private:
    int admin(const QStringList &arguments, QString *output = nullptr);
    QTemporaryDir m_dir;
    QString m_database;
};

int tst_ServerStart::admin(const QStringList &arguments, QString *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CIVITAS_ADMIN), arguments);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    if (output)
        *output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void tst_ServerStart::initTestCase()
{
    if (!qEnvironmentVariableIsSet("PGHOST"))
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    QStandardPaths::setTestModeEnabled(true);
    m_database = QStringLiteral("civitas_start_%1")
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    {
        QSqlDatabase root
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("root"));
        root.setHostName(qEnvironmentVariable("PGHOST"));
        root.setPort(qEnvironmentVariableIntValue("PGPORT"));
        root.setUserName(qEnvironmentVariable("PGUSER"));
        root.setPassword(qEnvironmentVariable("PGPASSWORD"));
        root.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY(root.open());
        QVERIFY(QSqlQuery(root).exec(QStringLiteral("CREATE DATABASE ") + m_database));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
    const QString server = QStringLiteral("postgresql://%1@%2:%3/%4")
                               .arg(qEnvironmentVariable("PGUSER"),
                                    qEnvironmentVariable("PGHOST"),
                                    qEnvironmentVariable("PGPORT"),
                                    m_database);
    const QString town = m_dir.filePath(QStringLiteral("town.sqlite"));
    const QString password = m_dir.filePath(QStringLiteral("head.pw"));
    {
        QFile file(password);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("head-password-1\n");
    }
    QString output;
    QVERIFY2(admin({QStringLiteral("provision"), QStringLiteral("--server"), server}, &output) == 0,
             qPrintable(output));
    QVERIFY2(admin({QStringLiteral("demo"),
                    QStringLiteral("--db"),
                    town,
                    QStringLiteral("--agents"),
                    QStringLiteral("30")},
                   &output)
                 == 0,
             qPrintable(output));
    QVERIFY2(admin({QStringLiteral("load"),
                    QStringLiteral("--db"),
                    town,
                    QStringLiteral("--server"),
                    server},
                   &output)
                 == 0,
             qPrintable(output));
    QVERIFY2(admin({QStringLiteral("user"),
                    QStringLiteral("add"),
                    QStringLiteral("smartin"),
                    QStringLiteral("--password-file"),
                    password,
                    QStringLiteral("--server"),
                    server},
                   &output)
                 == 0,
             qPrintable(output));
}

void tst_ServerStart::cleanupTestCase()
{
    if (m_database.isEmpty())
        return;
    {
        QSqlDatabase root
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("root"));
        root.setHostName(qEnvironmentVariable("PGHOST"));
        root.setPort(qEnvironmentVariableIntValue("PGPORT"));
        root.setUserName(qEnvironmentVariable("PGUSER"));
        root.setPassword(qEnvironmentVariable("PGPASSWORD"));
        root.setDatabaseName(QStringLiteral("postgres"));
        if (root.open())
            QSqlQuery(root).exec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
}

namespace {

void retype(QWidget *field, const QString &text)
{
    field->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

QPushButton *acceptButton(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

void maybeSaveScreenshot(QWidget *widget, const QString &name)
{
    // CIVITAS_DIALOG_SCREENSHOTS=/tmp ./shell_tst_serverstart: to look at what the user sees.
    const QString folder = qEnvironmentVariable("CIVITAS_DIALOG_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(folder + QStringLiteral("/start-") + name + QStringLiteral(".png"));
}

} // namespace

void tst_ServerStart::firstStartReachesALoadedTown()
{
    QStringList seen;
    QString problem;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        const QString name = modal->objectName();
        if (name == QLatin1String("serverSetupDialog") && !seen.contains(name)) {
            seen << name;
            modal->findChild<QRadioButton *>(QStringLiteral("useServer"))->click();
            retype(modal->findChild<QLineEdit *>(QStringLiteral("serverHost")),
                   qEnvironmentVariable("PGHOST"));
            modal->findChild<QSpinBox *>(QStringLiteral("serverPort"))
                ->setValue(qEnvironmentVariableIntValue("PGPORT"));
            retype(modal->findChild<QLineEdit *>(QStringLiteral("serverDatabase")), m_database);
            auto *mode = modal->findChild<QComboBox *>(QStringLiteral("sslMode"));
            mode->setCurrentIndex(mode->findData(QStringLiteral("disable")));
            maybeSaveScreenshot(modal, QStringLiteral("server"));
            QPushButton *ok = acceptButton(modal);
            if (!ok || !ok->isEnabled())
                problem = QStringLiteral("the server dialog does not accept the test server");
            else
                ok->click();
        } else if (name == QLatin1String("loginDialog") && !seen.contains(name)) {
            seen << name;
            retype(modal->findChild<QLineEdit *>(QStringLiteral("userName")),
                   QStringLiteral("smartin"));
            retype(modal->findChild<QLineEdit *>(QStringLiteral("password")),
                   QStringLiteral("head-password-1"));
            maybeSaveScreenshot(modal, QStringLiteral("login"));
            acceptButton(modal)->click();
        } else if (name == QLatin1String("loginDialog")) {
            // Shown again: the login failed; say why and give up.
            problem = modal->findChild<QLabel *>(QStringLiteral("loginError"))->text();
            modal->close();
        }
    });
    driver.start();
    Workspace workspace;
    SyncEngine *engine = nullptr;
    QString error;
    const bool opened = ShellStartup::open(workspace, ShellOptions(), &error, &engine);
    driver.stop();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(seen,
             (QStringList{QStringLiteral("serverSetupDialog"), QStringLiteral("loginDialog")}));
    QVERIFY(engine);
    QCOMPARE(workspace.session().login(), QStringLiteral("smartin"));
    // The first sync brought the head's own file and the team's, from the loaded town.
    QSqlQuery q(workspace.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM agents")) && q.next());
    QVERIFY2(q.value(0).toInt() > 1, qPrintable(q.value(0).toString()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM leave_requests")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);

    MainWindow window(workspace, false, engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *mode = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusMode"));
    QVERIFY(mode);
    QTRY_COMPARE_WITH_TIMEOUT(
        mode->text(), QStringLiteral("Connected to the town's server"), 10000);
    maybeSaveScreenshot(&window, QStringLiteral("main"));
    engine->stop();
}

QTEST_MAIN(tst_ServerStart)
#include "tst_serverstart.moc"
