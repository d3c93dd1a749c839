#include "teampage.h"
#include <hr/hrtr.h>

#include "hrwidgets.h"

#include <hr/models/teamlistmodel.h>
#include <hr/store/agentcurrentvalues.h>

#include <core/access/session.h>
#include <core/extension/liverefresh.h>
#include <core/storage/textlimits.h>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

TeamPage::TeamPage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_model(new TeamListModel(database, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("teamPage"));
    m_search->setObjectName(QStringLiteral("teamSearch"));
    m_search->setMaxLength(TextLimits::Search);
    m_search->setPlaceholderText(Tr::tr("Search by name"));
    m_search->setAccessibleName(Tr::tr("Search the team"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setAccessibleName(Tr::tr("My team"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 200);
    m_table->setColumnWidth(1, 200);
    m_table->setColumnWidth(2, 220);
    m_table->setColumnWidth(3, 200);
    m_count->setObjectName(QStringLiteral("teamCount"));
    auto *title = HrWidgets::pageTitle(Tr::tr("My team"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &TeamPage::applyFilters);
    connect(m_model, &SqlListModel::totalCountChanged, this, [this](int n) {
        m_count->setText(Tr::tr("%n agent(s) in the units you head", nullptr, n));
    });
    connect(&session, &Session::changed, this, &TeamPage::applyFilters);
    applyFilters();
    // Another desk's changes to the team's files.
    LiveRefresh::follow(this,
                        database,
                        {QStringLiteral("agents"),
                         QStringLiteral("agent_details"),
                         QStringLiteral("org_units"),
                         QStringLiteral("career_steps"),
                         QStringLiteral("statutory_positions"),
                         QStringLiteral("working_times")},
                        [this] { reloadData(); });
}

void TeamPage::applyFilters()
{
    m_model->setHead(m_session.agentId());
    m_model->setSearchText(m_search->text());
    m_model->select();
    m_count->setText(Tr::tr("%n agent(s) in the units you head", nullptr, m_model->totalCount()));
}

void TeamPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page on a new day: steps that took effect since are current now.
    if (AgentCurrentValues::refresh(m_database) > 0)
        applyFilters();
}

void TeamPage::reloadData()
{
    // A desk left open past midnight: what took effect today becomes current.
    AgentCurrentValues::refresh(m_database);
    // In place: the list keeps its scroll, selection and sort.
    m_model->refresh();
    m_count->setText(Tr::tr("%n agent(s) in the units you head", nullptr, m_model->totalCount()));
}

} // namespace Civitas::Hr::Internal
