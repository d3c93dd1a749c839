#include "leavebalancesmodel.h"
#include <leave/domain/leavedays.h>
#include <leave/leavetr.h>

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Civitas::Leave {

LeaveBalancesModel::LeaveBalancesModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{}

void LeaveBalancesModel::load(const QString &agentId, int year)
{
    beginResetModel();
    m_agentId = agentId;
    m_year = year;
    // HR may rename a type or change its colour; the catalogue is a dozen rows.
    m_types.reload(m_database);
    m_balances = agentId.isEmpty() ? QList<LeaveBalance>()
                                   : LeaveLedger(m_database).balances(agentId, year);
    endResetModel();
}

LeaveBalance LeaveBalancesModel::balanceOf(const QString &leaveTypeId) const
{
    for (const LeaveBalance &b : m_balances) {
        if (b.leaveTypeId == leaveTypeId)
            return b;
    }
    LeaveBalance none;
    none.leaveTypeId = leaveTypeId;
    return none;
}

int LeaveBalancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_balances.size());
}

int LeaveBalancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LeaveBalancesModel::amount(const LeaveBalance &b, int column) const
{
    switch (column) {
    case RightsColumn:
        return b.rightsHundredths;
    // Uses are negative in the ledger; the agent reads days taken.
    case TakenColumn:
        return -b.usedHundredths;
    case PendingColumn:
        return b.pendingHundredths;
    case AvailableColumn:
        return b.availableHundredths();
    case ProjectedColumn:
        return b.projectedHundredths();
    default:
        return 0;
    }
}

QVariant LeaveBalancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeaveBalance &b = m_balances.at(index.row());
    const LeaveType *type = m_types.byId(b.leaveTypeId);
    if (role == TypeIdRole)
        return b.leaveTypeId;
    if (index.column() == TypeColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return type ? type->label : b.leaveTypeId;
        case Qt::DecorationRole:
            return QColor(type ? type->colour : QStringLiteral("#4a90d9"));
        default:
            return {};
        }
    }
    const int hundredths = amount(b, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return LeaveDays::format(hundredths);
    case HundredthsRole:
        return hundredths;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (hundredths < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (index.column() == ProjectedColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant LeaveBalancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == TypeColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RightsColumn:
            return Tr::tr("Days allocated for the year, with carry-overs and corrections");
        case TakenColumn:
            return Tr::tr("Approved leave already counted");
        case PendingColumn:
            return Tr::tr("Requests waiting for a decision");
        case AvailableColumn:
            return Tr::tr("Rights minus leave taken");
        case ProjectedColumn:
            return Tr::tr("What will be left once the waiting requests are approved");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return Tr::tr("Leave");
    case RightsColumn:
        return Tr::tr("Rights");
    case TakenColumn:
        return Tr::tr("Taken");
    case PendingColumn:
        return Tr::tr("Waiting");
    case AvailableColumn:
        return Tr::tr("Available");
    case ProjectedColumn:
        return Tr::tr("Left after approval");
    default:
        return {};
    }
}

} // namespace Civitas::Leave
