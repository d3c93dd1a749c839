// The HR pages driven offscreen as users do: HR opens a file, changes the grade with an
// effective date, adds a document and saves; the list and the history show it. And what
// each role sees: the agent their own file read-only, the head their team only.

#include "hrdemodesk.h"

#include <hr/demo/demopdf.h>
#include <hr/domain/agentfilerules.h>
#include <hr/hrmodule.h>
#include <hr/models/agentlistmodel.h>
#include <hr/ui/agentfilewidget.h>
#include <hr/ui/agentlistpage.h>
#include <hr/ui/careertab.h>
#include <hr/ui/documentstab.h>
#include <hr/ui/documentviewer.h>
#include <hr/ui/fieldhistorydialog.h>
#include <hr/ui/myfilepage.h>
#include <hr/ui/optionaldateedit.h>
#include <hr/ui/payrollimportdialog.h>
#include <hr/ui/teampage.h>
#include <hr/ui/workingtimetab.h>

#include <core/access/roles.h>
#include <core/extension/modulemanager.h>
#include <core/models/sqllistmodel.h>
#include <core/translations.h>

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Civitas;
using namespace Civitas::Hr;
using namespace Civitas::Hr::Internal;

class tst_AgentPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hrChangesGradeAddsDocumentAndSaves();
    void nirIsCheckedAsTyped();
    void refusedSaveKeepsTheEdits();
    void listFiltersAndCount();
    void agentSeesOwnFileReadOnly();
    void headSeesTeamOnly();
    void pagesFollowRoles();
    void emptyDateOpensOnThisMonth();
    void careerTabRefusesWhatSavingRefuses();

private:
    HrDemoDesk *m_desk = nullptr;
};

void tst_AgentPages::initTestCase()
{
    // Screenshots are taken in the interface's default language; the checks run in English.
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        Translations::install(QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
}

void tst_AgentPages::init()
{
    m_desk = new HrDemoDesk;
    QVERIFY(m_desk->open(120));
}

void tst_AgentPages::cleanup()
{
    delete m_desk;
}

void tst_AgentPages::hrChangesGradeAddsDocumentAndSaves()
{
    QVERIFY(m_desk->logIn(QStringLiteral("nbenali")));
    AgentListPage page(m_desk->database(), m_desk->workspace().session());
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("agentTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(page.model());
    QVERIFY(page.model()->rowCount() > 0);

    // Open the third agent's file by clicking its row.
    const int row = 2;
    const QString agentId = page.model()->idAt(row);
    QTest::mouseClick(table->viewport(),
                      Qt::LeftButton,
                      {},
                      table->visualRect(page.model()->index(row, 0)).center());
    AgentFileWidget *file = page.fileWidget();
    QCOMPARE(file->agentId(), agentId);
    // HR's read of the file is logged for the server's audit log.
    QCOMPARE(
        m_desk->count(QStringLiteral("SELECT count(*) FROM agent_file_reads WHERE agent_id = ?"),
                      {agentId}),
        1);
    // A refresh after a sync is not another read.
    page.reloadData();
    QCOMPARE(file->agentId(), agentId);
    QCOMPARE(
        m_desk->count(QStringLiteral("SELECT count(*) FROM agent_file_reads WHERE agent_id = ?"),
                      {agentId}),
        1);
    const int stepsBefore = int(file->editedFile().careerSteps.size());
    const int documentsBefore = int(file->editedFile().documents.size());

    // Career: a new grade from today.
    file->tabs()->setCurrentWidget(file->careerTab());
    auto *grade = file->findChild<QComboBox *>(QStringLiteral("careerGrade"));
    grade->setCurrentText(QString());
    QTest::keyClicks(grade, QStringLiteral("Grade de test principal"));
    auto *echelon = file->findChild<QSpinBox *>(QStringLiteral("careerEchelon"));
    echelon->setValue(4);
    auto *decision = file->findChild<QComboBox *>(QStringLiteral("careerDecision"));
    QTest::keyClicks(decision, QStringLiteral("ARR-2026-0420"));
    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("addCareerStep")),
                      Qt::LeftButton);
    QCOMPARE(file->editedFile().careerSteps.size(), stepsBefore + 1);
    QVERIFY(file->isModified());
    auto *save = file->findChild<QPushButton *>(QStringLiteral("saveAgentFile"));
    QVERIFY(save->isEnabled());

    // Documents: a PDF chosen by the user (the file chooser is the system's; the tab is fed
    // the path it would return).
    const QString pdf = m_desk->filePath(QStringLiteral("arrete.pdf"));
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(DemoPdf::make({QStringLiteral("Arrêté d'avancement de grade")}));
    }
    file->tabs()->setCurrentWidget(file->documentsTab());
    QCOMPARE(file->documentsTab()->addDocumentFile(pdf,
                                                   QStringLiteral("career_decisions"),
                                                   QStringLiteral("Arrêté d'avancement de grade"),
                                                   QDate::currentDate()),
             QString());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(!file->isModified(), qPrintable(file->lastError()));

    // Stored, numbered without gap, sent to the outbox.
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM career_steps WHERE agent_id = ? "
                                          "AND grade = 'Grade de test principal'"),
                           {agentId}),
             1);
    QCOMPARE(
        m_desk->count(
            QStringLiteral("SELECT max(sequence_number) FROM agent_documents WHERE agent_id = ?"),
            {agentId}),
        documentsBefore + 1);
    QVERIFY(m_desk->count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name IN "
                                         "('career_steps', 'agent_documents')"))
            >= 2);

    // The list shows the new grade (it is in effect today), the history its step on top.
    const int listRow = page.model()->rowOfId(agentId);
    QVERIFY(listRow >= 0);
    QCOMPARE(page.model()->index(listRow, AgentListModel::Grade).data().toString(),
             QStringLiteral("Grade de test principal"));
    auto *careerTable = file->findChild<QTableWidget *>(QStringLiteral("careerTable"));
    QCOMPARE(careerTable->rowCount(), stepsBefore + 1);
    // Newest first: the new step is on top unless a step already decided takes effect later.
    const int top = m_desk->count(
        QStringLiteral("SELECT count(*) FROM career_steps WHERE agent_id = ? AND deleted = 0 "
                       "AND effective_date > date('now', 'localtime')"),
        {agentId});
    QCOMPARE(careerTable->item(top, 3)->text(), QStringLiteral("Grade de test principal"));
    QVERIFY(file->findChild<QLabel *>(QStringLiteral("currentCareer"))
                ->text()
                .contains(QLatin1String("Grade de test principal")));
    auto *documentTable = file->findChild<QTableWidget *>(QStringLiteral("documentTable"));
    QCOMPARE(documentTable->rowCount(), documentsBefore + 1);
    QCOMPARE(documentTable->item(documentsBefore, 0)->text(), QString::number(documentsBefore + 1));

    // The document opens in the application.
    QDialog *viewer = file->documentsTab()->view(documentsBefore);
    QVERIFY(viewer);
    QCOMPARE(static_cast<DocumentViewer *>(viewer)->pageCount(), 1);
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        viewer->resize(700, 600);
        viewer->show();
        QTest::qWait(200); // the PDF pages render asynchronously
        viewer->grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                            + QStringLiteral("/hr-document-viewer.png"));
    }
    delete viewer;

    // An older piece (synced: the server has it) withdrawn, say an amnestied sanction: a
    // reason and a decision are required; the number stays, marked, and the bytes leave the
    // desk at once.
    QVERIFY(documentsBefore >= 1);
    const QString withdrawnHash
        = m_desk
              ->value(QStringLiteral("SELECT content_sha256 FROM agent_documents WHERE agent_id = "
                                     "? AND sequence_number = ?"),
                      {agentId, 1})
              .toString();
    QVERIFY(!withdrawnHash.isEmpty());
    QVERIFY(!file->documentsTab()->withdraw(0, QString(), QStringLiteral("A-1")).isEmpty());
    QVERIFY2(file->documentsTab()
                 ->withdraw(
                     0, QStringLiteral("Sanction amnistiée"), QStringLiteral("Arrêté n° 2026-123"))
                 .isEmpty(),
             "the withdrawal was refused");
    QCOMPARE(documentTable->rowCount(), documentsBefore + 1);
    QVERIFY(documentTable->item(0, 2)->text().contains(QStringLiteral("Arrêté n° 2026-123")));
    QVERIFY(!file->documentsTab()->view(0));
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM local_files WHERE sha256 = ?"),
                           {withdrawnHash}),
             0);
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM agent_documents WHERE agent_id = ? "
                                          "AND sequence_number = ? AND withdrawn_on IS NOT NULL "
                                          "AND content_sha256 IS NULL"),
                           {agentId, 1}),
             1);
    file->documentsTab()->open(0);
    QVERIFY(file->findChild<QLabel *>(QStringLiteral("documentProblem"))
                ->text()
                .contains(QStringLiteral("Arrêté n° 2026-123")));
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        page.resize(1200, 760);
        page.show();
        file->tabs()->setCurrentWidget(file->documentsTab());
        QTest::qWait(100);
        page.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                         + QStringLiteral("/hr-documents-withdrawn.png"));
    }

    // A field's history: change the usage name, save, ask for its history.
    file->tabs()->setCurrentIndex(0);
    auto *usage = file->findChild<QLineEdit *>(QStringLiteral("usageName"));
    usage->selectAll();
    QTest::keyClicks(usage, QStringLiteral("NOUVEAUNOM"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(!file->isModified(), qPrintable(file->lastError()));
    FieldHistoryDialog history(m_desk->database(),
                               QStringLiteral("agents"),
                               agentId,
                               QStringLiteral("usage_name"),
                               QStringLiteral("Usage name"));
    auto *historyTable = history.findChild<QTableWidget *>(QStringLiteral("fieldHistoryTable"));
    QVERIFY(historyTable->rowCount() >= 1);
    QCOMPARE(historyTable->item(historyTable->rowCount() - 1, 3)->text(),
             QStringLiteral("NOUVEAUNOM"));
    QCOMPARE(historyTable->item(historyTable->rowCount() - 1, 1)->text(),
             QStringLiteral("nbenali"));
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        history.show();
        history.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                            + QStringLiteral("/hr-field-history.png"));
        // The payroll import's review of a file with a bad line.
        const QString csv = m_desk->filePath(QStringLiteral("paie.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "Matricule;Nom;Prénom;Sexe;Date de naissance;NIR;Statut;Code service;Date d'entrée\n"
            "900001;LEGRAND;Zoé;F;03/10/1995;295109912611193;Titulaire;DRH-CP;01/03/2020\n"
            "900002;PETIT;Léo;M;31/02/1990;190017512345678;Titulaire;XXX;01/03/2020\n");
        f.close();
        PayrollImportDialog import(m_desk->database());
        import.resize(900, 560);
        import.setFile(csv);
        if (auto *next = import.findChild<QPushButton *>(QStringLiteral("nextButton")))
            next->click();
        import.show();
        import.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                           + QStringLiteral("/hr-payroll-import.png"));
    }

    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        file->tabs()->setCurrentWidget(file->careerTab());
        page.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                         + QStringLiteral("/hr-agent-file.png"));
    }
}

void tst_AgentPages::nirIsCheckedAsTyped()
{
    QVERIFY(m_desk->logIn(QStringLiteral("nbenali")));
    AgentListPage page(m_desk->database(), m_desk->workspace().session());
    page.show();
    page.showRecord(page.model()->idAt(0));
    AgentFileWidget *file = page.fileWidget();
    auto *nir = file->findChild<QLineEdit *>(QStringLiteral("nir"));
    auto *problem = file->findChild<QLabel *>(QStringLiteral("nirProblem"));
    QVERIFY(nir && problem);
    QVERIFY(problem->isHidden()); // the demo NIRs are right
    const QString right = nir->text();
    nir->selectAll();
    QTest::keyClicks(
        nir,
        right.left(right.size() - 1)
            + (right.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0')));
    QVERIFY(!problem->isHidden());
    QVERIFY(problem->text().contains(QLatin1String("key"), Qt::CaseInsensitive)
            || problem->text().contains(QStringLiteral("clé"), Qt::CaseInsensitive));
    nir->selectAll();
    QTest::keyClicks(nir, right);
    QVERIFY(problem->isHidden());
    // A sex that disagrees with the NIR is a warning, shown but not blocking.
    auto *sex = file->findChild<QComboBox *>(QStringLiteral("sex"));
    sex->setCurrentIndex(sex->currentIndex() == 1 ? 2 : 1);
    QVERIFY(!problem->isHidden());
    QVERIFY(file->save());
}

void tst_AgentPages::refusedSaveKeepsTheEdits()
{
    QVERIFY(m_desk->logIn(QStringLiteral("nbenali")));
    AgentListPage page(m_desk->database(), m_desk->workspace().session());
    page.show();
    const QString agentId = page.model()->idAt(0);
    page.showRecord(agentId);
    AgentFileWidget *file = page.fileWidget();
    auto *birthName = file->findChild<QLineEdit *>(QStringLiteral("birthName"));
    birthName->clear();
    QTest::keyClicks(birthName, QStringLiteral(" "));
    auto *phone = file->findChild<QLineEdit *>(QStringLiteral("phone"));
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("04 78 00 00 01"));
    QVERIFY(!file->save());
    QVERIFY(file->isModified());
    QVERIFY(!file->findChild<QLabel *>(QStringLiteral("agentFileProblems"))->isHidden());
    QVERIFY(!file->findChild<QLabel *>(QStringLiteral("birthNameProblem"))->isHidden());
    QCOMPARE(phone->text(), QStringLiteral("04 78 00 00 01")); // nothing typed is lost
    QVERIFY(m_desk->value(QStringLiteral("SELECT phone FROM agent_details WHERE id = ?"), {agentId})
                .toString()
            != QStringLiteral("04 78 00 00 01"));
    QTest::keyClicks(birthName, QStringLiteral("MARTIN"));
    QVERIFY(file->save());
    QCOMPARE(
        m_desk->value(QStringLiteral("SELECT phone FROM agent_details WHERE id = ?"), {agentId})
            .toString(),
        QStringLiteral("04 78 00 00 01"));
}

void tst_AgentPages::listFiltersAndCount()
{
    QVERIFY(m_desk->logIn(QStringLiteral("nbenali")));
    AgentListPage page(m_desk->database(), m_desk->workspace().session());
    page.show();
    auto *count = page.findChild<QLabel *>(QStringLiteral("agentCount"));
    const int active
        = m_desk->count(QStringLiteral("SELECT count(*) FROM agents WHERE departure_date IS NULL "
                                       "OR departure_date >= date('now', 'localtime')"));
    QCOMPARE(page.model()->totalCount(), active);
    QVERIFY(count->text().contains(QString::number(active)));
    auto *category = page.findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    category->setCurrentIndex(category->findData(QStringLiteral("C")));
    const int activeC = m_desk->count(QStringLiteral(
        "SELECT count(*) FROM agents a JOIN local_agent_current c ON c.agent_id = a.id WHERE "
        "c.category = 'C' "
        "AND (a.departure_date IS NULL OR a.departure_date >= date('now', 'localtime'))"));
    QCOMPARE(page.model()->totalCount(), activeC);
    QVERIFY(count->text().contains(QString::number(activeC)));
    // Search by registration number finds exactly that agent.
    category->setCurrentIndex(0);
    const QString registration
        = m_desk
              ->value(QStringLiteral(
                  "SELECT registration_number FROM agents WHERE departure_date IS NULL LIMIT 1"))
              .toString();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("agentSearch"));
    QTest::keyClicks(search, registration);
    QTRY_COMPARE(page.model()->totalCount(), 1);
}

void tst_AgentPages::agentSeesOwnFileReadOnly()
{
    QVERIFY(m_desk->logIn(QStringLiteral("cbernard")));
    MyFilePage page(m_desk->database(), m_desk->workspace().session());
    page.show();
    AgentFileWidget *file = page.fileWidget();
    QCOMPARE(file->agentId(), m_desk->workspace().session().agentId());
    QVERIFY(file->findChild<QLabel *>(QStringLiteral("agentFileTitle"))
                ->text()
                .contains(QLatin1String("Camille")));
    QVERIFY(file->findChild<QPushButton *>(QStringLiteral("saveAgentFile"))->isHidden());
    QVERIFY(file->findChild<QLineEdit *>(QStringLiteral("birthName"))->isReadOnly());
    QVERIFY(!file->findChild<QPushButton *>(QStringLiteral("addCareerStep"))->isVisibleTo(file));
    QVERIFY(!file->findChild<QPushButton *>(QStringLiteral("addDocument"))->isVisibleTo(file));
    // Camille works 80 % over four days: the file says so.
    QVERIFY(file->findChild<QLabel *>(QStringLiteral("currentWorkingTime"))
                ->text()
                .contains(QLatin1String("80")));
    // Reading one's own file is not an HR read.
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM agent_file_reads")), 0);
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        page.resize(1100, 800);
        file->tabs()->setCurrentWidget(file->workingTimeTab());
        page.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                         + QStringLiteral("/hr-my-file.png"));
    }
}

void tst_AgentPages::headSeesTeamOnly()
{
    QVERIFY(m_desk->logIn(QStringLiteral("smartin")));
    TeamPage page(m_desk->database(), m_desk->workspace().session());
    page.show();
    const QString head = m_desk->workspace().session().agentId();
    const int team = m_desk->count(QStringLiteral("SELECT count(*) FROM agents a JOIN org_units o "
                                                  "ON o.id = a.org_unit_id WHERE o.code = 'DST-EV' "
                                                  "AND a.id <> ? AND (a.departure_date IS NULL OR "
                                                  "a.departure_date >= date('now', 'localtime'))"),
                                   {head});
    QVERIFY(team > 0);
    QCOMPARE(page.model()->totalCount(), team);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QCOMPARE(page.model()->index(row, 1).data().toString(), QStringLiteral("Espaces verts"));
    // A name search works; a NIR search finds nobody (heads do not see NIRs).
    const QString nir
        = m_desk
              ->value(
                  QStringLiteral("SELECT d.nir FROM agent_details d JOIN agents a ON a.id = d.id "
                                 "JOIN org_units o ON o.id = a.org_unit_id WHERE o.code = 'DST-EV' "
                                 "AND a.id <> ? LIMIT 1"),
                  {head})
              .toString();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("teamSearch"));
    QTest::keyClicks(search, nir.left(7));
    QCOMPARE(page.model()->totalCount(), 0);
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        search->clear();
        page.resize(1100, 600);
        page.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                         + QStringLiteral("/hr-team.png"));
    }
}

void tst_AgentPages::pagesFollowRoles()
{
    HrModule *module = nullptr;
    for (ModuleInterface *m : m_desk->workspace().modules().activeModules()) {
        if (auto *hr = dynamic_cast<HrModule *>(m))
            module = hr;
    }
    QVERIFY(module);
    QHash<QString, QStringList> roles;
    for (const PageContribution &page : module->pages())
        roles.insert(page.id, page.roles);
    QCOMPARE(roles.value(QStringLiteral("hr.myfile")), QStringList{Roles::Agent});
    QCOMPARE(roles.value(QStringLiteral("hr.team")), QStringList{Roles::DepartmentHead});
    QCOMPARE(roles.value(QStringLiteral("hr.agents")), QStringList{Roles::Hr});
    for (SearchProvider *provider : module->searchProviders())
        QCOMPARE(provider->roles(), QStringList{Roles::Hr});
}

void tst_AgentPages::emptyDateOpensOnThisMonth()
{
    OptionalDateEdit edit;
    QVERIFY(!edit.optionalDate().isValid());
    edit.resize(160, 30);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    // The arrow at the right end opens the calendar, as a user does.
    QTest::mouseClick(&edit, Qt::LeftButton, {}, QPoint(edit.width() - 6, edit.height() / 2));
    QTRY_VERIFY(edit.calendarWidget()->isVisible());
    QCOMPARE(edit.calendarWidget()->yearShown(), QDate::currentDate().year());
    edit.calendarWidget()->window()->close();
    QVERIFY(!edit.optionalDate().isValid()); // still empty: only the page shown moved
    edit.setOptionalDate(QDate(2001, 5, 3));
    QCOMPARE(edit.optionalDate(), QDate(2001, 5, 3));
    edit.clearDate();
    QVERIFY(!edit.optionalDate().isValid());
}

void tst_AgentPages::careerTabRefusesWhatSavingRefuses()
{
    AgentFile file;
    file.careerSteps.append({{},
                             QDate(2024, 1, 1),
                             QStringLiteral("C"),
                             QStringLiteral("technical"),
                             QStringLiteral("Adjoints techniques territoriaux"),
                             QStringLiteral("Adjoint technique"),
                             3,
                             0,
                             0,
                             QStringLiteral("echelon_advancement"),
                             QString(),
                             {}});
    CareerTab tab(m_desk->database(), &file);
    tab.refresh();
    tab.show();
    // The frameworks and grades in use in the town are offered.
    auto *framework = tab.findChild<QComboBox *>(QStringLiteral("careerFramework"));
    QVERIFY(framework->count() > 0);
    QVERIFY(tab.findChild<QComboBox *>(QStringLiteral("careerGrade"))->count() > 0);

    // A second step on the same date: refused at once, in the words saving would use.
    tab.findChild<OptionalDateEdit *>(QStringLiteral("careerDate"))
        ->setOptionalDate(QDate(2024, 1, 1));
    QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("addCareerStep")),
                      Qt::LeftButton);
    QCOMPARE(file.careerSteps.size(), 1);
    const QString expected
        = AgentFileRules::careerStepProblems(file.careerSteps.first(), file.careerSteps)
              .first()
              .message;
    bool shown = false;
    for (const QLabel *label : tab.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text() == expected);
    QVERIFY2(shown, qPrintable(expected));
}

QTEST_MAIN(tst_AgentPages)
#include "tst_agentpages.moc"
