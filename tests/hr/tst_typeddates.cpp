// Typed dates (issue 12): a clerk types 03/12/1968 into a date field and gets that date,
// whether the field was empty or held another date. QDateEdit alone typed into one section
// from wherever the cursor stood (03/12/1968 over 06/05/2024 gave 03/05/1968), and nothing at
// all into an empty optional date. Every date field of the pages is a DateEdit; the agent
// file's birth date is typed as HR does and saved.

#include "hrdemodesk.h"

#include <hr/models/agentlistmodel.h>
#include <hr/ui/agentfilewidget.h>
#include <hr/ui/agentlistpage.h>
#include <hr/ui/dateedit.h>
#include <hr/ui/optionaldateedit.h>

#include <QLineEdit>
#include <QTest>

using namespace Civitas;
using namespace Civitas::Hr;
using namespace Civitas::Hr::Internal;

class tst_TypedDates : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatAClerkTypes_data();
    void parsesWhatAClerkTypes();
    void typedOverAnotherDate();
    void typedIntoAnEmptyOptionalDate();
    void shortYearTakenOnEnter();
    void unreadableDateKeepsTheOldOne();
    void backspaceEmptiesAnOptionalDate();
    void aPickedDateEndsTheTyping();
    void birthDateTypedInTheAgentFile();

private:
    static void focus(QWidget *edit);
};

void tst_TypedDates::parsesWhatAClerkTypes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("complete");
    // Today is 3 December 2026 in these cases: a two-digit year up to 36 (2026 + 10) is this
    // century's, above it the last one's.
    QTest::newRow("slashes") << "03/12/1968" << QDate(1968, 12, 3) << true;
    QTest::newRow("one-digit day and month") << "3/2/1968" << QDate(1968, 2, 3) << true;
    QTest::newRow("dots") << "03.12.1968" << QDate(1968, 12, 3) << true;
    QTest::newRow("dashes") << "03-12-1968" << QDate(1968, 12, 3) << true;
    QTest::newRow("eight digits") << "03121968" << QDate(1968, 12, 3) << true;
    QTest::newRow("68 is 1968") << "03/12/68" << QDate(1968, 12, 3) << false;
    QTest::newRow("36 is 2036") << "31/08/36" << QDate(2036, 8, 31) << false;
    QTest::newRow("37 is 1937") << "31/08/37" << QDate(1937, 8, 31) << false;
    QTest::newRow("six digits") << "031268" << QDate(1968, 12, 3) << false;
    QTest::newRow("30 February") << "30/02/2024" << QDate() << true;
    QTest::newRow("month 13") << "01/13/2024" << QDate() << true;
    QTest::newRow("unfinished") << "03/12/19" << QDate(2019, 12, 3) << false;
    QTest::newRow("three-digit year") << "03/12/196" << QDate() << false;
    QTest::newRow("before the minimum") << "31/12/1899" << QDate() << true;
    QTest::newRow("letters") << "3 déc 1968" << QDate() << false;
}

void tst_TypedDates::parsesWhatAClerkTypes()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QFETCH(bool, complete);
    bool done = !complete;
    const QDate date = DateEdit::parseTyped(
        typed, QDate(1900, 1, 1), QDate(2100, 12, 31), QDate(2026, 12, 3), &done);
    QCOMPARE(date, expected);
    if (expected.isValid() || complete)
        QCOMPARE(done, complete);
}

void tst_TypedDates::focus(QWidget *edit)
{
    edit->show();
    QVERIFY(QTest::qWaitForWindowExposed(edit));
    edit->activateWindow();
    edit->setFocus(Qt::TabFocusReason);
}

void tst_TypedDates::typedOverAnotherDate()
{
    DateEdit edit;
    edit.setDate(QDate(2024, 5, 6));
    focus(&edit);
    // Wherever the cursor stands: at the end, as after a click on the year.
    edit.findChild<QLineEdit *>()->setCursorPosition(10);
    QTest::keyClicks(&edit, QStringLiteral("03/12/1968"));
    QCOMPARE(edit.date(), QDate(1968, 12, 3));
    QCOMPARE(edit.text(), QStringLiteral("03/12/1968"));
    // And once more, the whole text selected.
    edit.selectAll();
    QTest::keyClicks(&edit, QStringLiteral("24122025"));
    QCOMPARE(edit.date(), QDate(2025, 12, 24));
}

void tst_TypedDates::typedIntoAnEmptyOptionalDate()
{
    OptionalDateEdit edit;
    QVERIFY(!edit.optionalDate().isValid());
    focus(&edit);
    QTest::keyClicks(&edit, QStringLiteral("03/12/1968"));
    QCOMPARE(edit.optionalDate(), QDate(1968, 12, 3));
    QCOMPARE(edit.text(), QStringLiteral("03/12/1968"));
}

void tst_TypedDates::shortYearTakenOnEnter()
{
    OptionalDateEdit edit;
    focus(&edit);
    QTest::keyClicks(&edit, QStringLiteral("3/12/68"));
    // Not taken yet: a fourth digit of the year may come.
    QVERIFY(!edit.optionalDate().isValid());
    QCOMPARE(edit.typedText(), QStringLiteral("3/12/68"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.optionalDate().day(), 3);
    QCOMPARE(edit.optionalDate().month(), 12);
    QVERIFY(edit.optionalDate().year() % 100 == 68);
    QVERIFY(edit.typedText().isEmpty());
}

void tst_TypedDates::unreadableDateKeepsTheOldOne()
{
    DateEdit edit;
    edit.setDate(QDate(2024, 5, 6));
    focus(&edit);
    QTest::keyClicks(&edit, QStringLiteral("31/02/2024"));
    QCOMPARE(edit.typedText(), QStringLiteral("31/02/2024"));
    // Leaving the field: the date held before, shown again.
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.date(), QDate(2024, 5, 6));
    QCOMPARE(edit.text(), QStringLiteral("06/05/2024"));
    // Escape drops what was typed.
    QTest::keyClicks(&edit, QStringLiteral("01/0"));
    QTest::keyClick(&edit, Qt::Key_Escape);
    QCOMPARE(edit.text(), QStringLiteral("06/05/2024"));
}

void tst_TypedDates::backspaceEmptiesAnOptionalDate()
{
    OptionalDateEdit edit;
    edit.setOptionalDate(QDate(2020, 1, 15));
    focus(&edit);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClick(&edit, Qt::Key_Return);
    QVERIFY(!edit.optionalDate().isValid());
    // A date that must be there keeps it.
    DateEdit required;
    required.setDate(QDate(2020, 1, 15));
    focus(&required);
    QTest::keyClick(&required, Qt::Key_Backspace);
    QTest::keyClick(&required, Qt::Key_Return);
    QCOMPARE(required.date(), QDate(2020, 1, 15));
}

void tst_TypedDates::aPickedDateEndsTheTyping()
{
    DateEdit edit;
    edit.setDate(QDate(2024, 5, 6));
    focus(&edit);
    QTest::keyClicks(&edit, QStringLiteral("03/12"));
    // The calendar (or the page) sets another date meanwhile: leaving keeps that one.
    edit.setDate(QDate(2025, 1, 31));
    QVERIFY(edit.typedText().isEmpty());
    QTest::keyClick(&edit, Qt::Key_Tab);
    QCOMPARE(edit.date(), QDate(2025, 1, 31));
    QCOMPARE(edit.text(), QStringLiteral("31/01/2025"));
}

void tst_TypedDates::birthDateTypedInTheAgentFile()
{
    HrDemoDesk desk;
    QVERIFY(desk.open(30));
    QVERIFY(desk.logIn(QStringLiteral("nbenali")));
    AgentListPage page(desk.database(), desk.workspace().session());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString agentId = page.model()->idAt(0);
    page.showRecord(agentId);
    AgentFileWidget *file = page.fileWidget();
    auto *birthDate = file->findChild<OptionalDateEdit *>(QStringLiteral("birthDate"));
    QVERIFY(birthDate);
    QVERIFY(birthDate->optionalDate() != QDate(1968, 12, 3));
    birthDate->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(birthDate, QStringLiteral("03/12/1968"));
    QCOMPARE(birthDate->optionalDate(), QDate(1968, 12, 3));
    QVERIFY(file->isModified());
    QVERIFY2(file->save(), qPrintable(file->lastError()));
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agent_details WHERE id = ? AND "
                                       "birth_date = '1968-12-03'"),
                        {agentId}),
             1);
}

QTEST_MAIN(tst_TypedDates)
#include "tst_typeddates.moc"
