#include <core/access/credentialstore.h>
#include <core/access/keychaincredentialstore.h>

#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Civitas;

// Runs against the real Secret Service: ./test.sh starts this inside dbus-run-session with an
// unlocked gnome-keyring-daemon. Broken or silent D-Bus sessions are tried in a child process,
// because libsecret keeps the first session bus it connects to for the life of the process.
class tst_KeychainCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadDelete();
    void missingAccountIsNotFound();
    void deletingAMissingAccountSucceeds();
    void writingAgainReplaces();
    void servicesAreKeptApart();
    void blockingRead();
    void destroyingTheStoreWithAJobRunningIsSafe();
    void unreachableBusFailsClearly();
    void noSessionBusSaysSo();
    void silentBusTimesOut();

private:
    struct ChildResult
    {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        QString result;
        QString error;
        qint64 elapsedMs = 0;
        QString output;
    };
    static ChildResult runChild(const QProcessEnvironment &environment, int timeoutMs);
    QString account(const char *name) const;

    QString m_prefix;
};

void tst_KeychainCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run this test through ./test.sh, which starts one with an "
              "unlocked gnome-keyring-daemon.");
    // Entries of this run only, so that a crashed earlier run cannot make this one pass.
    m_prefix = QStringLiteral("civitas-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString tst_KeychainCredentialStore::account(const char *name) const
{
    return m_prefix + QLatin1Char('/') + QLatin1String(name);
}

void tst_KeychainCredentialStore::storeReadDelete()
{
    KeychainCredentialStore store;
    QCOMPARE(store.service(), QStringLiteral("Civitas"));
    QCOMPARE(store.timeout(), 10000);
    const QString who = account("alice");
    const QString secret = QStringLiteral("Mot de passe à 20 € : ñ\"'\\");

    QSignalSpy written(&store, &CredentialStore::passwordWritten);
    store.writePassword(who, secret);
    QCOMPARE(store.pendingCount(), 1);
    QVERIFY(written.wait(15000));
    QCOMPARE(written.at(0).at(0).toString(), who);
    QVERIFY2(written.at(0).at(1).toBool(), qPrintable(written.at(0).at(2).toString()));

    QSignalSpy read(&store, &CredentialStore::passwordRead);
    store.readPassword(who);
    QVERIFY(read.wait(15000));
    QCOMPARE(read.at(0).at(0).toString(), who);
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Result>(), CredentialStore::Result::Success);
    QCOMPARE(read.at(0).at(2).toString(), secret);

    QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
    store.deletePassword(who);
    QVERIFY(deleted.wait(15000));
    QVERIFY2(deleted.at(0).at(1).toBool(), qPrintable(deleted.at(0).at(2).toString()));

    read.clear();
    store.readPassword(who);
    QVERIFY(read.wait(15000));
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Result>(), CredentialStore::Result::NotFound);
    QCOMPARE(store.pendingCount(), 0);
}

void tst_KeychainCredentialStore::missingAccountIsNotFound()
{
    KeychainCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::passwordRead);
    store.readPassword(account("nobody"));
    QVERIFY(read.wait(15000));
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Result>(), CredentialStore::Result::NotFound);
    QVERIFY(read.at(0).at(2).toString().isEmpty());
    QVERIFY2(read.at(0).at(3).toString().isEmpty(), qPrintable(read.at(0).at(3).toString()));
}

void tst_KeychainCredentialStore::deletingAMissingAccountSucceeds()
{
    KeychainCredentialStore store;
    QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
    store.deletePassword(account("nobody"));
    QVERIFY(deleted.wait(15000));
    QVERIFY2(deleted.at(0).at(1).toBool(), qPrintable(deleted.at(0).at(2).toString()));
}

void tst_KeychainCredentialStore::writingAgainReplaces()
{
    KeychainCredentialStore store;
    const QString who = account("bob");
    QSignalSpy written(&store, &CredentialStore::passwordWritten);
    store.writePassword(who, QStringLiteral("first"));
    store.writePassword(who, QStringLiteral("second"));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 15000);
    QString password;
    QString error;
    QVERIFY2(store.readPasswordBlocking(who, &password, &error), qPrintable(error));
    QCOMPARE(password, QStringLiteral("second"));
    store.deletePassword(who);
    QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
    QVERIFY(deleted.wait(15000));
}

void tst_KeychainCredentialStore::servicesAreKeptApart()
{
    KeychainCredentialStore civitas;
    KeychainCredentialStore other(QStringLiteral("Civitas test other"));
    const QString who = account("carol");
    QSignalSpy written(&civitas, &CredentialStore::passwordWritten);
    civitas.writePassword(who, QStringLiteral("civitas"));
    QVERIFY(written.wait(15000));
    QString password;
    QString error;
    QVERIFY(!other.readPasswordBlocking(who, &password, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(civitas.readPasswordBlocking(who, &password, &error), qPrintable(error));
    QCOMPARE(password, QStringLiteral("civitas"));
    QSignalSpy deleted(&civitas, &CredentialStore::passwordDeleted);
    civitas.deletePassword(who);
    QVERIFY(deleted.wait(15000));
}

void tst_KeychainCredentialStore::blockingRead()
{
    KeychainCredentialStore store;
    const QString who = account("dave");
    QString password = QStringLiteral("stale");
    QString error = QStringLiteral("stale");
    QVERIFY(!store.readPasswordBlocking(who, &password, &error, 15000));
    QVERIFY(password.isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QSignalSpy written(&store, &CredentialStore::passwordWritten);
    store.writePassword(who, QStringLiteral("dave's"));
    QVERIFY(written.wait(15000));
    QVERIFY(store.readPasswordBlocking(who, &password, &error, 15000));
    QCOMPARE(password, QStringLiteral("dave's"));
    QVERIFY(error.isEmpty());
    QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
    store.deletePassword(who);
    QVERIFY(deleted.wait(15000));
}

void tst_KeychainCredentialStore::destroyingTheStoreWithAJobRunningIsSafe()
{
    {
        KeychainCredentialStore store;
        store.readPassword(account("nobody"));
        store.writePassword(account("erin"), QStringLiteral("x"));
        QCOMPARE(store.pendingCount(), 2);
    }
    // The jobs finish after their store is gone; they must delete themselves, not crash.
    QTest::qWait(1000);
    KeychainCredentialStore store;
    QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
    store.deletePassword(account("erin"));
    QVERIFY(deleted.wait(15000));
    QVERIFY(deleted.at(0).at(1).toBool());
}

tst_KeychainCredentialStore::ChildResult
tst_KeychainCredentialStore::runChild(const QProcessEnvironment &environment, int timeoutMs)
{
    ChildResult child;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("CIVITAS_KEYCHAIN_CHILD"), QString::number(timeoutMs));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(QCoreApplication::applicationFilePath(), {});
    if (!process.waitForFinished(timeoutMs + 20000)) {
        process.kill();
        process.waitForFinished();
        return child;
    }
    child.elapsedMs = clock.elapsed();
    child.exitCode = process.exitCode();
    child.exitStatus = process.exitStatus();
    child.output = QString::fromUtf8(process.readAllStandardOutput())
                   + QString::fromUtf8(process.readAllStandardError());
    for (const QString &line : child.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("result=")))
            child.result = line.mid(7);
        else if (line.startsWith(QLatin1String("error=")))
            child.error = line.mid(6);
    }
    return child;
}

void tst_KeychainCredentialStore::unreachableBusFailsClearly()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-socket")));
    const ChildResult child = runChild(env, 5000);
    QVERIFY2(child.exitStatus == QProcess::NormalExit && child.exitCode == 0,
             qPrintable(child.output));
    QCOMPARE(child.result, QStringLiteral("Failure"));
    QVERIFY2(child.error.contains(QStringLiteral("D-Bus")), qPrintable(child.error));
    qInfo("Unreachable bus: %s", qPrintable(child.error));
}

void tst_KeychainCredentialStore::noSessionBusSaysSo()
{
    QTemporaryDir runtime;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const ChildResult child = runChild(env, 5000);
    QVERIFY2(child.exitStatus == QProcess::NormalExit && child.exitCode == 0,
             qPrintable(child.output));
    QCOMPARE(child.result, QStringLiteral("Failure"));
    QVERIFY2(child.error.contains(QStringLiteral("There is no D-Bus session")),
             qPrintable(child.error));
    qInfo("No session bus: %s", qPrintable(child.error));
}

void tst_KeychainCredentialStore::silentBusTimesOut()
{
    // A bus that accepts the connection and never answers: the job waits forever, as it does
    // with a locked keyring and nobody to unlock it.
    QTemporaryDir dir;
    QLocalServer silent;
    QVERIFY(silent.listen(dir.filePath(QStringLiteral("silent-bus"))));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + silent.fullServerName());
    const ChildResult child = runChild(env, 1000);
    QVERIFY2(child.exitStatus == QProcess::NormalExit && child.exitCode == 0,
             qPrintable(child.output));
    QCOMPARE(child.result, QStringLiteral("Failure"));
    QCOMPARE(child.error, QStringLiteral("The system keychain did not answer within 1 s."));
    QVERIFY2(!child.output.contains(QStringLiteral("second answer")), qPrintable(child.output));
    QVERIFY(child.elapsedMs >= 1000);
}

// The child: one read with the given timeout, then time for a late answer to arrive and the
// store to go away, to prove neither crashes. Prints what the store answered.
static int runChildRead(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int timeoutMs = qEnvironmentVariableIntValue("CIVITAS_KEYCHAIN_CHILD");
    auto store = std::make_unique<KeychainCredentialStore>();
    store->setTimeout(timeoutMs);
    QTextStream out(stdout);
    bool answered = false;
    QObject::connect(store.get(),
                     &CredentialStore::passwordRead,
                     &app,
                     [&](const QString &,
                         CredentialStore::Result result,
                         const QString &,
                         const QString &error) {
                         if (answered) {
                             out << "second answer\n";
                             return;
                         }
                         answered = true;
                         const char *name = result == CredentialStore::Result::Success ? "Success"
                                            : result == CredentialStore::Result::NotFound
                                                ? "NotFound"
                                                : "Failure";
                         out << "result=" << name << "\nerror=" << error << '\n';
                         out.flush();
                         QTimer::singleShot(1500, &app, [&] {
                             store.reset();
                             QTimer::singleShot(500, &app, &QCoreApplication::quit);
                         });
                     });
    store->readPassword(QStringLiteral("civitas-test/child"));
    QTimer::singleShot(timeoutMs * 3 + 5000, &app, [&] {
        out << "result=NoAnswer\n";
        app.exit(2);
    });
    return app.exec();
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("CIVITAS_KEYCHAIN_CHILD"))
        return runChildRead(argc, argv);
    QCoreApplication app(argc, argv);
    tst_KeychainCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaincredentialstore.moc"
