#pragma once

#include <QStringList>

namespace Civitas::Leave::LeaveTextLimits {

// The most each free-text field of leave holds, and what a document may be: the server refuses
// more (central leave 0002's CHECKs), the desk says so first, naming the field.
constexpr int comment = 2000;
constexpr int documentName = 200;
constexpr int label = 200; // a leave type's label, a day off's name
constexpr int code = 50;   // a leave type's code
constexpr int note = 1000;
// The drafts an agent keeps at once: a draft costs nothing to make, and fills desks.
constexpr int drafts = 20;
// A delegation covers an absence: the longest is a year (end before the same day a year on).
constexpr int delegationYears = 1;

inline const QStringList &documentTypes()
{
    static const QStringList types = {QStringLiteral("application/pdf"),
                                      QStringLiteral("image/jpeg"),
                                      QStringLiteral("image/png")};
    return types;
}

// A file's name as a request keeps it: no folder, no control character.
inline bool isPlainFileName(const QString &name)
{
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace Civitas::Leave::LeaveTextLimits
