#pragma once

#include "leavedemotown.h"

namespace Civitas::Leave::Internal {

// Decides what each agent's years hold, as people take leave (summer weeks, school holidays,
// Christmas, bridges, RTT days and half days, sick leave entered by HR, training, special
// leave, a few refused, withdrawn and cancelled requests), each request counted on the agent's
// own pattern, its steps as the workflow would have them up to now, and its days taken off the
// balance: pure computation over the loaded town, written afterwards by LeaveDemoWriter. By the
// store's rules: no two live requests of an agent overlap, no balance goes below zero with the
// waiting requests counted, annual leave at most 31 consecutive days.
class LeaveDemoPlanner
{
public:
    explicit LeaveDemoPlanner(Town &town)
        : m_town(town)
    {}

    // The longest-serving member who is there for the whole history stands in for the head.
    void chooseDeputies();
    // The agent's leave of `year` in plan.requests, `fixed` first (seeded for the agent and the
    // year, so that an agent's history does not depend on the others').
    void planYear(AgentPlan &plan, int year, const QList<Fixed> &fixed);
    // The heads' approved annual leave of 12 days or more: when a deputy may approve for them.
    QList<Delegation> longLeaveOf(int head) const { return m_longLeaveOfHeads.value(head); }

    // Counts `r`, checks it against the agent's plan and the store's rules, builds its steps
    // as `intent` would have them up to now, takes it off the balance. False when it does not
    // fit (or was not yet asked for, being in the future).
    bool place(AgentPlan &plan,
               Request &r,
               Intent intent,
               QDateTime submitted,
               QDateTime decided = {},
               bool scenario = false);
    QDateTime submissionFor(AgentPlan &plan, QDate start, int leadDays) const;
    QDateTime later(AgentPlan &plan, const QDateTime &after, int maxDays) const;

private:
    struct Approver
    {
        int actor = -1;
        int onBehalfOf = -1;
        bool asHr = false;
    };
    // The year being planned for one agent: the days they are there, and a day drawn in them.
    struct Year;

    Approver approverFor(int agent, QDate day) const;
    Intent drawIntent(AgentPlan &plan, int leadDays, const LeaveType *type) const;

    bool fits(const AgentPlan &plan, Request &r) const;
    bool
    buildSteps(AgentPlan &plan, Request &r, Intent intent, QDateTime submitted, QDateTime decided);
    bool addStep(Request &r,
                 const char *action,
                 S from,
                 S to,
                 int actor,
                 int onBehalfOf,
                 const QString &comment,
                 const QDateTime &at) const;
    bool withdraw(AgentPlan &plan, Request &r, const QDateTime &submitted);
    bool decide(
        AgentPlan &plan, Request &r, Intent intent, const QDateTime &submitted, QDateTime decided);
    bool askCancellation(AgentPlan &plan, Request &r, Intent intent, const QDateTime &approved);

    // Placing requests of each kind.
    void placeBlock(AgentPlan &plan,
                    int year,
                    const LeaveType *type,
                    QDate windowFrom,
                    QDate windowTo,
                    int days,
                    int leadMin,
                    int leadMax,
                    const QString &comment);
    bool placeSingle(AgentPlan &plan,
                     int year,
                     const LeaveType *type,
                     QDate day,
                     bool half,
                     int leadMin,
                     int leadMax,
                     const QString &comment);
    void placeAgreed(AgentPlan &plan, const QList<Fixed> &fixed);
    int placeSickLeave(AgentPlan &plan, const Year &y);
    void placeTraining(AgentPlan &plan, const Year &y);
    void placeSpecialLeave(AgentPlan &plan, const Year &y);
    void placeHolidays(AgentPlan &plan, const Year &y);
    void placeBridges(AgentPlan &plan, const Year &y);
    void spend(AgentPlan &plan, const Year &y, const LeaveType *type, int keepMin, int keepMax);
    void placeSplitBonus(AgentPlan &plan, const Year &y);
    void noteLongLeave(const AgentPlan &plan);

    Town &m_town;
    QHash<int, QList<Delegation>> m_longLeaveOfHeads; // agent -> approved annual leave of 12
                                                      // days or more
};

} // namespace Civitas::Leave::Internal
