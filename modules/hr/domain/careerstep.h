#pragma once

#include <QDate>
#include <QString>

namespace Civitas::Hr {

// One decision of the career history (appointment, advancement, promotion...). The agent's
// current grade, echelon and index are those of the latest step in effect.
struct CareerStep
{
    QString id;
    QDate effectiveDate;
    QString category;     // A, B, C
    QString sector;       // filière code
    QString jobFramework; // cadre d'emplois
    QString grade;
    int echelon = 1;
    int grossIndex = 0; // 0 = not entered
    int increasedIndex = 0;
    QString reason;
    QString decisionReference;
    QString updatedBy;
};

} // namespace Civitas::Hr
