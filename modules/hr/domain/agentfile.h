#pragma once

#include "agent.h"
#include "agentdocument.h"
#include "careerstep.h"
#include "statutoryposition.h"
#include "workingtime.h"
#include <hr/hrglobal.h>

#include <QList>

namespace Civitas::Hr {

// The individual agent file (dossier individuel) as a form edits it: the agent, the three
// dated histories (each sorted oldest first) and the documents. A history row with an empty
// id is new; a row missing from an edited copy is withdrawn when the file is saved.
struct CIVITAS_HR_EXPORT AgentFile
{
    Agent agent;
    QList<CareerStep> careerSteps;
    QList<StatutoryPosition> positions;
    QList<WorkingTime> workingTimes;
    QList<AgentDocument> documents;

    // What is in effect on `day`; null when nothing is. The current values are always read
    // from the histories, never typed a second time.
    const CareerStep *careerStepOn(QDate day) const;
    const StatutoryPosition *positionOn(QDate day) const;
    const WorkingTime *workingTimeOn(QDate day) const;
    // The next number of a piece in this file (numbers have no gaps).
    int nextDocumentNumber() const;
    void sortHistories();
};

} // namespace Civitas::Hr
