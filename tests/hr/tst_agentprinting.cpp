// The HR documents: the fiche agent and the attestation employeur from their templates, and
// the printed list of agents, over a demo town's local file.

#include <hr/models/agentlistmodel.h>
#include <hr/output/agentlistprinter.h>
#include <hr/output/agentsheet.h>
#include <hr/output/employmentcertificate.h>
#include <hr/output/hrdocumentformat.h>
#include <hr/store/agentfilestore.h>

#include <core/french/validators.h>
#include <core/storage/townidentity.h>
#include <core/workspace.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Civitas;
using namespace Civitas::Hr;

class tst_AgentPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agentSheet();
    void certificateOfActiveAgent();
    void certificateOfDepartedAgent();
    void employmentPhrase_data();
    void employmentPhrase();
    void townName();
    void pdfs();
    void listPrintsEveryMatchingRow();
    void listFollowsSortAndColumns();
    void listPrintsSidewaysWithWholeWords();

private:
    QString agentWhere(const QString &condition);
    AgentFile load(const QString &agentId);
    QString pdfText(const DocumentPrinter &printer, const QString &name);

    QTemporaryDir m_dir;
    Workspace m_workspace;
};

void tst_AgentPrinting::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace.loadModules();
    QString error;
    // Enough agents for several units of more than a page of the list (the test's pages are
    // small), few enough to be made in a second.
    QVERIFY2(m_workspace.createDemoDatabase(
                 m_dir.filePath(QStringLiteral("demo.sqlite")), 300, 1, {}, &error),
             qPrintable(error));
    QSqlQuery q(m_workspace.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM agents")) && q.next());
    QVERIFY2(q.value(0).toInt() >= 300, "the HR plugin was not found in CIVITAS_MODULE_PATH");
}

QString tst_AgentPrinting::agentWhere(const QString &condition)
{
    QSqlQuery q(m_workspace.database().connection());
    if (!q.exec(QStringLiteral("SELECT a.id FROM agents a JOIN agent_details d ON d.id = a.id "
                               "WHERE a.deleted = 0 AND ")
                + condition + QStringLiteral(" ORDER BY a.registration_number LIMIT 1"))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

AgentFile tst_AgentPrinting::load(const QString &agentId)
{
    QString error;
    const std::optional<AgentFile> file
        = AgentFileStore(m_workspace.database()).load(agentId, &error);
    if (!file)
        qWarning("%s", qPrintable(error));
    return file.value_or(AgentFile());
}

QString tst_AgentPrinting::pdfText(const DocumentPrinter &printer, const QString &name)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!printer.printToPdf(path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    // For a look at the layout: CIVITAS_SCREENSHOT_DIR=/tmp/x keeps a copy of each PDF.
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR"))
        QFile::copy(path,
                    qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR") + QLatin1Char('/') + name
                        + QStringLiteral(".pdf"));
    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return {};
    // Lines are laid out by pdftotext: words of one phrase may be on two lines.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void tst_AgentPrinting::agentSheet()
{
    const QString id = agentWhere(
        QStringLiteral("a.departure_date IS NULL AND d.nir <> '' AND a.line_manager_id IS NOT NULL "
                       "AND EXISTS (SELECT 1 FROM agent_documents x WHERE x.agent_id = a.id) "
                       "AND EXISTS (SELECT 1 FROM career_steps x WHERE x.agent_id = a.id)"));
    QVERIFY(!id.isEmpty());
    const AgentFile file = load(id);
    QCOMPARE(file.agent.id, id);
    QVERIFY(!file.documents.isEmpty());
    const CareerStep *step = file.careerStepOn(QDate::currentDate());
    QVERIFY(step);

    const DocumentPrinter printer = AgentSheet::printer(file, m_workspace.database());
    QVERIFY2(printer.missingKeys().isEmpty(), qPrintable(printer.missingKeys().join(u',')));
    const QString html = printer.renderedHtml();
    QVERIFY(!html.contains(QLatin1String("{{")));
    QVERIFY(html.contains(QLatin1String("Fiche agent")));
    QVERIFY(html.contains(DocumentPrinter::escapeHtml(file.agent.birthName)));
    QVERIFY(html.contains(DocumentPrinter::escapeHtml(file.agent.firstNames)));
    QVERIFY(html.contains(file.agent.registrationNumber));
    const QString nir = Validators::formatNir(file.agent.nir);
    QVERIFY(nir.contains(u' '));
    QVERIFY2(html.contains(nir), qPrintable(nir));
    QVERIFY(html.contains(DocumentPrinter::escapeHtml(step->grade)));
    QVERIFY(html.contains(HrDocumentFormat::longDate(file.agent.birthDate)));

    // Posting: the unit and the line manager by name, from the local file.
    QSqlQuery q(m_workspace.database().connection());
    q.prepare(QStringLiteral(
        "SELECT o.name, m.birth_name FROM agents a JOIN org_units o ON o.id = a.org_unit_id "
        "JOIN agents m ON m.id = a.line_manager_id WHERE a.id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QVERIFY(html.contains(DocumentPrinter::escapeHtml(q.value(0).toString())));
    QVERIFY(html.contains(DocumentPrinter::escapeHtml(q.value(1).toString())));

    // Every piece is listed by its title, none is reproduced.
    for (const AgentDocument &document : file.documents)
        QVERIFY2(html.contains(DocumentPrinter::escapeHtml(document.title)),
                 qPrintable(document.title));
    QVERIFY(!html.contains(QLatin1String("%PDF")));

    // The career history has a row per step.
    const QVariantMap values
        = AgentSheet::values(file, m_workspace.database(), QDate::currentDate());
    QCOMPARE(values.value(QStringLiteral("careerTable")).toString().count(QLatin1String("<tr>")),
             file.careerSteps.size() + 1);
    QCOMPARE(values.value(QStringLiteral("documentCount")).toString(),
             QString::number(file.documents.size()));
}

void tst_AgentPrinting::certificateOfActiveAgent()
{
    const QString id = agentWhere(QStringLiteral("a.departure_date IS NULL AND EXISTS (SELECT 1 "
                                                 "FROM career_steps x WHERE x.agent_id = a.id)"));
    QVERIFY(!id.isEmpty());
    const AgentFile file = load(id);
    const DocumentPrinter printer = EmploymentCertificate::printer(file, m_workspace.database());
    QVERIFY2(printer.missingKeys().isEmpty(), qPrintable(printer.missingKeys().join(u',')));
    const QString html = printer.renderedHtml();
    QVERIFY(!html.contains(QLatin1String("{{")));
    QVERIFY(html.contains(QLatin1String("Attestation employeur")));
    QVERIFY(html.contains(QLatin1String("Ville de Bron")));
    QVERIFY(html.contains(DocumentPrinter::escapeHtml(file.agent.displayName())));
    QVERIFY(
        html.contains(DocumentPrinter::escapeHtml(file.careerStepOn(QDate::currentDate())->grade)));
    QVERIFY(html.contains(QStringLiteral("depuis le ")
                          + HrDocumentFormat::longDate(file.agent.entryDate)));
    QVERIFY(!html.contains(QStringLiteral("a été employé")));
    QVERIFY(html.contains(QStringLiteral("Fait à Bron, le ")
                          + HrDocumentFormat::longDate(QDate::currentDate())));
    QVERIFY(html.contains(QStringLiteral("Pour le Maire, par délégation,")));
    // Headed with the demo town's logo (TownLogo).
    QVERIFY(html.contains(DocumentPrinter::imageSource(QStringLiteral("townLogo"))));
    QVERIFY(html.contains(QLatin1String("Le Directeur des ressources humaines")));
    // The certificate states employment only.
    QVERIFY(!html.contains(Validators::formatNir(file.agent.nir)));
}

void tst_AgentPrinting::certificateOfDepartedAgent()
{
    const QString id = agentWhere(QStringLiteral("a.departure_date < date('now', 'localtime')"));
    QVERIFY2(!id.isEmpty(), "the demo town has no departed agent");
    const AgentFile file = load(id);
    QVERIFY(file.agent.departureDate.isValid());
    const QString html
        = EmploymentCertificate::printer(file, m_workspace.database()).renderedHtml();
    const QString period = QStringLiteral("du %1 au %2")
                               .arg(HrDocumentFormat::longDate(file.agent.entryDate),
                                    HrDocumentFormat::longDate(file.agent.departureDate));
    QVERIFY2(html.contains(QStringLiteral("a été employé")), qPrintable(html));
    QVERIFY2(html.contains(period), qPrintable(period));
    QVERIFY(!html.contains(QLatin1String("depuis le")));
}

void tst_AgentPrinting::employmentPhrase_data()
{
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QDate>("departure");
    QTest::addColumn<QString>("expected");

    const QChar nbsp(0x00A0);
    QTest::newRow("tenured, part time")
        << "F"
        << "tenured"
        << "part_time"
        << "Adjoint administratif" << QDate()
        << QStringLiteral("est employée depuis le 1er%1mars 2010 en qualité d’Adjoint "
                          "administratif (titulaire), "
                          "à temps partiel (80%1%)")
               .arg(nbsp);
    QTest::newRow("contract, non full time")
        << "F"
        << "contract"
        << "non_full_time"
        << "Rédacteur" << QDate()
        << QStringLiteral(
               "est employée depuis le 1er%1mars 2010 en qualité de Rédacteur (contractuelle), "
               "sur un emploi à temps non complet (28/35e)")
               .arg(nbsp);
    QTest::newRow("departed") << "M"
                              << "trainee"
                              << "full_time"
                              << "Technicien" << QDate(2020, 6, 30)
                              << QStringLiteral("a été employé du 1er%1mars 2010 au 30%1juin 2020 "
                                                "en qualité de Technicien (stagiaire), "
                                                "à temps complet")
                                     .arg(nbsp);
    QTest::newRow("leaves later") << "M"
                                  << "tenured"
                                  << "full_time"
                                  << "Ingénieur" << QDate::currentDate().addDays(10)
                                  << QStringLiteral(
                                         "est employé depuis le 1er%1mars 2010 en qualité "
                                         "d’Ingénieur (titulaire), à temps complet")
                                         .arg(nbsp);
}

void tst_AgentPrinting::employmentPhrase()
{
    QFETCH(QString, sex);
    QFETCH(QString, status);
    QFETCH(QString, kind);
    QFETCH(QString, grade);
    QFETCH(QDate, departure);
    QFETCH(QString, expected);

    AgentFile file;
    file.agent.sex = sex;
    file.agent.status = status;
    file.agent.entryDate = QDate(2010, 3, 1);
    file.agent.departureDate = departure;
    CareerStep step;
    step.effectiveDate = QDate(2010, 3, 1);
    step.grade = grade;
    file.careerSteps << step;
    WorkingTime work;
    work.effectiveDate = QDate(2010, 3, 1);
    work.kind = kind;
    work.partTimeRate = kind == QLatin1String("part_time") ? 80 : 0;
    work.thirtyFifths = kind == QLatin1String("non_full_time") ? 28 : 0;
    file.workingTimes << work;
    QCOMPARE(EmploymentCertificate::employmentPhrase(file, QDate::currentDate()), expected);
}

void tst_AgentPrinting::townName()
{
    QCOMPARE(HrDocumentFormat::placeName(QStringLiteral("Ville de Bron")), QStringLiteral("Bron"));
    QCOMPARE(HrDocumentFormat::placeName(QStringLiteral("Commune d'Anse")), QStringLiteral("Anse"));
    QCOMPARE(HrDocumentFormat::placeName(QStringLiteral("Villeurbanne")),
             QStringLiteral("Villeurbanne"));
    QCOMPARE(HrDocumentFormat::weeklyHours(37 * 60 + 30), QStringLiteral("37\u00a0h\u00a030"));
    QCOMPARE(HrDocumentFormat::weeklyHours(35 * 60), QStringLiteral("35\u00a0h"));

    // The town's identity (town settings) names the town on every paper.
    const TownIdentity before = TownIdentity::load(m_workspace.database());
    TownIdentity venissieux = before;
    venissieux.name = QStringLiteral("Ville de Vénissieux");
    QVERIFY(venissieux.save(m_workspace.database()).ok());
    const QString html = EmploymentCertificate::printer(load(agentWhere(QStringLiteral("1"))),
                                                        m_workspace.database())
                             .renderedHtml();
    QVERIFY(before.save(m_workspace.database()).ok());
    QVERIFY(html.contains(QStringLiteral("Ville de Vénissieux")));
    QVERIFY(html.contains(QStringLiteral("Fait à Vénissieux, le")));
}

void tst_AgentPrinting::pdfs()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const AgentFile file
        = load(agentWhere(QStringLiteral("a.departure_date IS NULL AND EXISTS (SELECT 1 FROM "
                                         "career_steps x WHERE x.agent_id = a.id)")));
    QVERIFY(!file.agent.id.isEmpty());

    const QString certificate
        = pdfText(EmploymentCertificate::printer(file, m_workspace.database()),
                  QStringLiteral("certificate"));
    QVERIFY2(certificate.contains(QLatin1String("Attestation employeur")), qPrintable(certificate));
    QVERIFY2(certificate.contains(file.agent.birthName), qPrintable(certificate));
    QVERIFY(certificate.contains(QStringLiteral("par délégation")));
    // The town's logo is in the PDF, as a picture.
    QFile pdf(m_dir.filePath(QStringLiteral("certificate.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().contains("/Subtype /Image"));

    const QString sheet
        = pdfText(AgentSheet::printer(file, m_workspace.database()), QStringLiteral("sheet"));
    QVERIFY2(sheet.contains(QLatin1String("Fiche agent")), qPrintable(sheet));
    QVERIFY(sheet.contains(file.agent.birthName));
    QVERIFY(sheet.contains(file.agent.registrationNumber));
    // The footer numbers the pages of the sheet.
    QVERIFY(sheet.contains(QLatin1String("Page 1 /")));
}

void tst_AgentPrinting::listPrintsEveryMatchingRow()
{
    // The unit with sub-units that has the most agents.
    QSqlQuery q(m_workspace.database().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT p.id, p.name FROM org_units p WHERE EXISTS (SELECT 1 FROM org_units c WHERE "
        "c.parent_id = p.id) "
        "ORDER BY (SELECT count(*) FROM agents a JOIN org_units u ON u.id = a.org_unit_id "
        "WHERE u.id = p.id OR u.parent_id = p.id) DESC LIMIT 1")));
    QVERIFY(q.next());
    const QString unitId = q.value(0).toString();
    const QString unitName = q.value(1).toString();

    AgentListModel model(m_workspace.database());
    // Pages smaller than the unit: the view has fetched one page only when the list is printed.
    model.setPageSize(10);
    model.setUnit(unitId);
    QVERIFY2(model.select(), qPrintable(model.lastError()));
    QVERIFY2(model.totalCount() > 10, qPrintable(QString::number(model.totalCount())));
    QCOMPARE(model.rowCount(), 10);

    const QString filters = QStringLiteral("Unit: %1 and its services").arg(unitName);
    const DocumentPrinter printer
        = AgentListPrinter::printer(model, QStringLiteral("Agents"), filters);
    QVERIFY(printer.missingKeys().isEmpty());
    QCOMPARE(AgentListPrinter::rowCount(printer), model.totalCount());
    const QString html = printer.renderedHtml();
    QCOMPARE(html.count(QLatin1String("<tr>")), model.totalCount() + 1);
    QVERIFY(html.contains(DocumentPrinter::escapeHtml(filters)));
    QVERIFY(html.contains(QStringLiteral(">%1 agent").arg(model.totalCount())));
    // The model's own rows are left as the view had them.
    QCOMPARE(model.rowCount(), 10);

    // A search narrows the printout the same way.
    const QString name = model.data(model.index(0, AgentListModel::Name)).toString();
    model.setSearchText(name.section(u' ', 0, 0));
    QVERIFY(model.select());
    QVERIFY(model.totalCount() >= 1);
    QCOMPARE(
        AgentListPrinter::rowCount(AgentListPrinter::printer(model, QStringLiteral("Agents"), {})),
        model.totalCount());

    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        model.setSearchText({});
        QVERIFY(model.select());
        const QString text
            = pdfText(AgentListPrinter::printer(model, QStringLiteral("Agents"), filters),
                      QStringLiteral("list"));
        QVERIFY2(text.contains(QStringLiteral("%1 agent").arg(model.totalCount())),
                 qPrintable(text));
        QVERIFY(text.contains(unitName));
    }
}

void tst_AgentPrinting::listFollowsSortAndColumns()
{
    AgentListModel model(m_workspace.database());
    model.setPageSize(5);
    model.setActivity(AgentListModel::Activity::All);
    model.sort(AgentListModel::RegistrationNumber, Qt::DescendingOrder);
    QVERIFY(model.select());

    // The view shows the registration number first and hides every other column but the name.
    const QList<int> columns{AgentListModel::RegistrationNumber, AgentListModel::Name};
    const QVariantMap values
        = AgentListPrinter::printer(model, QStringLiteral("Agents"), {}, columns).values();
    const QString table = values.value(QStringLiteral("table")).toString();
    QCOMPARE(values.value(QStringLiteral("rowCount")).toInt(), model.totalCount());
    QVERIFY(table.startsWith(QStringLiteral("<table")));
    const QString header
        = model.headerData(AgentListModel::RegistrationNumber, Qt::Horizontal).toString();
    QVERIFY(table.contains(
        QStringLiteral("<thead><tr><th>%1</th><th>%2</th></tr></thead>")
            .arg(DocumentPrinter::escapeHtml(header),
                 model.headerData(AgentListModel::Name, Qt::Horizontal).toString())));
    const QString first = model.data(model.index(0, AgentListModel::RegistrationNumber)).toString();
    const QString firstName
        = DocumentPrinter::escapeHtml(model.data(model.index(0, AgentListModel::Name)).toString());
    QVERIFY2(table.contains(
                 QStringLiteral("<tbody><tr><td>%1</td><td>%2</td></tr>").arg(first, firstName)),
             qPrintable(table.left(400)));
    QVERIFY(!table.contains(model.headerData(AgentListModel::Grade, Qt::Horizontal).toString()));
}

void tst_AgentPrinting::listPrintsSidewaysWithWholeWords()
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdfinfo and pdftotext (poppler-utils) are not installed");
    AgentListModel model(m_workspace.database());
    model.setActivity(AgentListModel::Activity::All);
    model.sort(AgentListModel::Name, Qt::AscendingOrder);
    QVERIFY(model.select());
    // Every column, as the list shows them by default.
    const DocumentPrinter printer = AgentListPrinter::printer(model, QStringLiteral("Agents"), {});
    QVERIFY(printer.isLandscape());
    const QString text = pdfText(printer, QStringLiteral("list-sideways"));
    QProcess info;
    info.start(pdfinfo, {m_dir.filePath(QStringLiteral("list-sideways.pdf"))});
    QVERIFY(info.waitForFinished(30000));
    const QString details = QString::fromUtf8(info.readAllStandardOutput());
    // A4 sideways: 842 points wide, 595 high.
    QVERIFY2(details.contains(
                 QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595"))),
             qPrintable(details));
    qInfo("%s agents on %s pages",
          qPrintable(QString::number(model.totalCount())),
          qPrintable(details.section(QStringLiteral("Pages:"), 1).section(u'\n', 0, 0).trimmed()));
    // No name, grade or post cut in the middle of a word: each is found whole in the text.
    int checked = 0;
    for (int row = 0; row < model.rowCount() && row < 60; ++row) {
        for (int column : {int(AgentListModel::Name), int(AgentListModel::Grade)}) {
            const QString value = model.data(model.index(row, column)).toString().simplified();
            for (const QString &word : value.split(u' ', Qt::SkipEmptyParts)) {
                if (word.size() < 6)
                    continue;
                QVERIFY2(text.contains(word), qPrintable(word));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 60);
}

QTEST_MAIN(tst_AgentPrinting)
#include "tst_agentprinting.moc"
