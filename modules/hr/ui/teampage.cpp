#include "teampage.h"

#include "hrwidgets.h"
#include <hr/domain/hrcodes.h>
#include <hr/domain/weeklypattern.h>
#include <hr/domain/workingtimetext.h>
#include <hr/models/agentlistmodel.h>
#include <hr/store/agentcurrentvalues.h>

#include <core/access/session.h>
#include <core/models/sqllistmodel.h>
#include <core/storage/database.h>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Civitas::Hr {

TeamPage::TeamPage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_model(new SqlListModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("teamPage"));
    m_model->setSource(database.connection(),
                       QStringLiteral("agents a JOIN local_agent_current c ON c.agent_id = a.id "
                                      "LEFT JOIN org_units o ON o.id = a.org_unit_id"),
                       QStringLiteral("a.id"));
    const QString name = AgentListModel::displayNameSql(QStringLiteral("a"));
    m_model->setColumns({
        {tr("Name"), name, name + QStringLiteral(" COLLATE NOCASE"), {}, {}},
        {tr("Unit"), QStringLiteral("coalesce(o.name, '')"), {}, {}, {}},
        {tr("Post"), QStringLiteral("a.post_title"), {}, {}, {}},
        {tr("Working time"),
         QStringLiteral(
             "coalesce(c.work_kind, '') || '|' || coalesce(c.part_time_rate, 0) || '|' || "
             "coalesce(c.thirty_fifths, 0) || '|' || coalesce(c.weekly_minutes, 0)"),
         QStringLiteral("c.weekly_minutes"),
         {},
         [](const QVariant &value) {
             const QStringList parts = value.toString().split(QLatin1Char('|'));
             if (parts.size() != 4 || parts.at(0).isEmpty())
                 return QString();
             WorkingTime w;
             w.kind = parts.at(0);
             w.partTimeRate = parts.at(1).toInt();
             w.thirtyFifths = parts.at(2).toInt();
             w.weeklyMinutes = parts.at(3).toInt();
             return WorkingTimeText::describe(w) + QStringLiteral(", ")
                    + WorkingTimeText::hoursLabel(w.weeklyMinutes);
         }},
        {tr("Days worked"),
         QStringLiteral("coalesce(c.weekly_pattern, '')"),
         {},
         {},
         [](const QVariant &value) {
             WeeklyPattern p;
             return WeeklyPattern::fromCode(value.toString(), &p) ? p.label() : QString();
         }},
    });
    m_search->setObjectName(QStringLiteral("teamSearch"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setAccessibleName(tr("Search the team"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setAccessibleName(tr("My team"));
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
    auto *title = HrWidgets::pageTitle(tr("My team"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &TeamPage::applyFilters);
    connect(m_model, &SqlListModel::totalCountChanged, this, [this](int n) {
        m_count->setText(tr("%n agent(s) in the units you head", nullptr, n));
    });
    connect(&session, &Session::changed, this, &TeamPage::applyFilters);
    applyFilters();
}

void TeamPage::applyFilters()
{
    // The units headed or deputised by this agent, with their sub-units: the same rule as
    // civitas.headed_units() on the server.
    m_model->setFilter(
        QStringLiteral("team"),
        QStringLiteral(
            "a.deleted = 0 AND a.id <> ? AND (a.departure_date IS NULL OR a.departure_date >= "
            "date('now', 'localtime')) "
            "AND a.org_unit_id IN (WITH RECURSIVE units(id) AS ("
            "SELECT id FROM org_units WHERE deleted = 0 AND ? IN (head_agent_id, deputy_agent_id) "
            "UNION SELECT u.id FROM org_units u JOIN units ON u.parent_id = units.id WHERE "
            "u.deleted = 0) "
            "SELECT id FROM units)"),
        {m_session.agentId(), m_session.agentId()});
    // Names only: a head may not look agents up by NIR or registration number.
    const QString terms = SqlListModel::ftsQuery(m_search->text());
    m_model->setFilter(
        QStringLiteral("search"),
        terms.isEmpty()
            ? QString()
            : QStringLiteral("a.rowid IN (SELECT rowid FROM agents_fts WHERE agents_fts MATCH ?)"),
        {QStringLiteral("names : (%1)").arg(terms)});
    m_model->select();
    m_count->setText(tr("%n agent(s) in the units you head", nullptr, m_model->totalCount()));
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
    applyFilters();
}

} // namespace Civitas::Hr
