#pragma once

#include <hr/hrglobal.h>

#include <core/result.h>

#include <QStringList>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// The job frameworks and grades already used in the town's careers, offered when HR adds a
// career step so that they are picked rather than retyped (one spelling per grade keeps the
// lists and the counts by grade right).
class CIVITAS_HR_EXPORT CareerValues
{
public:
    explicit CareerValues(Database &database)
        : m_database(database)
    {}

    // Each once, alphabetically.
    Result<QStringList> jobFrameworks() const;
    Result<QStringList> grades() const;

private:
    Result<QStringList> distinct(const QString &sql, const char *what) const;

    Database &m_database;
};

} // namespace Civitas::Hr
