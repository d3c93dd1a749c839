#include "leavetestdesk.h"

#include <leave/models/teamcalendarmodel.h>
#include <leave/ui/teamcalendarpage.h>
#include <leave/ui/teamcalendarview.h>

#include <core/demo/demonames.h>
#include <core/formats/icalendarwriter.h>
#include <core/translations.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>

using namespace Civitas;
using namespace Civitas::Leave;
using namespace Civitas::Leave::Internal;
using Hr::WeeklyPattern;
using Kind = TeamCalendarModel::HalfKind;

// The interface's words as the user reads them: the checks hold in English and, with the
// screenshots, in French.
static QString tx(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}
static const char modelContext[] = "Civitas::Leave::TeamCalendarModel";
static const char pageContext[] = "Civitas::Leave::TeamCalendarPage";
static const char icalendarContext[] = "Civitas::Leave::LeaveICalendarExport";
static const char balancesContext[] = "Civitas::Leave::LeaveBalancesExport";

// The team calendar against a month computed by hand: May 2026 (holidays 1, 8, 14 and 25 May,
// the town's extra day off on the 15th).
//
// Unit U (minimum staffing 3) with its service V; W is another direction.
//   a1 U full time        annual 18–22 May approved; 12 May pending; draft 26, refused 27,
//                         withdrawn 28 May and cancelled 29 May (none shown)
//   a2 U no Wednesday     annual 19–20 May approved (20 is a Wednesday: not worked, not leave)
//   a3 V full time        annual 5 May pm – 7 May am approved; 29 May cancellation asked
//                         (still away); sick leave Saturday 30 – Sunday 31 (calendar days)
//   a4 U full time        annual 27 April – 4 May approved; RTT 11–12 May pending
//   a5 U full time        arrives on 18 May
//   a8 V no Wednesday pm  12 May afternoon pending
//   a6 W, a7 U left on 30 April: not shown.
class tst_TeamCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsAndColumns();
    void halfDaysHolidaysAndDaysNotWorked();
    void presentCountsAgainstMinimumStaffing();
    void focusedRequestsCountAsApproved();
    void subUnitAlone();
    void tooltipsAndHeaders();
    void pageNavigatesMonthsAndUnits();
    void exportsTheUnitAndMonthShown();
    void unreadableMinimumStaffingFailsTheLoad();
    void twoHundredAgents();

private:
    void request(const QString &id,
                 const QString &agent,
                 const QString &type,
                 const QString &start,
                 const QString &startHalf,
                 const QString &end,
                 const QString &endHalf,
                 const QString &state);
    int col(int day) const { return day - 1; }
    // Clicks `button`, chooses `path` in the save dialog `dialogName` it opens (checking the
    // file name it proposes), and returns what was written; null when no dialog opened.
    QByteArray exportThrough(QWidget *page,
                             const char *buttonName,
                             const char *dialogName,
                             const QString &proposed,
                             const QString &path);
    // The requests in an iCalendar file, by the UIDs of its events.
    static QStringList requestIds(const QByteArray &ics);
    template<typename Dialog>
    static Dialog *shownDialog(QWidget *page, const char *name)
    {
        for (Dialog *d : page->findChildren<Dialog *>(QLatin1String(name))) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    LeaveTestDesk m_desk;
    QString m_u;
    QString m_v;
};

void tst_TeamCalendar::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        Translations::install(QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    QVERIFY(m_desk.open());
    m_u = m_desk.addUnit(QStringLiteral("U"), {}, QStringLiteral("a-head"), 3);
    m_v = m_desk.addUnit(QStringLiteral("V"), m_u);
    const QString w = m_desk.addUnit(QStringLiteral("W"), {}, QStringLiteral("a6"));
    m_desk.addAgent(QStringLiteral("a1"), m_u);
    m_desk.addAgent(QStringLiteral("a2"), m_u, QStringLiteral("11110011110000"));
    m_desk.addAgent(QStringLiteral("a3"), m_v);
    m_desk.addAgent(QStringLiteral("a4"), m_u);
    m_desk.addAgent(
        QStringLiteral("a5"), m_u, QStringLiteral("11111111110000"), QDate(2026, 5, 18));
    m_desk.addAgent(QStringLiteral("a6"), w);
    m_desk.addAgent(QStringLiteral("a7"), m_u);
    QVERIFY(m_desk.exec(
        QStringLiteral("UPDATE agents SET departure_date = '2026-04-30' WHERE id = 'a7'")));
    m_desk.addAgent(QStringLiteral("a8"), m_v, QStringLiteral("11111011110000"));
    QVERIFY(m_desk.exec(QStringLiteral("INSERT INTO leave_days_off (id, day, name) VALUES "
                                       "('off-15', '2026-05-15', 'Pont de l''Ascension')")));

    const QString annual = QStringLiteral("leave-type-annual");
    request(QStringLiteral("r1"),
            QStringLiteral("a3"),
            annual,
            QStringLiteral("2026-05-05"),
            QStringLiteral("pm"),
            QStringLiteral("2026-05-07"),
            QStringLiteral("am"),
            QStringLiteral("approved"));
    request(QStringLiteral("r2"),
            QStringLiteral("a4"),
            QStringLiteral("leave-type-rtt"),
            QStringLiteral("2026-05-11"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-12"),
            QStringLiteral("pm"),
            QStringLiteral("submitted"));
    request(QStringLiteral("r3"),
            QStringLiteral("a1"),
            annual,
            QStringLiteral("2026-05-18"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-22"),
            QStringLiteral("pm"),
            QStringLiteral("approved"));
    request(QStringLiteral("r4"),
            QStringLiteral("a2"),
            annual,
            QStringLiteral("2026-05-19"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-20"),
            QStringLiteral("pm"),
            QStringLiteral("approved"));
    request(QStringLiteral("r5"),
            QStringLiteral("a4"),
            annual,
            QStringLiteral("2026-04-27"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-04"),
            QStringLiteral("pm"),
            QStringLiteral("approved"));
    request(QStringLiteral("r6"),
            QStringLiteral("a1"),
            annual,
            QStringLiteral("2026-05-26"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-26"),
            QStringLiteral("pm"),
            QStringLiteral("draft"));
    request(QStringLiteral("r7"),
            QStringLiteral("a1"),
            annual,
            QStringLiteral("2026-05-27"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-27"),
            QStringLiteral("pm"),
            QStringLiteral("refused"));
    request(QStringLiteral("r8"),
            QStringLiteral("a1"),
            annual,
            QStringLiteral("2026-05-28"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-28"),
            QStringLiteral("pm"),
            QStringLiteral("withdrawn"));
    request(QStringLiteral("r9"),
            QStringLiteral("a1"),
            annual,
            QStringLiteral("2026-05-29"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-29"),
            QStringLiteral("pm"),
            QStringLiteral("cancelled"));
    request(QStringLiteral("r10"),
            QStringLiteral("a3"),
            annual,
            QStringLiteral("2026-05-29"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-29"),
            QStringLiteral("pm"),
            QStringLiteral("cancellation_requested"));
    request(QStringLiteral("r11"),
            QStringLiteral("a6"),
            annual,
            QStringLiteral("2026-05-06"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-06"),
            QStringLiteral("pm"),
            QStringLiteral("approved"));
    request(QStringLiteral("r12"),
            QStringLiteral("a3"),
            QStringLiteral("leave-type-sick"),
            QStringLiteral("2026-05-30"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-31"),
            QStringLiteral("pm"),
            QStringLiteral("approved"));
    request(QStringLiteral("r13"),
            QStringLiteral("a1"),
            annual,
            QStringLiteral("2026-05-12"),
            QStringLiteral("am"),
            QStringLiteral("2026-05-12"),
            QStringLiteral("pm"),
            QStringLiteral("submitted"));
    request(QStringLiteral("r14"),
            QStringLiteral("a8"),
            annual,
            QStringLiteral("2026-05-12"),
            QStringLiteral("pm"),
            QStringLiteral("2026-05-12"),
            QStringLiteral("pm"),
            QStringLiteral("submitted"));
}

void tst_TeamCalendar::request(const QString &id,
                               const QString &agent,
                               const QString &type,
                               const QString &start,
                               const QString &startHalf,
                               const QString &end,
                               const QString &endHalf,
                               const QString &state)
{
    QVERIFY(m_desk.exec(
        QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, start_date, "
                       "start_half, end_date, "
                       "end_half, half_days, state) VALUES (?, ?, ?, ?, ?, ?, ?, 2, ?)"),
        {id, agent, type, start, startHalf, end, endHalf, state}));
}

void tst_TeamCalendar::rowsAndColumns()
{
    TeamCalendarModel model(m_desk.database());
    QVERIFY2(model.load({m_u}, QDate(2026, 5, 20)), qPrintable(model.lastError()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.firstDay(), QDate(2026, 5, 1));
    QCOMPARE(model.lastDay(), QDate(2026, 5, 31));
    QCOMPARE(model.columnCount(), 31);
    // Agents of U and of its service V, by name; not W's, not one who left before the month.
    QCOMPARE(model.agentCount(), 6);
    QCOMPARE(model.rowCount(), 7);
    const QStringList expected = {QStringLiteral("a1"),
                                  QStringLiteral("a2"),
                                  QStringLiteral("a3"),
                                  QStringLiteral("a4"),
                                  QStringLiteral("a5"),
                                  QStringLiteral("a8")};
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model.agentIdAt(row), expected.at(row));
    QCOMPARE(model.rowOfAgent(QStringLiteral("a6")), -1);
    QCOMPARE(model.rowOfAgent(QStringLiteral("a7")), -1);
    QCOMPARE(model.presentRow(), 6);
    QCOMPARE(model.minimumStaffing(), 3);
    QCOMPARE(model.headerData(6, Qt::Vertical).toString(), tx(modelContext, "Present"));
    // A reset under the tester: another month, then a window of days.
    QVERIFY(model.load({m_u}, QDate(2026, 2, 1)));
    QCOMPARE(model.columnCount(), 28);
    QVERIFY(model.load({m_u}, QDate(2026, 5, 4), QDate(2026, 5, 8)));
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.dateAt(0), QDate(2026, 5, 4));
    model.setFocusRequests({QStringLiteral("r1")});
}

void tst_TeamCalendar::halfDaysHolidaysAndDaysNotWorked()
{
    TeamCalendarModel model(m_desk.database());
    QVERIFY(model.load({m_u}, QDate(2026, 5, 1)));
    const int a1 = model.rowOfAgent(QStringLiteral("a1"));
    const int a2 = model.rowOfAgent(QStringLiteral("a2"));
    const int a3 = model.rowOfAgent(QStringLiteral("a3"));
    const int a4 = model.rowOfAgent(QStringLiteral("a4"));
    const int a5 = model.rowOfAgent(QStringLiteral("a5"));
    const int a8 = model.rowOfAgent(QStringLiteral("a8"));
    const auto am = WeeklyPattern::Morning;
    const auto pm = WeeklyPattern::Afternoon;
    auto kind = [&model](int row, int column, WeeklyPattern::HalfDay h) {
        return model.half(row, column, h).kind;
    };

    // a3: Tuesday 5 afternoon to Thursday 7 morning.
    QCOMPARE(kind(a3, col(5), am), Kind::Worked);
    QCOMPARE(kind(a3, col(5), pm), Kind::Leave);
    QCOMPARE(model.requestAt(a3, col(5), pm)->id, QStringLiteral("r1"));
    QCOMPARE(model.requestAt(a3, col(5), pm)->colour, QColor(QStringLiteral("#3b7dd8")));
    QVERIFY(!model.requestAt(a3, col(5), pm)->isPending());
    QCOMPARE(kind(a3, col(6), am), Kind::Leave);
    QCOMPARE(kind(a3, col(6), pm), Kind::Leave);
    QCOMPARE(kind(a3, col(7), am), Kind::Leave);
    QCOMPARE(kind(a3, col(7), pm), Kind::Worked);
    QVERIFY(!model.requestAt(a3, col(7), pm));

    // Part time: a2 never works Wednesdays, a8 not on Wednesday afternoons.
    QCOMPARE(kind(a2, col(6), am), Kind::NotWorked);
    QCOMPARE(kind(a2, col(6), pm), Kind::NotWorked);
    QCOMPARE(kind(a8, col(6), am), Kind::Worked);
    QCOMPARE(kind(a8, col(6), pm), Kind::NotWorked);
    // Annual leave over a day not worked does not cover it: 19 May is leave, 20 May is not.
    QCOMPARE(kind(a2, col(19), am), Kind::Leave);
    QCOMPARE(kind(a2, col(20), am), Kind::NotWorked);
    QCOMPARE(kind(a2, col(20), pm), Kind::NotWorked);
    // Before arriving, nothing is worked.
    QCOMPARE(kind(a5, col(11), am), Kind::NotWorked);
    QVERIFY(!model.half(a5, col(11), am).scheduled);
    QCOMPARE(kind(a5, col(18), am), Kind::Worked);
    QVERIFY(model.half(a5, col(18), am).scheduled);

    // Holidays and the town's day off, for everybody.
    for (int day : {1, 8, 14, 15, 25}) {
        QVERIFY2(model.isDayOff(col(day)), qPrintable(QString::number(day)));
        QCOMPARE(kind(a1, col(day), am), Kind::DayOff);
        QVERIFY(!model.half(a1, col(day), pm).scheduled);
    }
    QVERIFY(!model.isDayOff(col(13)));
    QCOMPARE(model.dayOffName(col(15)), QStringLiteral("Pont de l'Ascension"));
    QVERIFY(!model.dayOffName(col(14)).isEmpty());
    // Weekends are days not worked.
    QCOMPARE(kind(a1, col(2), am), Kind::NotWorked);

    // Leave that began in April shows on Monday 4 May.
    QCOMPARE(model.requestAt(a4, col(4), am)->id, QStringLiteral("r5"));
    // Pending leave is there, marked pending.
    QCOMPARE(kind(a4, col(11), am), Kind::Leave);
    QVERIFY(model.requestAt(a4, col(11), am)->isPending());
    QCOMPARE(model.requestAt(a8, col(12), pm)->id, QStringLiteral("r14"));
    QCOMPARE(kind(a8, col(12), am), Kind::Worked);
    // Drafts, refused, withdrawn and cancelled requests are not; a cancellation asked is.
    QCOMPARE(kind(a1, col(26), am), Kind::Worked);
    QCOMPARE(kind(a1, col(27), am), Kind::Worked);
    QCOMPARE(kind(a1, col(28), am), Kind::Worked);
    QCOMPARE(kind(a1, col(29), am), Kind::Worked);
    QCOMPARE(model.requestAt(a3, col(29), am)->state, LeaveRequestState::CancellationRequested);
    // Sick leave counts calendar days: it covers the weekend.
    QCOMPARE(kind(a3, col(30), am), Kind::Leave);
    QCOMPARE(model.requestAt(a3, col(31), pm)->typeId, QStringLiteral("leave-type-sick"));
    // The legend lists the types met, in the catalogue's order.
    const auto types = model.typesShown();
    QCOMPARE(types.size(), 3);
    QCOMPARE(types.at(0).first, QStringLiteral("Congés annuels"));
    QCOMPARE(types.at(1).first, QStringLiteral("RTT"));
    QCOMPARE(types.at(2).first, QStringLiteral("Congé de maladie ordinaire"));
}

void tst_TeamCalendar::presentCountsAgainstMinimumStaffing()
{
    TeamCalendarModel model(m_desk.database());
    QVERIFY(model.load({m_u}, QDate(2026, 5, 1)));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Fewest present in a worked half-day, by hand (6 agents, a5 from the 18th; see above).
    const QMap<int, int> expected = {
        {4, 4},
        {5, 4},
        {6, 2},
        {7, 4},
        {11, 5},
        {12, 5},
        {13, 3},
        {18, 5},
        {19, 4},
        {20, 3},
        {21, 5},
        {22, 5},
        {26, 6},
        {27, 4},
        {28, 6},
        {29, 5},
    };
    for (int day = 1; day <= 31; ++day) {
        const QModelIndex i = model.index(model.presentRow(), col(day));
        const TeamCalendarModel::Presence p = model.presence(col(day));
        const QDate date(2026, 5, day);
        const bool checked
            = !TeamCalendarModel::isWeekend(date) && !QList<int>{1, 8, 14, 15, 25}.contains(day);
        QCOMPARE(p.isChecked(), checked);
        if (!checked) {
            QVERIFY(i.data().isNull());
            continue;
        }
        if (expected.contains(day)) {
            QVERIFY2(p.lowest() == expected.value(day),
                     qPrintable(QStringLiteral("%1 May: %2 present").arg(day).arg(p.lowest())));
            QCOMPARE(i.data().toString(), QString::number(expected.value(day)));
        }
    }
    // Wednesday 6: the morning keeps 3 (a2 off, a3 away), the afternoon 2 (a8 off too).
    const TeamCalendarModel::Presence wednesday = model.presence(col(6));
    QCOMPARE(wednesday.scheduled[0], 4);
    QCOMPARE(wednesday.scheduled[1], 3);
    QCOMPARE(wednesday.present[0], 3);
    QCOMPARE(wednesday.present[1], 2);
    QVERIFY(
        model.index(model.presentRow(), col(6)).data(TeamCalendarModel::BelowMinimumRole).toBool());
    QVERIFY(!model.index(model.presentRow(), col(13))
                 .data(TeamCalendarModel::BelowMinimumRole)
                 .toBool());
    QCOMPARE(model.daysBelowMinimum(), QList<QDate>{QDate(2026, 5, 6)});
    QCOMPARE(model.daysBelowMinimum(QDate(2026, 5, 7), QDate(2026, 5, 31)), QList<QDate>{});
}

void tst_TeamCalendar::focusedRequestsCountAsApproved()
{
    TeamCalendarModel model(m_desk.database());
    QVERIFY(model.load({m_u}, QDate(2026, 5, 1)));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The head looks at the three requests pending on 11–12 May as if approving them.
    model.setFocusRequests({QStringLiteral("r2"), QStringLiteral("r13"), QStringLiteral("r14")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.presence(col(11)).lowest(), 4);
    QCOMPARE(model.presence(col(12)).present[0], 3);
    QCOMPARE(model.presence(col(12)).present[1], 2);
    QCOMPARE(model.daysBelowMinimum(), (QList<QDate>{QDate(2026, 5, 6), QDate(2026, 5, 12)}));
    const int a4 = model.rowOfAgent(QStringLiteral("a4"));
    QVERIFY(model.isFocused(model.half(a4, col(11), WeeklyPattern::Morning).request));
    QVERIFY(!model.isFocused(model.half(a4, col(4), WeeklyPattern::Morning).request));
    // Focus on approved leave changes nothing: it is already an absence.
    model.setFocusRequests({QStringLiteral("r3")});
    QCOMPARE(model.presence(col(12)).lowest(), 5);
    QCOMPARE(model.daysBelowMinimum(), QList<QDate>{QDate(2026, 5, 6)});
}

void tst_TeamCalendar::subUnitAlone()
{
    TeamCalendarModel model(m_desk.database());
    QVERIFY(model.load({m_v}, QDate(2026, 5, 1)));
    QCOMPARE(model.agentCount(), 2);
    QCOMPARE(model.agentIdAt(0), QStringLiteral("a3"));
    QCOMPARE(model.agentIdAt(1), QStringLiteral("a8"));
    QCOMPARE(model.minimumStaffing(), 0);
    QVERIFY(model.daysBelowMinimum().isEmpty());
    QCOMPARE(model.presence(col(6)).lowest(), 0); // afternoon: a8 off, a3 away
    QCOMPARE(model.presence(col(6)).present[0], 1);
}

void tst_TeamCalendar::tooltipsAndHeaders()
{
    TeamCalendarModel model(m_desk.database());
    QVERIFY(model.load({m_u}, QDate(2026, 5, 1)));
    const int a3 = model.rowOfAgent(QStringLiteral("a3"));
    const QString tip = model.index(a3, col(5)).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("NOM-A3")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Congés annuels")), qPrintable(tip));
    QVERIFY2(tip.contains(tx(modelContext, "Morning: %1").arg(tx(modelContext, "present"))),
             qPrintable(tip));
    QVERIFY2(tip.contains(LeaveRequestStates::label(LeaveRequestState::Approved)), qPrintable(tip));
    const QString pending = model.index(model.rowOfAgent(QStringLiteral("a4")), col(11))
                                .data(Qt::ToolTipRole)
                                .toString();
    QVERIFY2(pending.contains(QStringLiteral("RTT"))
                 && pending.contains(LeaveRequestStates::label(LeaveRequestState::Submitted)),
             qPrintable(pending));
    const QString holiday = model.headerData(col(15), Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(holiday.contains(QStringLiteral("Pont de l'Ascension")), qPrintable(holiday));
    QVERIFY(model.headerData(col(4), Qt::Horizontal).toString().endsWith(QStringLiteral("\n4")));
    QVERIFY(model.headerData(col(1), Qt::Horizontal, Qt::ForegroundRole).isValid());
    const QString present
        = model.index(model.presentRow(), col(6)).data(Qt::ToolTipRole).toString();
    QVERIFY2(
        present.startsWith(tx(modelContext, "%1: %2 present in the morning, %3 in the afternoon")
                               .arg(QLocale().toString(QDate(2026, 5, 6), QLocale::LongFormat))
                               .arg(3)
                               .arg(2)),
        qPrintable(present));
    QCOMPARE(model.index(0, col(6)).data(TeamCalendarModel::AgentIdRole).toString(),
             QStringLiteral("a1"));
    QCOMPARE(model.index(0, col(6)).data(TeamCalendarModel::DateRole).toDate(), QDate(2026, 5, 6));
}

void tst_TeamCalendar::pageNavigatesMonthsAndUnits()
{
    Session session;
    m_desk.logIn(session,
                 QStringLiteral("head"),
                 QStringLiteral("a-head"),
                 {QStringLiteral("department_head")});
    TeamCalendarPage page(m_desk.database(), session);
    page.setToday(QDate(2026, 5, 12));
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.month(), QDate(2026, 5, 1));
    auto *unit = page.findChild<QComboBox *>(QStringLiteral("teamCalendarUnit"));
    QCOMPARE(unit->count(), 2);
    QCOMPARE(unit->itemData(0).toString(), m_u);
    QCOMPARE(unit->itemData(1).toString(), m_v);
    QVERIFY(unit->itemText(1).startsWith(QStringLiteral("    ")));
    QCOMPARE(page.model()->agentCount(), 6);
    auto *staffing = page.findChild<QLabel *>(QStringLiteral("staffingLabel"));
    QVERIFY2(staffing->text().contains(tx(pageContext, "Below it on %1.").arg(6)),
             qPrintable(staffing->text()));
    auto *legend = page.findChild<QLabel *>(QStringLiteral("calendarLegend"));
    QVERIFY(legend->text().contains(QStringLiteral("Congés&nbsp;annuels")));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("nextMonth")), Qt::LeftButton);
    QCOMPARE(page.month(), QDate(2026, 6, 1));
    QCOMPARE(page.model()->columnCount(), 30);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("previousMonth")),
                      Qt::LeftButton);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("previousMonth")),
                      Qt::LeftButton);
    QCOMPARE(page.month(), QDate(2026, 4, 1));
    // April: a4's leave from the 27th.
    QCOMPARE(
        page.model()
            ->requestAt(page.model()->rowOfAgent(QStringLiteral("a4")), 26, WeeklyPattern::Morning)
            ->id,
        QStringLiteral("r5"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("thisMonth")), Qt::LeftButton);
    QCOMPARE(page.month(), QDate(2026, 5, 1));
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR"))
        QVERIFY(page.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                                 + QStringLiteral("/leave-team-calendar.png")));

    // The service alone.
    unit->setCurrentIndex(1);
    QCOMPARE(page.model()->agentCount(), 2);
    QCOMPARE(staffing->text(),
             tx(pageContext, "%n agent(s). No minimum staffing is set for this unit.", 2));

    // Somebody who decides on nobody's leave sees why, not an empty grid.
    Session agent;
    m_desk.logIn(agent, QStringLiteral("a1"), QStringLiteral("a1"), {QStringLiteral("agent")});
    TeamCalendarPage empty(m_desk.database(), agent);
    QCOMPARE(empty.findChild<QComboBox *>(QStringLiteral("teamCalendarUnit"))->count(), 0);
    QVERIFY(!empty.findChild<QLabel *>(QStringLiteral("calendarEmpty"))->isHidden());
    QCOMPARE(empty.model()->agentCount(), 0);

    // HR chooses any unit.
    Session hr;
    m_desk.logIn(hr, QStringLiteral("hr"), {}, {QStringLiteral("hr")});
    TeamCalendarPage hrPage(m_desk.database(), hr);
    QVERIFY(hrPage.selectUnit(QStringLiteral("unit-W")));
    QCOMPARE(hrPage.model()->agentCount(), 1);
}

QByteArray tst_TeamCalendar::exportThrough(QWidget *page,
                                           const char *buttonName,
                                           const char *dialogName,
                                           const QString &proposed,
                                           const QString &path)
{
    auto *button = page->findChild<QPushButton *>(QLatin1String(buttonName));
    if (!button || !button->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = shownDialog<QFileDialog>(page, dialogName);
    if (!dialog)
        return {};
    const QString chosen = dialog->selectedFiles().value(0);
    if (dialog->acceptMode() != QFileDialog::AcceptSave
        || !chosen.endsWith(QLatin1Char('/') + proposed)) {
        qWarning("the dialog proposes %s", qPrintable(chosen));
        dialog->reject();
        return {};
    }
    dialog->selectFile(path);
    // As the Save button does (QFileDialog::accept is protected; QDialog::accept is public).
    static_cast<QDialog *>(dialog)->accept();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList tst_TeamCalendar::requestIds(const QByteArray &ics)
{
    QStringList ids;
    const QStringList lines
        = QString::fromUtf8(ICalendarWriter::unfold(ics)).split(QStringLiteral("\r\n"));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("UID:")) && line.endsWith(QLatin1String("@civitas")))
            ids.append(line.mid(4).chopped(8));
    }
    ids.sort();
    return ids;
}

void tst_TeamCalendar::exportsTheUnitAndMonthShown()
{
    Session session;
    m_desk.logIn(session,
                 QStringLiteral("head"),
                 QStringLiteral("a-head"),
                 {QStringLiteral("department_head")});
    TeamCalendarPage page(m_desk.database(), session);
    page.setToday(QDate(2026, 5, 12));
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.unitId(), m_u);
    QCOMPARE(page.month(), QDate(2026, 5, 1));

    // May in U and its service V: the approved leave (a cancellation asked is still leave),
    // whatever the state of the rest, W's leave left out.
    QVERIFY(page.iCalendarFileName().endsWith(QLatin1String("-U-2026-05.ics")));
    const QByteArray may = exportThrough(&page,
                                         "exportTeamCalendar",
                                         "exportTeamCalendarDialog",
                                         page.iCalendarFileName(),
                                         m_desk.filePath(QStringLiteral("u-may.ics")));
    QVERIFY(may.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(requestIds(may),
             QStringList({QStringLiteral("r1"),
                          QStringLiteral("r10"),
                          QStringLiteral("r12"),
                          QStringLiteral("r3"),
                          QStringLiteral("r4"),
                          QStringLiteral("r5")}));
    const QString text = QString::fromUtf8(ICalendarWriter::unfold(may));
    QVERIFY2(text.contains(QStringLiteral("SUMMARY:NOM-A1 Prénom — Congés annuels\r\n")),
             qPrintable(text));
    // The team reads "Absence" for sick leave: its nature stays in the agent's file.
    QVERIFY(text.contains(
        QStringLiteral("SUMMARY:NOM-A3 Prénom — %1\r\n").arg(tx(icalendarContext, "Absence"))));
    QVERIFY(!text.contains(QLatin1String("aladie")));

    // The service alone, then a month of it without approved leave: said, no file asked for.
    auto *unit = page.findChild<QComboBox *>(QStringLiteral("teamCalendarUnit"));
    unit->setCurrentIndex(1);
    QCOMPARE(page.unitId(), m_v);
    QVERIFY(page.iCalendarFileName().endsWith(QLatin1String("-V-2026-05.ics")));
    QCOMPARE(requestIds(exportThrough(&page,
                                      "exportTeamCalendar",
                                      "exportTeamCalendarDialog",
                                      page.iCalendarFileName(),
                                      m_desk.filePath(QStringLiteral("v-may.ics")))),
             QStringList({QStringLiteral("r1"), QStringLiteral("r10"), QStringLiteral("r12")}));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("nextMonth")), Qt::LeftButton);
    QCOMPARE(page.month(), QDate(2026, 6, 1));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportTeamCalendar")),
                      Qt::LeftButton);
    QVERIFY(!shownDialog<QFileDialog>(&page, "exportTeamCalendarDialog"));
    auto *nothing = shownDialog<QMessageBox>(&page, "exportNothing");
    QVERIFY(nothing);
    QVERIFY2(nothing->text().contains(QLatin1String("Unit V")), qPrintable(nothing->text()));
    nothing->accept();

    // The balances of U for the month's year: a header, then every agent employed that year
    // (a7, who left in April, too), nobody of W.
    m_desk.allocate(QStringLiteral("a1"), QStringLiteral("leave-type-annual"), 2026, 2500);
    m_desk.allocate(QStringLiteral("a1"), QStringLiteral("leave-type-annual"), 2025, 2300);
    unit->setCurrentIndex(0);
    QVERIFY(page.balancesFileName().endsWith(QLatin1String("-U-2026.csv")));
    const QString csv2026
        = QString::fromUtf8(exportThrough(&page,
                                          "exportTeamBalances",
                                          "exportTeamBalancesDialog",
                                          page.balancesFileName(),
                                          m_desk.filePath(QStringLiteral("u.csv"))));
    QStringList lines = csv2026.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    QVERIFY2(lines.at(0).contains(tx(balancesContext, "Registration number"))
                 && lines.at(0).contains(tx(balancesContext, "Name")),
             qPrintable(lines.at(0)));
    for (const char *agent : {"NOM-A1", "NOM-A2", "NOM-A3", "NOM-A4", "NOM-A5", "NOM-A7", "NOM-A8"})
        QVERIFY2(csv2026.contains(QLatin1String(agent)), agent);
    QVERIFY(!csv2026.contains(QLatin1String("NOM-A6")));
    QVERIFY2(lines.filter(QStringLiteral("NOM-A1")).value(0).contains(QLatin1String(";25;")),
             qPrintable(csv2026));

    // December 2025, six months back from June: the year follows the month; a5 had not arrived.
    for (int i = 0; i < 6; ++i)
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("previousMonth")),
                          Qt::LeftButton);
    QCOMPARE(page.month(), QDate(2025, 12, 1));
    QVERIFY(page.balancesFileName().endsWith(QLatin1String("-U-2025.csv")));
    const QString path2025 = m_desk.filePath(QStringLiteral("u-2025.csv"));
    QVERIFY(page.exportBalances(path2025));
    QFile file2025(path2025);
    QVERIFY(file2025.open(QIODevice::ReadOnly));
    const QString csv2025 = QString::fromUtf8(file2025.readAll());
    QVERIFY(csv2025.contains(QLatin1String("NOM-A1")));
    QVERIFY(!csv2025.contains(QLatin1String("NOM-A5")));
    QVERIFY2(csv2025.contains(QLatin1String(";23;")), qPrintable(csv2025));

    // Files that cannot be written: nothing written, a message names the file.
    for (const bool calendar : {true, false}) {
        const QString nowhere = m_desk.filePath(QStringLiteral("no-such-folder/export"));
        QVERIFY(calendar ? !page.exportICalendar(nowhere) : !page.exportBalances(nowhere));
        QVERIFY(!QFile::exists(nowhere));
        auto *problem = shownDialog<QMessageBox>(&page, "exportProblem");
        QVERIFY(problem);
        QCOMPARE(problem->icon(), QMessageBox::Warning);
        QVERIFY2(problem->text().contains(QDir::toNativeSeparators(nowhere)),
                 qPrintable(problem->text()));
        problem->accept();
        QTRY_VERIFY(!shownDialog<QMessageBox>(&page, "exportProblem"));
    }

    // Somebody who decides on nobody's leave has nothing to export.
    Session agent;
    m_desk.logIn(agent, QStringLiteral("a1"), QStringLiteral("a1"), {QStringLiteral("agent")});
    TeamCalendarPage empty(m_desk.database(), agent);
    QVERIFY(empty.unitId().isEmpty());
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("exportTeamCalendar"))->isEnabled());
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("exportTeamBalances"))->isEnabled());
}

// A minimum staffing that cannot be read fails the load, as unreadable agents or requests do:
// the head is not shown a unit without a minimum.
void tst_TeamCalendar::unreadableMinimumStaffingFailsTheLoad()
{
    TeamCalendarModel model(m_desk.database());
    // The column made unreadable in a transaction rolled back: the file is left as it was.
    QVERIFY(m_desk.exec(QStringLiteral("BEGIN")));
    QVERIFY(m_desk.exec(QStringLiteral(
        "ALTER TABLE org_units RENAME COLUMN minimum_staffing TO minimum_staffing_gone")));
    const bool loaded = model.load({m_u}, QDate(2026, 5, 1));
    QVERIFY(m_desk.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(!loaded);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.agentCount(), 6);
    QCOMPARE(model.minimumStaffing(), 0);

    QVERIFY2(model.reload(), qPrintable(model.lastError()));
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(model.minimumStaffing(), 3);
}

void tst_TeamCalendar::twoHundredAgents()
{
    // A direction of four services, 50 agents each: mostly full time, a fifth part time;
    // leave spread over the year, a third of May's still pending.
    const QString big = m_desk.addUnit(QStringLiteral("BIG"), {}, QStringLiteral("big-head"), 150);
    QStringList services;
    for (int s = 0; s < 4; ++s)
        services.append(m_desk.addUnit(QStringLiteral("BIG%1").arg(s), big));
    QRandomGenerator random(20260512);
    const QStringList patterns = {QStringLiteral("11111111110000"),
                                  QStringLiteral("11111111110000"),
                                  QStringLiteral("11111111110000"),
                                  QStringLiteral("11111111110000"),
                                  QStringLiteral("11110011110000"),
                                  QStringLiteral("11111111000000"),
                                  QStringLiteral("11111011110000")};
    const QStringList types = {QStringLiteral("leave-type-annual"),
                               QStringLiteral("leave-type-annual"),
                               QStringLiteral("leave-type-annual"),
                               QStringLiteral("leave-type-rtt"),
                               QStringLiteral("leave-type-training"),
                               QStringLiteral("leave-type-sick-child"),
                               QStringLiteral("leave-type-tsa")};
    QVERIFY(m_desk.exec(QStringLiteral("BEGIN")));
    int n = 0;
    for (int i = 0; i < 200; ++i) {
        const QString id = QStringLiteral("big-%1").arg(i, 3, 10, QLatin1Char('0'));
        m_desk.addAgent(id, services.at(i % 4), patterns.at(random.bounded(int(patterns.size()))));
        const DemoNames::Person person = DemoNames::person(random);
        m_desk.exec(
            QStringLiteral("UPDATE agents SET birth_name = ?, first_names = ? WHERE id = ?"),
            {person.surname.toUpper(), person.firstName, id});
        // About eight absences a year, one to ten days long.
        QDate day(2026, 1, 5);
        while (true) {
            day = day.addDays(15 + random.bounded(40));
            if (day.year() > 2026)
                break;
            const QDate end = day.addDays(random.bounded(10));
            const QString state = day.month() == 5 && random.bounded(3) == 0
                                      ? QStringLiteral("submitted")
                                      : QStringLiteral("approved");
            const bool half = random.bounded(6) == 0;
            request(QStringLiteral("big-r%1").arg(n++),
                    id,
                    types.at(random.bounded(int(types.size()))),
                    day.toString(Qt::ISODate),
                    half ? QStringLiteral("pm") : QStringLiteral("am"),
                    end.toString(Qt::ISODate),
                    QStringLiteral("pm"),
                    state);
        }
    }
    QVERIFY(m_desk.exec(QStringLiteral("COMMIT")));
    m_desk.exec(QStringLiteral("ANALYZE"));

    TeamCalendarModel model(m_desk.database());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(model.load({big}, QDate(2026, 5, 1)));
    const qint64 first = timer.elapsed();
    timer.restart();
    for (int i = 0; i < 5; ++i)
        QVERIFY(model.reload());
    const qint64 again = timer.elapsed() / 5;
    qInfo("Team calendar, 200 agents, %d requests in the file: first load %lld ms, then %lld ms a "
          "month",
          n,
          first,
          again);
    QCOMPARE(model.agentCount(), 200);
    QVERIFY(model.requests().size() > 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Bound loose enough for a loaded CI machine; a query per cell would take seconds.
    QVERIFY2(again < 1000, qPrintable(QString::number(again)));

    Session session;
    m_desk.logIn(session,
                 QStringLiteral("bighead"),
                 QStringLiteral("big-head"),
                 {QStringLiteral("department_head")});
    TeamCalendarPage page(m_desk.database(), session);
    page.setToday(QDate(2026, 5, 12));
    QVERIFY(page.selectUnit(big));
    QCOMPARE(page.model()->agentCount(), 200);
    page.resize(1180, 860);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Painting the whole month grid once, as a scroll through it would.
    TeamCalendarView *view = page.view();
    timer.restart();
    for (int top = 0; top < 200 * TeamCalendarView::RowHeight; top += view->viewport()->height()) {
        view->verticalScrollBar()->setValue(top);
        view->viewport()->repaint();
    }
    qInfo("Painting the 200 rows: %lld ms", timer.elapsed());
    view->verticalScrollBar()->setValue(0);
    // The present row stays in sight at the bottom while the agents scroll above it; at the
    // end of the list it is in its own place again.
    QTableView *pinned = view->pinnedPresentRow();
    QVERIFY(pinned->isVisible());
    const int presentRow = page.model()->presentRow();
    QVERIFY(!pinned->isRowHidden(presentRow));
    QVERIFY(pinned->isRowHidden(0));
    QCOMPARE(pinned->geometry().bottom(), view->viewport()->geometry().bottom());
    QVERIFY(pinned->viewport()->visibleRegion().boundingRect().height()
            >= TeamCalendarView::RowHeight);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QVERIFY(!pinned->isVisible());
    view->verticalScrollBar()->setValue(0);
    QVERIFY(pinned->isVisible());
    // Fixed narrow columns: the month fits without scrolling sideways.
    QCOMPARE(view->horizontalHeader()->sectionSize(0), TeamCalendarView::DayWidth);
    QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        const QString dir = qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR");
        QVERIFY(page.grab().save(dir + QStringLiteral("/leave-team-calendar-200.png")));
        // The bottom of the grid, with the present row.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QVERIFY(page.grab().save(dir + QStringLiteral("/leave-team-calendar-200-bottom.png")));
    }
}

QTEST_MAIN(tst_TeamCalendar)
#include "tst_teamcalendar.moc"
