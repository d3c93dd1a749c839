// The official papers of HR (the fiche agent and the attestation employeur) printed from an
// English interface: French all the same, labels of the agent file included, footer too. Screens
// keep the user's language.

#include <hr/domain/hrcodes.h>
#include <hr/output/agentsheet.h>
#include <hr/output/employmentcertificate.h>
#include <hr/store/agentfilestore.h>

#include <core/formats/officialpaper.h>
#include <core/translations.h>
#include <core/workspace.h>

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Civitas;
using namespace Civitas::Hr;

class tst_PapersInFrench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screensAreEnglish();
    void agentSheet();
    void employmentCertificate();

private:
    AgentFile agent(const QString &condition);
    QString pdfText(const DocumentPrinter &printer, const QString &name);
    // Fails with the word when one of `words` is in `text`.
    static QString englishIn(const QString &text, const QStringList &words);

    QTemporaryDir m_dir;
    Workspace m_workspace;
};

void tst_PapersInFrench::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace.loadModules();
    QString error;
    QVERIFY2(m_workspace.createDemoDatabase(
                 m_dir.filePath(QStringLiteral("demo.sqlite")), 60, 1, {}, &error),
             qPrintable(error));
    // The user chose English.
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY2(OfficialPaper::hasCatalogue(), "civitas_fr.qm is not in CIVITAS_TRANSLATION_PATH");
}

AgentFile tst_PapersInFrench::agent(const QString &condition)
{
    QSqlQuery q(m_workspace.database().connection());
    if (!q.exec(QStringLiteral("SELECT a.id FROM agents a WHERE a.deleted = 0 AND ") + condition
                + QStringLiteral(" ORDER BY a.registration_number LIMIT 1"))
        || !q.next())
        return {};
    QString error;
    return AgentFileStore(m_workspace.database())
        .load(q.value(0).toString(), &error)
        .value_or(AgentFile());
}

QString tst_PapersInFrench::pdfText(const DocumentPrinter &printer, const QString &name)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!printer.printToPdf(path, &error))
        return {};
    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return {};
    // The font's ligatures ("ﬁ" in "certifie") come back as letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

QString tst_PapersInFrench::englishIn(const QString &text, const QStringList &words)
{
    for (const QString &word : words) {
        if (text.contains(word))
            return word;
    }
    return {};
}

void tst_PapersInFrench::screensAreEnglish()
{
    // What the screens show: the interface's language.
    QCOMPARE(HrCodes::label(HrCodes::Status, QStringLiteral("tenured")), QStringLiteral("Tenured"));
    QCOMPARE(HrCodes::label(HrCodes::Sex, QStringLiteral("F")), QStringLiteral("Female"));
    // What the papers print: French.
    QCOMPARE(HrCodes::paperLabel(HrCodes::Status, QStringLiteral("tenured")),
             QStringLiteral("Titulaire"));
    QCOMPARE(HrCodes::paperLabel(HrCodes::WorkKind, QStringLiteral("full_time")),
             QStringLiteral("Temps complet"));
    QCOMPARE(HrCodes::paperLabel(HrCodes::Status, QStringLiteral("unknown")),
             QStringLiteral("unknown"));
}

void tst_PapersInFrench::agentSheet()
{
    // Tenured, always full time, always in activity: the labels to look for are known.
    const AgentFile file = agent(QStringLiteral(
        "a.departure_date IS NULL AND EXISTS (SELECT 1 FROM agent_details d WHERE d.id = a.id "
        "AND d.status = 'tenured') AND EXISTS (SELECT 1 FROM working_times w WHERE w.agent_id = "
        "a.id) AND NOT EXISTS (SELECT 1 FROM working_times w WHERE w.agent_id = a.id AND w.kind "
        "<> 'full_time') AND EXISTS (SELECT 1 FROM statutory_positions p WHERE p.agent_id = a.id) "
        "AND NOT EXISTS (SELECT 1 FROM statutory_positions p WHERE p.agent_id = a.id AND "
        "p.position <> 'active') AND EXISTS (SELECT 1 FROM career_steps c WHERE c.agent_id = "
        "a.id)"));
    QVERIFY2(!file.agent.id.isEmpty(), "the demo town has no tenured full-time agent");
    const DocumentPrinter printer = AgentSheet::printer(file, m_workspace.database());
    QVERIFY(printer.isOfficialPaper());
    QVERIFY2(printer.title().startsWith(QStringLiteral("Fiche agent — ")),
             qPrintable(printer.title()));
    const QString html = printer.renderedHtml();
    for (const QString &french :
         {QStringLiteral("Titulaire"),
          QStringLiteral("Temps complet"),
          QStringLiteral("du lundi au vendredi"),
          file.agent.sex == QLatin1String("F") ? QStringLiteral("Féminin")
                                               : QStringLiteral("Masculin")})
        QVERIFY2(html.contains(french), qPrintable(french));
    const QString english = englishIn(html,
                                      {QStringLiteral("Tenured"),
                                       QStringLiteral("Full time"),
                                       QStringLiteral("Female"),
                                       QStringLiteral("Male"),
                                       QStringLiteral("Mon "),
                                       QStringLiteral(" to "),
                                       QStringLiteral("Recruitment"),
                                       QStringLiteral("Appointment"),
                                       QStringLiteral("Active")});
    QVERIFY2(english.isEmpty(), qPrintable(english));
}

void tst_PapersInFrench::employmentCertificate()
{
    const AgentFile file = agent(QStringLiteral(
        "a.departure_date IS NULL AND EXISTS (SELECT 1 FROM career_steps c WHERE c.agent_id = "
        "a.id)"));
    QVERIFY(!file.agent.id.isEmpty());
    const DocumentPrinter printer = EmploymentCertificate::printer(file, m_workspace.database());
    QVERIFY(printer.isOfficialPaper());
    QVERIFY2(printer.title().startsWith(QStringLiteral("Attestation employeur — ")),
             qPrintable(printer.title()));
    const QString html = printer.renderedHtml();
    QVERIFY(html.contains(QLatin1String("Attestation employeur")));
    QVERIFY(html.contains(QLatin1String("certifie que")));
    // The town's identity, as its settings give it.
    QVERIFY(html.contains(QLatin1String("SIRET 21690029000018")));
    QVERIFY(html.contains(QLatin1String("69500 Bron")));
    QVERIFY2(
        englishIn(html, {QStringLiteral("Employment"), QStringLiteral("certificate")}).isEmpty(),
        qPrintable(html));

    // The whole page as printed, its footer included.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(printer, QStringLiteral("certificate-en"));
    QVERIFY2(text.contains(QStringLiteral("Attestation employeur — ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Page 1 / 1")), qPrintable(text));
    const QString english = englishIn(text,
                                      {QStringLiteral("Employment certificate"),
                                       QStringLiteral("certificate"),
                                       QStringLiteral("Tenured"),
                                       QStringLiteral("Full time")});
    QVERIFY2(english.isEmpty(), qPrintable(english + QStringLiteral(" in: ") + text));
}

QTEST_MAIN(tst_PapersInFrench)
#include "tst_papersinfrench.moc"
