#pragma once

#include <hr/hrglobal.h>

#include <core/models/sqllistmodel.h>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// What a department head sees of their team: names, postings and working patterns of the
// agents of the units they head or deputise and of the sub-units, present today. Filters and
// sort in SQL, as the server's row-level security would allow.
class CIVITAS_HR_EXPORT TeamListModel : public SqlListModel
{
    Q_OBJECT
public:
    explicit TeamListModel(Database &database, QObject *parent = nullptr);

    // Each setter takes effect at the next select().
    // The head (or deputy) whose team is listed; never listed themselves.
    void setHead(const QString &agentId);
    // Names only: a head may not look agents up by NIR or registration number.
    void setSearchText(const QString &text);
};

} // namespace Civitas::Hr
