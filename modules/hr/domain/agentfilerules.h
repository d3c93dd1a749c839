#pragma once

#include "agentfile.h"
#include <hr/hrglobal.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Civitas::Hr {

// The rules an agent file must follow before it is saved, with the reason in the user's words
// and the field it concerns (the form shows it next to that field). Warnings do not block.
class CIVITAS_HR_EXPORT AgentFileRules
{
public:
    struct Problem
    {
        QString field; // "birthName", "nir", "positions", "documents"...
        QString message;
        bool blocking = true;
    };

    static QList<Problem> check(const AgentFile &file);
    // The problems of one career step beside the file's `others` (a step needs its date, its
    // framework and grade, an echelon of the grid, and a date no other step has): check()
    // asks it of each step, and the career tab of the step the user is adding.
    static QList<Problem> careerStepProblems(const CareerStep &step,
                                             const QList<CareerStep> &others);
    static bool hasBlocking(const QList<Problem> &problems);
    // The first pair of overlapping positions, described; empty when none overlap.
    static QString positionOverlap(const QList<StatutoryPosition> &positions);
};

} // namespace Civitas::Hr
