#include "leavedemowriter.h"

#include <leave/store/leaveledgerplan.h>

#include <core/demo/democontext.h>
#include <core/french/frenchcalendar.h>
#include <hr/demo/demopdf.h>

#include <core/storage/sql.h>

#include <QSqlError>
#include <QUuid>

namespace Civitas::Leave::Internal {

using Hr::WeeklyPattern;

namespace {

const QVariant NullText{QMetaType(QMetaType::QString)};

void digits(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

// QDate::toString and QDateTime::toString go through a general formatter: written by hand,
// millions of them cost nothing.
QString iso(QDate d)
{
    QString s(10, Qt::Uninitialized);
    QChar *out = s.data();
    digits(out, d.year(), 4);
    *out++ = u'-';
    digits(out, d.month(), 2);
    *out++ = u'-';
    digits(out, d.day(), 2);
    return s;
}

// As the store writes acted_at: "2026-11-27T08:41:12.000Z".
QString stamp(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    const QTime time = utc.time();
    QString s = iso(utc.date());
    s.resize(24);
    QChar *out = s.data() + 10;
    *out++ = u'T';
    digits(out, time.hour(), 2);
    *out++ = u':';
    digits(out, time.minute(), 2);
    *out++ = u':';
    digits(out, time.second(), 2);
    *out++ = u'.';
    digits(out, time.msec(), 3);
    *out++ = u'Z';
    return s;
}

QString halfCode(WeeklyPattern::HalfDay half)
{
    return half == WeeklyPattern::Afternoon ? QStringLiteral("pm") : QStringLiteral("am");
}

} // namespace

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
{
    m_values.reserve(RowsPerBatch * columns.size());
}

BatchInsert::~BatchInsert()
{
    qDeleteAll(m_statements);
}

bool BatchInsert::add(std::initializer_list<QVariant> values, QString *errorMessage)
{
    Q_ASSERT(int(values.size()) == m_columns.size());
    for (const QVariant &v : values)
        m_values.append(v);
    return m_values.size() < RowsPerBatch * m_columns.size() || flush(errorMessage);
}

bool BatchInsert::flush(QString *errorMessage)
{
    const int rows = int(m_values.size() / m_columns.size());
    if (rows == 0)
        return true;
    QSqlQuery *&q = m_statements[rows];
    if (!q) {
        const QString row = QLatin1Char('(')
                            + QStringList(m_columns.size(), QStringLiteral("?")).join(u',')
                            + QLatin1Char(')');
        q = new QSqlQuery(m_db);
        q->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                       .arg(m_table,
                            m_columns.join(QStringLiteral(", ")),
                            QStringList(rows, row).join(u',')));
    }
    for (int i = 0; i < m_values.size(); ++i)
        q->bindValue(i, m_values.at(i));
    m_values.clear();
    if (q->exec())
        return true;
    *errorMessage = q->lastError().text();
    return false;
}

LeaveDemoWriter::LeaveDemoWriter(const Town &town)
    : m_town(town)
    , m_db(town.db)
    , m_idBase(quint64(town.demo.seed() & 0xFFFF) << 32)
    , m_insertRequest(m_db,
                      QStringLiteral("leave_requests"),
                      {QStringLiteral("id"),
                       QStringLiteral("agent_id"),
                       QStringLiteral("leave_type_id"),
                       QStringLiteral("start_date"),
                       QStringLiteral("start_half"),
                       QStringLiteral("end_date"),
                       QStringLiteral("end_half"),
                       QStringLiteral("half_days"),
                       QStringLiteral("state"),
                       QStringLiteral("comment"),
                       QStringLiteral("updated_at"),
                       QStringLiteral("updated_by"),
                       QStringLiteral("document_name"),
                       QStringLiteral("document_mime_type"),
                       QStringLiteral("document_sha256"),
                       QStringLiteral("document_size")})
    , m_insertStep(m_db,
                   QStringLiteral("leave_request_steps"),
                   {QStringLiteral("id"),
                    QStringLiteral("request_id"),
                    QStringLiteral("agent_id"),
                    QStringLiteral("action"),
                    QStringLiteral("from_state"),
                    QStringLiteral("to_state"),
                    QStringLiteral("actor_login"),
                    QStringLiteral("actor_name"),
                    QStringLiteral("on_behalf_of_agent_id"),
                    QStringLiteral("on_behalf_of_name"),
                    QStringLiteral("comment"),
                    QStringLiteral("acted_at"),
                    QStringLiteral("updated_at"),
                    QStringLiteral("updated_by")})
    , m_insertLedger(m_db,
                     QStringLiteral("leave_ledger_entries"),
                     {QStringLiteral("id"),
                      QStringLiteral("agent_id"),
                      QStringLiteral("leave_type_id"),
                      QStringLiteral("year"),
                      QStringLiteral("kind"),
                      QStringLiteral("days_hundredths"),
                      QStringLiteral("effective_date"),
                      QStringLiteral("expires_on"),
                      QStringLiteral("request_id"),
                      QStringLiteral("reverses_entry_id"),
                      QStringLiteral("source"),
                      QStringLiteral("note"),
                      QStringLiteral("updated_at"),
                      QStringLiteral("updated_by")})
    , m_insertDelegation(m_db,
                         QStringLiteral("INSERT INTO leave_delegations (id, org_unit_id, "
                                        "delegator_agent_id, deputy_agent_id, start_date, "
                                        "end_date, "
                                        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_files(m_db)
{}

QString LeaveDemoWriter::nextId(QRandomGenerator &rng)
{
    // Time-ordered, in the layout of a version-7 UUID with a counter where the milliseconds
    // would be: each row lands at the end of the id indexes (and of the request_id ones)
    // instead of at a random place. Random ids made a 60,000-agent town's leave take most of
    // an hour, spent moving B-tree pages; in order it takes minutes.
    const quint64 high = ((m_idBase + ++m_sequence) << 16) | 0x7000 | (rng.generate() & 0x0FFF);
    const quint64 low = (rng.generate64() & ~(quint64(0xC0) << 56)) | (quint64(0x80) << 56);
    const QUuid id(uint(high >> 32),
                   ushort(high >> 16),
                   ushort(high),
                   uchar(low >> 56),
                   uchar(low >> 48),
                   uchar(low >> 40),
                   uchar(low >> 32),
                   uchar(low >> 24),
                   uchar(low >> 16),
                   uchar(low >> 8),
                   uchar(low));
    return id.toString(QUuid::WithoutBraces);
}

bool LeaveDemoWriter::writeDaysOff(QString *errorMessage)
{
    Sql::Statement insert(m_db,
                          QStringLiteral("INSERT INTO leave_days_off (id, day, name, updated_by) "
                                         "VALUES (?, ?, ?, 'demo')"));
    QRandomGenerator rng(m_town.demo.seed() ^ 0x4C4F4646u);
    for (int year = m_town.firstYear; year <= m_town.today.year() + 1; ++year) {
        const QDate friday = FrenchCalendar::easterSunday(year).addDays(40);
        if (!insert.exec(
                {DemoContext::uuid(rng), iso(friday), QStringLiteral("Pont de l’Ascension")},
                errorMessage))
            return false;
    }
    return true;
}

bool LeaveDemoWriter::dropIndexes(QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql "
                               "IS NOT NULL AND tbl_name IN "
                               "('leave_requests', 'leave_request_steps', "
                               "'leave_ledger_entries')"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_droppedIndexes << q.value(1).toString();
    }
    q.finish(); // a schema being read cannot change
    // SQLite refuses to change the schema while another statement of the connection is
    // still open ("table is locked"): then the rows go in with the indexes, only slower.
    QStringList dropped;
    for (int i = 0; i < names.size(); ++i) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(names.at(i))))
            break;
        dropped << m_droppedIndexes.at(i);
    }
    m_droppedIndexes = dropped;
    return true;
}

bool LeaveDemoWriter::createIndexes(QString *errorMessage)
{
    QSqlQuery q(m_db);
    for (const QString &sql : std::as_const(m_droppedIndexes)) {
        if (!q.exec(sql)) {
            *errorMessage = q.lastError().text();
            return false;
        }
    }
    m_droppedIndexes.clear();
    return true;
}

bool LeaveDemoWriter::writePlan(const LeaveLedgerPlan &plan,
                                QRandomGenerator &rng,
                                QString *errorMessage)
{
    // What LeaveLedgerPlan::write would append on a file where the batch never ran (it opens a
    // transaction of its own, which the demo's cannot hold).
    for (const LeavePlanLine &l : plan.lines()) {
        if (l.hundredths == 0 || l.change == LeavePlanLine::Change::Unchanged)
            continue;
        const int agent = m_town.agentIndex.value(l.agentId, -1);
        if (agent < 0)
            continue;
        const QDateTime at = qMin(officeTime(weekdayOnOrAfter(l.effectiveDate), rng), m_town.now);
        ++m_ledgerCount;
        if (!m_insertLedger.add(
                {nextId(rng),
                 l.agentId,
                 l.leaveTypeId,
                 l.year,
                 LedgerEntry::kindCode(l.kind),
                 l.hundredths,
                 iso(l.effectiveDate),
                 l.expiresOn.isValid() ? QVariant(iso(l.expiresOn)) : NullText,
                 NullText,
                 NullText,
                 plan.source(),
                 Sql::notNull(l.note),
                 stamp(at),
                 Sql::notNull(m_town.agents.at(m_town.hr >= 0 ? m_town.hr : agent).login)},
                errorMessage))
            return false;
    }
    return true;
}

bool LeaveDemoWriter::readBudgets(int year,
                                  const std::vector<std::unique_ptr<AgentPlan>> &plans,
                                  QString *errorMessage)
{
    if (!flush(errorMessage))
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT agent_id, leave_type_id, sum(days_hundredths) FROM "
                             "leave_ledger_entries "
                             "WHERE year = ? AND deleted = 0 GROUP BY agent_id, leave_type_id"));
    q.addBindValue(year);
    if (!q.exec()) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const int agent = m_town.agentIndex.value(q.value(0).toString(), -1);
        const int slot = m_town.balanceSlots.value(q.value(1).toString(), -1);
        if (agent >= 0 && slot >= 0)
            plans[agent]->budget[year * 16 + slot] = q.value(2).toInt();
    }
    return true;
}

bool LeaveDemoWriter::writeRequests(AgentPlan &plan, QString *errorMessage)
{
    for (const Request &r : std::as_const(plan.requests)) {
        const QString requestId = nextId(plan.rng);
        if (!writeRequest(plan, r, requestId, errorMessage)
            || !writeSteps(plan, r, requestId, errorMessage)
            || !writeUses(plan, r, requestId, errorMessage))
            return false;
    }
    plan.requests.clear();
    return true;
}

// The request as it stands now, with the piece its type asks for.
bool LeaveDemoWriter::writeRequest(const AgentPlan &plan,
                                   const Request &r,
                                   const QString &requestId,
                                   QString *errorMessage)
{
    const DemoAgent &agent = m_town.agents.at(plan.agent);
    QByteArray document;
    QString documentName;
    QString sha256;
    if (r.type->documentRequired) {
        // The piece the type asks for: dates and names only (nothing about health).
        static const QHash<QString, QPair<QString, QString>> titles = {
            {QStringLiteral("sick"),
             {QStringLiteral("Avis d'arret de travail (volet employeur)"),
              QStringLiteral("arret-de-travail.pdf")}},
            {QStringLiteral("training"),
             {QStringLiteral("Convocation a la formation"), QStringLiteral("convocation.pdf")}},
            {QStringLiteral("marriage"),
             {QStringLiteral("Extrait d'acte de mariage"), QStringLiteral("acte-de-mariage.pdf")}},
            {QStringLiteral("family_death"),
             {QStringLiteral("Acte de deces"), QStringLiteral("acte-de-deces.pdf")}},
            {QStringLiteral("sick_child"),
             {QStringLiteral("Certificat medical (enfant)"), QStringLiteral("certificat.pdf")}},
        };
        const auto title = titles.value(
            r.type->code, {QStringLiteral("Justificatif"), QStringLiteral("justificatif.pdf")});
        document
            = Hr::DemoPdf::make({title.first,
                                 QStringLiteral("Agent : %1").arg(agent.fileName),
                                 QStringLiteral("Du %1 au %2")
                                     .arg(r.start.date.toString(QStringLiteral("dd/MM/yyyy")),
                                          r.end.date.toString(QStringLiteral("dd/MM/yyyy"))),
                                 QStringLiteral("Piece generee pour la ville de demonstration.")});
        documentName = title.second;
        // Into the file store, made on this desk: `civitas-admin load` takes it to a server.
        sha256 = m_files.add(document, QStringLiteral("application/pdf"), errorMessage);
        if (sha256.isEmpty())
            return false;
    }
    const Step &lastStep = r.steps.constLast();
    ++m_requestCount;
    return m_insertRequest.add(
        {requestId,
         agent.id,
         r.type->id,
         iso(r.start.date),
         halfCode(r.start.half),
         iso(r.end.date),
         halfCode(r.end.half),
         r.halfDays,
         LeaveRequestStates::code(r.state),
         Sql::notNull(r.comment),
         stamp(lastStep.at),
         Sql::notNull(m_town.agents.at(lastStep.actor).login),
         Sql::notNull(documentName),
         document.isEmpty() ? QString(QLatin1String("")) : QStringLiteral("application/pdf"),
         sha256.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sha256),
         document.size()},
        errorMessage);
}

// Its history, step by step, each with who acted and for whom.
bool LeaveDemoWriter::writeSteps(const AgentPlan &plan,
                                 const Request &r,
                                 const QString &requestId,
                                 QString *errorMessage)
{
    const DemoAgent &agent = m_town.agents.at(plan.agent);
    for (const Step &s : r.steps) {
        const DemoAgent &actor = m_town.agents.at(s.actor);
        ++m_stepCount;
        if (!m_insertStep.add(
                {nextId(plan.rng),
                 requestId,
                 agent.id,
                 QString::fromLatin1(s.action),
                 s.noFromState ? QString(QLatin1String("")) : LeaveRequestStates::code(s.from),
                 LeaveRequestStates::code(s.to),
                 Sql::notNull(actor.login),
                 Sql::notNull(actor.accountName),
                 s.onBehalfOf >= 0 ? QVariant(m_town.agents.at(s.onBehalfOf).id) : NullText,
                 s.onBehalfOf >= 0 ? Sql::notNull(m_town.agents.at(s.onBehalfOf).fileName)
                                   : QString(QLatin1String("")),
                 Sql::notNull(s.comment),
                 stamp(s.at),
                 stamp(s.at),
                 Sql::notNull(actor.login)},
                errorMessage))
            return false;
    }
    return true;
}

// The ledger as the store writes it: the use on the final approval, a reversing use (same
// kind, opposite amount) when the leave is cancelled.
bool LeaveDemoWriter::writeUses(const AgentPlan &plan,
                                const Request &r,
                                const QString &requestId,
                                QString *errorMessage)
{
    if (m_town.slotOf(r.type) < 0 || !r.usedAt.isValid())
        return true;
    const DemoAgent &agent = m_town.agents.at(plan.agent);
    const QString useId = nextId(plan.rng);
    m_ledgerCount += r.reversedAt.isValid() ? 2 : 1;
    if (!m_insertLedger.add({useId,
                             agent.id,
                             r.type->id,
                             r.start.date.year(),
                             QStringLiteral("use"),
                             -r.halfDays * 50,
                             iso(r.start.date),
                             NullText,
                             requestId,
                             NullText,
                             QStringLiteral("request"),
                             QString(QLatin1String("")),
                             stamp(r.usedAt),
                             QStringLiteral("demo")},
                            errorMessage))
        return false;
    return !r.reversedAt.isValid()
           || m_insertLedger.add({nextId(plan.rng),
                                  agent.id,
                                  r.type->id,
                                  r.start.date.year(),
                                  QStringLiteral("use"),
                                  r.halfDays * 50,
                                  iso(localDate(r.reversedAt)),
                                  NullText,
                                  requestId,
                                  useId,
                                  QStringLiteral("cancellation"),
                                  Sql::notNull(r.reversalNote),
                                  stamp(r.reversedAt),
                                  QStringLiteral("demo")},
                                 errorMessage);
}

bool LeaveDemoWriter::writeDelegation(QRandomGenerator &rng,
                                      int unit,
                                      const Delegation &d,
                                      QString *errorMessage)
{
    const Unit &u = m_town.units.at(unit);
    const QDateTime made
        = qMin(officeTime(weekdayOnOrBefore(d.first.addDays(-3)), rng), m_town.now);
    ++m_delegationCount;
    return m_insertDelegation.exec({DemoContext::uuid(rng),
                                    u.id,
                                    m_town.agents.at(u.head).id,
                                    m_town.agents.at(d.deputy).id,
                                    iso(d.first),
                                    iso(d.last),
                                    stamp(made),
                                    Sql::notNull(m_town.agents.at(u.head).login)},
                                   errorMessage);
}

bool LeaveDemoWriter::setMinimumStaffing(const QString &unitId, int minimum, QString *errorMessage)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE org_units SET minimum_staffing = ? WHERE id = ?"));
    q.addBindValue(minimum);
    q.addBindValue(unitId);
    if (!q.exec()) {
        *errorMessage = q.lastError().text();
        return false;
    }
    return true;
}

bool LeaveDemoWriter::flush(QString *errorMessage)
{
    return m_insertRequest.flush(errorMessage) && m_insertStep.flush(errorMessage)
           && m_insertLedger.flush(errorMessage);
}

} // namespace Civitas::Leave::Internal
