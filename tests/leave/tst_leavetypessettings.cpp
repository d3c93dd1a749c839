#include "leavetestdesk.h"

#include <leave/store/leavetypecatalog.h>
#include <leave/ui/leavetypessettingspage.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Civitas;
using namespace Civitas::Leave;
using namespace Civitas::Leave::Internal;

// HR configures the council's leave types through the settings tab: a new special leave with
// its days, a changed approval circuit, and the refusals of a bad code or colour.
class tst_LeaveTypesSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_desk.open()); }
    void seededTypesAreListed();
    void hrAddsASpecialLeave();
    void badCodeAndColourAreRefused();

private:
    LeaveTestDesk m_desk;
};

void tst_LeaveTypesSettings::seededTypesAreListed()
{
    LeaveTypesSettingsPage page(m_desk.database());
    // 10 of before, the health leaves (CLM, CLD, CGM, CITIS) and the family leaves
    // (maternity, paternity, adoption, parental, proche aidant) of local leave 0006.
    QCOMPARE(page.list()->count(), 19);
    QCOMPARE(page.list()->item(0)->text(), QStringLiteral("Congés annuels"));
    // The seeded codes are what the rules refer to: not editable.
    QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("leaveTypeCode"))->isReadOnly());
}

void tst_LeaveTypesSettings::hrAddsASpecialLeave()
{
    LeaveTypesSettingsPage page(m_desk.database());
    QPushButton *add = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("New")))
            add = b;
    }
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    auto *label = page.findChild<QLineEdit *>(QStringLiteral("leaveTypeLabel"));
    auto *code = page.findChild<QLineEdit *>(QStringLiteral("leaveTypeCode"));
    QVERIFY(!code->isReadOnly());
    label->clear();
    QTest::keyClicks(label, QStringLiteral("Demenagement"));
    code->clear();
    QTest::keyClicks(code, QStringLiteral("moving_house"));
    page.findChildren<QDoubleSpinBox *>().first()->setValue(1.0);
    QVERIFY2(page.problems().isEmpty(), qPrintable(page.problems()));
    page.apply();
    LeaveTypeCatalog catalog(m_desk.database());
    const LeaveType *moving = catalog.byCode(QStringLiteral("moving_house"));
    QVERIFY(moving);
    QCOMPARE(moving->label, QStringLiteral("Demenagement"));
    QCOMPARE(moving->fixedDaysHundredths, 100);
    QVERIFY(!moving->hasBalance);
    // Written like any synchronised change: it waits in the outbox for the server.
    QCOMPARE(
        m_desk.count(
            QStringLiteral(
                "SELECT count(*) FROM sync_outbox WHERE table_name = 'leave_types' AND row_id = ?"),
            {moving->id}),
        1);
    // And the annual leave's approval changed through the combo.
    LeaveTypesSettingsPage again(m_desk.database());
    again.list()->setCurrentRow(0);
    auto *approval = again.findChildren<QComboBox *>().at(2);
    approval->setCurrentIndex(approval->findData(int(LeaveType::Approval::HeadThenHr)));
    again.apply();
    catalog.reload(m_desk.database());
    QCOMPARE(catalog.byCode(QStringLiteral("annual"))->approval, LeaveType::Approval::HeadThenHr);

    // The carry-over regime is set apart from the RTT property (décret 2025-564).
    LeaveTypesSettingsPage third(m_desk.database());
    for (int row = 0; row < third.list()->count(); ++row) {
        if (third.list()->item(row)->text() == QStringLiteral("Demenagement"))
            third.list()->setCurrentRow(row);
    }
    auto *carryOver = third.findChild<QComboBox *>(QStringLiteral("leaveTypeCarryOver"));
    QCOMPARE(carryOver->currentData().toInt(), int(LeaveType::CarryOverRegime::None));
    carryOver->setCurrentIndex(carryOver->findData(int(LeaveType::CarryOverRegime::Family)));
    third.apply();
    catalog.reload(m_desk.database());
    QCOMPARE(catalog.byCode(QStringLiteral("moving_house"))->carryOverRegime,
             LeaveType::CarryOverRegime::Family);
    QVERIFY(!catalog.byCode(QStringLiteral("moving_house"))->reducesRtt);
}

void tst_LeaveTypesSettings::badCodeAndColourAreRefused()
{
    LeaveTypesSettingsPage page(m_desk.database());
    page.list()->setCurrentRow(page.list()->count() - 1);
    auto *code = page.findChild<QLineEdit *>(QStringLiteral("leaveTypeCode"));
    code->clear();
    QTest::keyClicks(code, QStringLiteral("annual"));
    QVERIFY2(page.problems().contains(QStringLiteral("already used")), qPrintable(page.problems()));
    code->clear();
    QTest::keyClicks(code, QStringLiteral("Bad Code"));
    QVERIFY(page.problems().contains(QStringLiteral("lower-case")));
    const int before = m_desk.count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    page.apply();
    QCOMPARE(m_desk.count(QStringLiteral("SELECT count(*) FROM sync_outbox")), before);
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("leaveTypeProblems"))->text().isEmpty());
}

QTEST_MAIN(tst_LeaveTypesSettings)
#include "tst_leavetypessettings.moc"
