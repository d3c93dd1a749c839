#include "organisationpage.h"
#include "shelltr.h"

#include <core/access/roles.h>
#include <core/extension/liverefresh.h>
#include <core/formats/csvwriter.h>
#include <core/models/accountlistmodel.h>
#include <core/storage/accountstore.h>
#include <core/storage/organisationstore.h>
#include <core/storage/textlimits.h>

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Civitas {

static constexpr int UnitIdRole = Qt::UserRole + 1;

OrganisationPage::OrganisationPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_units(new QTreeWidget(this))
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_model(new AccountListModel(database, this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("organisationPage"));
    m_units->setObjectName(QStringLiteral("orgUnitTree"));
    m_units->setHeaderLabels({ShellTr::tr("Unit"), ShellTr::tr("Head")});
    m_units->setAccessibleName(ShellTr::tr("Organisation chart"));
    m_units->setUniformRowHeights(true);
    m_units->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_units->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_units->header()->setStretchLastSection(false);

    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setMaxLength(TextLimits::Search);
    m_search->setPlaceholderText(ShellTr::tr("Search by name, login or e-mail"));
    m_search->setAccessibleName(ShellTr::tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_role->setAccessibleName(ShellTr::tr("Role"));
    m_role->addItem(ShellTr::tr("All roles"), QString());
    for (const QString &role : Roles::all())
        m_role->addItem(Roles::label(role), role);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(ShellTr::tr("Account state"));
    m_state->addItem(ShellTr::tr("Active accounts"), 1);
    m_state->addItem(ShellTr::tr("Disabled accounts"), 0);
    m_state->addItem(ShellTr::tr("All accounts"), -1);
    auto *exportButton = new QPushButton(
        QIcon(QStringLiteral(":/civitas/icons/export.svg")), ShellTr::tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportAccounts"));
    exportButton->setToolTip(ShellTr::tr("Export the list as shown to a spreadsheet (CSV)"));

    m_table->setObjectName(QStringLiteral("accountTable"));
    m_table->setAccessibleName(ShellTr::tr("User accounts"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(0, 180);
    m_table->setColumnWidth(1, 100);
    m_table->setColumnWidth(2, 190);
    m_count->setObjectName(QStringLiteral("accountCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_role);
    filters->addWidget(m_state);
    filters->addWidget(exportButton);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_count);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_units);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({400, 860});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    auto *title = new QLabel(ShellTr::tr("Organisation and accounts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &OrganisationPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_role, &QComboBox::currentIndexChanged, this, &OrganisationPage::applyFilters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &OrganisationPage::applyFilters);
    connect(m_units, &QTreeWidget::currentItemChanged, this, &OrganisationPage::applyFilters);
    connect(m_model, &SqlListModel::totalCountChanged, this, &OrganisationPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrganisationPage::updateCount);
    connect(exportButton, &QPushButton::clicked, this, &OrganisationPage::exportCsv);

    loadUnits();
    m_ready = true;
    applyFilters();
    // Units and accounts the administrator changed elsewhere.
    LiveRefresh::follow(this,
                        database,
                        {QStringLiteral("org_units"),
                         QStringLiteral("user_accounts"),
                         QStringLiteral("role_memberships"),
                         QStringLiteral("agents")},
                        [this] { reloadData(); });
}

void OrganisationPage::loadUnits()
{
    m_units->clear();
    auto *town = new QTreeWidgetItem(m_units, {ShellTr::tr("Whole town"), QString()});
    town->setData(0, UnitIdRole, QString());
    QHash<QString, QTreeWidgetItem *> items;
    // Parents come before children: each item's parent is already there.
    for (const OrgUnit &unit : OrganisationStore(m_database).chart().valueOr({})) {
        QTreeWidgetItem *parent = items.value(unit.parentId, town);
        auto *item = new QTreeWidgetItem(parent, {unit.name, unit.headName});
        item->setData(0, UnitIdRole, unit.id);
        item->setToolTip(0, unit.name);
        items.insert(unit.id, item);
    }
    town->setExpanded(true);
    m_units->setCurrentItem(town);
}

void OrganisationPage::applyFilters()
{
    if (!m_ready)
        return; // filled once, at the end of construction
    setModelFilters();
    m_model->select();
}

void OrganisationPage::setModelFilters()
{
    const QTreeWidgetItem *unit = m_units->currentItem();
    m_model->setUnit(unit ? unit->data(0, UnitIdRole).toString() : QString());
    m_model->setRole(m_role->currentData().toString());
    const int state = m_state->currentData().toInt();
    m_model->setState(state < 0    ? AccountListModel::State::All
                      : state == 1 ? AccountListModel::State::Active
                                   : AccountListModel::State::Disabled);
    m_model->setSearchText(m_search->text());
}

void OrganisationPage::reloadData()
{
    // Keep the user's place: the selected unit and account stay selected when they still exist.
    const QTreeWidgetItem *unit = m_units->currentItem();
    const QString unitId = unit ? unit->data(0, UnitIdRole).toString() : QString();
    const QModelIndex current = m_table->currentIndex();
    const QString accountId = current.isValid() ? m_model->idAt(current.row()) : QString();
    m_ready = false;
    loadUnits();
    for (QTreeWidgetItemIterator it(m_units); *it; ++it) {
        if ((*it)->data(0, UnitIdRole).toString() == unitId)
            m_units->setCurrentItem(*it);
    }
    m_ready = true;
    // In place: the accounts' list keeps its scroll and selection.
    setModelFilters();
    m_model->refresh();
    const int row = m_model->rowOfId(accountId);
    if (row >= 0 && m_table->currentIndex().row() != row)
        m_table->selectRow(row);
}

void OrganisationPage::updateCount()
{
    m_count->setText(ShellTr::tr("%n account(s)", nullptr, m_model->totalCount()));
}

void OrganisationPage::showRecord(const QString &recordId)
{
    // A unit: select it in the chart. An account: show it in the list.
    for (QTreeWidgetItemIterator it(m_units); *it; ++it) {
        if ((*it)->data(0, UnitIdRole).toString() == recordId) {
            m_units->setCurrentItem(*it);
            return;
        }
    }
    const Result<QString> login = AccountStore(m_database).loginOf(recordId);
    if (!login.ok() || login->isEmpty())
        return;
    m_units->setCurrentItem(m_units->topLevelItem(0));
    m_state->setCurrentIndex(m_state->findData(-1));
    m_search->setText(login.value());
    applyFilters();
    const int row = m_model->rowOfId(recordId);
    if (row >= 0)
        m_table->selectRow(row);
}

void OrganisationPage::exportCsv()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QLatin1Char('/') + ShellTr::tr("accounts") + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(
        this, ShellTr::tr("Export the accounts"), suggested, ShellTr::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !CsvWriter::writeModel(m_model, &file, &error)
        || !file.commit()) {
        QMessageBox::warning(this,
                             ShellTr::tr("Export"),
                             ShellTr::tr("The list could not be written to %1: %2")
                                 .arg(path, error.isEmpty() ? file.errorString() : error));
    }
}

} // namespace Civitas
