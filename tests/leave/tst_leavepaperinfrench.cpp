// The leave request form printed from an English interface: French all the same, its footer
// included.

#include "leavetestdesk.h"

#include <leave/output/leaverequestsheet.h>
#include <leave/store/leaverequeststore.h>

#include <core/formats/officialpaper.h>
#include <core/translations.h>

#include <QProcess>
#include <QStandardPaths>

using namespace Civitas;
using namespace Civitas::Leave;
using Hr::WeeklyPattern;

class tst_LeavePaperInFrench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestFormFromAnEnglishInterface();

private:
    LeaveTestDesk m_desk;
    QString m_request;
};

void tst_LeavePaperInFrench::initTestCase()
{
    QVERIFY(m_desk.open());
    const QString s = m_desk.addUnit(QStringLiteral("S"), {}, QStringLiteral("ag-head"));
    m_desk.addAgent(QStringLiteral("ag-head"), s);
    m_desk.addAgent(QStringLiteral("ag-1"), s, QStringLiteral("11111111000000"));
    m_desk.allocate(QStringLiteral("ag-1"), QStringLiteral("leave-type-annual"), 2026, 2500);
    Session agent;
    m_desk.logIn(agent, QStringLiteral("one"), QStringLiteral("ag-1"), {QStringLiteral("agent")});
    LeaveRequestStore store(m_desk.database(), agent);
    store.setToday(QDate(2026, 5, 4));
    LeaveRequest r;
    r.agentId = QStringLiteral("ag-1");
    r.leaveTypeId = QStringLiteral("leave-type-annual");
    r.start = {QDate(2026, 6, 1), WeeklyPattern::Afternoon};
    r.end = {QDate(2026, 6, 3), WeeklyPattern::Morning};
    const LeaveRequestStore::Result submitted = store.submit(r);
    QVERIFY2(submitted.ok, qPrintable(submitted.message()));
    m_request = r.id;
    // The user chose English.
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY(OfficialPaper::hasCatalogue());
}

void tst_LeavePaperInFrench::requestFormFromAnEnglishInterface()
{
    DocumentPrinter printer;
    QString error;
    QVERIFY2(LeaveRequestSheet::printer(m_desk.database(), m_request, &printer, &error),
             qPrintable(error));
    QVERIFY(printer.isOfficialPaper());
    QVERIFY2(printer.title().startsWith(QStringLiteral("Demande de congé — ")),
             qPrintable(printer.title()));
    const QString html = printer.renderedHtml();
    for (const QString &french : {QStringLiteral("Demande de congé"),
                                  QStringLiteral("du lundi au jeudi"),
                                  QStringLiteral("lundi 1er\u00a0juin 2026 après-midi"),
                                  QStringLiteral("en attente de l’avis du chef de service")})
        QVERIFY2(html.contains(french), qPrintable(french));
    for (const QString &english : {QStringLiteral("Monday"),
                                   QStringLiteral("June"),
                                   QStringLiteral("Leave request"),
                                   QStringLiteral("Submitted")})
        QVERIFY2(!html.contains(english), qPrintable(english));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = m_desk.filePath(QStringLiteral("request-en.pdf"));
    QVERIFY2(printer.printToPdf(path, &error), qPrintable(error));
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    // The font's ligatures come back as letters.
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    // The footer: the paper's title and its page.
    QVERIFY2(text.contains(QStringLiteral("Demande de congé — NOM-AG-1")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Leave request")), qPrintable(text));
}

QTEST_MAIN(tst_LeavePaperInFrench)
#include "tst_leavepaperinfrench.moc"
