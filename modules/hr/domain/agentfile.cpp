#include "agentfile.h"

#include <algorithm>

namespace Civitas::Hr {

const CareerStep *AgentFile::careerStepOn(QDate day) const
{
    const CareerStep *found = nullptr;
    for (const CareerStep &s : careerSteps) {
        if (s.effectiveDate <= day && (!found || s.effectiveDate >= found->effectiveDate))
            found = &s;
    }
    return found;
}

const StatutoryPosition *AgentFile::positionOn(QDate day) const
{
    for (const StatutoryPosition &p : positions) {
        if (p.startDate <= day && (!p.endDate.isValid() || p.endDate >= day))
            return &p;
    }
    return nullptr;
}

const WorkingTime *AgentFile::workingTimeOn(QDate day) const
{
    const WorkingTime *found = nullptr;
    for (const WorkingTime &w : workingTimes) {
        if (w.effectiveDate <= day && (!found || w.effectiveDate >= found->effectiveDate))
            found = &w;
    }
    return found;
}

int AgentFile::nextDocumentNumber() const
{
    int highest = 0;
    for (const AgentDocument &d : documents)
        highest = std::max(highest, d.sequenceNumber);
    return highest + 1;
}

void AgentFile::sortHistories()
{
    std::stable_sort(
        careerSteps.begin(), careerSteps.end(), [](const CareerStep &a, const CareerStep &b) {
            return a.effectiveDate < b.effectiveDate;
        });
    std::stable_sort(positions.begin(),
                     positions.end(),
                     [](const StatutoryPosition &a, const StatutoryPosition &b) {
                         return a.startDate < b.startDate;
                     });
    std::stable_sort(
        workingTimes.begin(), workingTimes.end(), [](const WorkingTime &a, const WorkingTime &b) {
            return a.effectiveDate < b.effectiveDate;
        });
    std::stable_sort(
        documents.begin(), documents.end(), [](const AgentDocument &a, const AgentDocument &b) {
            return a.sequenceNumber < b.sequenceNumber;
        });
}

} // namespace Civitas::Hr
