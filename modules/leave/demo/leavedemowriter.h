#pragma once

#include "leavedemotown.h"

#include <core/demo/demofiles.h>
#include <core/storage/sql.h>

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

namespace Civitas::Leave {
class LeaveLedgerPlan;
}

namespace Civitas::Leave::Internal {

// Rows written many at a time: one prepared INSERT of 64 rows, reused. A one-row INSERT on a
// table with triggers opens and closes a statement journal each time; per row that cost more
// than the row.
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    bool add(std::initializer_list<QVariant> values, QString *errorMessage);
    bool flush(QString *errorMessage);

private:
    static constexpr int RowsPerBatch = 64;
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QVariantList m_values;
    QHash<int, QSqlQuery *> m_statements; // by number of rows
};

// Turns what LeaveDemoPlanner planned into rows, with SQL in bulk (the store checks one request
// at a time: far too slow for 60,000 agents) but as the store would have written them: each
// request with its steps and its ledger uses, HR's batches with their own source tags, the
// delegations. Ids are time-ordered, so that rows land at the end of the indexes.
class LeaveDemoWriter
{
public:
    explicit LeaveDemoWriter(const Town &town);

    // Many towns close on the Friday after Ascension: a day off the mayor grants, not a holiday.
    bool writeDaysOff(QString *errorMessage);
    // Millions of rows go in faster without the secondary indexes, built again at the end from
    // their own definitions (a sorted build instead of millions of B-tree insertions).
    bool dropIndexes(QString *errorMessage);
    bool createIndexes(QString *errorMessage);

    // HR's batches, as the application computes them (LeaveRightsPlanner, LeaveYearClosing),
    // written with the same source tags: run again on the demo town, they find nothing to do.
    bool writePlan(const LeaveLedgerPlan &plan, QRandomGenerator &rng, QString *errorMessage);
    // The year's rights as the ledger now holds them, into each agent's plan.
    bool readBudgets(int year,
                     const std::vector<std::unique_ptr<AgentPlan>> &plans,
                     QString *errorMessage);
    // The plan's requests, their steps and their ledger lines; the plan is emptied.
    bool writeRequests(AgentPlan &plan, QString *errorMessage);
    bool
    writeDelegation(QRandomGenerator &rng, int unit, const Delegation &d, QString *errorMessage);
    bool setMinimumStaffing(const QString &unitId, int minimum, QString *errorMessage);
    // What is still waiting in the batches, written: before anything reads the tables.
    bool flush(QString *errorMessage);

    int requestCount() const { return m_requestCount; }
    int stepCount() const { return m_stepCount; }
    int ledgerCount() const { return m_ledgerCount; }
    int delegationCount() const { return m_delegationCount; }

private:
    QString nextId(QRandomGenerator &rng);
    bool writeRequest(const AgentPlan &plan,
                      const Request &r,
                      const QString &requestId,
                      QString *errorMessage);
    bool writeSteps(const AgentPlan &plan,
                    const Request &r,
                    const QString &requestId,
                    QString *errorMessage);
    bool writeUses(const AgentPlan &plan,
                   const Request &r,
                   const QString &requestId,
                   QString *errorMessage);

    const Town &m_town;
    QSqlDatabase m_db;
    quint64 m_idBase = 0;
    quint64 m_sequence = 0;
    QStringList m_droppedIndexes; // their CREATE statements

    BatchInsert m_insertRequest;
    BatchInsert m_insertStep;
    BatchInsert m_insertLedger;
    Sql::Statement m_insertDelegation;
    DemoFiles m_files; // the supporting documents' bytes

    int m_requestCount = 0;
    int m_stepCount = 0;
    int m_ledgerCount = 0;
    int m_delegationCount = 0;
};

} // namespace Civitas::Leave::Internal
