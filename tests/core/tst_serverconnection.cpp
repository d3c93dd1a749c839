#include <core/sync/loginerror.h>
#include <core/sync/serverconnection.h>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace Civitas;

// The login check of the login dialog, against the throwaway cluster ./test.sh starts and
// against a port where nothing listens.
class tst_ServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void unreachableServerIsReported();
    void rightPasswordLogsIn();
    void wrongPasswordIsRefused();

private:
    // The sync tests restart the cluster: wait for it rather than fail.
    static Result<> loginWhenUp(const ServerConnection &server, const QString &password);
};

Result<> tst_ServerConnection::loginWhenUp(const ServerConnection &server, const QString &password)
{
    QElapsedTimer clock;
    clock.start();
    Result<> login = server.tryLogin(password);
    while (!login.ok() && classifyLoginError(login.error()) == LoginError::ServerUnreachable
           && clock.elapsed() < 60000) {
        QTest::qWait(500);
        login = server.tryLogin(password);
    }
    return login;
}

void tst_ServerConnection::unreachableServerIsReported()
{
    // A port just freed: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    ServerConnection server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = probe.serverPort();
    server.user = QStringLiteral("nobody");
    server.sslMode = QStringLiteral("disable");
    probe.close();
    const Result<> login = server.tryLogin(QStringLiteral("secret"));
    QVERIFY(!login.ok());
    QVERIFY(!login.error().isEmpty());
    QVERIFY2(classifyLoginError(login.error()) == LoginError::ServerUnreachable,
             qPrintable(login.error()));
}

void tst_ServerConnection::rightPasswordLogsIn()
{
    if (qEnvironmentVariableIsEmpty("PGHOST"))
        QSKIP("PGHOST is not set: run this test through ./test.sh, which starts PostgreSQL.");
    const Result<> login
        = loginWhenUp(ServerConnection::fromEnvironment(), qEnvironmentVariable("PGPASSWORD"));
    QVERIFY2(login.ok(), qPrintable(login.error()));
}

void tst_ServerConnection::wrongPasswordIsRefused()
{
    if (qEnvironmentVariableIsEmpty("PGHOST"))
        QSKIP("PGHOST is not set: run this test through ./test.sh, which starts PostgreSQL.");
    const Result<> login = loginWhenUp(ServerConnection::fromEnvironment(),
                                       QStringLiteral("certainly not the password"));
    QVERIFY(!login.ok());
    QVERIFY2(classifyLoginError(login.error()) == LoginError::WrongPassword,
             qPrintable(login.error()));
}

QTEST_GUILESS_MAIN(tst_ServerConnection)
#include "tst_serverconnection.moc"
