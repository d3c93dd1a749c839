#pragma once

#include <hr/hrglobal.h>

#include <core/models/sqllistmodel.h>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// The list of agents for HR: every filter and the sort run in SQL over the local file, the
// rows come page by page, so it stays fast at 60,000 agents (see tests/bench).
class CIVITAS_HR_EXPORT AgentListModel : public SqlListModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        RegistrationNumber,
        Unit,
        Grade,
        Category,
        Status,
        Position,
        EntryDate,
        ColumnCount
    };
    enum class Activity { Active, Departed, All };

    explicit AgentListModel(Database &database, QObject *parent = nullptr);

    // Each setter takes effect at the next select(). An empty code removes the filter.
    void setUnit(const QString &orgUnitId); // the unit and all its sub-units
    void setStatus(const QString &status);
    void setCategory(const QString &category);
    void setSector(const QString &sector);
    void setPosition(const QString &position);
    void setActivity(Activity activity);
    // Names, usage name, registration number or NIR; a NIR may be typed with its spaces.
    void setSearchText(const QString &text);

private:
    void updateCountFrom();

    bool m_currentFilters[3] = {false, false, false}; // category, sector, position
    bool m_currentFiltered = false;
    bool m_detailsFiltered = false;
};

} // namespace Civitas::Hr
