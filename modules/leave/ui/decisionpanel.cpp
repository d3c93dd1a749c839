#include "decisionpanel.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/leavetr.h>

#include <leave/models/pendingrequestsmodel.h>
#include <leave/store/leaveauthority.h>

#include <core/access/roles.h>
#include <core/access/session.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

DecisionPanel::DecisionPanel(Database &database,
                             const Session &session,
                             std::function<void()> changed,
                             QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_changed(std::move(changed))
    , m_store(database, session)
    , m_model(new PendingRequestsModel(database, this))
    , m_rows(new QGridLayout)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(Tr::tr("Waiting for your decision"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_rows->setHorizontalSpacing(12);
    m_rows->setColumnStretch(4, 1);
    layout->addLayout(m_rows);
    m_message->setObjectName(QStringLiteral("decisionPanelMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_model->sort(PendingRequestsModel::Dates, Qt::AscendingOrder);
    reload();
}

void DecisionPanel::reload()
{
    const LeaveAuthority authority(m_database, m_session);
    const bool hr = m_session.hasRole(Roles::Hr);
    m_model->setScope(m_session.agentId(), authority.teamAgentsSql(), hr);
    m_model->select();
    // Later: the button that asked for this reload is among them.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_ids.clear();
    int shown = 0;
    for (int row = 0; row < m_model->rowCount() && shown < Shown; ++row) {
        const LeaveRequestState state = m_model->stateAt(row);
        // Cancellations ask for the team calendar: they stay in the inbox.
        if (state != LeaveRequestState::Submitted && state != LeaveRequestState::WaitingHr)
            continue;
        const QString id = m_model->idAt(row);
        m_ids << id;
        auto cell = [this, row](int column) {
            return m_model->index(row, column).data().toString();
        };
        const QString comment = cell(PendingRequestsModel::Comment);
        const QStringList texts{
            m_model->agentNameAt(row),
            cell(PendingRequestsModel::Type),
            cell(PendingRequestsModel::Dates) + QStringLiteral(" (")
                + cell(PendingRequestsModel::Duration) + QLatin1Char(')'),
            Tr::tr("balance after: %1").arg(cell(PendingRequestsModel::BalanceAfter)),
            comment.isEmpty() ? QString() : QStringLiteral("“%1”").arg(comment),
        };
        for (int column = 0; column < texts.size(); ++column) {
            auto *label = new QLabel(texts.at(column), this);
            label->setTextFormat(Qt::PlainText);
            if (column == 4) {
                // The agent's words: the start in the row, all of it in the tooltip.
                label->setToolTip(m_model->index(row, PendingRequestsModel::Comment)
                                      .data(Qt::ToolTipRole)
                                      .toString());
                label->setMinimumWidth(80);
                label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            }
            m_rows->addWidget(label, shown, column);
        }
        auto *approve = new QPushButton(Tr::tr("Approve"), this);
        approve->setObjectName(QStringLiteral("approve_") + id);
        approve->setAccessibleName(
            Tr::tr("Approve the request of %1").arg(m_model->agentNameAt(row)));
        auto *refuse = new QPushButton(Tr::tr("Refuse…"), this);
        refuse->setObjectName(QStringLiteral("refuse_") + id);
        refuse->setAccessibleName(
            Tr::tr("Refuse the request of %1").arg(m_model->agentNameAt(row)));
        connect(
            approve, &QPushButton::clicked, this, [this, id] { decide(id, LeaveAction::Approve); });
        const int gridRow = shown;
        connect(refuse, &QPushButton::clicked, this, [this, gridRow] { askReason(gridRow); });
        m_rows->addWidget(approve, shown, 5);
        m_rows->addWidget(refuse, shown, 6);
        ++shown;
    }
    const int more = m_model->totalCount() - shown;
    if (more > 0) {
        auto *rest = new QLabel(
            Tr::tr("%n more in “Leave to decide”, with the team calendar.", nullptr, more), this);
        rest->setStyleSheet(QStringLiteral("color: #5a6778;"));
        m_rows->addWidget(rest, shown, 0, 1, 7);
    }
    setVisible(shown > 0 || more > 0);
}

void DecisionPanel::askReason(int gridRow)
{
    if (gridRow < 0 || gridRow >= m_ids.size())
        return;
    const QString id = m_ids.at(gridRow);
    // The reason in place of the row's comment and buttons, Enter to refuse.
    auto *box = new QWidget(this);
    auto *line = new QHBoxLayout(box);
    line->setContentsMargins(0, 0, 0, 0);
    auto *reason = new QLineEdit(box);
    reason->setObjectName(QStringLiteral("refusalReason_") + id);
    reason->setMaxLength(LeaveTextLimits::comment);
    reason->setPlaceholderText(Tr::tr("Why? The agent will read it."));
    reason->setAccessibleName(Tr::tr("Reason for the refusal"));
    auto *confirm = new QPushButton(Tr::tr("Refuse"), box);
    confirm->setObjectName(QStringLiteral("confirmRefusal_") + id);
    confirm->setEnabled(false);
    line->addWidget(reason, 1);
    line->addWidget(confirm);
    for (int column = 4; column <= 6; ++column) {
        if (QLayoutItem *item = m_rows->itemAtPosition(gridRow, column))
            if (QWidget *w = item->widget())
                w->hide();
    }
    m_rows->addWidget(box, gridRow, 4, 1, 3);
    connect(reason, &QLineEdit::textChanged, confirm, [confirm](const QString &text) {
        confirm->setEnabled(!text.trimmed().isEmpty());
    });
    connect(reason, &QLineEdit::returnPressed, confirm, &QPushButton::click);
    connect(confirm, &QPushButton::clicked, this, [this, id, reason] {
        if (!reason->text().trimmed().isEmpty())
            decide(id, LeaveAction::Refuse, reason->text().trimmed());
    });
    reason->setFocus();
}

bool DecisionPanel::decide(const QString &requestId, LeaveAction action, const QString &reason)
{
    const LeaveRequestStore::Result r = m_store.act(requestId, action, reason);
    m_problem = r.ok ? QString() : r.message();
    reload();
    m_message->setText(m_problem);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->setVisible(!m_problem.isEmpty());
    if (r.ok && m_changed)
        m_changed();
    return r.ok;
}

} // namespace Civitas::Leave::Internal
