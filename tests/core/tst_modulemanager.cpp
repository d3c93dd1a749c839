#include <core/access/session.h>
#include <core/extension/modulecontext.h>
#include <core/extension/moduleinterface.h>
#include <core/extension/modulemanager.h>
#include <core/storage/database.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Civitas;

class tst_ModuleManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goodModulesLoadInDependencyOrder();
    void refusals_data();
    void refusals();
    void refusedModulesAreSignalled();
    void initialiseFailureRefusesDependents();
    void migrationsComeInDependencyOrder();

private:
    QString m_good;
    QString m_bad;
};

void tst_ModuleManager::initTestCase()
{
    m_good = QStringLiteral(CIVITAS_TEST_GOOD_MODULES);
    m_bad = QStringLiteral(CIVITAS_TEST_BAD_MODULES);
    QVERIFY(QDir(m_good).exists());
    QVERIFY(QDir(m_bad).exists());
}

void tst_ModuleManager::goodModulesLoadInDependencyOrder()
{
    ModuleManager manager;
    manager.setSearchPaths({m_good});
    QCOMPARE(manager.load(), 2);
    const QList<ModuleInfo> modules = manager.modules();
    QCOMPARE(modules.size(), 2);
    QCOMPARE(modules.at(0).metadata.id, QStringLiteral("alpha"));
    QCOMPARE(modules.at(1).metadata.id, QStringLiteral("beta"));
    QCOMPARE(modules.at(1).metadata.version, QStringLiteral("1.2.0"));
    QCOMPARE(modules.at(1).metadata.dependencies, QStringList{QStringLiteral("alpha")});
    QCOMPARE(modules.at(1).metadata.roles, QStringList{QStringLiteral("hr")});
    QVERIFY(manager.refusedModules().isEmpty());
    QCOMPARE(manager.activeModules().size(), 2);
}

void tst_ModuleManager::refusals_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("bad metadata") << "libcivitas_badmeta"
                                  << "Invalid metadata";
    QTest::newRow("unknown role") << "libcivitas_badrole"
                                  << "Unknown role \"mayor\"";
    QTest::newRow("wrong interface version") << "libcivitas_wrongiid"
                                             << "Incompatible interface";
    QTest::newRow("duplicate id") << "alpha#2"
                                  << "already has the id \"alpha\"";
    QTest::newRow("missing dependency") << "needsghost"
                                        << "\"ghost\", which is not installed";
    QTest::newRow("cycle a") << "cyclea"
                             << "Dependency cycle: cyclea → cycleb → cyclea";
    QTest::newRow("cycle b") << "cycleb"
                             << "Dependency cycle: cycleb → cyclea → cycleb";
    QTest::newRow("behind a cycle") << "behindcycle"
                                    << "depends on a dependency cycle";
    QTest::newRow("library fails to load") << "unresolved"
                                           << "could not be loaded";
    QTest::newRow("dependency failed to load") << "needsunresolved"
                                               << "could not be loaded";
    QTest::newRow("not a library") << "libcivitas_garbage"
                                   << "no plugin metadata";
}

void tst_ModuleManager::refusals()
{
    QFETCH(QString, id);
    QFETCH(QString, reasonPart);
    ModuleManager manager;
    manager.setSearchPaths({m_good, m_bad});
    manager.load();
    // The good modules still load whatever the bad ones do.
    QVERIFY(manager.module(QStringLiteral("alpha"))->instance);
    QVERIFY(manager.module(QStringLiteral("beta"))->instance);

    int wanted = id.endsWith(QLatin1String("#2")) ? 2 : 1;
    const QString wantedId = id.section(QLatin1Char('#'), 0, 0);
    const QList<ModuleInfo> modules = manager.modules();
    for (const ModuleInfo &info : modules) {
        if (info.metadata.id == wantedId && --wanted == 0) {
            QCOMPARE(info.state, ModuleInfo::State::Refused);
            QVERIFY2(info.refusal.contains(reasonPart), qPrintable(info.refusal));
            break;
        }
    }
    QCOMPARE(wanted, 0);
}

void tst_ModuleManager::refusedModulesAreSignalled()
{
    ModuleManager manager;
    manager.setSearchPaths({m_bad});
    QSignalSpy spy(&manager, &ModuleManager::moduleRefused);
    manager.load();
    // Alone, the second "alpha" is no duplicate; failinit and its dependent are refused
    // only at initialisation.
    QCOMPARE(manager.activeModules().size(), 3);
    QCOMPARE(spy.count(), int(manager.refusedModules().size()));
    QCOMPARE(spy.count(), 10);
}

void tst_ModuleManager::initialiseFailureRefusesDependents()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("t.sqlite")), &error));
    ModuleManager manager;
    manager.setSearchPaths({m_good, m_bad});
    manager.load();
    Session session;
    ModuleContext context(db, session, manager);
    manager.initialise(context);
    const ModuleInfo *failinit = manager.module(QStringLiteral("failinit"));
    QCOMPARE(failinit->state, ModuleInfo::State::Refused);
    QVERIFY(failinit->refusal.contains(QLatin1String("refuses to start")));
    QCOMPARE(manager.module(QStringLiteral("needsfailinit"))->state, ModuleInfo::State::Refused);
    QCOMPARE(manager.module(QStringLiteral("alpha"))->state, ModuleInfo::State::Initialised);
    QCOMPARE(manager.module(QStringLiteral("beta"))->state, ModuleInfo::State::Initialised);
    manager.shutDown();
    QVERIFY(manager.activeModules().isEmpty());
}

void tst_ModuleManager::migrationsComeInDependencyOrder()
{
    ModuleManager manager;
    manager.setSearchPaths({m_good});
    manager.load();
    QString error;
    const QList<Migration> migrations = manager.migrations(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(migrations.size() >= 3);
    QCOMPARE(migrations.first().module, QStringLiteral("core"));
    QCOMPARE(migrations.last().module, QStringLiteral("alpha"));
    QCOMPARE(migrations.last().name, QStringLiteral("0001_alpha_notes.sql"));
}

QTEST_GUILESS_MAIN(tst_ModuleManager)
#include "tst_modulemanager.moc"
