// The units as the leave pages name them, asked once for all: those still in the chart among
// a head's, by name and with their parent; the names of units a selection touches, withdrawn
// ones included; the short code of an export's file name; and a file that cannot be read is
// an error, not an empty chart.

#include "leavetestdesk.h"

#include <leave/store/unitdirectory.h>

using namespace Civitas;
using namespace Civitas::Leave;

class tst_UnitDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liveUnitsByName();
    void namesOfWithdrawnUnitsToo();
    void shortNameIsTheCode();
    void anUnreadableFileIsAnError();

private:
    LeaveTestDesk m_desk;
    QTemporaryDir m_emptyDir;
    QString m_d, m_s, m_t, m_gone;
};

void tst_UnitDirectory::initTestCase()
{
    QVERIFY(m_desk.open());
    m_d = m_desk.addUnit(QStringLiteral("D"));
    m_t = m_desk.addUnit(QStringLiteral("T"), m_d);
    m_s = m_desk.addUnit(QStringLiteral("S"), m_d);
    m_gone = m_desk.addUnit(QStringLiteral("G"), m_d);
    QVERIFY(m_desk.exec(QStringLiteral("UPDATE org_units SET deleted = 1 WHERE id = ?"), {m_gone}));
    // A unit without a code goes by its name.
    QVERIFY(
        m_desk.exec(QStringLiteral("INSERT INTO org_units (id, kind, code, name) VALUES ('unit-x', "
                                   "'service', '', 'Équipe des écoles')")));
}

void tst_UnitDirectory::liveUnitsByName()
{
    const UnitDirectory units(m_desk.database());
    const Result<QList<UnitDirectory::Unit>> live
        = units.liveUnits({m_t, m_gone, m_d, m_s, QStringLiteral("unknown")});
    QVERIFY2(live.ok(), qPrintable(live.error()));
    QStringList ids, parents;
    for (const UnitDirectory::Unit &u : live.value()) {
        ids.append(u.id);
        parents.append(u.parentId);
    }
    QCOMPARE(ids, QStringList({m_d, m_s, m_t}));
    QCOMPARE(parents, QStringList({QString(), m_d, m_d}));
    QCOMPARE(live.value().constFirst().name, QStringLiteral("Unit D"));

    const Result<QList<UnitDirectory::Unit>> none = units.liveUnits({});
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());
}

void tst_UnitDirectory::namesOfWithdrawnUnitsToo()
{
    const UnitDirectory units(m_desk.database());
    const Result<QHash<QString, QString>> names
        = units.names({m_s, m_gone, QStringLiteral("unknown")});
    QVERIFY2(names.ok(), qPrintable(names.error()));
    QCOMPARE(names.value().size(), 2);
    QCOMPARE(names.value().value(m_s), QStringLiteral("Unit S"));
    QCOMPARE(names.value().value(m_gone), QStringLiteral("Unit G"));
    QVERIFY(units.names({}).value().isEmpty());
}

void tst_UnitDirectory::shortNameIsTheCode()
{
    const UnitDirectory units(m_desk.database());
    QCOMPARE(units.shortName(m_s).valueOr({}), QStringLiteral("S"));
    QCOMPARE(units.shortName(QStringLiteral("unit-x")).valueOr({}),
             QStringLiteral("Équipe des écoles"));
    const Result<QString> unknown = units.shortName(QStringLiteral("unknown"));
    QVERIFY(unknown.ok());
    QVERIFY(unknown.value().isEmpty());
}

void tst_UnitDirectory::anUnreadableFileIsAnError()
{
    QVERIFY(m_emptyDir.isValid());
    Database empty;
    QVERIFY(empty.open(m_emptyDir.filePath(QStringLiteral("empty.sqlite")), nullptr));
    const UnitDirectory units(empty);
    const QRegularExpression logged(QStringLiteral("units:"));
    QTest::ignoreMessage(QtWarningMsg, logged);
    const Result<QList<UnitDirectory::Unit>> live = units.liveUnits({m_s});
    QVERIFY(!live.ok());
    QVERIFY2(live.error().contains(QLatin1String("no such table")), qPrintable(live.error()));
    QTest::ignoreMessage(QtWarningMsg, logged);
    QVERIFY(!units.names({m_s}).ok());
    QTest::ignoreMessage(QtWarningMsg, logged);
    QVERIFY(!units.shortName(m_s).ok());
}

QTEST_GUILESS_MAIN(tst_UnitDirectory)
#include "tst_unitdirectory.moc"
