#include "daysofftab.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/leavetr.h>

#include "leaveadminwidgets.h"
#include <leave/domain/leavecalendar.h>
#include <leave/store/daysoffstore.h>
#include <leave/store/leavecalendarstore.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leaverecount.h>
#include <leave/store/leavetypecatalog.h>

#include <core/access/session.h>
#include <core/storage/database.h>
#include <hr/ui/dateedit.h>
#include <hr/ui/hrwidgets.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

DaysOffTab::DaysOffTab(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
{
    createWidgets();
    layOut();
    connectWidgets();
}

void DaysOffTab::createWidgets()
{
    m_daysOff = Hr::HrWidgets::historyTable(QStringLiteral("daysOffTable"),
                                            Tr::tr("Days off"),
                                            {Tr::tr("Day"), Tr::tr("Name")},
                                            1,
                                            this);
    m_date = new Hr::DateEdit(this);
    m_date->setDate(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("dayOffDate"));
    m_date->setAccessibleName(Tr::tr("Day off"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("dayOffName"));
    m_name->setMaxLength(LeaveTextLimits::label);
    m_name->setPlaceholderText(Tr::tr("Name, e.g. Bridge day of Ascension"));
    m_name->setAccessibleName(Tr::tr("Name of the day off"));
    m_add = new QPushButton(Tr::tr("Add the day off"), this);
    m_add->setObjectName(QStringLiteral("addDayOff"));
    m_add->setEnabled(false);
    m_remove = new QPushButton(Tr::tr("Remove", "a day off"), this);
    m_remove->setObjectName(QStringLiteral("removeDayOff"));
    m_remove->setEnabled(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("daysOffResult"));
    m_result->setWordWrap(true);
    m_recountChanges = Hr::HrWidgets::historyTable(
        QStringLiteral("recountChanges"),
        Tr::tr("Leave counted again"),
        {Tr::tr("Agent"), Tr::tr("Leave"), Tr::tr("Dates"), Tr::tr("Before"), Tr::tr("After")},
        0,
        this);
    m_recountChanges->hide();
}

void DaysOffTab::layOut()
{
    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(Tr::tr("Day:"), this));
    form->addWidget(m_date);
    form->addWidget(m_name, 1);
    form->addWidget(m_add);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(LeaveAdminWidgets::explanation(
        Tr::tr("Days the mayor grants beyond the public holidays. Leave is not counted on them: "
               "adding or removing one counts again the leave it falls in."),
        this));
    layout->addLayout(form);
    layout->addWidget(m_daysOff, 2);
    layout->addLayout(listButtons);
    layout->addWidget(m_result);
    layout->addWidget(m_recountChanges, 1);
}

void DaysOffTab::connectWidgets()
{
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_add->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_name, &QLineEdit::returnPressed, this, &DaysOffTab::addDayOff);
    connect(m_add, &QPushButton::clicked, this, &DaysOffTab::addDayOff);
    connect(m_remove, &QPushButton::clicked, this, &DaysOffTab::askRemoveDayOff);
    connect(m_daysOff, &QTableWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(m_daysOff->currentRow() >= 0 && !m_daysOff->selectedItems().isEmpty());
    });
}

void DaysOffTab::reload()
{
    m_daysOff->setRowCount(0);
    const Result<QList<DaysOffStore::DayOff>> days = DaysOffStore(m_database).list();
    if (!days.ok())
        m_result->setText(days.error());
    for (const DaysOffStore::DayOff &d : days.valueOr({})) {
        const int row = m_daysOff->rowCount();
        m_daysOff->insertRow(row);
        auto *dayItem
            = new QTableWidgetItem(QLocale().toString(d.day, QStringLiteral("dddd d MMMM yyyy")));
        dayItem->setData(Qt::UserRole, d.id);
        m_daysOff->setItem(row, 0, dayItem);
        m_daysOff->setItem(row, 1, new QTableWidgetItem(d.name));
    }
    m_remove->setEnabled(false);
}

void DaysOffTab::addDayOff()
{
    const QDate day = m_date->date();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_result->setText(Tr::tr("Give the day off a name: agents see it in their calendar."));
        return;
    }
    const LeaveCalendar calendar = LeaveCalendarStore::calendar(m_database);
    const QString already = calendar.dayOffName(day);
    if (!already.isEmpty()) {
        m_result->setText(Tr::tr("%1 is already a day off (%2).")
                              .arg(QLocale().toString(day, QLocale::LongFormat), already));
        return;
    }
    const Result<QString> added = DaysOffStore(m_database).add(day, name);
    if (!added.ok()) {
        m_result->setText(added.error());
        return;
    }
    m_name->clear();
    reload();
    // The trigger queued a recount from that day on: do it now, and show it.
    countAgain();
    m_result->setText(Tr::tr("%1 added.").arg(QLocale().toString(day, QLocale::LongFormat))
                      + QLatin1Char(' ') + m_result->text());
}

void DaysOffTab::askRemoveDayOff()
{
    const int row = m_daysOff->currentRow();
    if (row < 0)
        return;
    const QString id = m_daysOff->item(row, 0)->data(Qt::UserRole).toString();
    const QString label
        = m_daysOff->item(row, 0)->text() + QStringLiteral(", ") + m_daysOff->item(row, 1)->text();
    LeaveAdminWidgets::confirm(
        this,
        QStringLiteral("confirmRemoveDayOff"),
        Tr::tr("Remove a day off"),
        Tr::tr("Remove %1? The leave that falls on it is counted again.").arg(label),
        [this, id, label] { removeDayOff(id, label); });
}

void DaysOffTab::removeDayOff(const QString &id, const QString &label)
{
    const Result<> removed = DaysOffStore(m_database).remove(id);
    if (!removed.ok()) {
        m_result->setText(removed.error());
        return;
    }
    reload();
    countAgain();
    m_result->setText(Tr::tr("%1 removed.").arg(label) + QLatin1Char(' ') + m_result->text());
}

void DaysOffTab::countAgain()
{
    const LeaveRecount::Result r = LeaveRecount::processQueue(m_database, m_session);
    showRecountChanges(r.changes, r.ok ? QString() : r.error);
}

void DaysOffTab::showRecountChanges(const QList<LeaveRecountChange> &changes, const QString &error)
{
    m_recountChanges->setRowCount(0);
    if (!error.isEmpty()) {
        m_result->setText(Tr::tr("The leave could not be counted again: %1").arg(error));
        m_recountChanges->hide();
        return;
    }
    m_result->setText(
        changes.isEmpty()
            ? Tr::tr("No leave request changes.")
            : Tr::tr("%n leave request(s) counted again:", nullptr, int(changes.size())));
    const LeaveTypeCatalog types(m_database);
    const QLocale locale;
    for (const LeaveRecountChange &c : changes) {
        const int row = m_recountChanges->rowCount();
        m_recountChanges->insertRow(row);
        const LeaveType *type = types.byId(c.leaveTypeId);
        m_recountChanges->setItem(row, 0, new QTableWidgetItem(c.agentName));
        m_recountChanges->setItem(row, 1, new QTableWidgetItem(type ? type->label : c.leaveTypeId));
        m_recountChanges->setItem(
            row,
            2,
            new QTableWidgetItem(locale.toString(c.start.date, QLocale::ShortFormat)
                                 + QStringLiteral(" – ")
                                 + locale.toString(c.end.date, QLocale::ShortFormat)));
        m_recountChanges->setItem(
            row, 3, new QTableWidgetItem(LeaveLedger::formatDays(c.oldHalfDays * 50)));
        m_recountChanges->setItem(
            row, 4, new QTableWidgetItem(LeaveLedger::formatDays(c.newHalfDays * 50)));
    }
    m_recountChanges->setVisible(!changes.isEmpty());
    if (!changes.isEmpty()) {
        emit leaveRecounted();
        emit ledgerChanged();
    }
}

} // namespace Civitas::Leave::Internal
