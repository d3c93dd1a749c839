#include <core/access/offlinepassword.h>
#include <core/workspace.h>

#include "../../app/shell/logindialog.h"
#include "../../app/shell/serverlogin.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Civitas;

namespace {

const QString Login = QStringLiteral("nbenali");
const QString RightPassword = QStringLiteral("right-password-1");

// One step of a user's session with the login dialog: done when `ready` holds for the dialog
// on screen, then `act` runs on it.
struct Step
{
    std::function<bool(LoginDialog *)> ready;
    std::function<void(LoginDialog *)> act;
};

QPushButton *logInButton(LoginDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

QPushButton *offlineButton(LoginDialog *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("workOffline"));
}

// Plays the steps on the modal login dialog as it comes and goes; `done` counts those played.
void play(const QList<Step> &steps, int *done)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, steps, done] {
        if (*done >= steps.size()) {
            timer->deleteLater();
            return;
        }
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || !steps.at(*done).ready(dialog))
            return;
        const Step step = steps.at((*done)++);
        step.act(dialog);
    });
    timer->start();
}

} // namespace

// "Work offline" opens a login's local copy only with that login's password, checked against
// the verifier kept at its last online login on this computer. The server is a closed port:
// unreachable, so the dialog offers offline work.
class tst_OfflineLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPasswordOpensNothing();
    void noOnlineLoginYetIsExplained();

private:
    ServerProfile m_profile;
};

void tst_OfflineLogin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_profile.mode = ServerProfile::Mode::Server;
    m_profile.connection.host = QStringLiteral("127.0.0.1");
    m_profile.connection.port = probe.serverPort();
    m_profile.connection.database = QStringLiteral("civitas");
    probe.close();

    // The copy of a past online login, as ShellStartup leaves it.
    const QString path = m_profile.databasePath(Login);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    Workspace workspace;
    workspace.loadModules();
    QString error;
    QVERIFY2(workspace.openDatabase(path, &error), qPrintable(error));
    const Result<> kept = OfflinePassword::remember(workspace.database(), Login, RightPassword);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
}

void tst_OfflineLogin::wrongPasswordOpensNothing()
{
    QString refusal;
    int done = 0;
    play(
        {
            // Log in: the server does not answer, "Work offline" appears.
            {[](LoginDialog *) { return true; },
             [](LoginDialog *d) {
                 d->setUserName(Login);
                 d->setPassword(QStringLiteral("guessed-password"));
                 QTest::mouseClick(logInButton(d), Qt::LeftButton);
             }},
            {[](LoginDialog *d) { return offlineButton(d)->isVisible(); },
             [](LoginDialog *d) {
                 QTest::mouseClick(offlineButton(d), Qt::LeftButton);
             }},
            // Refused: the dialog is back with the reason.
            {[](LoginDialog *d) { return d->errorText().contains(QStringLiteral("Wrong")); },
             [&refusal](LoginDialog *d) {
                 refusal = d->errorText();
                 QVERIFY(offlineButton(d)->isVisible());
                 d->setPassword(RightPassword);
                 QTest::mouseClick(offlineButton(d), Qt::LeftButton);
             }},
        },
        &done);
    ServerProfile profile = m_profile;
    QString password;
    const ServerLogin::Outcome outcome = ServerLogin::run(profile, &password);
    QCOMPARE(done, 3);
    QVERIFY2(refusal.contains(QStringLiteral("Wrong password for nbenali")), qPrintable(refusal));
    // Only the right password went through.
    QCOMPARE(int(outcome), int(ServerLogin::Outcome::Offline));
    QCOMPARE(password, RightPassword);
    QCOMPARE(profile.connection.user, Login);
}

void tst_OfflineLogin::noOnlineLoginYetIsExplained()
{
    const QString stranger = QStringLiteral("intrus");
    QString refusal;
    int done = 0;
    play(
        {
            {[](LoginDialog *) { return true; },
             [stranger](LoginDialog *d) {
                 d->setUserName(stranger);
                 d->setPassword(QStringLiteral("anything-at-all"));
                 QTest::mouseClick(logInButton(d), Qt::LeftButton);
             }},
            {[](LoginDialog *d) { return offlineButton(d)->isVisible(); },
             [](LoginDialog *d) {
                 QTest::mouseClick(offlineButton(d), Qt::LeftButton);
             }},
            {[](LoginDialog *d) {
                 return d->errorText().contains(QStringLiteral("cannot work offline yet"));
             },
             [&refusal](LoginDialog *d) {
                 refusal = d->errorText();
                 d->reject();
             }},
        },
        &done);
    ServerProfile profile = m_profile;
    QString password;
    const ServerLogin::Outcome outcome = ServerLogin::run(profile, &password);
    QCOMPARE(done, 3);
    QCOMPARE(int(outcome), int(ServerLogin::Outcome::Cancelled));
    QVERIFY2(refusal.contains(QStringLiteral("log in once on this computer while the server is "
                                             "reachable")),
             qPrintable(refusal));
    // Nothing was created for the stranger, and another login's copy did not let them in.
    QVERIFY(!QFileInfo::exists(profile.databasePath(stranger)));
}

QTEST_MAIN(tst_OfflineLogin)
#include "tst_offlinelogin.moc"
