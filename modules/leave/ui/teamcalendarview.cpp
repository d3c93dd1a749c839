#include "teamcalendarview.h"

#include "teamcalendardelegate.h"
#include <leave/models/teamcalendarmodel.h>

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace Civitas::Leave::Internal {

TeamCalendarView::TeamCalendarView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new TeamCalendarDelegate(this))
    , m_present(new QTableView(this))
{
    setItemDelegate(m_delegate);
    setShowGrid(false);
    setWordWrap(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    QHeaderView *days = horizontalHeader();
    days->setSectionResizeMode(QHeaderView::Fixed);
    // The minimum first: the style's own may be wider than a day and would hold the default.
    days->setMinimumSectionSize(DayWidth);
    days->setDefaultSectionSize(DayWidth);
    days->setHighlightSections(false);
    days->setSectionsClickable(false);
    QHeaderView *agents = verticalHeader();
    agents->setSectionResizeMode(QHeaderView::Fixed);
    agents->setMinimumSectionSize(RowHeight);
    agents->setDefaultSectionSize(RowHeight);
    agents->setHighlightSections(false);
    agents->setSectionsClickable(false);
    agents->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Long compound names stop here; the tooltip has them whole.
    agents->setMaximumWidth(230);
    agents->setTextElideMode(Qt::ElideRight);

    // With a hundred agents the present row, the one a head reads, was a scroll away.
    m_present->setObjectName(QStringLiteral("pinnedPresentRow"));
    m_present->setItemDelegate(m_delegate);
    m_present->setShowGrid(false);
    m_present->setSelectionMode(QAbstractItemView::NoSelection);
    m_present->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_present->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_present->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_present->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_present->setFrameShape(QFrame::NoFrame);
    m_present->setFocusPolicy(Qt::NoFocus);
    m_present->setMouseTracking(true);
    m_present->horizontalHeader()->hide();
    m_present->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_present->horizontalHeader()->setMinimumSectionSize(DayWidth);
    m_present->horizontalHeader()->setDefaultSectionSize(DayWidth);
    m_present->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_present->verticalHeader()->setMinimumSectionSize(RowHeight);
    m_present->verticalHeader()->setDefaultSectionSize(RowHeight);
    m_present->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_present->setStyleSheet(QStringLiteral("QTableView { border-top: 1px solid #9aa5b1; }"));
    m_present->hide();
    connect(horizontalScrollBar(),
            &QScrollBar::valueChanged,
            m_present->horizontalScrollBar(),
            &QScrollBar::setValue);
}

void TeamCalendarView::showOnlyThePresentRow()
{
    if (!m_model)
        return;
    const int present = m_model->presentRow();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_present->setRowHidden(row, row != present);
    placePresentRow();
}

void TeamCalendarView::updateGeometries()
{
    QTableView::updateGeometries();
    placePresentRow();
}

void TeamCalendarView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (dy != 0)
        placePresentRow();
}

void TeamCalendarView::placePresentRow()
{
    const int present = m_model ? m_model->presentRow() : -1;
    const QRect area = viewport()->geometry();
    // Out of sight when its own place is below the viewport's bottom edge.
    const bool hidden = present >= 0 && present < m_model->rowCount()
                        && rowViewportPosition(present) + RowHeight > area.height();
    if (!hidden) {
        m_present->hide();
        return;
    }
    const int header = verticalHeader()->width();
    m_present->verticalHeader()->setFixedWidth(header);
    m_present->setGeometry(area.left() - header,
                           area.bottom() + 1 - RowHeight - 1,
                           area.width() + header,
                           RowHeight + 1);
    m_present->horizontalScrollBar()->setValue(horizontalScrollBar()->value());
    m_present->show();
    m_present->raise();
}

void TeamCalendarView::setCalendarModel(TeamCalendarModel *model)
{
    m_model = model;
    setModel(model);
    m_present->setModel(model);
    showOnlyThePresentRow();
    // Another month or window: another natural size.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateGeometry();
        showOnlyThePresentRow();
    });
}

void TeamCalendarView::setToday(QDate today)
{
    m_delegate->setToday(today);
    viewport()->update();
}

int TeamCalendarView::fullWidth() const
{
    const int days = m_model ? m_model->dayCount() : 0;
    return verticalHeader()->sizeHint().width() + days * DayWidth + 2 * frameWidth()
           + verticalScrollBar()->sizeHint().width();
}

QSize TeamCalendarView::sizeHint() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int height = horizontalHeader()->sizeHint().height() + std::min(rows, 30) * RowHeight
                       + 2 * frameWidth() + horizontalScrollBar()->sizeHint().height();
    return {fullWidth(), height};
}

} // namespace Civitas::Leave::Internal
