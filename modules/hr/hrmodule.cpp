#include "hrmodule.h"
#include <hr/hrtr.h>

#include <hr/cli/hrcli.h>
#include <hr/demo/hrdemodata.h>
#include <hr/store/agentcurrentvalues.h>
#include <hr/store/agentsearchprovider.h>
#include <hr/ui/agentfilewidget.h>
#include <hr/ui/agentlistpage.h>
#include <hr/ui/myfilepage.h>
#include <hr/ui/teampage.h>

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/extension/modulecontext.h>
#include <core/storage/database.h>

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcHr, "civitas.hr", QtInfoMsg)

namespace Civitas::Hr {

HrModule::HrModule() = default;

HrModule::~HrModule()
{
    qDeleteAll(m_searchProviders);
}

bool HrModule::initialise(ModuleContext &context, QString *errorMessage)
{
    Q_UNUSED(errorMessage)
    // A re-initialised plugin instance starts from the new context.
    qDeleteAll(m_searchProviders);
    m_searchProviders.clear();
    m_context = &context;
    AgentCurrentValues::refresh(context.database());
    m_searchProviders.append(new AgentSearchProvider(context.database()));
    return true;
}

void HrModule::aboutToShutDown()
{
    m_context = nullptr;
}

QList<PageContribution> HrModule::pages() const
{
    if (!m_context)
        return {};
    Database &database = m_context->database();
    const Session &session = m_context->session();
    FileService *files = m_context->files();
    const QString group = Tr::tr("Staff");
    return {
        {QStringLiteral("hr.myfile"),
         Tr::tr("My file"),
         group,
         QIcon(QStringLiteral(":/civitas/icons/myfile.svg")),
         {Roles::Agent},
         10,
         [&database, &session, files](QWidget *parent) {
             auto *page = new Internal::MyFilePage(database, session, parent);
             page->fileWidget()->setFileService(files);
             return page;
         },
         Tr::tr("Your own agent file, as HR keeps it: identity, career, positions, working time "
                "and documents. You read it here; to have something corrected, ask HR.\n\n"
                "Documents open on this computer once synchronised, even without the network.")},
        {QStringLiteral("hr.team"),
         Tr::tr("My team"),
         group,
         QIcon(QStringLiteral(":/civitas/icons/team.svg")),
         {Roles::DepartmentHead},
         20,
         [&database, &session](QWidget *parent) {
             return new Internal::TeamPage(database, session, parent);
         },
         Tr::tr("The agents of the units you head: post, grade and working time. Type a name in "
                "the search field to find someone.\n\nYou see neither their social security "
                "number nor their salary: those stay with HR.")},
        {QStringLiteral("hr.agents"),
         Tr::tr("Agent files"),
         group,
         QIcon(QStringLiteral(":/civitas/icons/agentfiles.svg")),
         {Roles::Hr},
         30,
         [&database, &session, files](QWidget *parent) {
             auto *page = new Internal::AgentListPage(database, session, parent);
             page->fileWidget()->setFileService(files);
             return page;
         },
         Tr::tr("Every agent file of the town. Search by name, registration number or social "
                "security number; filter by status or unit; click an agent to open the file.\n\n"
                "Change a field, then Save: the file is checked (the NIR key, the dates) before "
                "it is written. Right-click a field to see who changed it and when. Dates can "
                "be typed whole, e.g. 03/12/1968.\n\nOpening a file is recorded for the "
                "audit of personal data.")},
    };
}

QList<SearchProvider *> HrModule::searchProviders() const
{
    return m_searchProviders;
}

QList<DashboardCounter> HrModule::dashboardCounters() const
{
    if (!m_context)
        return {};
    Database &database = m_context->database();
    return {
        // A contract that ends soon needs a renewal decision or an end-of-contract letter.
        {QStringLiteral("hr.contractsEnding"),
         Tr::tr("Contracts ending within 60 days"),
         QStringLiteral("hr.agents"),
         {Roles::Hr},
         [&database](const Session &) {
             QSqlQuery q(database.connection());
             q.prepare(QStringLiteral(
                 "SELECT count(*) FROM agent_details d JOIN agents a ON a.id = d.id "
                 "WHERE d.deleted = 0 AND a.deleted = 0 AND d.status = 'contract' AND "
                 "d.contract_end BETWEEN ? AND ? "
                 "AND (a.departure_date IS NULL OR a.departure_date > d.contract_end)"));
             q.addBindValue(QDate::currentDate().toString(Qt::ISODate));
             q.addBindValue(QDate::currentDate().addDays(60).toString(Qt::ISODate));
             return q.exec() && q.next() ? q.value(0).toInt() : 0;
         }},
    };
}

QList<CliCommand> HrModule::cliCommands() const
{
    return HrCli::commands();
}

bool HrModule::generateDemoData(DemoContext &demo, QString *errorMessage)
{
    return HrDemoData::generate(demo, errorMessage);
}

QString HrModule::migrationsPath() const
{
    return QStringLiteral(":/civitas/migrations/hr");
}

QString HrModule::centralMigrationsPath() const
{
    return QStringLiteral(":/civitas/central/hr");
}

} // namespace Civitas::Hr
