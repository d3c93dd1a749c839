#include "leavetestdesk.h"

#include <leave/output/leavebalancesexport.h>
#include <leave/output/leaveicalendarexport.h>
#include <leave/output/leaverequestsheet.h>
#include <leave/store/leavecounters.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leaverequeststore.h>

#include <core/storage/localsettings.h>

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Civitas;
using namespace Civitas::Leave;
using Hr::WeeklyPattern;

// What leaves the leave module: the iCalendar export of approved leave (mine, a unit's, my
// team's), the CSV of a unit's balances, the PDF leave request form, and the home page's
// counters.
//
// The town: direction D (head ag-dir) and its service S (head ag-head, deputy by delegation
// ag-dep; ag-1 full time, ag-2 four days a week, Monday to Thursday), direction O (ag-other),
// and HR (ag-hr). Requests are made through the store, as the users would.
class tst_LeaveOutputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void icalendarOfMyLeave();
    void icalendarOfAUnitHidesSickLeave();
    void icalendarOfMyTeam();
    void icalendarFollowsTheDates();
    void balancesCsv();
    void balancesAsTheLedgerSaysThem();
    void requestForm();
    void requestFormWithoutBalance();
    void requestsWaitingForMe();
    void myRequestsThatChanged();

private:
    struct Event
    {
        QMap<QString, QString> properties; // name with its parameters -> value
        QString value(const QString &name) const { return properties.value(name); }
    };
    // A strict enough reading of RFC 5545: CRLF lines of at most 75 octets, folded lines
    // joined, BEGIN/END balanced, each event with its UID, DTSTAMP, DTSTART and SUMMARY.
    static QList<Event> parse(const QByteArray &ics, QString *problem);
    LeaveRequest request(const QString &agent,
                         const QString &type,
                         QDate from,
                         WeeklyPattern::HalfDay fromHalf,
                         QDate to,
                         WeeklyPattern::HalfDay toHalf) const;
    QString submit(const QString &login, const QString &agent, LeaveRequest r);
    bool act(const QString &login,
             const QString &agent,
             const QStringList &roles,
             const QString &id,
             LeaveAction action,
             const QString &comment = {});
    QString pdfText(const QString &requestId, const QString &name);
    // The font's ligatures ("ﬀ" in "cheffe") come back as letters.
    static QString withoutSpaces(QString text)
    {
        text = text.normalized(QString::NormalizationForm_KC);
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        return text;
    }

    LeaveTestDesk m_desk;
    const QDate m_today{2026, 5, 4};
    Session m_head, m_one, m_hr, m_deputy, m_dir;
    QString m_week, m_halfDay, m_halves, m_waiting, m_refused, m_other, m_sick, m_training;
};

QList<tst_LeaveOutputs::Event> tst_LeaveOutputs::parse(const QByteArray &ics, QString *problem)
{
    QList<Event> events;
    const QList<QByteArray> physical = ics.split('\n');
    for (int i = 0; i < physical.size(); ++i) {
        const QByteArray &line = physical.at(i);
        if (i + 1 < physical.size() && !line.endsWith('\r')) {
            *problem = QStringLiteral("line %1 does not end with CRLF").arg(i + 1);
            return {};
        }
        if (line.size() - 1 > 75) {
            *problem = QStringLiteral("line %1 is %2 octets long").arg(i + 1).arg(line.size() - 1);
            return {};
        }
    }
    const QStringList lines = QString::fromUtf8(ICalendarWriter::unfold(ics))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.value(0) != QLatin1String("BEGIN:VCALENDAR")
        || lines.constLast() != QLatin1String("END:VCALENDAR")) {
        *problem = QStringLiteral("not a VCALENDAR");
        return {};
    }
    Event *current = nullptr;
    for (const QString &line : lines) {
        if (line == QLatin1String("BEGIN:VEVENT")) {
            if (current) {
                *problem = QStringLiteral("nested VEVENT");
                return {};
            }
            events.append(Event());
            current = &events.last();
        } else if (line == QLatin1String("END:VEVENT")) {
            for (const char *required : {"UID", "DTSTAMP", "SUMMARY"}) {
                if (!current || !current->properties.contains(QLatin1String(required))) {
                    *problem = QStringLiteral("an event without %1").arg(QLatin1String(required));
                    return {};
                }
            }
            current = nullptr;
        } else if (current) {
            const qsizetype colon = line.indexOf(u':');
            current->properties.insert(line.left(colon), line.mid(colon + 1));
        }
    }
    return events;
}

LeaveRequest tst_LeaveOutputs::request(const QString &agent,
                                       const QString &type,
                                       QDate from,
                                       WeeklyPattern::HalfDay fromHalf,
                                       QDate to,
                                       WeeklyPattern::HalfDay toHalf) const
{
    LeaveRequest r;
    r.agentId = agent;
    r.leaveTypeId = type;
    r.start = {from, fromHalf};
    r.end = {to, toHalf};
    return r;
}

QString tst_LeaveOutputs::submit(const QString &login, const QString &agent, LeaveRequest r)
{
    Session session;
    m_desk.logIn(session, login, agent, {QStringLiteral("agent")});
    LeaveRequestStore store(m_desk.database(), session);
    store.setToday(m_today);
    const LeaveRequestStore::Result result = store.submit(r);
    if (!result.ok)
        qWarning("%s", qPrintable(result.message()));
    return result.ok ? r.id : QString();
}

bool tst_LeaveOutputs::act(const QString &login,
                           const QString &agent,
                           const QStringList &roles,
                           const QString &id,
                           LeaveAction action,
                           const QString &comment)
{
    Session session;
    m_desk.logIn(session, login, agent, roles);
    LeaveRequestStore store(m_desk.database(), session);
    store.setToday(m_today);
    const LeaveRequestStore::Result result = store.act(id, action, comment);
    if (!result.ok)
        qWarning("%s", qPrintable(result.message()));
    return result.ok;
}

void tst_LeaveOutputs::initTestCase()
{
    QVERIFY(m_desk.open());
    const QString d = m_desk.addUnit(QStringLiteral("D"), {}, QStringLiteral("ag-dir"));
    const QString s = m_desk.addUnit(QStringLiteral("S"), d, QStringLiteral("ag-head"), 2);
    const QString o = m_desk.addUnit(QStringLiteral("O"), {}, QStringLiteral("ag-other"));
    const QString h = m_desk.addUnit(QStringLiteral("H"), {}, QStringLiteral("ag-hrhead"));
    m_desk.addAgent(QStringLiteral("ag-dir"), d);
    m_desk.addAgent(QStringLiteral("ag-head"), s);
    m_desk.addAgent(QStringLiteral("ag-1"), s);
    m_desk.addAgent(QStringLiteral("ag-2"), s, QStringLiteral("11111111000000"));
    m_desk.addAgent(QStringLiteral("ag-dep"), s);
    m_desk.addAgent(QStringLiteral("ag-other"), o);
    m_desk.addAgent(QStringLiteral("ag-hr"), h);
    m_desk.addAgent(QStringLiteral("ag-hrhead"), h);
    for (const char *agent : {"ag-dir", "ag-head", "ag-1", "ag-2", "ag-dep", "ag-other"}) {
        m_desk.allocate(QLatin1String(agent), QStringLiteral("leave-type-annual"), 2026, 2500);
        m_desk.allocate(QLatin1String(agent), QStringLiteral("leave-type-rtt"), 2026, 1500);
    }
    m_desk.logIn(m_head,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {QStringLiteral("agent"), QStringLiteral("department_head")});
    m_desk.logIn(m_one, QStringLiteral("one"), QStringLiteral("ag-1"), {QStringLiteral("agent")});
    m_desk.logIn(m_hr,
                 QStringLiteral("hr"),
                 QStringLiteral("ag-hr"),
                 {QStringLiteral("agent"), QStringLiteral("hr")});
    m_desk.logIn(
        m_deputy, QStringLiteral("dep"), QStringLiteral("ag-dep"), {QStringLiteral("agent")});
    m_desk.logIn(m_dir,
                 QStringLiteral("dir"),
                 QStringLiteral("ag-dir"),
                 {QStringLiteral("agent"), QStringLiteral("department_head")});
    const QStringList head = {QStringLiteral("agent"), QStringLiteral("department_head")};
    const QStringList hr = {QStringLiteral("agent"), QStringLiteral("hr")};
    const auto M = WeeklyPattern::Morning;
    const auto A = WeeklyPattern::Afternoon;

    // ag-1: Monday 11 to Friday 15 May 2026 (Ascension on the Thursday: four days), approved.
    m_week = submit(QStringLiteral("one"),
                    QStringLiteral("ag-1"),
                    request(QStringLiteral("ag-1"),
                            QStringLiteral("leave-type-annual"),
                            QDate(2026, 5, 11),
                            M,
                            QDate(2026, 5, 15),
                            A));
    QVERIFY(!m_week.isEmpty());
    QVERIFY(
        act(QStringLiteral("head"), QStringLiteral("ag-head"), head, m_week, LeaveAction::Approve));
    // ag-1: the afternoon of Friday 22 May, RTT, approved.
    m_halfDay = submit(QStringLiteral("one"),
                       QStringLiteral("ag-1"),
                       request(QStringLiteral("ag-1"),
                               QStringLiteral("leave-type-rtt"),
                               QDate(2026, 5, 22),
                               A,
                               QDate(2026, 5, 22),
                               A));
    QVERIFY(!m_halfDay.isEmpty());
    QVERIFY(act(
        QStringLiteral("head"), QStringLiteral("ag-head"), head, m_halfDay, LeaveAction::Approve));
    // ag-2: Monday 1 June afternoon to Wednesday 3 June morning, approved by the deputy while
    // the head is away.
    QVERIFY(m_desk.exec(QStringLiteral(
        "INSERT INTO leave_delegations (id, org_unit_id, delegator_agent_id, deputy_agent_id, "
        "start_date, end_date) VALUES ('del-may', 'unit-S', 'ag-head', 'ag-dep', '2026-05-01', "
        "'2026-05-10')")));
    m_halves = submit(QStringLiteral("two"),
                      QStringLiteral("ag-2"),
                      request(QStringLiteral("ag-2"),
                              QStringLiteral("leave-type-annual"),
                              QDate(2026, 6, 1),
                              A,
                              QDate(2026, 6, 3),
                              M));
    QVERIFY(!m_halves.isEmpty());
    QVERIFY(act(QStringLiteral("dep"),
                QStringLiteral("ag-dep"),
                {QStringLiteral("agent")},
                m_halves,
                LeaveAction::Approve,
                QStringLiteral("Accordé en l’absence de la cheffe")));
    // ag-2: July, waiting; ag-1: August, refused; ag-other: approved, in another unit.
    m_waiting = submit(QStringLiteral("two"),
                       QStringLiteral("ag-2"),
                       request(QStringLiteral("ag-2"),
                               QStringLiteral("leave-type-annual"),
                               QDate(2026, 7, 6),
                               M,
                               QDate(2026, 7, 9),
                               A));
    QVERIFY(!m_waiting.isEmpty());
    m_refused = submit(QStringLiteral("one"),
                       QStringLiteral("ag-1"),
                       request(QStringLiteral("ag-1"),
                               QStringLiteral("leave-type-annual"),
                               QDate(2026, 8, 3),
                               M,
                               QDate(2026, 8, 7),
                               A));
    QVERIFY(act(QStringLiteral("head"),
                QStringLiteral("ag-head"),
                head,
                m_refused,
                LeaveAction::Refuse,
                QStringLiteral("Service réduit en août")));
    m_other = submit(QStringLiteral("other"),
                     QStringLiteral("ag-other"),
                     request(QStringLiteral("ag-other"),
                             QStringLiteral("leave-type-annual"),
                             QDate(2026, 5, 12),
                             M,
                             QDate(2026, 5, 12),
                             A));
    QVERIFY(act(QStringLiteral("hr"), QStringLiteral("ag-hr"), hr, m_other, LeaveAction::Approve));
    // ag-1: sick leave entered by HR; a training approved by the head, waiting for HR.
    {
        Session session;
        m_desk.logIn(session, QStringLiteral("hr"), QStringLiteral("ag-hr"), hr);
        LeaveRequestStore store(m_desk.database(), session);
        store.setToday(m_today);
        LeaveRequest sick = request(QStringLiteral("ag-1"),
                                    QStringLiteral("leave-type-sick"),
                                    QDate(2026, 3, 2),
                                    M,
                                    QDate(2026, 3, 4),
                                    A);
        sick.document = "%PDF-1.4 arrêt";
        sick.documentName = QStringLiteral("arret.pdf");
        const auto result = store.enterByHr(sick, {});
        QVERIFY2(result.ok, qPrintable(result.message()));
        m_sick = sick.id;
    }
    LeaveRequest training = request(QStringLiteral("ag-1"),
                                    QStringLiteral("leave-type-training"),
                                    QDate(2026, 9, 15),
                                    M,
                                    QDate(2026, 9, 16),
                                    A);
    training.document = "%PDF-1.4 convocation";
    training.documentName = QStringLiteral("convocation.pdf");
    training.comment = QStringLiteral("Formation CNFPT ; gestes, postures");
    m_training = submit(QStringLiteral("one"), QStringLiteral("ag-1"), training);
    QVERIFY(!m_training.isEmpty());
    QVERIFY(act(
        QStringLiteral("head"), QStringLiteral("ag-head"), head, m_training, LeaveAction::Approve));
    QCOMPARE(
        m_desk.value(QStringLiteral("SELECT state FROM leave_requests WHERE id = ?"), {m_training})
            .toString(),
        QStringLiteral("waiting_hr"));
}

void tst_LeaveOutputs::icalendarOfMyLeave()
{
    ICalendarWriter writer = LeaveICalendarExport::mine(
        m_desk.database(), m_one, QDate(2026, 1, 1), QDate(2026, 12, 31));
    writer.setTimestamp(QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
    QString problem;
    const QList<Event> events = parse(writer.toByteArray(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The week, the half day and the sick leave; not the refused one, nor the training
    // still waiting for HR.
    QCOMPARE(events.size(), 3);
    QSet<QString> uids;
    for (const Event &e : events)
        uids.insert(e.value(QStringLiteral("UID")));
    QCOMPARE(uids,
             (QSet<QString>{m_week + QStringLiteral("@civitas"),
                            m_halfDay + QStringLiteral("@civitas"),
                            m_sick + QStringLiteral("@civitas")}));
    for (const Event &e : events) {
        if (e.value(QStringLiteral("UID")).startsWith(m_week)) {
            // All day, Monday 11 to Friday 15 inclusive: DTEND is the day after.
            QCOMPARE(e.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20260511"));
            QCOMPARE(e.value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20260516"));
            QCOMPARE(e.value(QStringLiteral("SUMMARY")),
                     QStringLiteral("NOM-AG-1 Prénom — Congés annuels"));
            QVERIFY(e.value(QStringLiteral("DESCRIPTION")).contains(QLatin1String("4")));
        } else if (e.value(QStringLiteral("UID")).startsWith(m_halfDay)) {
            // The afternoon: 13:30 to 17:00 in Paris, summer time (UTC+2).
            QCOMPARE(e.value(QStringLiteral("DTSTART")), QStringLiteral("20260522T113000Z"));
            QCOMPARE(e.value(QStringLiteral("DTEND")), QStringLiteral("20260522T150000Z"));
            QVERIFY(!e.properties.contains(QStringLiteral("DTSTART;VALUE=DATE")));
            QCOMPARE(e.value(QStringLiteral("SUMMARY")), QStringLiteral("NOM-AG-1 Prénom — RTT"));
        } else {
            // One's own calendar names one's sick leave.
            QCOMPARE(e.value(QStringLiteral("SUMMARY")),
                     QStringLiteral("NOM-AG-1 Prénom — Congé de maladie ordinaire"));
            QCOMPARE(e.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20260302"));
            QCOMPARE(e.value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20260305"));
        }
    }
}

void tst_LeaveOutputs::icalendarOfAUnitHidesSickLeave()
{
    // Direction D with its service S: everybody's approved leave but ag-other's.
    ICalendarWriter writer = LeaveICalendarExport::unit(
        m_desk.database(), QStringLiteral("unit-D"), QDate(2026, 1, 1), QDate(2026, 12, 31));
    QString problem;
    const QList<Event> events = parse(writer.toByteArray(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(events.size(), 4);
    QStringList summaries;
    for (const Event &e : events) {
        summaries << e.value(QStringLiteral("SUMMARY"));
        if (e.value(QStringLiteral("UID")).startsWith(m_halves)) {
            // Monday 1 June from 13:30 to Wednesday 3 June at noon: one timed event.
            QCOMPARE(e.value(QStringLiteral("DTSTART")), QStringLiteral("20260601T113000Z"));
            QCOMPARE(e.value(QStringLiteral("DTEND")), QStringLiteral("20260603T100000Z"));
        }
        if (e.value(QStringLiteral("UID")).startsWith(m_sick)) {
            // The team sees an absence, not its nature.
            QCOMPARE(e.value(QStringLiteral("SUMMARY")),
                     QStringLiteral("NOM-AG-1 Prénom — Absence"));
            QVERIFY(!e.properties.contains(QStringLiteral("CATEGORIES")));
            QVERIFY(!e.properties.contains(QStringLiteral("DESCRIPTION")));
        }
    }
    QVERIFY(!summaries.join(u'|').contains(QStringLiteral("maladie")));
    QVERIFY(!summaries.join(u'|').contains(QLatin1String("NOM-AG-OTHER")));
    QVERIFY(writer.toByteArray().contains("X-WR-CALNAME:Leave — Unit D"));
}

void tst_LeaveOutputs::icalendarOfMyTeam()
{
    // The head's team: S without the head; the deputy's, while the delegation runs, the same.
    const ICalendarWriter head = LeaveICalendarExport::team(
        m_desk.database(), m_head, QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(head.events().size(), 4);
    const ICalendarWriter deputy = LeaveICalendarExport::team(
        m_desk.database(), m_deputy, QDate(2026, 5, 4), QDate(2026, 12, 31));
    QCOMPARE(deputy.events().size(), 3); // from 4 May: the sick leave of March is over
    const ICalendarWriter later = LeaveICalendarExport::team(
        m_desk.database(), m_deputy, QDate(2026, 5, 20), QDate(2026, 12, 31));
    QCOMPARE(later.events().size(), 0); // the delegation ended on 10 May
}

void tst_LeaveOutputs::icalendarFollowsTheDates()
{
    // Leave touching the range is in it, whole: the week of 11 May for 13 to 13 May.
    const ICalendarWriter w = LeaveICalendarExport::mine(
        m_desk.database(), m_one, QDate(2026, 5, 13), QDate(2026, 5, 13));
    QCOMPARE(w.events().size(), 1);
    QCOMPARE(w.events().constFirst().firstDay, QDate(2026, 5, 11));
    QCOMPARE(w.events().constFirst().lastDay, QDate(2026, 5, 15));
    QCOMPARE(
        LeaveICalendarExport::mine(m_desk.database(), m_one, QDate(2026, 5, 16), QDate(2026, 5, 21))
            .events()
            .size(),
        0);
    // Written to a file, it reads back the same.
    QFile file(m_desk.filePath(QStringLiteral("mine.ics")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(w.write(&file, &error));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString problem;
    QCOMPARE(parse(file.readAll(), &problem).size(), 1);
}

void tst_LeaveOutputs::balancesCsv()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(LeaveBalancesExport::write(
                 m_desk.database(), QStringLiteral("unit-D"), 2026, &buffer, &error),
             qPrintable(error));
    QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // Header, then the five agents of D and S by name; not ag-other nor HR.
    QCOMPARE(lines.size(), 6);
    const QStringList header = lines.first().split(u';');
    QCOMPARE(header.mid(0, 2),
             (QStringList{QStringLiteral("Registration number"), QStringLiteral("Name")}));
    QCOMPARE(header.mid(2),
             (QStringList{QStringLiteral("Congés annuels: rights"),
                          QStringLiteral("Congés annuels: taken"),
                          QStringLiteral("Congés annuels: waiting"),
                          QStringLiteral("Congés annuels: left"),
                          QStringLiteral("RTT: rights"),
                          QStringLiteral("RTT: taken"),
                          QStringLiteral("RTT: waiting"),
                          QStringLiteral("RTT: left")}));
    QStringList names;
    QHash<QString, QStringList> byName;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u';');
        QCOMPARE(fields.size(), header.size());
        names << fields.at(1);
        byName.insert(fields.at(1), fields);
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("NOM-AG-1 Prénom"),
                          QStringLiteral("NOM-AG-2 Prénom"),
                          QStringLiteral("NOM-AG-DEP Prénom"),
                          QStringLiteral("NOM-AG-DIR Prénom"),
                          QStringLiteral("NOM-AG-HEAD Prénom")}));
    // ag-1: 25 days, 4 taken (the week with Ascension), the refusal took nothing; RTT half a day.
    QCOMPARE(byName.value(QStringLiteral("NOM-AG-1 Prénom")).mid(2),
             (QStringList{QStringLiteral("25"),
                          QStringLiteral("4"),
                          QStringLiteral("0"),
                          QStringLiteral("21"),
                          QStringLiteral("15"),
                          QStringLiteral("0,5"),
                          QStringLiteral("0"),
                          QStringLiteral("14,5")}));
    // ag-2 (four days a week): 2 days taken in June, 4 waiting in July (Monday to Thursday).
    QCOMPARE(
        byName.value(QStringLiteral("NOM-AG-2 Prénom")).mid(2, 4),
        (QStringList{
            QStringLiteral("25"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("23")}));
    // For the whole town: every agent employed, HR's included.
    QCOMPARE(LeaveBalancesExport::balances(m_desk.database(), {}, 2026).size(), 8);
}

void tst_LeaveOutputs::balancesAsTheLedgerSaysThem()
{
    // The unit's one query gives, agent by agent, what LeaveLedger::balances gives.
    const LeaveLedger ledger(m_desk.database());
    const auto rows = LeaveBalancesExport::balances(m_desk.database(), {}, 2026);
    int compared = 0;
    for (const auto &row : rows) {
        for (const LeaveBalance &expected : ledger.balances(row.agentId, 2026)) {
            const LeaveBalance b = row.balanceOf(expected.leaveTypeId);
            QCOMPARE(b.rightsHundredths, expected.rightsHundredths);
            QCOMPARE(b.usedHundredths, expected.usedHundredths);
            QCOMPARE(b.pendingHundredths, expected.pendingHundredths);
            ++compared;
        }
    }
    QVERIFY(compared >= 12);
}

QString tst_LeaveOutputs::pdfText(const QString &requestId, const QString &name)
{
    DocumentPrinter printer;
    QString error;
    if (!LeaveRequestSheet::printer(m_desk.database(), requestId, &printer, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (!printer.missingKeys().isEmpty()) {
        qWarning("missing: %s", qPrintable(printer.missingKeys().join(u',')));
        return {};
    }
    const QString path = m_desk.filePath(name + QStringLiteral(".pdf"));
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
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return {};
    // Lines are laid out by pdftotext: words of one phrase may be on two lines, and a narrow
    // table cell may lose its spaces ("2j"): compared without white space.
    return withoutSpaces(QString::fromUtf8(process.readAllStandardOutput()));
}

void tst_LeaveOutputs::requestForm()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // ag-2's half days, approved by the deputy for the head.
    const QString text = pdfText(m_halves, QStringLiteral("leave-request-halves"));
    QVERIFY(!text.isEmpty());
    for (const QString &expected :
         {QStringLiteral("Demande de congé"),
          QStringLiteral("NOM-AG-2 Prénom"),
          QStringLiteral("Unit S"),
          QStringLiteral("Congés annuels"),
          QStringLiteral("État : accordée"),
          QStringLiteral("lundi 1er juin 2026 après-midi"),
          QStringLiteral("mercredi 3 juin 2026 matin"),
          // Monday afternoon, Tuesday, Wednesday morning of a Monday-to-Thursday week.
          QStringLiteral("2 jours"),
          QStringLiteral("du lundi au jeudi"),
          // 25 days, none taken before, 2 asked.
          QStringLiteral("Solde avant cette demande 25 j"),
          QStringLiteral("Cette demande 2 j"),
          QStringLiteral("Solde après cette demande 23 j"),
          QStringLiteral("Autres demandes en attente d’une décision : 4 j."),
          QStringLiteral("Demande déposée"),
          QStringLiteral("Accordée"),
          QStringLiteral("Name of dep"),
          QStringLiteral("pour le compte de NOM-AG-HEAD Prénom"),
          QStringLiteral("Accordé en l’absence de la cheffe"),
          QStringLiteral("L’agent"),
          QStringLiteral("Le chef de service"),
          QStringLiteral("La direction des ressources humaines")}) {
        QVERIFY2(text.contains(withoutSpaces(expected)),
                 qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
    // The week of Ascension: the holiday is named and not counted; the balance before the
    // request does not already hold the request's own use.
    const QString week = pdfText(m_week, QStringLiteral("leave-request-week"));
    for (const QString &expected : {QStringLiteral("4 jours"),
                                    QStringLiteral("jeudi 14 mai 2026 (Ascension)"),
                                    QStringLiteral("Solde avant cette demande 25 j"),
                                    QStringLiteral("Solde après cette demande 21 j")})
        QVERIFY2(week.contains(withoutSpaces(expected)),
                 qPrintable(expected + QStringLiteral(" not in: ") + week));
    // A refusal: its reason, and nothing taken.
    const QString refused = pdfText(m_refused, QStringLiteral("leave-request-refused"));
    for (const QString &expected : {QStringLiteral("État : refusée"),
                                    QStringLiteral("Service réduit en août"),
                                    QStringLiteral("Solde après cette demande 21 j")})
        QVERIFY2(refused.contains(withoutSpaces(expected)),
                 qPrintable(expected + QStringLiteral(" not in: ") + refused));
}

void tst_LeaveOutputs::requestFormWithoutBalance()
{
    DocumentPrinter printer;
    QString error;
    QVERIFY(LeaveRequestSheet::printer(m_desk.database(), m_training, &printer, &error));
    QVERIFY(printer.missingKeys().isEmpty());
    const QString html = printer.renderedHtml();
    for (const QString &expected :
         {QStringLiteral("Ce congé n’est pas décompté d’un solde."),
          QStringLiteral("Avis favorable, transmise aux RH"),
          QStringLiteral("en attente de la décision des ressources humaines"),
          QStringLiteral("convocation.pdf"),
          QStringLiteral("Formation CNFPT ; gestes, postures")})
        QVERIFY2(html.contains(expected), qPrintable(expected));
    QVERIFY(!LeaveRequestSheet::printer(
        m_desk.database(), QStringLiteral("no-such-request"), &printer, &error));
    QVERIFY(!error.isEmpty());
}

void tst_LeaveOutputs::requestsWaitingForMe()
{
    Database &db = m_desk.database();
    // The head: ag-2's July request. HR: the training. The director: S is under D, so the same
    // July request. ag-1: nothing.
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_head, m_today), 1);
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_hr, m_today), 1);
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_dir, m_today), 1);
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_one, m_today), 0);
    // The deputy while the delegation runs, not after.
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_deputy, QDate(2026, 5, 5)), 1);
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_deputy, QDate(2026, 5, 11)), 0);
    // A cancellation asked waits for the head too; the head's own request waits for the director.
    QVERIFY(act(QStringLiteral("one"),
                QStringLiteral("ag-1"),
                {QStringLiteral("agent")},
                m_week,
                LeaveAction::RequestCancellation,
                QStringLiteral("Séjour annulé")));
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_head, m_today), 2);
    const QString own = submit(QStringLiteral("head"),
                               QStringLiteral("ag-head"),
                               request(QStringLiteral("ag-head"),
                                       QStringLiteral("leave-type-rtt"),
                                       QDate(2026, 6, 12),
                                       WeeklyPattern::Morning,
                                       QDate(2026, 6, 12),
                                       WeeklyPattern::Afternoon));
    QVERIFY(!own.isEmpty());
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_head, m_today), 2);
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_dir, m_today), 3);
    QVERIFY(act(QStringLiteral("head"),
                QStringLiteral("ag-head"),
                {QStringLiteral("agent"), QStringLiteral("department_head")},
                m_week,
                LeaveAction::RefuseCancellation,
                QStringLiteral("Semaine chargée")));
    QCOMPARE(LeaveCounters::requestsWaitingForMe(db, m_head, m_today), 1);
}

void tst_LeaveOutputs::myRequestsThatChanged()
{
    Database &db = m_desk.database();
    // Never looked on this desk: the last two weeks' news. The store stamps steps with the real
    // time, so all of ag-1's are news: the week approved (and its cancellation refused), the
    // half day, the refusal, the sick leave entered by HR, the training forwarded to HR.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(LeaveCounters::seenUntil(db, m_one), QDateTime());
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_one, now), 5);
    // A month later, without having looked: nothing new in the last two weeks.
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_one, now.addDays(30)), 0);
    QVERIFY(LeaveCounters::markSeen(db, m_one, now));
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_one, now), 0);
    QVERIFY(LocalSettings(db)
                .value(QStringLiteral("leave/seenStepsUntil/one"))
                .toString()
                .startsWith(QLatin1String("20")));
    // Another login on the same desk keeps its own mark.
    QVERIFY(!LeaveCounters::seenUntil(db, m_hr).isValid());
    // A step of one's own is no news; HR's decision is.
    QTest::qWait(5);
    const QString more = submit(QStringLiteral("one"),
                                QStringLiteral("ag-1"),
                                request(QStringLiteral("ag-1"),
                                        QStringLiteral("leave-type-rtt"),
                                        QDate(2026, 10, 2),
                                        WeeklyPattern::Morning,
                                        QDate(2026, 10, 2),
                                        WeeklyPattern::Afternoon));
    QVERIFY(!more.isEmpty());
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_one), 0);
    QVERIFY(act(QStringLiteral("hr"),
                QStringLiteral("ag-hr"),
                {QStringLiteral("agent"), QStringLiteral("hr")},
                m_training,
                LeaveAction::Approve));
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_one), 1);
    QVERIFY(LeaveCounters::markSeen(db, m_one));
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_one), 0);
    // A head decided offline an hour ago; the sync brings it only now: news all the same.
    QVERIFY(m_desk.exec(
        QStringLiteral(
            "INSERT INTO leave_request_steps (id, request_id, agent_id, action, from_state, "
            "to_state, actor_login, acted_at) VALUES ('late', ?, 'ag-1', 'approved', "
            "'submitted', 'approved', 'head', ?)"),
        {more, QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs)}));
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_one), 1);
}

QTEST_MAIN(tst_LeaveOutputs)
#include "tst_leaveoutputs.moc"
