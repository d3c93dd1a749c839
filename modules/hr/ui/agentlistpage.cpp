#include "agentlistpage.h"
#include <hr/hrtr.h>

#include "agentfilewidget.h"
#include "hrwidgets.h"
#include "payrollimportdialog.h"
#include <hr/domain/hrcodes.h>
#include <hr/models/agentlistmodel.h>
#include <hr/output/agentlistprinter.h>
#include <hr/store/agentcurrentvalues.h>

#include <core/access/session.h>
#include <core/extension/liverefresh.h>
#include <core/formats/csvwriter.h>
#include <core/storage/database.h>
#include <core/storage/textlimits.h>

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

static QComboBox *
filterBox(const QString &name, const QString &allLabel, HrCodes::Kind kind, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(allLabel, QString());
    for (const HrCodes::Code &c : HrCodes::codes(kind))
        box->addItem(c.label, c.code);
    return box;
}

AgentListPage::AgentListPage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_model(new AgentListModel(database, this))
    , m_search(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_file(new AgentFileWidget(database, session, this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("agentListPage"));
    m_search->setObjectName(QStringLiteral("agentSearch"));
    m_search->setMaxLength(TextLimits::Search);
    m_search->setPlaceholderText(Tr::tr("Name, registration number or NIR"));
    m_search->setAccessibleName(Tr::tr("Search agents"));
    m_search->setClearButtonEnabled(true);
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setAccessibleName(Tr::tr("Unit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(16);
    m_unit->addItem(Tr::tr("Whole town"), QString());
    HrWidgets::addUnits(m_unit, database);
    m_status
        = filterBox(QStringLiteral("statusFilter"), Tr::tr("All statuses"), HrCodes::Status, this);
    m_status->setAccessibleName(Tr::tr("Status"));
    m_category = filterBox(
        QStringLiteral("categoryFilter"), Tr::tr("All categories"), HrCodes::Category, this);
    m_category->setAccessibleName(Tr::tr("Category"));
    m_sector
        = filterBox(QStringLiteral("sectorFilter"), Tr::tr("All sectors"), HrCodes::Sector, this);
    m_sector->setAccessibleName(Tr::tr("Sector"));
    m_position = filterBox(
        QStringLiteral("positionFilter"), Tr::tr("All positions"), HrCodes::Position, this);
    m_position->setAccessibleName(Tr::tr("Statutory position"));
    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->setAccessibleName(Tr::tr("Active or departed"));
    m_activity->addItem(Tr::tr("Active agents"), int(AgentListModel::Activity::Active));
    m_activity->addItem(Tr::tr("Departed agents"), int(AgentListModel::Activity::Departed));
    m_activity->addItem(Tr::tr("Active and departed"), int(AgentListModel::Activity::All));

    auto *newButton = new QPushButton(
        QIcon(QStringLiteral(":/civitas/icons/add.svg")), Tr::tr("New agent"), this);
    newButton->setObjectName(QStringLiteral("newAgent"));
    auto *importButton = new QPushButton(Tr::tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importPayroll"));
    importButton->setToolTip(Tr::tr("Import agents from a payroll export (CSV)"));
    auto *exportButton = new QPushButton(
        QIcon(QStringLiteral(":/civitas/icons/export.svg")), Tr::tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportAgents"));
    exportButton->setToolTip(Tr::tr("Export the list as shown to a spreadsheet (CSV)"));
    auto *printButton = new QPushButton(Tr::tr("Print…"), this);
    printButton->setObjectName(QStringLiteral("printAgents"));
    printButton->setToolTip(Tr::tr("Print the list as shown"));

    m_table->setObjectName(QStringLiteral("agentTable"));
    m_table->setAccessibleName(Tr::tr("Agents"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgentListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(AgentListModel::Name, 190);
    m_table->setColumnWidth(AgentListModel::RegistrationNumber, 70);
    m_table->setColumnWidth(AgentListModel::Unit, 170);
    m_table->setColumnWidth(AgentListModel::Grade, 190);
    m_table->setColumnWidth(AgentListModel::Category, 40);
    m_table->setColumnWidth(AgentListModel::Status, 100);
    m_table->setColumnWidth(AgentListModel::Position, 110);
    m_count->setObjectName(QStringLiteral("agentCount"));

    // Three filters a row at most: beside an open file the list has half a 1280-pixel window.
    auto *filters1 = new QHBoxLayout;
    filters1->addWidget(m_search, 3);
    filters1->addWidget(m_unit, 2);
    // The lists share their row's width: whole labels wherever there is room.
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(m_activity, 1);
    filters2->addWidget(m_status, 1);
    filters2->addWidget(m_category, 1);
    auto *filters3 = new QHBoxLayout;
    filters3->addWidget(m_sector, 1);
    filters3->addWidget(m_position, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(newButton);
    bottom->addWidget(importButton);
    bottom->addWidget(exportButton);
    bottom->addWidget(printButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters1);
    leftLayout->addLayout(filters2);
    leftLayout->addLayout(filters3);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    leftLayout->addLayout(bottom);

    // The filters side by side, each as wide as a few letters: the list and the file fit a
    // 1280-pixel window.
    m_unit->setMinimumContentsLength(10);
    HrWidgets::compactLists(left);
    m_count->setWordWrap(true);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_file);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 640});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    auto *title = HrWidgets::pageTitle(Tr::tr("Agent files"), this);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &AgentListPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_unit, m_status, m_category, m_sector, m_position, m_activity})
        connect(box, &QComboBox::currentIndexChanged, this, &AgentListPage::applyFilters);
    connect(m_model, &SqlListModel::totalCountChanged, this, &AgentListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgentListPage::updateCount);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &AgentListPage::currentRowChanged);
    connect(m_file, &AgentFileWidget::saved, this, [this](const QString &id) {
        m_shownAgentId = id;
        reloadData();
    });
    connect(newButton, &QPushButton::clicked, this, &AgentListPage::newAgent);
    connect(exportButton, &QPushButton::clicked, this, &AgentListPage::exportCsv);
    connect(printButton, &QPushButton::clicked, this, &AgentListPage::printList);
    connect(importButton, &QPushButton::clicked, this, &AgentListPage::importPayroll);
    m_ready = true;
    applyFilters();
    LiveRefresh::follow(this,
                        database,
                        {QStringLiteral("agents"),
                         QStringLiteral("agent_details"),
                         QStringLiteral("career_steps"),
                         QStringLiteral("statutory_positions"),
                         QStringLiteral("working_times"),
                         QStringLiteral("agent_documents"),
                         QStringLiteral("org_units")},
                        [this] { reloadData(); });
}

void AgentListPage::applyFilters()
{
    if (!m_ready)
        return;
    m_model->setUnit(m_unit->currentData().toString());
    m_model->setStatus(m_status->currentData().toString());
    m_model->setCategory(m_category->currentData().toString());
    m_model->setSector(m_sector->currentData().toString());
    m_model->setPosition(m_position->currentData().toString());
    m_model->setActivity(AgentListModel::Activity(m_activity->currentData().toInt()));
    m_model->setSearchText(m_search->text());
    m_model->select();
    const int row = m_model->rowOfId(m_shownAgentId);
    if (row >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(row);
    }
}

void AgentListPage::updateCount()
{
    m_count->setText(Tr::tr("%n agent(s)", nullptr, m_model->totalCount()));
}

void AgentListPage::currentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.isValid() ? m_model->idAt(current.row()) : QString();
    if (id.isEmpty() || id == m_shownAgentId)
        return;
    if (!m_file->maybeSave()) {
        // Stay on the file being edited.
        const QSignalBlocker blocker(m_table->selectionModel());
        const int row = m_model->rowOfId(m_shownAgentId);
        if (row >= 0)
            m_table->selectRow(row);
        return;
    }
    m_shownAgentId = id;
    m_file->loadAgent(id);
}

void AgentListPage::showRecord(const QString &agentId)
{
    if (!m_file->maybeSave())
        return;
    m_shownAgentId = agentId;
    // Make sure the agent is in the list whatever the filters were.
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    for (QComboBox *box : {m_unit, m_status, m_category, m_sector, m_position}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_activity);
        m_activity->setCurrentIndex(m_activity->findData(int(AgentListModel::Activity::All)));
    }
    applyFilters();
    int row = m_model->rowOfId(agentId);
    while (row < 0 && m_model->canFetchMore()) {
        m_model->fetchMore();
        row = m_model->rowOfId(agentId);
    }
    if (row >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_file->loadAgent(agentId);
}

void AgentListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page on a new day: steps that took effect since are current now.
    if (AgentCurrentValues::refresh(m_database) > 0)
        applyFilters();
}

void AgentListPage::reloadData()
{
    // A desk left open past midnight: what took effect today becomes current.
    AgentCurrentValues::refresh(m_database);
    // The list stays where the user left it: selection, scroll and sort.
    m_model->refresh();
    const int row = m_model->rowOfId(m_shownAgentId);
    if (row >= 0 && m_table->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(row);
    }
    // Another desk's changes reach the open file; edits in progress are not overwritten.
    if (!m_shownAgentId.isEmpty())
        m_file->followChanges();
}

void AgentListPage::newAgent()
{
    if (!m_file->maybeSave())
        return;
    m_shownAgentId.clear();
    m_table->clearSelection();
    m_file->newAgent();
}

QString AgentListPage::filterDescription() const
{
    QStringList parts;
    for (QComboBox *box : {m_unit, m_status, m_category, m_sector, m_position, m_activity}) {
        if (box->currentIndex() > 0 || box == m_activity)
            parts << box->currentText().trimmed();
    }
    if (!m_search->text().isEmpty())
        parts << Tr::tr("search \u201c%1\u201d").arg(m_search->text());
    return parts.join(QStringLiteral(", "));
}

void AgentListPage::exportCsv()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QLatin1Char('/') + Tr::tr("agents") + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Export the agents"), suggested, Tr::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !CsvWriter::writeModel(m_model, &file, &error)
        || !file.commit()) {
        QMessageBox::warning(this,
                             Tr::tr("Export"),
                             Tr::tr("The list could not be written to %1: %2")
                                 .arg(path, error.isEmpty() ? file.errorString() : error));
    }
}

void AgentListPage::printList()
{
    // The columns as the list shows them: those the user hid stay off the paper, in the order
    // the user dragged them to.
    QList<int> shown;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            shown << logical;
    }
    AgentListPrinter::printer(*m_model, Tr::tr("Agents"), filterDescription(), shown)
        .showPrintPreview(this);
}

void AgentListPage::importPayroll()
{
    if (!m_file->maybeSave())
        return;
    PayrollImportDialog dialog(m_database, this);
    dialog.exec();
    reloadData();
}

} // namespace Civitas::Hr::Internal
