#include "recountstab.h"
#include <leave/leavetr.h>

#include "leaveadminwidgets.h"
#include <leave/models/recountlistmodel.h>
#include <leave/store/recountreview.h>

#include <core/storage/database.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

RecountsTab::RecountsTab(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_recounts(new RecountListModel(database, this))
{
    createView();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("recountsCount"));
    m_markReviewed = new QPushButton(Tr::tr("Mark as reviewed"), this);
    m_markReviewed->setObjectName(QStringLiteral("markReviewed"));
    m_markReviewed->setEnabled(false);
    layOut();

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_markReviewed->setEnabled(m_view->selectionModel()->hasSelection());
    });
    connect(m_recounts, &QAbstractItemModel::modelReset, this, [this] {
        m_markReviewed->setEnabled(false);
    });
    connect(m_markReviewed, &QPushButton::clicked, this, &RecountsTab::markReviewed);
}

void RecountsTab::createView()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recountsTable"));
    m_view->setAccessibleName(Tr::tr("Recounts to review"));
    m_view->setModel(m_recounts);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 130);
    m_view->setColumnWidth(1, 200);
    m_view->setColumnWidth(2, 170);
    m_view->setColumnWidth(3, 170);
}

void RecountsTab::layOut()
{
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_markReviewed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(LeaveAdminWidgets::explanation(
        Tr::tr(
            "Leave counted again after a change of the days off, of the public holiday settings or "
            "of "
            "an agent's working time. The request and the balance are already corrected; check "
            "each and mark it reviewed."),
        this));
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void RecountsTab::reload()
{
    m_recounts->select();
    updateCount();
}

void RecountsTab::updateCount()
{
    const int n = m_recounts->totalCount();
    m_count->setText(n == 0 ? Tr::tr("Nothing to review.")
                            : Tr::tr("%n recount(s) to review", nullptr, n));
    emit countChanged(n);
}

void RecountsTab::markReviewed()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_recounts->idAt(index.row()));
    if (ids.isEmpty())
        return;
    const Result<> reviewed = RecountReview(m_database).markReviewed(ids);
    if (!reviewed.ok()) {
        m_count->setText(reviewed.error());
        return;
    }
    reload();
}

} // namespace Civitas::Leave::Internal
