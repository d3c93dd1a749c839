#pragma once

#include "sqllistmodel.h"

namespace Civitas {

class Database;

// The user accounts of the organisation page: name, login, unit, roles and state, filtered by
// unit (with its sub-units), role, state and free text, all in SQL.
class CIVITAS_CORE_EXPORT AccountListModel : public SqlListModel
{
    Q_OBJECT
public:
    enum Column { Name, Login, Unit, RoleNames, Active, ColumnCount };
    enum class State { Active, Disabled, All };

    explicit AccountListModel(Database &database, QObject *parent = nullptr);

    // Each setter takes effect at the next select().
    void setUnit(const QString &orgUnitId); // the unit and all its sub-units; empty = the town
    void setRole(const QString &role);      // empty = any role
    void setState(State state);
    void setSearchText(const QString &text); // name, login or e-mail
};

} // namespace Civitas
