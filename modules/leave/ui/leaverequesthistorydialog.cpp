#include "leaverequesthistorydialog.h"
#include <leave/leavetr.h>

#include <leave/models/leaverequestlistmodel.h>

#include <hr/ui/hrwidgets.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

namespace {
enum Column { WhenColumn, StepColumn, WhoColumn, OnBehalfColumn, StateColumn, CommentColumn };
}

LeaveRequestHistoryDialog::LeaveRequestHistoryDialog(const LeaveRequest &request,
                                                     const QString &typeLabel,
                                                     const QList<LeaveRequestStep> &steps,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_table(Hr::HrWidgets::historyTable(QStringLiteral("requestHistoryTable"),
                                          Tr::tr("Steps of the request"),
                                          {Tr::tr("When"),
                                           Tr::tr("Step"),
                                           Tr::tr("By"),
                                           Tr::tr("On behalf of"),
                                           Tr::tr("State after"),
                                           Tr::tr("Comment")},
                                          CommentColumn,
                                          this))
{
    setObjectName(QStringLiteral("requestHistoryDialog"));
    setWindowTitle(Tr::tr("History of the request"));
    auto *summary
        = new QLabel(Tr::tr("%1, %2 (%3): %4")
                         .arg(typeLabel,
                              LeaveRequestListModel::periodText(request.start, request.end),
                              LeaveRequestListModel::durationText(request.halfDays),
                              LeaveRequestStates::label(request.state)),
                     this);
    summary->setObjectName(QStringLiteral("requestHistorySummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QLocale locale;
    m_table->setRowCount(int(steps.size()));
    // Oldest first: a history reads as a story, from the request to the last decision.
    for (int row = 0; row < steps.size(); ++row) {
        const LeaveRequestStep &s = steps.at(row);
        const QString who = s.actorName.isEmpty() ? s.actorLogin : s.actorName;
        const QStringList cells
            = {locale.toString(s.actedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")),
               stepLabel(s.action),
               who,
               s.onBehalfOfName,
               LeaveRequestStates::label(s.toState),
               s.comment};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == CommentColumn || column == WhoColumn)
                item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (!steps.isEmpty())
        m_table->selectRow(int(steps.size()) - 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeRequestHistory"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 360);
}

QString LeaveRequestHistoryDialog::stepLabel(const QString &action)
{
    if (action == QLatin1String("created"))
        return Tr::tr("Draft written");
    if (action == QLatin1String("submitted"))
        return Tr::tr("Submitted");
    if (action == QLatin1String("approved"))
        return Tr::tr("Approved");
    if (action == QLatin1String("forwarded_to_hr"))
        return Tr::tr("Approved by the head, sent to HR");
    if (action == QLatin1String("refused"))
        return Tr::tr("Refused");
    if (action == QLatin1String("withdrawn"))
        return Tr::tr("Withdrawn");
    if (action == QLatin1String("cancellation_requested"))
        return Tr::tr("Cancellation asked");
    if (action == QLatin1String("cancellation_approved"))
        return Tr::tr("Cancelled");
    if (action == QLatin1String("cancellation_refused"))
        return Tr::tr("Cancellation refused");
    if (action == QLatin1String("entered_by_hr"))
        return Tr::tr("Entered by HR", "a request");
    if (action == QLatin1String("recounted"))
        return Tr::tr("Counted again");
    return action;
}

} // namespace Civitas::Leave::Internal
