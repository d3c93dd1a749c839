// A pull and the desk's other writers share the file (issue 16, finding 4): `civitas-admin hr
// import` failed with "database is locked … nothing written" while a long pull ran on the same
// file. The pull now commits page by page and every writer takes the write lock first, waiting
// for a page instead of failing; the watermark moves only once every page is in.

#include "loadedtown.h"

#include <core/sync/synchroniser.h>
#include <hr/store/agentfilestore.h>

#include <QThread>
#include <QtTest>

using namespace Civitas;

class tst_SharedFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anImportAndASaveDuringALongPullBothGoThrough();

private:
    LoadedTown m_town;
    QString m_desk;
};

void tst_SharedFile::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    QVERIFY(m_town.create(60));
    QVERIFY(m_town.addLogin(QStringLiteral("nbenali"), {QStringLiteral("hr")}));
    m_desk = m_town.newDesk(QStringLiteral("hr"));
    const LoadedTown::Run r = m_town.sync(m_desk, QStringLiteral("nbenali"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
}

void tst_SharedFile::anImportAndASaveDuringALongPullBothGoThrough()
{
    // A change of the whole staff's files on the server: the next pull is long.
    const QStringList touched = {QStringLiteral("agents"),
                                 QStringLiteral("agent_details"),
                                 QStringLiteral("career_steps"),
                                 QStringLiteral("statutory_positions"),
                                 QStringLiteral("working_times"),
                                 QStringLiteral("agent_documents")};
    qint64 changed = 0;
    for (const QString &table : touched) {
        QVERIFY(m_town.server().exec(
            QStringLiteral("UPDATE civitas.%1 SET updated_by = updated_by").arg(table)));
        changed += m_town.server()
                       .scalar(QStringLiteral("SELECT count(*) FROM civitas.%1").arg(table))
                       .toLongLong();
    }
    QVERIFY(changed > 300);

    const QString existing
        = LoadedTown::fileScalar(m_desk,
                                 QStringLiteral("SELECT registration_number FROM agents "
                                                "ORDER BY registration_number LIMIT 1"))
              .toString();
    const QString unit = LoadedTown::fileScalar(m_desk,
                                                QStringLiteral("SELECT code FROM org_units WHERE "
                                                               "kind = 'service' ORDER BY code "
                                                               "LIMIT 1"))
                             .toString();
    const QString saved = LoadedTown::fileScalar(m_desk,
                                                 QStringLiteral("SELECT id FROM agents ORDER BY "
                                                                "registration_number DESC LIMIT 1"))
                              .toString();
    QVERIFY(!existing.isEmpty() && !unit.isEmpty() && !saved.isEmpty());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("payroll.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral(
                "Matricule;Nom;Prénom;Sexe;Statut;Code service;Date d'entrée;Intitulé de poste\n"
                "900001;ESSAI;Zoé;F;Titulaire;%1;01/03/2024;Agent d'accueil\n"
                "%2;;;;;;;Poste importé\n")
                .arg(unit, existing)
                .toUtf8());
    }

    // The pull in this process, a few rows a page, so that it lasts; the import and a page's
    // save start while it runs, and must both go through while it goes on.
    Database desk;
    QString error;
    QVERIFY2(desk.open(m_desk, &error), qPrintable(error));
    desk.setCurrentUser(QStringLiteral("nbenali"));
    QSqlDatabase server
        = m_town.server().connectAs(QStringLiteral("nbenali"), QStringLiteral("puller"));
    Synchroniser synchroniser(desk, server);
    synchroniser.setPageSize(int(qMax<qint64>(2, changed / 300)));
    QProcess *import = nullptr;
    QThread *save = nullptr;
    QString saveError = QStringLiteral("not run");
    int pages = 0;
    bool importEnded = false; // while the pull still ran
    bool saveEnded = false;
    synchroniser.cancelled = [&] {
        ++pages;
        if (pages == 3)
            import = m_town.startAdmin({QStringLiteral("hr"),
                                        QStringLiteral("import"),
                                        csv,
                                        QStringLiteral("--db"),
                                        m_desk});
        if (pages == 6) {
            // As a page of the application saves, on the interface's thread (its own
            // connection) while the sync worker pulls.
            save = QThread::create([&] {
                Hr::AgentFileStore store(desk);
                QString problem;
                const std::optional<Hr::AgentFile> original = store.load(saved, &problem);
                if (original) {
                    Hr::AgentFile edited = *original;
                    edited.agent.postTitle = QStringLiteral("Poste enregistré pendant le sync");
                    if (store.save(*original, edited, &problem))
                        problem.clear();
                }
                saveError = problem;
                desk.closeThreadConnection();
            });
            save->start();
        }
        if (import && !importEnded) {
            import->waitForFinished(0);
            importEnded = import->state() == QProcess::NotRunning;
        }
        if (save && !saveEnded)
            saveEnded = save->isFinished();
        // Between pages, where the pull holds no lock: the pull lasts until both are done
        // (pulling a page takes a few milliseconds here, an import's start far longer).
        if ((import && !importEnded) || (save && !saveEnded))
            QThread::msleep(20);
        return false;
    };
    SyncReport report;
    QVERIFY2(synchroniser.sync(&report), qPrintable(report.error));
    QVERIFY(import && save);
    const LoadedTown::Run imported = LoadedTown::finish(import);
    QVERIFY(save->wait(60000));
    delete save;
    QVERIFY2(imported.code == 0, qPrintable(imported.out + imported.err));
    QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
    // Both ended while the pull went on (else this test proved nothing).
    QVERIFY2(importEnded && saveEnded,
             qPrintable(QStringLiteral("%1 pages in all; the import ended during the pull: %2, "
                                       "the save: %3")
                            .arg(pages)
                            .arg(importEnded)
                            .arg(saveEnded)));
    QVERIFY(report.pulled >= changed);

    // Nothing lost: the desk holds every row the server changed, at its version; the import's
    // and the save's edits reach the server at the next sync.
    const LoadedTown::Run r = m_town.sync(m_desk, QStringLiteral("nbenali"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    for (const QString &table : {QStringLiteral("career_steps"),
                                 QStringLiteral("statutory_positions"),
                                 QStringLiteral("working_times")}) {
        QCOMPARE(LoadedTown::fileScalar(
                     m_desk, QStringLiteral("SELECT sum(row_version) FROM %1").arg(table))
                     .toLongLong(),
                 m_town.server()
                     .scalar(QStringLiteral("SELECT sum(row_version) FROM civitas.%1").arg(table))
                     .toLongLong());
    }
    QCOMPARE(
        m_town.server()
            .scalar(QStringLiteral(
                        "SELECT post_title FROM civitas.agents WHERE registration_number = '%1'")
                        .arg(existing))
            .toString(),
        QStringLiteral("Poste importé"));
    QCOMPARE(m_town.server()
                 .scalar(QStringLiteral("SELECT first_names FROM civitas.agents WHERE "
                                        "registration_number = '900001'"))
                 .toString(),
             QStringLiteral("Zoé"));
    QCOMPARE(
        m_town.server()
            .scalar(
                QStringLiteral("SELECT post_title FROM civitas.agents WHERE id = '%1'").arg(saved))
            .toString(),
        QStringLiteral("Poste enregistré pendant le sync"));
    QCOMPARE(
        LoadedTown::fileScalar(m_desk, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(),
        0);
}

QTEST_GUILESS_MAIN(tst_SharedFile)
#include "tst_sharedfile.moc"
