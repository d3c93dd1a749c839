#include "carryovertab.h"
#include <leave/leavetr.h>

#include "leaveadminwidgets.h"
#include "leaveagentfield.h"
#include <leave/domain/leavedays.h>
#include <leave/store/carryoverextensions.h>
#include <leave/store/expirynotices.h>

#include <core/access/session.h>
#include <core/storage/database.h>

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

CarryOverTab::CarryOverTab(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_year(LeaveAdminWidgets::yearBox(
          QStringLiteral("noticesYear"), QDate::currentDate().year(), this))
    , m_inform(new QPushButton(Tr::tr("Inform the agents"), this))
    , m_result(LeaveAdminWidgets::resultLabel(QStringLiteral("carryOverResult"), this))
    , m_notices(new QTableWidget(0, 6, this))
    , m_agent(new LeaveAgentField(database, this))
    , m_fromYear(LeaveAdminWidgets::yearBox(
          QStringLiteral("extensionYear"), QDate::currentDate().year() - 1, this))
    , m_until(new QDateEdit(QDate::currentDate().addMonths(6), this))
    , m_reason(new QLineEdit(this))
    , m_extend(new QPushButton(Tr::tr("Record the decision"), this))
{
    m_inform->setObjectName(QStringLiteral("informAgents"));
    m_notices->setObjectName(QStringLiteral("expiryNoticeList"));
    m_notices->setHorizontalHeaderLabels({Tr::tr("Agent"),
                                          Tr::tr("Carried days"),
                                          Tr::tr("Expire on"),
                                          Tr::tr("Informed by"),
                                          Tr::tr("Informed on"),
                                          Tr::tr("Read on")});
    m_notices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_notices->verticalHeader()->hide();
    m_agent->setObjectName(QStringLiteral("extensionAgent"));
    m_until->setObjectName(QStringLiteral("extensionUntil"));
    m_until->setCalendarPopup(true);
    m_reason->setObjectName(QStringLiteral("extensionReason"));
    m_reason->setMaxLength(1000);
    m_reason->setPlaceholderText(Tr::tr("The decision: its reference and why"));
    m_extend->setObjectName(QStringLiteral("recordExtension"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(Tr::tr("Year:"), this));
    row->addWidget(m_year);
    row->addStretch(1);
    row->addWidget(m_inform);
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("Agent:"), m_agent);
    form->addRow(Tr::tr("Leave carried out of:"), m_fromYear);
    form->addRow(Tr::tr("Until:"), m_until);
    form->addRow(Tr::tr("Reason:"), m_reason);
    form->addRow(QString(), m_extend);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(LeaveAdminWidgets::explanation(
        Tr::tr("Carried-over days cannot be lost unless the agent was told, precisely and in "
               "good time, how many they hold and when they expire. Inform the agents: each "
               "gets a notice on their home page, which they can print; the list shows who was "
               "informed when and who read it. The closing keeps the days of an agent never "
               "informed and lists them."),
        this));
    layout->addLayout(row);
    layout->addWidget(m_notices, 1);
    layout->addWidget(LeaveAdminWidgets::explanation(
        Tr::tr("An exceptional decision may extend the 15 months of a carry-over: record it, "
               "then close the year the leave was carried out of again."),
        this));
    layout->addLayout(form);
    layout->addWidget(m_result);
    connect(m_year, &QSpinBox::valueChanged, this, &CarryOverTab::reload);
    connect(m_inform, &QPushButton::clicked, this, &CarryOverTab::informAgents);
    connect(m_extend, &QPushButton::clicked, this, &CarryOverTab::recordExtension);
    reload();
}

void CarryOverTab::reload()
{
    const auto notices = ExpiryNotices(m_database).ofYear(m_year->value());
    m_notices->setRowCount(0);
    if (!notices) {
        m_result->setText(notices.error());
        return;
    }
    const QLocale locale;
    m_notices->setRowCount(int(notices->size()));
    for (int i = 0; i < notices->size(); ++i) {
        const ExpiryNotices::Notice &n = notices->at(i);
        const QStringList cells
            = {n.agentName,
               LeaveDays::format(n.hundredths),
               locale.toString(n.expiresOn, QLocale::ShortFormat),
               n.issuedBy,
               locale.toString(n.issuedAt.toLocalTime(), QLocale::ShortFormat),
               n.readAt.isValid() ? locale.toString(n.readAt.toLocalTime(), QLocale::ShortFormat)
                                  : Tr::tr("not read")};
        for (int c = 0; c < cells.size(); ++c)
            m_notices->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
}

void CarryOverTab::informAgents()
{
    const Result<int> issued
        = ExpiryNotices(m_database)
              .issue(m_year->value(), today(), m_session.login(), m_session.agentId());
    m_result->setText(issued ? Tr::tr("%n agent(s) informed.", nullptr, *issued) : issued.error());
    reload();
}

void CarryOverTab::recordExtension()
{
    const Result<QString> recorded = CarryOverExtensions(m_database)
                                         .record(m_agent->agentId(),
                                                 m_fromYear->value(),
                                                 m_until->date(),
                                                 m_reason->text(),
                                                 m_session.login(),
                                                 m_session.agentId());
    if (!recorded) {
        m_result->setText(recorded.error());
        return;
    }
    m_result->setText(Tr::tr("Recorded. Close %1 again to move the carried days to %2.")
                          .arg(m_fromYear->value())
                          .arg(QLocale().toString(m_until->date(), QLocale::ShortFormat)));
    m_reason->clear();
}

} // namespace Civitas::Leave::Internal
