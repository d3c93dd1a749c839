#include <core/access/offlinepassword.h>

#include <QElapsedTimer>
#include <QTest>

using namespace Civitas;

// The verifier behind offline work: what it keeps, what it accepts, what a file edited by
// hand cannot make it accept.
class tst_OfflinePassword : public QObject
{
    Q_OBJECT

private slots:
    void verifierChecksThePasswordOnly();
    void eachVerifierHasItsOwnSalt();
    void weakenedVerifierIsRefused();
};

void tst_OfflinePassword::verifierChecksThePasswordOnly()
{
    QElapsedTimer clock;
    clock.start();
    const QString verifier = OfflinePassword::makeVerifier(QStringLiteral("Bron-69500"));
    qInfo("one derivation (%d iterations): %lld ms", OfflinePassword::Iterations, clock.elapsed());
    QVERIFY(verifier.startsWith(QStringLiteral("pbkdf2-sha256$200000$")));
    QVERIFY(!verifier.contains(QStringLiteral("Bron-69500")));
    QVERIFY(OfflinePassword::matches(verifier, QStringLiteral("Bron-69500")));
    QVERIFY(!OfflinePassword::matches(verifier, QStringLiteral("bron-69500")));
    QVERIFY(!OfflinePassword::matches(verifier, QString()));
}

void tst_OfflinePassword::eachVerifierHasItsOwnSalt()
{
    const QString a = OfflinePassword::makeVerifier(QStringLiteral("same"), 100000);
    const QString b = OfflinePassword::makeVerifier(QStringLiteral("same"), 100000);
    QVERIFY(a != b);
    QVERIFY(a.section(QLatin1Char('$'), 2, 2) != b.section(QLatin1Char('$'), 2, 2));
    QVERIFY(OfflinePassword::matches(a, QStringLiteral("same")));
    QVERIFY(OfflinePassword::matches(b, QStringLiteral("same")));
}

void tst_OfflinePassword::weakenedVerifierIsRefused()
{
    // Whoever edits the file can write a verifier of their own: one cheap to brute-force, or
    // malformed, is not accepted even for the password it was made from.
    const QString cheap = OfflinePassword::makeVerifier(QStringLiteral("x"), 1000);
    QVERIFY(!OfflinePassword::matches(cheap, QStringLiteral("x")));
    QVERIFY(!OfflinePassword::matches(QStringLiteral("x"), QStringLiteral("x")));
    QVERIFY(!OfflinePassword::matches(QStringLiteral("pbkdf2-sha256$200000$$"), QString()));
    QString wrongScheme = OfflinePassword::makeVerifier(QStringLiteral("x"), 100000);
    wrongScheme.replace(QStringLiteral("pbkdf2-sha256"), QStringLiteral("plain"));
    QVERIFY(!OfflinePassword::matches(wrongScheme, QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(tst_OfflinePassword)
#include "tst_offlinepassword.moc"
