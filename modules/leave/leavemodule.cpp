#include "leavemodule.h"
#include <leave/leavetr.h>

#include <leave/cli/leavecli.h>
#include <leave/demo/leavedemodata.h>
#include <leave/store/expirynotices.h>
#include <leave/store/leaveauthority.h>
#include <leave/store/leavecounters.h>
#include <leave/store/leaverecountscheduler.h>
#include <leave/ui/approvalinboxpage.h>
#include <leave/ui/decisionpanel.h>
#include <leave/ui/leaveadminpage.h>
#include <leave/ui/leavetypessettingspage.h>
#include <leave/ui/myleavepage.h>
#include <leave/ui/teamcalendarpage.h>

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/extension/modulecontext.h>

#include <QDate>

Q_LOGGING_CATEGORY(lcLeave, "civitas.leave", QtInfoMsg)

namespace Civitas::Leave {

LeaveModule::LeaveModule() = default;
LeaveModule::~LeaveModule() = default;

bool LeaveModule::initialise(ModuleContext &context, QString *errorMessage)
{
    Q_UNUSED(errorMessage)
    m_context = &context;
    m_recount = std::make_unique<LeaveRecountScheduler>(context.database(), context.session());
    m_recount->start();
    return true;
}

void LeaveModule::aboutToShutDown()
{
    m_recount.reset();
    m_context = nullptr;
}

QList<PageContribution> LeaveModule::pages() const
{
    if (!m_context)
        return {};
    Database &database = m_context->database();
    const Session &session = m_context->session();
    const QString group = Tr::tr("Leave", "the module's name");
    QList<PageContribution> pages{
        {QStringLiteral("leave.mine"),
         Tr::tr("My leave"),
         group,
         QIcon(QStringLiteral(":/civitas/icons/leave.svg")),
         {Roles::Agent},
         10,
         [&database, &session](QWidget *parent) {
             return new Internal::MyLeavePage(database, session, parent);
         },
         Tr::tr("Your balances of the year, your requests and what became of them.\n\n"
                "New request: choose the type and the days (typed, e.g. 03/12/2026, or from the "
                "calendar); the days counted and the balance after are shown before you send. "
                "Your head decides; the column Last decision says who decided, when, and why.\n\n"
                "An approved leave you no longer take: ask for its cancellation.")},
        {QStringLiteral("leave.calendar"),
         Tr::tr("Team calendar"),
         group,
         QIcon(QStringLiteral(":/civitas/icons/calendar.svg")),
         {Roles::DepartmentHead, Roles::Hr},
         30,
         [&database, &session](QWidget *parent) {
             return new Internal::TeamCalendarPage(database, session, parent);
         },
         Tr::tr("Who is away in your units, day by day. The row Present counts the agents who "
                "work that day; it turns red below the unit's minimum staffing.")},
        {QStringLiteral("leave.admin"),
         Tr::tr("Leave administration"),
         group,
         QIcon(QStringLiteral(":/civitas/icons/settings.svg")),
         {Roles::Hr},
         40,
         [&database, &session](QWidget *parent) {
             return new Internal::LeaveAdminPage(database, session, parent);
         },
         Tr::tr("HR's leave work: the rights of the year, days off of the town, recounts after "
                "a change of working time, and the year-end closing.")},
    };
    if (decides()) {
        pages.append({QStringLiteral("leave.inbox"),
                      Tr::tr("Leave to decide"),
                      group,
                      QIcon(QStringLiteral(":/civitas/icons/inbox.svg")),
                      {},
                      20,
                      [&database, &session](QWidget *parent) {
                          return new Internal::ApprovalInboxPage(database, session, parent);
                      },
                      Tr::tr("The requests waiting for your decision, with what the agent wrote "
                             "and their balance once approved. Select one or several, then "
                             "Approve or Refuse (a refusal needs a reason, which the agent "
                             "reads).\n\nBelow the list, the team around the selected dates: "
                             "who else is away, and a warning if the unit would fall below its "
                             "minimum staffing.\n\nAway? Delegate your decisions to a deputy "
                             "for a period.")});
    }
    return pages;
}

QList<DashboardCounter> LeaveModule::dashboardCounters() const
{
    if (!m_context)
        return {};
    Database &database = m_context->database();
    const Session &session = m_context->session();
    QList<DashboardCounter> counters{
        {QStringLiteral("leave.myChanges"),
         Tr::tr("My leave requests with news"),
         QStringLiteral("leave.mine"),
         {Roles::Agent},
         [&database](const Session &session) {
             return LeaveCounters::myRequestsThatChanged(database, session);
         },
         Tr::tr("A decision came on your leave requests")},
    };
    // Carried-over days about to expire that HR told the agent of (Conseil d'État, 17 October
    // 2025, n°495899), on the agent's home page until read.
    counters.append({QStringLiteral("leave.expiryNotices"),
                     Tr::tr("Notices of carried-over leave to read"),
                     QStringLiteral("leave.mine"),
                     {Roles::Agent},
                     [&database](const Session &session) {
                         return ExpiryNotices(database).unreadCount(session.agentId(),
                                                                    QDate::currentDate());
                     }});
    if (decides()) {
        counters.prepend({QStringLiteral("leave.waitingForMe"),
                          Tr::tr("Leave requests waiting for me"),
                          QStringLiteral("leave.inbox"),
                          {},
                          [&database](const Session &session) {
                              return LeaveCounters::requestsWaitingForMe(database, session);
                          },
                          {},
                          // Decided from the home page in one step.
                          [&database, &session](QWidget *parent, std::function<void()> changed) {
                              return new Internal::DecisionPanel(
                                  database, session, std::move(changed), parent);
                          }});
    }
    return counters;
}

bool LeaveModule::decides() const
{
    // Heads, HR, and an agent a head delegated to today: a deputy is often not a head, so
    // the role alone does not say it.
    const Session &session = m_context->session();
    return session.hasRole(Roles::DepartmentHead) || session.hasRole(Roles::Hr)
           || !LeaveAuthority(m_context->database(), session).units().isEmpty();
}

QList<SettingsPageContribution> LeaveModule::settingsPages() const
{
    if (!m_context)
        return {};
    Database &database = m_context->database();
    return {
        {QStringLiteral("leave.types"),
         Tr::tr("Leave types"),
         {Roles::Hr},
         [&database](QWidget *parent) {
             return new Internal::LeaveTypesSettingsPage(database, parent);
         }},
    };
}

QList<CliCommand> LeaveModule::cliCommands() const
{
    return LeaveCli::commands();
}

bool LeaveModule::generateDemoData(DemoContext &demo, QString *errorMessage)
{
    return LeaveDemoData::generate(demo, errorMessage);
}

QString LeaveModule::migrationsPath() const
{
    return QStringLiteral(":/civitas/migrations/leave");
}

QString LeaveModule::centralMigrationsPath() const
{
    return QStringLiteral(":/civitas/central/leave");
}

} // namespace Civitas::Leave
