#include <core/access/credentialstore.h>
#include <core/access/memorycredentialstore.h>
#include <core/sync/serverconnection.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Civitas;

// The in-memory store stands in for the keychain in every other test: it must keep the
// contract the keychain store keeps (answers later, not-found apart from failure).
class tst_MemoryCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadDelete();
    void answersOnlyAfterTheCallReturns();
    void notFoundIsNotAFailure();
    void deletingAMissingAccountSucceeds();
    void failureCarriesItsMessage();
    void blockingReadTimesOutWhenNobodyAnswers();
    void accountsAreKeptApart();
    void accountNameNamesUserAndServer();
};

void tst_MemoryCredentialStore::writeReadDelete()
{
    MemoryCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::passwordWritten);
    store.writePassword(QStringLiteral("alice"), QStringLiteral("s3cret é"));
    QVERIFY(written.wait());
    QCOMPARE(written.at(0).at(0).toString(), QStringLiteral("alice"));
    QCOMPARE(written.at(0).at(1).toBool(), true);
    QVERIFY(store.contains(QStringLiteral("alice")));

    QSignalSpy read(&store, &CredentialStore::passwordRead);
    store.readPassword(QStringLiteral("alice"));
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Result>(), CredentialStore::Result::Success);
    QCOMPARE(read.at(0).at(2).toString(), QStringLiteral("s3cret é"));
    QVERIFY(read.at(0).at(3).toString().isEmpty());

    QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
    store.deletePassword(QStringLiteral("alice"));
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.at(0).at(1).toBool(), true);
    QVERIFY(!store.contains(QStringLiteral("alice")));
}

void tst_MemoryCredentialStore::answersOnlyAfterTheCallReturns()
{
    MemoryCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::passwordWritten);
    QSignalSpy read(&store, &CredentialStore::passwordRead);
    QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
    store.writePassword(QStringLiteral("a"), QStringLiteral("p"));
    store.readPassword(QStringLiteral("a"));
    store.deletePassword(QStringLiteral("a"));
    QCOMPARE(written.count() + read.count() + deleted.count(), 0);
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(written.count(), 1);
    QCOMPARE(read.count(), 1);
}

void tst_MemoryCredentialStore::notFoundIsNotAFailure()
{
    MemoryCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::passwordRead);
    store.readPassword(QStringLiteral("nobody"));
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Result>(), CredentialStore::Result::NotFound);
    QVERIFY(read.at(0).at(2).toString().isEmpty());
    QVERIFY(read.at(0).at(3).toString().isEmpty());

    QString password = QStringLiteral("left over");
    QString error = QStringLiteral("left over");
    QVERIFY(!store.readPasswordBlocking(QStringLiteral("nobody"), &password, &error, 1000));
    QVERIFY(password.isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_MemoryCredentialStore::deletingAMissingAccountSucceeds()
{
    MemoryCredentialStore store;
    QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
    store.deletePassword(QStringLiteral("nobody"));
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.at(0).at(1).toBool(), true);
}

void tst_MemoryCredentialStore::failureCarriesItsMessage()
{
    MemoryCredentialStore store;
    store.setFailure(QStringLiteral("The keychain is locked."));
    QSignalSpy read(&store, &CredentialStore::passwordRead);
    QSignalSpy written(&store, &CredentialStore::passwordWritten);
    store.writePassword(QStringLiteral("a"), QStringLiteral("p"));
    store.readPassword(QStringLiteral("a"));
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Result>(), CredentialStore::Result::Failure);
    QCOMPARE(read.at(0).at(3).toString(), QStringLiteral("The keychain is locked."));
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.at(0).at(1).toBool(), false);
    QVERIFY(!store.contains(QStringLiteral("a")));

    QString password;
    QString error;
    QVERIFY(!store.readPasswordBlocking(QStringLiteral("a"), &password, &error, 1000));
    QCOMPARE(error, QStringLiteral("The keychain is locked."));

    store.setFailure(QString());
    store.writePassword(QStringLiteral("a"), QStringLiteral("p"));
    QVERIFY(store.readPasswordBlocking(QStringLiteral("a"), &password, &error, 1000));
    QCOMPARE(password, QStringLiteral("p"));
    QVERIFY(error.isEmpty());
}

void tst_MemoryCredentialStore::blockingReadTimesOutWhenNobodyAnswers()
{
    MemoryCredentialStore store;
    store.setAnswering(false);
    QString password;
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!store.readPasswordBlocking(QStringLiteral("a"), &password, &error, 300));
    QVERIFY(clock.elapsed() >= 290);
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY2(error.contains(QStringLiteral("did not answer within")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("0.3 s")), qPrintable(error));
}

void tst_MemoryCredentialStore::accountsAreKeptApart()
{
    MemoryCredentialStore store;
    store.writePassword(QStringLiteral("a"), QStringLiteral("pa"));
    store.writePassword(QStringLiteral("b"), QStringLiteral("pb"));
    QString password;
    QString error;
    QVERIFY(store.readPasswordBlocking(QStringLiteral("b"), &password, &error, 1000));
    QCOMPARE(password, QStringLiteral("pb"));
    QVERIFY(store.readPasswordBlocking(QStringLiteral("a"), &password, &error, 1000));
    QCOMPARE(password, QStringLiteral("pa"));
    QCOMPARE(store.count(), 2);
}

void tst_MemoryCredentialStore::accountNameNamesUserAndServer()
{
    ServerConnection server;
    server.host = QStringLiteral("sgbd.mairie-bron.fr");
    server.port = 5433;
    server.database = QStringLiteral("civitas");
    server.user = QStringLiteral("nbenali");
    QCOMPARE(CredentialStore::accountFor(server),
             QStringLiteral("civitas/nbenali@sgbd.mairie-bron.fr:5433/civitas"));
    ServerConnection other = server;
    other.database = QStringLiteral("civitas_test");
    QVERIFY(CredentialStore::accountFor(other) != CredentialStore::accountFor(server));
}

QTEST_GUILESS_MAIN(tst_MemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
