// Carried-over leave on the screens: HR informs the agents of the days they hold and their date
// (Conseil d'État, 17 October 2025, n°495899) and sees who was informed when and who read it;
// the agent sees the notice on their leave page, prints it and says they read it; HR records
// an exceptional extension of a carry-over period.

#include "leavetestdesk.h"

#include <leave/leavetr.h>
#include <leave/output/expirynoticeletter.h>
#include <leave/store/carryoverextensions.h>
#include <leave/store/expirynotices.h>
#include <leave/ui/carryovertab.h>
#include <leave/ui/expirynoticepanel.h>
#include <leave/ui/leaveagentfield.h>

#include <core/access/session.h>
#include <core/formats/documentprinter.h>
#include <core/translations.h>

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Civitas;
using namespace Civitas::Leave;
using namespace Civitas::Leave::Internal;

class tst_CarryOverPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hrInformsAndTheAgentReads();
    void hrRecordsAnExtension();

private:
    LeaveTestDesk *m_desk = nullptr;
};

void tst_CarryOverPages::initTestCase()
{
    // Screenshots are looked at in the interface's usual language.
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR"))
        QVERIFY(Translations::install(QStringLiteral("fr")));
}

void tst_CarryOverPages::init()
{
    m_desk = new LeaveTestDesk;
    QVERIFY(m_desk->open());
    const QString unit = m_desk->addUnit(QStringLiteral("S"));
    m_desk->addAgent(QStringLiteral("ag"), unit);
    m_desk->addAgent(QStringLiteral("hr"), unit);
    // 18 days carried into 2027 until 23 July 2027, as a closing writes them.
    QVERIFY(m_desk->exec(
        QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
                       "days_hundredths, effective_date, expires_on, source) VALUES ('c', 'ag', "
                       "'leave-type-annual', 2027, 'carry_over', 1800, '2027-01-01', '2027-07-23', "
                       "'close-2026')")));
}

void tst_CarryOverPages::cleanup()
{
    delete m_desk;
    m_desk = nullptr;
}

void tst_CarryOverPages::hrInformsAndTheAgentReads()
{
    Session hr;
    m_desk->logIn(hr, QStringLiteral("rh1"), QStringLiteral("hr"), {QStringLiteral("hr")});
    CarryOverTab tab(m_desk->database(), hr);
    tab.setToday(QDate(2027, 1, 10));
    tab.findChild<QSpinBox *>(QStringLiteral("noticesYear"))->setValue(2027);
    QCOMPARE(tab.notices()->rowCount(), 0);
    tab.findChild<QPushButton *>(QStringLiteral("informAgents"))->click();
    QCOMPARE(tab.notices()->rowCount(), 1);
    QVERIFY(tab.notices()->item(0, 0)->text().contains(QLatin1String("NOM-AG")));
    QCOMPARE(tab.notices()->item(0, 3)->text(), QStringLiteral("rh1"));
    QCOMPARE(tab.notices()->item(0, 5)->text(), Tr::tr("not read"));
    // Informing again informs nobody twice.
    tab.findChild<QPushButton *>(QStringLiteral("informAgents"))->click();
    QCOMPARE(tab.notices()->rowCount(), 1);
    // For a look: CIVITAS_SCREENSHOT_DIR=/tmp/x keeps the tab and the notice (in French).
    const QString shots = qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR");
    tab.resize(900, 600);
    if (!shots.isEmpty())
        tab.grab().save(shots + QStringLiteral("/leave-carryover-tab.png"));

    Session agent;
    m_desk->logIn(agent, QStringLiteral("ag1"), QStringLiteral("ag"), {});
    ExpiryNoticePanel panel(m_desk->database(), agent);
    panel.setToday(QDate(2027, 2, 1));
    QVERIFY(!panel.isHidden());
    const QString text = panel.findChild<QLabel *>(QStringLiteral("expiryNoticeText"))->text();
    QVERIFY2(text.contains(QLatin1String("18")) && text.contains(QLatin1String("2027")),
             qPrintable(text));
    auto *read = panel.findChild<QPushButton *>(QStringLiteral("readExpiryNotice"));
    QVERIFY(!read->isHidden());
    panel.resize(900, 60);
    if (!shots.isEmpty())
        panel.grab().save(shots + QStringLiteral("/leave-expiry-notice.png"));
    // The letter, in French whatever the interface: the days and the date, nothing missing.
    DocumentPrinter letter;
    ExpiryNoticeLetter::printer(m_desk->database(), panel.notices().first(), &letter);
    QVERIFY2(letter.missingKeys().isEmpty(), qPrintable(letter.missingKeys().join(u',')));
    // Figures and dates keep their parts together with no-break spaces.
    const QString html = letter.renderedHtml().replace(QChar(0x00a0), QLatin1Char(' '));
    QVERIFY2(html.contains(QLatin1String("18 j")) && html.contains(u"23 juillet 2027")
                 && html.contains(QLatin1String("NOM-AG")),
             qPrintable(html));
    read->click();
    QVERIFY(read->isHidden());
    tab.reload();
    QVERIFY(tab.notices()->item(0, 5)->text() != Tr::tr("not read"));
    // Once the date is past, the notice leaves the agent's page.
    panel.setToday(QDate(2027, 7, 24));
    QVERIFY(panel.isHidden());
    // Somebody else sees nothing of it.
    Session other;
    m_desk->logIn(other, QStringLiteral("hr1"), QStringLiteral("hr"), {});
    ExpiryNoticePanel otherPanel(m_desk->database(), other);
    otherPanel.setToday(QDate(2027, 2, 1));
    QVERIFY(otherPanel.isHidden());
}

void tst_CarryOverPages::hrRecordsAnExtension()
{
    Session hr;
    m_desk->logIn(hr, QStringLiteral("rh1"), QStringLiteral("hr"), {QStringLiteral("hr")});
    CarryOverTab tab(m_desk->database(), hr);
    tab.findChild<LeaveAgentField *>(QStringLiteral("extensionAgent"))
        ->setAgentId(QStringLiteral("ag"));
    tab.findChild<QSpinBox *>(QStringLiteral("extensionYear"))->setValue(2026);
    tab.findChild<QDateEdit *>(QStringLiteral("extensionUntil"))->setDate(QDate(2027, 12, 31));
    auto *record = tab.findChild<QPushButton *>(QStringLiteral("recordExtension"));
    // Without its reason the decision is refused.
    record->click();
    QCOMPARE(CarryOverExtensions(m_desk->database()).ofYear(2026)->size(), 0);
    tab.findChild<QLineEdit *>(QStringLiteral("extensionReason"))
        ->setText(QStringLiteral("Arrêté 2027-112"));
    record->click();
    const auto decisions = CarryOverExtensions(m_desk->database()).ofYear(2026);
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().agentId, QStringLiteral("ag"));
    QCOMPARE(decisions->first().extendedTo, QDate(2027, 12, 31));
    QCOMPARE(decisions->first().decidedBy, QStringLiteral("rh1"));
    // HR's own leave is another officer's to extend.
    tab.findChild<LeaveAgentField *>(QStringLiteral("extensionAgent"))
        ->setAgentId(QStringLiteral("hr"));
    tab.findChild<QLineEdit *>(QStringLiteral("extensionReason"))->setText(QStringLiteral("x"));
    record->click();
    QCOMPARE(CarryOverExtensions(m_desk->database()).ofYear(2026)->size(), 1);
}

QTEST_MAIN(tst_CarryOverPages)
#include "tst_carryoverpages.moc"
