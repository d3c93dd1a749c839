#pragma once

#include <leave/domain/leavetype.h>
#include <leave/leaveglobal.h>

#include <QList>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The leave types of the local file, in their display order. Small (a dozen rows): loaded
// whole, looked up by id or code.
class CIVITAS_LEAVE_EXPORT LeaveTypeCatalog
{
public:
    LeaveTypeCatalog() = default;
    explicit LeaveTypeCatalog(Database &database);

    void reload(Database &database);
    QList<LeaveType> types() const { return m_types; }
    // What an agent may ask for (active, not HR-entered only); HR may enter every active type.
    QList<LeaveType> requestableTypes(bool isHr) const;
    const LeaveType *byId(const QString &id) const;
    const LeaveType *byCode(const QString &code) const;

    // HR's configuration. A type in use is never deleted: it is made inactive.
    static bool save(Database &database, const LeaveType &type, QString *errorMessage);

private:
    QList<LeaveType> m_types;
};

} // namespace Civitas::Leave
