#include "leaverequeststore.h"
#include <leave/leavetr.h>

#include "leaveauthority.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/domain/leaveyearparts.h>

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <hr/store/agentnamesql.h>

#include <core/files/filestore.h>
#include <core/files/filetype.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "leavecalendarstore.h"
#include <algorithm>

namespace Civitas::Leave {

using Hr::WeeklyPattern;

namespace {

QString halfCode(WeeklyPattern::HalfDay half)
{
    return half == WeeklyPattern::Afternoon ? QStringLiteral("pm") : QStringLiteral("am");
}

WeeklyPattern::HalfDay halfFrom(const QVariant &v)
{
    return v.toString() == QLatin1String("pm") ? WeeklyPattern::Afternoon : WeeklyPattern::Morning;
}

// A null QString binds NULL; the text columns are NOT NULL with '' for none.
const char requestColumns[]
    = "id, agent_id, leave_type_id, start_date, start_half, end_date, end_half, half_days, state, "
      "comment, document_name, document_mime_type, updated_at, document_sha256, document_size";

LeaveRequest requestFrom(const QSqlQuery &q)
{
    LeaveRequest r;
    r.id = q.value(0).toString();
    r.agentId = q.value(1).toString();
    r.leaveTypeId = q.value(2).toString();
    r.start = {QDate::fromString(q.value(3).toString(), Qt::ISODate), halfFrom(q.value(4))};
    r.end = {QDate::fromString(q.value(5).toString(), Qt::ISODate), halfFrom(q.value(6))};
    r.halfDays = q.value(7).toInt();
    r.state = LeaveRequestStates::fromCode(q.value(8).toString());
    r.comment = q.value(9).toString();
    r.documentName = q.value(10).toString();
    r.documentMimeType = q.value(11).toString();
    r.updatedAt = q.value(12).toString();
    r.documentSha256 = q.value(13).toString();
    r.documentSize = q.value(14).toLongLong();
    return r;
}

} // namespace

QString LeaveRequestStore::Result::message() const
{
    QStringList lines;
    for (const LeaveProblem &p : problems)
        lines.append(p.message);
    if (!error.isEmpty())
        lines.append(error);
    return lines.join(QLatin1Char('\n'));
}

QStringList LeaveRequestStore::documentTypes()
{
    return {FileType::Pdf, FileType::Jpeg, FileType::Png};
}

Civitas::Result<LeaveRequestStore::Attachment> LeaveRequestStore::readDocument(const QString &path)
{
    using R = Civitas::Result<Attachment>;
    const QString name = QFileInfo(path).fileName();
    const Civitas::Result<StoredFile> stored = FileStore(m_database).add(path, documentTypes());
    if (!stored.ok())
        return R::failure(name + QStringLiteral(": ") + stored.error());
    return Attachment{
        stored.value().sha256, stored.value().byteSize, name, stored.value().mimeType};
}

LeaveRequestStore::LeaveRequestStore(Database &database, const Session &session)
    : m_database(database)
    , m_session(session)
    , m_types(database)
    , m_calendar(LeaveCalendarStore::calendar(database))
    , m_ledger(database)
{}

void LeaveRequestStore::reloadCalendar()
{
    m_calendar = LeaveCalendarStore::calendar(m_database);
    m_types.reload(m_database);
}

LeaveRequestStore::Evaluation LeaveRequestStore::evaluate(const LeaveRequest &request,
                                                          bool enteredByHr) const
{
    Evaluation e;
    const LeaveType *type = m_types.byId(request.leaveTypeId);
    const LeaveDayCounter counter(LeaveCalendarStore::schedule(m_database, request.agentId),
                                  m_calendar);
    e.count
        = counter.count(request.start,
                        request.end,
                        type && type->countsCalendarDays ? LeaveDayCounter::Counting::CalendarDays
                                                         : LeaveDayCounter::Counting::WorkingDays);
    LeaveRequestRules::Input in;
    in.request = request;
    in.request.halfDays = e.count.halfDays;
    in.count = e.count;
    in.types = m_types.types();
    in.enteredByHr = enteredByHr;
    if (type) {
        in.type = *type;
        if (request.start.date.isValid()) {
            e.balance = m_ledger.balance(
                request.agentId, type->id, request.start.date.year(), request.id);
            in.projectedBalanceHundredths = e.balance.projectedHundredths();
        }
    }
    if (e.count.isValid()) {
        QList<LeaveRequest> others = liveRequestsOf(request.agentId);
        others.erase(
            std::remove_if(others.begin(),
                           others.end(),
                           [&request](const LeaveRequest &o) { return o.id == request.id; }),
            others.end());
        in.otherLiveRequests = others;
        in.consecutiveDays = consecutiveDays(in.request, others, counter);
    }
    e.problems = LeaveRequestRules::check(in);
    return e;
}

int LeaveRequestStore::consecutiveDays(const LeaveRequest &request,
                                       const QList<LeaveRequest> &others,
                                       const LeaveDayCounter &counter) const
{
    // Requests of the same type joined to this one by days the agent does not work (a
    // weekend, a holiday, the day off of a part-time week) make one absence.
    QList<LeaveRequest> sameType;
    for (const LeaveRequest &o : others) {
        if (o.leaveTypeId == request.leaveTypeId)
            sameType.append(o);
    }
    LeaveBoundary first = request.start;
    LeaveBoundary last = request.end;
    auto joined = [&counter](const LeaveBoundary &endOfOne, const LeaveBoundary &startOfNext) {
        const qint64 gapFirst = endOfOne.date.toJulianDay() * 2
                                + (endOfOne.half == WeeklyPattern::Afternoon ? 1 : 0) + 1;
        const qint64 gapLast = startOfNext.date.toJulianDay() * 2
                               + (startOfNext.half == WeeklyPattern::Afternoon ? 1 : 0) - 1;
        if (gapLast < gapFirst)
            return gapLast == gapFirst - 1;
        const LeaveBoundary from{QDate::fromJulianDay(gapFirst / 2),
                                 WeeklyPattern::HalfDay(gapFirst % 2)};
        const LeaveBoundary to{QDate::fromJulianDay(gapLast / 2),
                               WeeklyPattern::HalfDay(gapLast % 2)};
        const LeaveDayCounter::Result gap = counter.count(from, to);
        return gap.isValid() && gap.halfDays == 0;
    };
    bool grew = true;
    while (grew) {
        grew = false;
        for (const LeaveRequest &o : sameType) {
            if (o.end.date < first.date && joined(o.end, first)) {
                first = o.start;
                grew = true;
            } else if (o.start.date > last.date && joined(last, o.start)) {
                last = o.end;
                grew = true;
            }
        }
    }
    return int(first.date.daysTo(last.date)) + 1;
}

LeaveWorkflow::Move LeaveRequestStore::possibleMove(const LeaveRequest &request,
                                                    LeaveAction action) const
{
    return moveFor(request,
                   action,
                   LeaveAuthority(m_database, m_session).standingTowards(request.agentId, today()));
}

LeaveWorkflow::Move LeaveRequestStore::moveFor(const LeaveRequest &request,
                                               LeaveAction action,
                                               const LeaveAuthority::Standing &standing) const
{
    const LeaveType *type = m_types.byId(request.leaveTypeId);
    // HR decides on anybody's leave but its own, which goes to its own head.
    LeaveActor actor = standing.actor;
    if (actor == LeaveActor::Approver && m_session.hasRole(Roles::Hr))
        actor = LeaveActor::Hr;
    return LeaveWorkflow::move(request.state,
                               action,
                               actor,
                               type ? type->approval : LeaveType::Approval::Head,
                               request.start.date > today(),
                               type && type->hrOnly);
}

LeaveRequestStore::Result
LeaveRequestStore::finish(bool ok, const QString &error, LeaveRequestState state)
{
    QSqlDatabase db = m_database.connection();
    Result r;
    if (ok && db.commit()) {
        r.ok = true;
        r.state = state;
        return r;
    }
    db.rollback();
    r.error = error.isEmpty() ? db.lastError().text() : error;
    return r;
}

LeaveRequestStore::Result LeaveRequestStore::saveDraft(LeaveRequest &request)
{
    Result r;
    if (request.agentId.isEmpty())
        request.agentId = m_session.agentId();
    if (request.agentId != m_session.agentId()) {
        r.error = Tr::tr("A request is written by its own agent.");
        return r;
    }
    const bool insert = request.id.isEmpty();
    if (!insert) {
        LeaveRequest stored;
        if (!load(request.id, &stored) || stored.state != LeaveRequestState::Draft) {
            r.error = Tr::tr("Only a draft can be changed.");
            return r;
        }
    }
    const Evaluation e = evaluate(request);
    if (!e.count.isValid()) {
        r.problems.append({LeaveProblem::Field::Dates, e.count.error});
        return r;
    }
    r.problems = LeaveRequestRules::textProblems(request);
    if (!r.problems.isEmpty())
        return r;
    if (insert) {
        Sql::Statement drafts(m_database.connection(),
                              QStringLiteral("SELECT count(*) FROM leave_requests WHERE agent_id "
                                             "= ? AND state = 'draft' AND deleted = 0"));
        if (!drafts.first({request.agentId})) {
            r.error = drafts.error();
            return r;
        }
        if (drafts.value(0).toInt() >= LeaveTextLimits::drafts) {
            r.error = Tr::tr("You keep at most %1 drafts: submit or delete one first.")
                          .arg(LeaveTextLimits::drafts);
            return r;
        }
        request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    request.halfDays = e.count.halfDays;
    request.state = LeaveRequestState::Draft;
    QString error;
    if (const auto begun = Sql::beginWrite(m_database.connection()); !begun.ok()) {
        r.error = begun.error();
        return r;
    }
    const bool ok = writeRequest(request, insert, &error)
                    && (!insert
                        || writeStep(request,
                                     QStringLiteral("created"),
                                     LeaveRequestState::Draft,
                                     LeaveRequestState::Draft,
                                     {},
                                     {},
                                     &error));
    return finish(ok, error, request.state);
}

LeaveRequestStore::Result LeaveRequestStore::submit(LeaveRequest &request)
{
    Result r;
    if (request.agentId.isEmpty())
        request.agentId = m_session.agentId();
    const bool insert = request.id.isEmpty();
    LeaveRequest stored = request;
    if (!insert && !load(request.id, &stored)) {
        r.error = Tr::tr("This request is no longer in the file.");
        return r;
    }
    stored.state = insert ? LeaveRequestState::Draft : stored.state;
    const LeaveWorkflow::Move move = possibleMove(stored, LeaveAction::Submit);
    if (!move.allowed) {
        r.error = move.refusal;
        return r;
    }
    const Evaluation e = evaluate(request);
    if (!e.problems.isEmpty()) {
        r.problems = e.problems;
        return r;
    }
    if (insert)
        request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.halfDays = e.count.halfDays;
    request.state = move.next;
    QString error;
    if (const auto begun = Sql::beginWrite(m_database.connection()); !begun.ok()) {
        r.error = begun.error();
        return r;
    }
    bool ok = writeRequest(request, insert, &error)
              && writeStep(request,
                           QStringLiteral("submitted"),
                           LeaveRequestState::Draft,
                           LeaveRequestState::Submitted,
                           {},
                           request.comment,
                           &error);
    // A type approved by nobody is approved as it is submitted.
    if (ok && move.next == LeaveRequestState::Approved)
        ok = writeStep(request,
                       QStringLiteral("approved"),
                       LeaveRequestState::Submitted,
                       LeaveRequestState::Approved,
                       {},
                       {},
                       &error)
             && recordUse(request, &error);
    return finish(ok, error, request.state);
}

LeaveRequestStore::Result LeaveRequestStore::enterByHr(LeaveRequest &request,
                                                       const QString &comment)
{
    Result r;
    if (!m_session.hasRole(Roles::Hr)) {
        r.error = Tr::tr("Only HR enters leave for an agent.");
        return r;
    }
    // Nobody approves their own leave, HR included: another HR officer enters it.
    if (!m_session.agentId().isEmpty() && request.agentId == m_session.agentId()) {
        r.error = Tr::tr("HR does not enter its own leave: another HR officer does.");
        return r;
    }
    if (comment.size() > LeaveTextLimits::comment) {
        r.error = Tr::tr("The comment is %1 characters long: at most %2.")
                      .arg(comment.size())
                      .arg(LeaveTextLimits::comment);
        return r;
    }
    const Evaluation e = evaluate(request, true);
    if (!e.problems.isEmpty()) {
        r.problems = e.problems;
        return r;
    }
    const bool insert = request.id.isEmpty();
    if (insert)
        request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.halfDays = e.count.halfDays;
    request.state = LeaveRequestState::Approved;
    QString error;
    if (const auto begun = Sql::beginWrite(m_database.connection()); !begun.ok()) {
        r.error = begun.error();
        return r;
    }
    const bool ok = writeRequest(request, insert, &error)
                    && writeStep(request,
                                 QStringLiteral("entered_by_hr"),
                                 LeaveRequestState::Draft,
                                 LeaveRequestState::Approved,
                                 {},
                                 comment,
                                 &error)
                    && recordUse(request, &error);
    return finish(ok, error, request.state);
}

LeaveRequestStore::Result
LeaveRequestStore::act(const QString &requestId, LeaveAction action, const QString &comment)
{
    Result r;
    LeaveRequest request;
    if (!load(requestId, &request)) {
        r.error = Tr::tr("This request is no longer in the file.");
        return r;
    }
    const LeaveAuthority::Standing standing
        = LeaveAuthority(m_database, m_session).standingTowards(request.agentId, today());
    const LeaveWorkflow::Move move = moveFor(request, action, standing);
    if (!move.allowed) {
        r.error = move.refusal;
        r.state = request.state;
        return r;
    }
    if (comment.size() > LeaveTextLimits::comment) {
        r.error = Tr::tr("The comment is %1 characters long: at most %2.")
                      .arg(comment.size())
                      .arg(LeaveTextLimits::comment);
        r.state = request.state;
        return r;
    }
    if (action == LeaveAction::Refuse && comment.trimmed().isEmpty()) {
        r.error = Tr::tr("Say why the request is refused: the agent will read it.");
        r.state = request.state;
        return r;
    }
    const LeaveRequestState from = request.state;
    request.state = move.next;
    QString error;
    if (const auto begun = Sql::beginWrite(m_database.connection()); !begun.ok()) {
        r.error = begun.error();
        return r;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE leave_requests SET state = ? WHERE id = ?"));
    q.addBindValue(LeaveRequestStates::code(move.next));
    q.addBindValue(request.id);
    bool ok = q.exec();
    if (!ok)
        error = q.lastError().text();
    ok = ok
         && writeStep(request,
                      LeaveWorkflow::stepCode(action, move.next),
                      from,
                      move.next,
                      standing.onBehalfOfAgentId,
                      comment,
                      &error);
    // The ledger follows the leave: used when finally approved, given back when cancelled.
    // Refusing a cancellation puts back a state whose use is already written.
    if (ok && move.next == LeaveRequestState::Approved && action == LeaveAction::Approve)
        ok = recordUse(request, &error);
    if (ok && move.next == LeaveRequestState::Cancelled)
        ok = m_ledger.reverseRequest(request.id, QStringLiteral("cancellation"), {}, &error);
    return finish(ok, error, request.state);
}

bool LeaveRequestStore::recordUse(const LeaveRequest &request, QString *errorMessage)
{
    const LeaveType *type = m_types.byId(request.leaveTypeId);
    if (!type || !type->hasBalance || request.halfDays == 0)
        return true;
    // The line the server writes as the request is approved (central leave 0002), with its id.
    const int earlierUses = m_ledger.usesOfRequest(request.id);
    if (earlierUses < 0) {
        *errorMessage = Tr::tr("The ledger could not be read.");
        return false;
    }
    // Each year its own days: a request spanning 31 December is charged to both.
    const LeaveDayCounter counter(LeaveCalendarStore::schedule(m_database, request.agentId),
                                  m_calendar);
    const QString useId = LeaveLedger::useId(request.id, earlierUses);
    for (const LeaveYearParts::Part &p :
         LeaveYearParts::of(counter,
                            request.start,
                            request.end,
                            type->countsCalendarDays ? LeaveDayCounter::Counting::CalendarDays
                                                     : LeaveDayCounter::Counting::WorkingDays,
                            request.halfDays)) {
        LedgerEntry use;
        use.id = LeaveYearParts::useId(useId, p.year, request.start.date.year());
        use.agentId = request.agentId;
        use.leaveTypeId = request.leaveTypeId;
        use.year = p.year;
        use.kind = LedgerEntry::Kind::Use;
        use.daysHundredths = -p.halfDays * 50;
        use.effectiveDate = p.effectiveDate;
        use.requestId = request.id;
        use.source = QStringLiteral("request");
        if (!m_ledger.append(use, errorMessage))
            return false;
    }
    return true;
}

bool LeaveRequestStore::writeRequest(const LeaveRequest &given, bool insert, QString *errorMessage)
{
    LeaveRequest request = given;
    if (request.documentSha256.isEmpty() && !request.document.isEmpty()) {
        // Bytes given in memory (tests, an import): into the file store first.
        const Civitas::Result<StoredFile> stored
            = FileStore(m_database).addBytes(request.document, documentTypes());
        if (!stored.ok()) {
            *errorMessage = stored.error();
            return false;
        }
        request.documentSha256 = stored.value().sha256;
        request.documentSize = stored.value().byteSize;
        request.documentMimeType = stored.value().mimeType;
    }
    QSqlQuery q(m_database.connection());
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO leave_requests (agent_id, leave_type_id, start_date, "
                                 "start_half, end_date, end_half, half_days, "
                                 "state, comment, document_name, document_mime_type, "
                                 "document_sha256, document_size, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE leave_requests SET agent_id = ?, leave_type_id = ?, "
                                 "start_date = ?, start_half = ?, end_date = ?, "
                                 "end_half = ?, half_days = ?, state = ?, comment = ?, "
                                 "document_name = ?, document_mime_type = ?, "
                                 "document_sha256 = ?, document_size = ? WHERE id = ?"));
    }
    q.addBindValue(request.agentId);
    q.addBindValue(request.leaveTypeId);
    q.addBindValue(request.start.date.toString(Qt::ISODate));
    q.addBindValue(halfCode(request.start.half));
    q.addBindValue(request.end.date.toString(Qt::ISODate));
    q.addBindValue(halfCode(request.end.half));
    q.addBindValue(request.halfDays);
    q.addBindValue(LeaveRequestStates::code(request.state));
    q.addBindValue(Sql::notNull(request.comment));
    q.addBindValue(Sql::notNull(request.documentName));
    q.addBindValue(Sql::notNull(request.documentMimeType));
    q.addBindValue(request.documentSha256.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(request.documentSha256));
    q.addBindValue(request.documentSize);
    q.addBindValue(request.id);
    if (!q.exec()) {
        *errorMessage = Tr::tr("The request could not be saved: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool LeaveRequestStore::writeStep(const LeaveRequest &request,
                                  const QString &action,
                                  LeaveRequestState from,
                                  LeaveRequestState to,
                                  const QString &onBehalfOf,
                                  const QString &comment,
                                  QString *errorMessage)
{
    QString onBehalfOfName;
    if (!onBehalfOf.isEmpty()) {
        QSqlQuery n(m_database.connection());
        n.prepare(QStringLiteral("SELECT %1 FROM agents a WHERE a.id = ?")
                      .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
        n.addBindValue(onBehalfOf);
        if (n.exec() && n.next())
            onBehalfOfName = n.value(0).toString();
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO leave_request_steps (id, request_id, agent_id, action, "
                             "from_state, to_state, actor_login, actor_name, "
                             "on_behalf_of_agent_id, on_behalf_of_name, comment, acted_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(request.id);
    q.addBindValue(request.agentId);
    q.addBindValue(action);
    q.addBindValue(action == QLatin1String("created") || action == QLatin1String("entered_by_hr")
                       ? QString(QLatin1String(""))
                       : LeaveRequestStates::code(from));
    q.addBindValue(LeaveRequestStates::code(to));
    q.addBindValue(Sql::notNull(m_session.login()));
    q.addBindValue(Sql::notNull(m_session.displayName()));
    q.addBindValue(onBehalfOf.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(onBehalfOf));
    q.addBindValue(Sql::notNull(onBehalfOfName));
    q.addBindValue(Sql::notNull(comment));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *errorMessage
            = Tr::tr("The request's history could not be written: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool LeaveRequestStore::load(const QString &requestId, LeaveRequest *request) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM leave_requests WHERE id = ? AND deleted = 0")
                  .arg(QLatin1String(requestColumns)));
    q.addBindValue(requestId);
    if (!q.exec() || !q.next())
        return false;
    *request = requestFrom(q);
    return true;
}

QList<LeaveRequest> LeaveRequestStore::liveRequestsOf(const QString &agentId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT %1 FROM leave_requests WHERE agent_id = ? AND deleted = 0 AND state IN (%2) "
            "ORDER BY start_date")
            .arg(QLatin1String(requestColumns), LeaveRequestStates::liveCodesSql()));
    q.addBindValue(agentId);
    QList<LeaveRequest> result;
    if (q.exec()) {
        while (q.next())
            result.append(requestFrom(q));
    }
    return result;
}

QList<LeaveRequestStep> LeaveRequestStore::steps(const QString &requestId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT action, from_state, to_state, actor_login, actor_name, on_behalf_of_name, comment, "
        "acted_at FROM leave_request_steps WHERE request_id = ? AND deleted = 0 ORDER BY acted_at, "
        "rowid"));
    q.addBindValue(requestId);
    QList<LeaveRequestStep> result;
    if (q.exec()) {
        while (q.next()) {
            LeaveRequestStep s;
            s.action = q.value(0).toString();
            s.fromState = LeaveRequestStates::fromCode(q.value(1).toString());
            s.toState = LeaveRequestStates::fromCode(q.value(2).toString());
            s.actorLogin = q.value(3).toString();
            s.actorName = q.value(4).toString();
            s.onBehalfOfName = q.value(5).toString();
            s.comment = q.value(6).toString();
            s.actedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
            result.append(s);
        }
    }
    return result;
}

} // namespace Civitas::Leave
