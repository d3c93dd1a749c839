#include "expirynoticeletter.h"
#include "leaverequestsheet.h"

#include <core/storage/database.h>
#include <hr/output/hrdocumentformat.h>
#include <hr/store/agentnamesql.h>

#include <QSqlQuery>

namespace Civitas::Leave {

QVariantMap ExpiryNoticeLetter::values(Database &database, const ExpiryNotices::Notice &notice)
{
    using F = Hr::HrDocumentFormat;
    QVariantMap v;
    v[QStringLiteral("townName")] = F::townName(database);
    v[QStringLiteral("issuedOn")] = F::longDate(notice.issuedAt.toLocalTime().date());
    v[QStringLiteral("days")] = LeaveRequestSheet::daysText(notice.hundredths);
    v[QStringLiteral("expiresOn")] = F::longDate(notice.expiresOn);
    v[QStringLiteral("reference")] = notice.id.left(8).toUpper();
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT %1, a.registration_number, coalesce(o.name, '') FROM agents "
                             "a LEFT JOIN org_units o ON o.id = a.org_unit_id WHERE a.id = ?")
                  .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
    q.addBindValue(notice.agentId);
    const bool found = q.exec() && q.next();
    v[QStringLiteral("agentName")] = found ? q.value(0).toString() : notice.agentName;
    v[QStringLiteral("registrationNumber")] = found ? q.value(1).toString() : QString();
    v[QStringLiteral("unitName")] = found ? q.value(2).toString() : QString();
    return v;
}

void ExpiryNoticeLetter::printer(Database &database,
                                 const ExpiryNotices::Notice &notice,
                                 DocumentPrinter *printer)
{
    const QVariantMap v = values(database, notice);
    printer->setTitle(QStringLiteral("Information sur les congés reportés — %1")
                          .arg(v.value(QStringLiteral("agentName")).toString()));
    printer->setOfficialPaper(true);
    printer->setTemplate(Hr::HrDocumentFormat::readTemplate(templatePath()));
    printer->setValues(v);
}

} // namespace Civitas::Leave
