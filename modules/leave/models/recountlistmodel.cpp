#include "recountlistmodel.h"
#include <leave/leavetr.h>

#include <leave/store/leaveledger.h>
#include <leave/store/leaverecount.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <hr/store/agentnamesql.h>

#include <QDateTime>
#include <QLocale>

namespace Civitas::Leave {

namespace {

QString dateText(const QString &iso)
{
    return QLocale().toString(QDate::fromString(iso, Qt::ISODate), QLocale::ShortFormat);
}

} // namespace

RecountListModel::RecountListModel(Database &database, QObject *parent)
    : SqlListModel(parent)
{
    setSource(database.connection(),
              QStringLiteral("leave_recounts rc JOIN agents a ON a.id = rc.agent_id "
                             "LEFT JOIN leave_requests r ON r.id = rc.request_id "
                             "LEFT JOIN leave_types t ON t.id = r.leave_type_id"),
              QStringLiteral("rc.id"));
    setCountFrom(QStringLiteral("leave_recounts rc"));
    const QString name = Hr::agentDisplayNameSql(QStringLiteral("a"));
    auto days = [](const QVariant &v) {
        return LeaveLedger::formatDays(v.toInt() * 50);
    };
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {Tr::tr("Counted again on"),
         QStringLiteral("rc.recounted_at"),
         {},
         {},
         [](const QVariant &v) {
             return QLocale().toString(
                 QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toLocalTime(),
                 QLocale::ShortFormat);
         }},
        {Tr::tr("Agent"), name, Sql::frenchCollated(name), {}, {}},
        {Tr::tr("Leave"), QStringLiteral("coalesce(t.label, '')"), {}, {}, {}},
        {Tr::tr("Dates"),
         QStringLiteral("coalesce(r.start_date, '') || '|' || coalesce(r.end_date, '')"),
         QStringLiteral("r.start_date"),
         {},
         [](const QVariant &v) {
             const QStringList parts = v.toString().split(QLatin1Char('|'));
             return parts.size() == 2
                        ? dateText(parts.at(0)) + QStringLiteral(" – ") + dateText(parts.at(1))
                        : QString();
         }},
        {Tr::tr("Before"), QStringLiteral("rc.old_half_days"), {}, right, days},
        {Tr::tr("After"), QStringLiteral("rc.new_half_days"), {}, right, days},
        {Tr::tr("Why"),
         QStringLiteral("rc.reason"),
         {},
         {},
         [](const QVariant &v) {
             return LeaveRecount::reasonLabel(v.toString());
         }},
    });
    // The review index (reviewed, recounted_at) serves the filter and the default order.
    setFilter(QStringLiteral("toReview"), QStringLiteral("rc.reviewed = 0 AND rc.deleted = 0"));
}

} // namespace Civitas::Leave
