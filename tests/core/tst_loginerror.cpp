#include <core/sync/loginerror.h>
#include <core/sync/serverconnection.h>

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSemaphore>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Civitas;

// Certificates made for this test only (EC P-256, valid 2000-2100): a CA, a server
// certificate it signed for "localhost", and an unrelated CA.
static const char testCaCertificate[]
    = "-----BEGIN CERTIFICATE-----\n"
      "MIIBTTCB9KADAgECAgIQADAKBggqhkjOPQQDAjAVMRMwEQYDVQQDDApjYSB0ZXN0\n"
      "IENBMCAXDTAwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAwMDAwWjAVMRMwEQYDVQQD\n"
      "DApjYSB0ZXN0IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMsVvxZFDvz0E\n"
      "NguF6LPKaxNqDF+QBRcfRBv+UdQXWExwfrsEB+s9nKwHyTGS/fX3jbN84tqjRsvc\n"
      "A2XOGeI+KKMyMDAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUNoHAxU0V4LBY\n"
      "BmUoBbP5WXxqeU4wCgYIKoZIzj0EAwIDSAAwRQIgPhtyoYEs23jvbibOSUt5PDYW\n"
      "7s6KI3OGj2TzGyud0lkCIQC2gIA6jpDPVc7HwektwIGWWnkfIHEYH6R4xo+uXq2B\n"
      "VQ==\n"
      "-----END CERTIFICATE-----\n";

static const char serverCertificate[]
    = "-----BEGIN CERTIFICATE-----\n"
      "MIIBfzCCASSgAwIBAgICEAIwCgYIKoZIzj0EAwIwFTETMBEGA1UEAwwKY2EgdGVz\n"
      "dCBDQTAgFw0wMDAxMDEwMDAwMDBaGA8yMTAwMDEwMTAwMDAwMFowFDESMBAGA1UE\n"
      "AwwJbG9jYWxob3N0MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKQvk7a9bAnG\n"
      "Se5/juKxHhqiwNYAP+kLPGAIMpxoRylOmrWvb/qIZqoWxQh4OrK/xiDB4fk3XW3g\n"
      "oA8gKM3J5qNjMGEwFAYDVR0RBA0wC4IJbG9jYWxob3N0MAkGA1UdEwQCMAAwHQYD\n"
      "VR0OBBYEFMPFwJSugZ9lMJKr6Gp1R0RNg2aaMB8GA1UdIwQYMBaAFDaBwMVNFeCw\n"
      "WAZlKAWz+Vl8anlOMAoGCCqGSM49BAMCA0kAMEYCIQCC8bRLAgopPVtdw032hvif\n"
      "3YXpjcULS+u8siB6hvVBpAIhAL+yKjgagONAjf5LzW/LmJZMGo97sib9dQkWJ5hT\n"
      "SzXP\n"
      "-----END CERTIFICATE-----\n";

static const char serverKey[] = "-----BEGIN EC PRIVATE KEY-----\n"
                                "MHcCAQEEIKjTI1RXbXfYNCqmRj5nnwb1HcWhXSRGIkzx+/+pIFf7oAoGCCqGSM49\n"
                                "AwEHoUQDQgAENKQvk7a9bAnGSe5/juKxHhqiwNYAP+kLPGAIMpxoRylOmrWvb/qI\n"
                                "ZqoWxQh4OrK/xiDB4fk3XW3goA8gKM3J5g==\n"
                                "-----END EC PRIVATE KEY-----\n";

static const char otherCaCertificate[]
    = "-----BEGIN CERTIFICATE-----\n"
      "MIIBUzCB+qADAgECAgIQATAKBggqhkjOPQQDAjAYMRYwFAYDVQQDDA1vdGhlciB0\n"
      "ZXN0IENBMCAXDTAwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAwMDAwWjAYMRYwFAYD\n"
      "VQQDDA1vdGhlciB0ZXN0IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEmMu9\n"
      "R4DNGHYBdobvfQTWI+NvScgHik7hPUdDrx34iZC2WKDfh7qZnuguudAVsH5xrbLv\n"
      "FA1rVb0z74yV0xkP/KMyMDAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUPq4K\n"
      "Dg9snwkA3LjwW/pL6V8IQh4wCgYIKoZIzj0EAwIDSAAwRQIgDlEV3FIMUW5OxlCi\n"
      "6ZSA1dT+LTy7nmnSSz76tj67/LECIQD9DbYhkm1CBqGyUzuIZFHtgrQccXq7iiCF\n"
      "WBGJBrY3pQ==\n"
      "-----END CERTIFICATE-----\n";

namespace {

// Stands in for a PostgreSQL server with TLS, only as far as libpq's TLS checks go: answers
// the SSLRequest with 'S' and runs the TLS handshake with the certificate above; or, made with
// refuseTls, answers 'N' as a server without TLS does. The real test cluster has TLS, with a
// certificate these cases cannot choose.
class FakeTlsServer : public QThread
{
public:
    explicit FakeTlsServer(bool refuseTls = false)
        : m_refuseTls(refuseTls)
    {}
    quint16 port() const { return m_port; }
    void stop()
    {
        m_stop = true;
        wait();
    }

protected:
    void run() override
    {
        Listener listener;
        if (listener.listen(QHostAddress::LocalHost, 0))
            m_port = listener.serverPort();
        m_ready.release();
        const QSslCertificate certificate(QByteArray(serverCertificate), QSsl::Pem);
        const QSslKey key(QByteArray(serverKey), QSsl::Ec, QSsl::Pem);
        while (!m_stop) {
            listener.waitForNewConnection(100);
            while (!listener.descriptors.isEmpty())
                serve(listener.descriptors.takeFirst(), certificate, key, m_refuseTls);
        }
    }

public:
    void waitUntilListening() { m_ready.acquire(); }

private:
    struct Listener : QTcpServer
    {
        QList<qintptr> descriptors;
        void incomingConnection(qintptr descriptor) override { descriptors.append(descriptor); }
    };

    static void serve(qintptr descriptor,
                      const QSslCertificate &certificate,
                      const QSslKey &key,
                      bool refuseTls)
    {
        QSslSocket socket;
        if (!socket.setSocketDescriptor(descriptor))
            return;
        // SSLRequest: length 8, then the code 80877103.
        while (socket.bytesAvailable() < 8 && socket.waitForReadyRead(5000)) {
        }
        if (socket.read(8).size() != 8)
            return;
        if (refuseTls) {
            socket.write("N");
            socket.waitForBytesWritten(5000);
            socket.waitForReadyRead(2000); // libpq gives up on its own
            socket.abort();
            return;
        }
        socket.write("S");
        socket.waitForBytesWritten(5000);
        socket.setLocalCertificate(certificate);
        socket.setPrivateKey(key);
        socket.startServerEncryption();
        if (socket.waitForEncrypted(5000))
            socket.waitForReadyRead(2000); // libpq closes after its own checks
        socket.abort();
    }

    const bool m_refuseTls;
    std::atomic<bool> m_stop = false;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

const char *kindName(LoginError kind)
{
    switch (kind) {
    case LoginError::WrongPassword:
        return "WrongPassword";
    case LoginError::AccountDisabled:
        return "AccountDisabled";
    case LoginError::AccountExpired:
        return "AccountExpired";
    case LoginError::ServerUnreachable:
        return "ServerUnreachable";
    case LoginError::TlsFailure:
        return "TlsFailure";
    case LoginError::Other:
        return "Other";
    }
    return "?";
}

} // namespace

// The classifier is checked against what PostgreSQL 15 and libpq really say, collected here from
// the throwaway cluster ./test.sh starts: if their wording changes, this test fails.
class tst_LoginError : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void realMessages_data();
    void realMessages();
    void expiredAccountLooksLikeAWrongPassword();
    void otherWordings_data();
    void otherWordings();
    void eachKindHasItsOwnMessage();
    void messageCarriesTheCleanedDetail();

private:
    QString failedLogin(const ServerConnection &server,
                        const QString &password,
                        const QString &extraOptions = QString());
    QString serverAnswer(const ServerConnection &server, const QString &password);
    bool openAdmin();
    ServerConnection roleOn(const QString &role) const;

    ServerConnection m_server;
    QString m_prefix;
    QTemporaryDir m_dir;
    FakeTlsServer m_tls;
    FakeTlsServer m_plain{true};
    QTcpServer m_silent;
    QHash<QString, QString> m_messages; // case -> the real message, for the report
};

void tst_LoginError::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PGHOST"))
        QSKIP("PGHOST is not set: run this test through ./test.sh, which starts a throwaway "
              "PostgreSQL cluster.");
    m_server = ServerConnection::fromEnvironment();
    m_prefix = QStringLiteral("civitas_loginerror_%1").arg(QCoreApplication::applicationPid());
    QVERIFY2(openAdmin(), "cannot connect to the test cluster as its superuser");
    {
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
        QSqlQuery query(admin);
        const QStringList statements = {
            QStringLiteral("CREATE ROLE %1_pw LOGIN PASSWORD 'right'"),
            QStringLiteral("CREATE ROLE %1_nologin NOLOGIN PASSWORD 'right'"),
            QStringLiteral("CREATE ROLE %1_expired LOGIN PASSWORD 'right' "
                           "VALID UNTIL '2000-01-01'"),
        };
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement.arg(m_prefix)), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));

    QVERIFY(m_dir.isValid());
    const auto writeFile = [this](const QString &name, const char *contents) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(contents) > 0;
    };
    QVERIFY(writeFile(QStringLiteral("ca.crt"), testCaCertificate));
    QVERIFY(writeFile(QStringLiteral("other.crt"), otherCaCertificate));
    m_tls.start();
    m_tls.waitUntilListening();
    QVERIFY(m_tls.port() != 0);
    m_plain.start();
    m_plain.waitUntilListening();
    QVERIFY(m_plain.port() != 0);
    // Accepts connections (the kernel does) and never says a word.
    QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));
}

void tst_LoginError::cleanupTestCase()
{
    if (m_tls.isRunning())
        m_tls.stop();
    if (m_plain.isRunning())
        m_plain.stop();
    if (m_prefix.isEmpty())
        return;
    if (openAdmin()) {
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
        {
            QSqlQuery query(admin);
            for (const char *suffix : {"pw", "nologin", "expired"})
                query.exec(QStringLiteral("DROP ROLE IF EXISTS %1_%2").arg(m_prefix, suffix));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

// The sync tests share the cluster and restart it: wait for it rather than fail.
bool tst_LoginError::openAdmin()
{
    QSqlDatabase admin
        = m_server.makeConnection(QStringLiteral("admin"), qEnvironmentVariable("PGPASSWORD"));
    QElapsedTimer clock;
    clock.start();
    while (!admin.open()) {
        if (clock.elapsed() > 60000) {
            qWarning("%s", qPrintable(admin.lastError().text()));
            return false;
        }
        QTest::qWait(500);
    }
    return true;
}

QString tst_LoginError::serverAnswer(const ServerConnection &server, const QString &password)
{
    QElapsedTimer clock;
    clock.start();
    QString message = failedLogin(server, password);
    while (classifyLoginError(message) == LoginError::ServerUnreachable
           && clock.elapsed() < 60000) {
        QTest::qWait(500);
        message = failedLogin(server, password);
    }
    return message;
}

ServerConnection tst_LoginError::roleOn(const QString &role) const
{
    ServerConnection server = m_server;
    server.user = m_prefix + QLatin1Char('_') + role;
    return server;
}

QString tst_LoginError::failedLogin(const ServerConnection &server,
                                    const QString &password,
                                    const QString &extraOptions)
{
    static int count = 0;
    const QString name = QStringLiteral("attempt%1").arg(++count);
    QString text;
    {
        QSqlDatabase db = server.makeConnection(name, password);
        // Later keywords win in a libpq connection string.
        if (!extraOptions.isEmpty())
            db.setConnectOptions(db.connectOptions() + QLatin1Char(';') + extraOptions);
        text = db.open() ? QStringLiteral("(connected)") : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return text;
}

void tst_LoginError::realMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<LoginError>("kind");
    if (m_prefix.isEmpty())
        return;

    const auto row = [this](const char *name, const QString &message, LoginError kind) {
        m_messages.insert(QLatin1String(name), message);
        QTest::newRow(name) << message << kind;
    };

    row("wrong password",
        serverAnswer(roleOn(QStringLiteral("pw")), QStringLiteral("wrong")),
        LoginError::WrongPassword);
    row("unknown user",
        serverAnswer(roleOn(QStringLiteral("ghost")), QStringLiteral("right")),
        LoginError::WrongPassword);
    {
        // Without a password libpq falls back to PGPASSWORD, which ./test.sh sets.
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        row("no password",
            serverAnswer(roleOn(QStringLiteral("pw")), QString()),
            LoginError::WrongPassword);
        qputenv("PGPASSWORD", saved);
    }
    row("NOLOGIN role",
        serverAnswer(roleOn(QStringLiteral("nologin")), QStringLiteral("right")),
        LoginError::AccountDisabled);
    row("VALID UNTIL passed",
        serverAnswer(roleOn(QStringLiteral("expired")), QStringLiteral("right")),
        LoginError::WrongPassword);

    ServerConnection closed = roleOn(QStringLiteral("pw"));
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed.port = probe.serverPort();
    }
    row("closed port", failedLogin(closed, QStringLiteral("right")), LoginError::ServerUnreachable);

    ServerConnection silent = roleOn(QStringLiteral("pw"));
    silent.port = m_silent.serverPort();
    row("silent server",
        failedLogin(silent, QStringLiteral("right"), QStringLiteral("connect_timeout=2")),
        LoginError::ServerUnreachable);

    ServerConnection unknownHost = roleOn(QStringLiteral("pw"));
    unknownHost.host = QStringLiteral("no-such-host.invalid");
    row("unknown host",
        failedLogin(unknownHost, QStringLiteral("right")),
        LoginError::ServerUnreachable);

    const QString noGss = QStringLiteral("gssencmode=disable");
    ServerConnection requireTls = roleOn(QStringLiteral("pw"));
    requireTls.port = m_plain.port();
    requireTls.sslMode = QStringLiteral("require");
    requireTls.sslRootCert.clear();
    row("TLS required, server without TLS",
        failedLogin(requireTls, QStringLiteral("right"), noGss),
        LoginError::TlsFailure);

    ServerConnection tls = roleOn(QStringLiteral("pw"));
    tls.port = m_tls.port();
    tls.sslMode = QStringLiteral("verify-full");
    tls.sslRootCert = m_dir.filePath(QStringLiteral("ca.crt"));
    row("certificate for another host name",
        failedLogin(tls, QStringLiteral("right"), noGss),
        LoginError::TlsFailure);
    tls.sslMode = QStringLiteral("verify-ca");
    tls.sslRootCert = m_dir.filePath(QStringLiteral("other.crt"));
    row("certificate from another CA",
        failedLogin(tls, QStringLiteral("right"), noGss),
        LoginError::TlsFailure);
    tls.sslMode = QStringLiteral("verify-full");
    tls.sslRootCert = m_dir.filePath(QStringLiteral("missing.crt"));
    row("CA file missing",
        failedLogin(tls, QStringLiteral("right"), noGss),
        LoginError::TlsFailure);

    ServerConnection noDatabase = m_server;
    noDatabase.database = QStringLiteral("no_such_database");
    row("unknown database",
        serverAnswer(noDatabase, qEnvironmentVariable("PGPASSWORD")),
        LoginError::Other);
}

void tst_LoginError::realMessages()
{
    QFETCH(QString, message);
    QFETCH(LoginError, kind);
    qInfo("%s", qPrintable(message));
    QVERIFY2(message != QLatin1String("(connected)"), "the login should have failed");
    QVERIFY2(qstrcmp(kindName(classifyLoginError(message)), kindName(kind)) == 0,
             qPrintable(QStringLiteral("%1 for: %2")
                            .arg(QLatin1String(kindName(classifyLoginError(message))), message)));
}

void tst_LoginError::expiredAccountLooksLikeAWrongPassword()
{
    if (m_prefix.isEmpty())
        QSKIP("no server");
    // PostgreSQL keeps "User ... has an expired password" for its own log: the client cannot tell
    // an expired role from a wrong password, which is why that message mentions expiry. If this
    // ever fails, the server started saying more: give AccountExpired its own pattern.
    QString wrong = m_messages.value(QStringLiteral("wrong password"));
    QString expired = m_messages.value(QStringLiteral("VALID UNTIL passed"));
    wrong.replace(m_prefix + QStringLiteral("_pw"), QStringLiteral("ROLE"));
    expired.replace(m_prefix + QStringLiteral("_expired"), QStringLiteral("ROLE"));
    QVERIFY(!wrong.isEmpty());
    QCOMPARE(expired, wrong);
}

void tst_LoginError::otherWordings_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<LoginError>("kind");
    // A French server (lc_messages) and a French desktop (libpq, glibc): the msgstr of
    // Debian 12's postgres-15.mo, libpq5-15.mo and libc.mo.
    QTest::newRow("fr wrong password")
        << QString::fromUtf8("la connexion au serveur sur « 10.0.0.5 », port 5432 a échoué : "
                             "FATAL:  authentification par mot de passe échouée pour "
                             "l'utilisateur  « nbenali »")
        << LoginError::WrongPassword;
    QTest::newRow("fr NOLOGIN") << QString::fromUtf8(
        "FATAL:  le rôle « nbenali » n'est pas autorisé à se connecter")
                                << LoginError::AccountDisabled;
    QTest::newRow("fr refused") << QString::fromUtf8(
        "la connexion au serveur sur « 10.0.0.5 », port 5432 a échoué : "
        "Connexion refusée\n\tLe serveur est-il actif sur cet hôte et "
        "accepte-t-il les connexions ?")
                                << LoginError::ServerUnreachable;
    QTest::newRow("fr host name") << QString::fromUtf8(
        "n'a pas pu traduire le nom d'hôte « sgbd.bron.fr » en adresse : "
        "Nom ou service inconnu") << LoginError::ServerUnreachable;
    QTest::newRow("fr timeout") << QString::fromUtf8("le délai est dépassé")
                                << LoginError::ServerUnreachable;
    QTest::newRow("fr no TLS") << QString::fromUtf8(
        "le serveur ne supporte pas SSL alors que SSL était réclamé")
                               << LoginError::TlsFailure;
    QTest::newRow("fr host mismatch")
        << QString::fromUtf8("le certificat serveur pour « localhost » ne correspond pas au nom "
                             "d'hôte « 10.0.0.5 »")
        << LoginError::TlsFailure;
    QTest::newRow("fr unknown network failure")
        << QString::fromUtf8("la connexion au serveur sur « 10.0.0.5 », port 5432 a échoué : "
                             "Aucun chemin d'accès pour atteindre l'hôte cible")
        << LoginError::ServerUnreachable;
    // Wordings the test cluster cannot produce on demand.
    QTest::newRow("pg_hba refusal names the encryption")
        << QStringLiteral("connection to server at \"10.0.0.5\", port 5432 failed: FATAL:  no "
                          "pg_hba.conf entry for host \"10.0.0.9\", user \"nbenali\", database "
                          "\"civitas\", no encryption")
        << LoginError::Other;
    QTest::newRow("server starting")
        << QStringLiteral("connection to server at \"10.0.0.5\", port 5432 failed: FATAL:  the "
                          "database system is starting up")
        << LoginError::ServerUnreachable;
    QTest::newRow("server full") << QStringLiteral("FATAL:  sorry, too many clients already")
                                 << LoginError::ServerUnreachable;
    QTest::newRow("no route") << QStringLiteral(
        "connection to server at \"10.0.0.5\", port 5432 failed: No route to "
        "host\n\tIs the server running on that host and accepting TCP/IP "
        "connections?") << LoginError::ServerUnreachable;
    QTest::newRow("cut during TLS")
        << QStringLiteral("SSL SYSCALL error: EOF detected") << LoginError::ServerUnreachable;
    QTest::newRow("pooler says expired")
        << QStringLiteral("FATAL:  password has expired") << LoginError::AccountExpired;
    QTest::newRow("empty") << QString() << LoginError::Other;
}

void tst_LoginError::otherWordings()
{
    QFETCH(QString, message);
    QFETCH(LoginError, kind);
    QVERIFY2(qstrcmp(kindName(classifyLoginError(message)), kindName(kind)) == 0,
             qPrintable(QLatin1String(kindName(classifyLoginError(message)))));
}

void tst_LoginError::eachKindHasItsOwnMessage()
{
    const QList<LoginError> kinds = {LoginError::WrongPassword,
                                     LoginError::AccountDisabled,
                                     LoginError::AccountExpired,
                                     LoginError::ServerUnreachable,
                                     LoginError::TlsFailure,
                                     LoginError::Other};
    QSet<QString> messages;
    for (LoginError kind : kinds) {
        const QString message = loginErrorMessage(kind, QStringLiteral("detail"));
        QVERIFY(!message.isEmpty());
        messages.insert(message);
    }
    QCOMPARE(messages.size(), kinds.size());
    QVERIFY(loginErrorMessage(LoginError::WrongPassword)
                .startsWith(QStringLiteral("The user name or the password is wrong.")));
    QCOMPARE(loginErrorMessage(LoginError::ServerUnreachable),
             QStringLiteral("The server cannot be reached. You can keep working offline; changes "
                            "will be sent when it is back."));
    QVERIFY(loginErrorMessage(LoginError::TlsFailure, QStringLiteral("x"))
                .startsWith(QStringLiteral("The server's identity could not be verified (TLS): ")));
}

void tst_LoginError::messageCarriesTheCleanedDetail()
{
    const QString raw = QStringLiteral(
        "connection to server at \"127.0.0.1\", port 5432 failed: server certificate for "
        "\"localhost\" does not match host name \"127.0.0.1\"\n QPSQL: Unable to connect");
    const QString message = loginErrorMessage(LoginError::TlsFailure, raw);
    QVERIFY2(message.contains(QStringLiteral("server certificate for \"localhost\" does not match "
                                             "host name \"127.0.0.1\".")),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("QPSQL")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    const QString other = loginErrorMessage(
        LoginError::Other, QStringLiteral("FATAL:  database \"x\" does not exist"));
    QCOMPARE(other, QStringLiteral("The server refused the login: database \"x\" does not exist."));
    QVERIFY(!loginErrorMessage(LoginError::Other).endsWith(QStringLiteral(": ")));
}

QTEST_GUILESS_MAIN(tst_LoginError)
#include "tst_loginerror.moc"
