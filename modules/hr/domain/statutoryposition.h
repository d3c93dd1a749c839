#pragma once

#include <QDate>
#include <QString>

namespace Civitas::Hr {

// A statutory position (activité, détachement, disponibilité, congé parental) and the decision
// (arrêté) that placed the agent in it. No end date: until a further decision.
struct StatutoryPosition
{
    QString id;
    QString position;
    QDate startDate;
    QDate endDate;
    QString decisionReference;
    QDate decisionDate;

    bool overlaps(const StatutoryPosition &other) const
    {
        const bool thisEndsBefore = endDate.isValid() && endDate < other.startDate;
        const bool otherEndsBefore = other.endDate.isValid() && other.endDate < startDate;
        return !thisEndsBefore && !otherEndsBefore;
    }
};

} // namespace Civitas::Hr
