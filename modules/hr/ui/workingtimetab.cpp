#include "workingtimetab.h"
#include <hr/hrtr.h>

#include "optionaldateedit.h"

#include <hr/domain/hrcodes.h>
#include <hr/domain/workingtimetext.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace Civitas::Hr::Internal {

WorkingTimeTab::WorkingTimeTab(AgentFile *file, QWidget *parent)
    : HistoryTab(file,
                 QStringLiteral("workingTimeTable"),
                 Tr::tr("Working time history"),
                 {Tr::tr("From", "working time in effect from"),
                  Tr::tr("Working time"),
                  Tr::tr("Weekly hours"),
                  Tr::tr("Days worked")},
                 3,
                 Tr::tr("New working time"),
                 parent)
{
    m_current->setObjectName(QStringLiteral("currentWorkingTime"));
    m_current->setWordWrap(true);

    m_date = new OptionalDateEdit(m_form);
    m_date->setObjectName(QStringLiteral("workingDate"));
    m_date->setAccessibleName(Tr::tr("Effective date"));
    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(QStringLiteral("workingKind"));
    m_kind->setAccessibleName(Tr::tr("Working time"));
    for (const HrCodes::Code &c : HrCodes::codes(HrCodes::WorkKind))
        m_kind->addItem(c.label, c.code);
    m_rate = new QComboBox(m_form);
    m_rate->setObjectName(QStringLiteral("partTimeRate"));
    m_rate->setAccessibleName(Tr::tr("Part-time rate"));
    for (int rate : {50, 60, 70, 80, 90})
        m_rate->addItem(QStringLiteral("%1 %").arg(rate), rate);
    m_rate->setCurrentIndex(3);
    m_fifths = new QSpinBox(m_form);
    m_fifths->setObjectName(QStringLiteral("thirtyFifths"));
    m_fifths->setAccessibleName(Tr::tr("35ths of a week"));
    m_fifths->setRange(1, 34);
    m_fifths->setValue(28);
    m_fifths->setSuffix(Tr::tr(" / 35"));
    m_hours = new QSpinBox(m_form);
    m_hours->setObjectName(QStringLiteral("weeklyHours"));
    m_hours->setAccessibleName(Tr::tr("Weekly hours"));
    m_hours->setRange(0, 48);
    m_hours->setValue(37);
    m_hours->setSuffix(Tr::tr(" h"));
    m_minutes = new QSpinBox(m_form);
    m_minutes->setObjectName(QStringLiteral("weeklyMinutes"));
    m_minutes->setAccessibleName(Tr::tr("Weekly minutes"));
    m_minutes->setRange(0, 45);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(30);
    m_minutes->setSuffix(Tr::tr(" min"));
    auto *pattern = new QGridLayout;
    const QLocale locale;
    pattern->addWidget(new QLabel(Tr::tr("Morning"), m_form), 1, 0);
    pattern->addWidget(new QLabel(Tr::tr("Afternoon"), m_form), 2, 0);
    for (int day = 1; day <= 7; ++day) {
        pattern->addWidget(
            new QLabel(locale.dayName(day, QLocale::ShortFormat), m_form), 0, day, Qt::AlignCenter);
        for (int half = 0; half < 2; ++half) {
            auto *box = new QCheckBox(m_form);
            box->setObjectName(QStringLiteral("halfDay%1%2").arg(day).arg(half));
            box->setAccessibleName(Tr::tr("%1 %2").arg(
                locale.dayName(day), half == 0 ? Tr::tr("morning") : Tr::tr("afternoon")));
            box->setChecked(day <= 5);
            m_halfDays[day - 1][half] = box;
            pattern->addWidget(box, half + 1, day, Qt::AlignCenter);
        }
    }
    auto *grid = new QFormLayout;
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_date);
    row1->addWidget(m_kind);
    row1->addWidget(m_rate);
    row1->addWidget(m_fifths);
    row1->addStretch();
    grid->addRow(Tr::tr("From", "working time in effect from"), row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_hours);
    row2->addWidget(m_minutes);
    row2->addStretch();
    grid->addRow(Tr::tr("Weekly hours"), row2);
    grid->addRow(Tr::tr("Half-days worked"), pattern);
    finishForm(grid,
               Tr::tr("Add the working time"),
               QStringLiteral("addWorkingTime"),
               Tr::tr("Withdraw the selected working time…"),
               QStringLiteral("withdrawWorkingTime"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkingTimeTab::kindChanged);
    kindChanged();
}

void WorkingTimeTab::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    m_rate->setVisible(kind == QLatin1String("part_time"));
    m_fifths->setVisible(kind == QLatin1String("non_full_time"));
}

void WorkingTimeTab::refresh()
{
    const QLocale locale;
    const WorkingTime *current = m_file->workingTimeOn(QDate::currentDate());
    m_current->setText(current ? Tr::tr("<b>Now:</b> %1, %2 a week, %3 (%4 days a week)")
                                     .arg(WorkingTimeText::describe(*current),
                                          WorkingTimeText::hoursLabel(current->weeklyMinutes),
                                          current->pattern.label(),
                                          locale.toString(current->pattern.daysPerWeek()))
                               : Tr::tr("<b>Now:</b> no working time recorded."));
    showHistory(m_file->workingTimes, [&locale](const WorkingTime &w) {
        return QStringList{locale.toString(w.effectiveDate, QLocale::ShortFormat),
                           WorkingTimeText::describe(w),
                           WorkingTimeText::hoursLabel(w.weeklyMinutes),
                           w.pattern.label()};
    });
    setProblem({});
    m_date->setOptionalDate(QDate::currentDate());
}

void WorkingTimeTab::addFromForm()
{
    WorkingTime w;
    w.effectiveDate = m_date->optionalDate();
    w.kind = m_kind->currentData().toString();
    w.partTimeRate = w.kind == QLatin1String("part_time") ? m_rate->currentData().toInt() : 0;
    w.thirtyFifths = w.kind == QLatin1String("non_full_time") ? m_fifths->value() : 0;
    w.weeklyMinutes = m_hours->value() * 60 + m_minutes->value();
    WeeklyPattern pattern;
    for (int day = 1; day <= 7; ++day) {
        pattern.setWorked(day, WeeklyPattern::Morning, m_halfDays[day - 1][0]->isChecked());
        pattern.setWorked(day, WeeklyPattern::Afternoon, m_halfDays[day - 1][1]->isChecked());
    }
    w.pattern = pattern;
    QString problem;
    if (!w.effectiveDate.isValid())
        problem = Tr::tr("Give the date from which this working time applies.");
    else if (pattern.isEmpty())
        problem = Tr::tr("Tick the half-days the agent works.");
    else if (w.weeklyMinutes == 0)
        problem = Tr::tr("Give the weekly hours.");
    for (const WorkingTime &other : std::as_const(m_file->workingTimes)) {
        if (problem.isEmpty() && other.effectiveDate == w.effectiveDate)
            problem = Tr::tr("A working time already starts on %1.")
                          .arg(QLocale().toString(w.effectiveDate, QLocale::ShortFormat));
    }
    addTo(m_file->workingTimes, w, problem);
}

void WorkingTimeTab::withdrawSelected()
{
    withdrawFrom(m_file->workingTimes, Tr::tr("Withdraw a working time"), [](const WorkingTime &) {
        return Tr::tr("Withdraw this working time? Leave already counted with it will be "
                      "counted again. The audit log keeps it.");
    });
}

} // namespace Civitas::Hr::Internal
