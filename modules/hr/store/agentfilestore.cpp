#include "agentfilestore.h"

#include <core/files/filestore.h>
#include <core/files/filetype.h>
#include <hr/hrtr.h>

#include <hr/domain/agentfilerules.h>

#include <core/french/validators.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <core/storage/textlimits.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantMap>

namespace Civitas::Hr {

namespace {

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant positiveOrNull(int value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Column values of each row, as stored: the unit of comparison for "what changed".
QVariantMap agentColumns(const Agent &a)
{
    return {{QStringLiteral("registration_number"), Sql::notNull(a.registrationNumber.trimmed())},
            {QStringLiteral("birth_name"), Sql::notNull(a.birthName.trimmed())},
            {QStringLiteral("usage_name"), Sql::notNull(a.usageName.trimmed())},
            {QStringLiteral("first_names"), Sql::notNull(a.firstNames.trimmed())},
            {QStringLiteral("org_unit_id"), Sql::nullIfEmpty(a.orgUnitId)},
            {QStringLiteral("post_title"), Sql::notNull(a.postTitle.trimmed())},
            {QStringLiteral("line_manager_id"), Sql::nullIfEmpty(a.lineManagerId)},
            {QStringLiteral("entry_date"), Sql::isoDate(a.entryDate)},
            {QStringLiteral("departure_date"), Sql::isoDate(a.departureDate)}};
}

QVariantMap detailColumns(const Agent &a)
{
    return {{QStringLiteral("sex"), Sql::notNull(a.sex)},
            {QStringLiteral("birth_date"), Sql::isoDate(a.birthDate)},
            {QStringLiteral("birth_place"), Sql::notNull(a.birthPlace.trimmed())},
            {QStringLiteral("nationality"), Sql::notNull(a.nationality.trimmed())},
            {QStringLiteral("nir"), Sql::notNull(Validators::normalizedNir(a.nir))},
            {QStringLiteral("address"), Sql::notNull(a.address.trimmed())},
            {QStringLiteral("postcode"), Sql::notNull(a.postcode.trimmed())},
            {QStringLiteral("city"), Sql::notNull(a.city.trimmed())},
            {QStringLiteral("phone"), Sql::notNull(a.phone.trimmed())},
            {QStringLiteral("email"), Sql::notNull(a.email.trimmed())},
            {QStringLiteral("status"), Sql::notNull(a.status)},
            {QStringLiteral("contract_basis"), Sql::notNull(a.contractBasis.trimmed())},
            {QStringLiteral("contract_start"), Sql::isoDate(a.contractStart)},
            {QStringLiteral("contract_end"), Sql::isoDate(a.contractEnd)},
            {QStringLiteral("departure_reason"), Sql::nullIfEmpty(a.departureReason)}};
}

QVariantMap careerColumns(const CareerStep &s)
{
    return {{QStringLiteral("effective_date"), Sql::isoDate(s.effectiveDate)},
            {QStringLiteral("category"), Sql::notNull(s.category)},
            {QStringLiteral("sector"), Sql::notNull(s.sector)},
            {QStringLiteral("job_framework"), Sql::notNull(s.jobFramework.trimmed())},
            {QStringLiteral("grade"), Sql::notNull(s.grade.trimmed())},
            {QStringLiteral("echelon"), s.echelon},
            {QStringLiteral("gross_index"), positiveOrNull(s.grossIndex)},
            {QStringLiteral("increased_index"), positiveOrNull(s.increasedIndex)},
            {QStringLiteral("reason"), s.reason.isEmpty() ? QStringLiteral("other") : s.reason},
            {QStringLiteral("decision_reference"), Sql::notNull(s.decisionReference.trimmed())}};
}

QVariantMap positionColumns(const StatutoryPosition &p)
{
    return {{QStringLiteral("position"), Sql::notNull(p.position)},
            {QStringLiteral("start_date"), Sql::isoDate(p.startDate)},
            {QStringLiteral("end_date"), Sql::isoDate(p.endDate)},
            {QStringLiteral("decision_reference"), Sql::notNull(p.decisionReference.trimmed())},
            {QStringLiteral("decision_date"), Sql::isoDate(p.decisionDate)}};
}

QVariantMap workingColumns(const WorkingTime &w)
{
    return {{QStringLiteral("effective_date"), Sql::isoDate(w.effectiveDate)},
            {QStringLiteral("kind"), Sql::notNull(w.kind)},
            {QStringLiteral("part_time_rate"),
             w.kind == QLatin1String("part_time") ? QVariant(w.partTimeRate) : QVariant()},
            {QStringLiteral("thirty_fifths"),
             w.kind == QLatin1String("non_full_time") ? QVariant(w.thirtyFifths) : QVariant()},
            {QStringLiteral("weekly_minutes"), w.weeklyMinutes},
            {QStringLiteral("weekly_pattern"), w.pattern.code()}};
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

class Writer
{
public:
    explicit Writer(QSqlDatabase db)
        : m_db(db)
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT user_login FROM local_session WHERE id = 1")) && q.next())
            m_login = q.value(0).toString();
    }

    bool insert(const QString &table, const QString &id, const QVariantMap &columns, QString *error)
    {
        QStringList names{QStringLiteral("id"), QStringLiteral("updated_by")};
        QVariantList values{id, m_login};
        for (auto it = columns.begin(); it != columns.end(); ++it) {
            names << it.key();
            values << it.value();
        }
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table,
                     names.join(QLatin1String(", ")),
                     QStringList(names.size(), QStringLiteral("?")).join(QLatin1String(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        return run(q, error);
    }

    // Writes only the columns whose value differs between `before` and `after`.
    bool update(const QString &table,
                const QString &id,
                const QVariantMap &before,
                const QVariantMap &after,
                QString *error)
    {
        QStringList sets;
        QVariantList values;
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.contains(it.key()) && sameValue(before.value(it.key()), it.value()))
                continue;
            sets << it.key() + QStringLiteral(" = ?");
            values << it.value();
        }
        if (sets.isEmpty())
            return true;
        sets << QStringLiteral("updated_by = ?")
             << QStringLiteral("updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
        values << m_login;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(table, sets.join(QLatin1String(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(id);
        return run(q, error);
    }

    QString login() const { return m_login; }

private:
    static bool run(QSqlQuery &q, QString *error)
    {
        if (q.exec())
            return true;
        *error = q.lastError().databaseText();
        return false;
    }

    QSqlDatabase m_db;
    QString m_login;
};

} // namespace

AgentFileStore::AgentFileStore(Database &database)
    : m_database(database)
{}

std::optional<AgentFile> AgentFileStore::load(const QString &agentId, QString *errorMessage) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT a.registration_number, a.birth_name, a.usage_name, a.first_names, a.org_unit_id, "
        "a.post_title, a.line_manager_id, a.entry_date, a.departure_date, d.id IS NOT NULL, d.sex, "
        "d.birth_date, d.birth_place, d.nationality, d.nir, d.address, d.postcode, d.city, "
        "d.phone, "
        "d.email, d.status, d.contract_basis, d.contract_start, d.contract_end, d.departure_reason "
        "FROM agents a LEFT JOIN agent_details d ON d.id = a.id AND d.deleted = 0 "
        "WHERE a.id = ? AND a.deleted = 0"));
    q.addBindValue(agentId);
    if (!q.exec()) {
        *errorMessage = q.lastError().databaseText();
        return std::nullopt;
    }
    if (!q.next()) {
        *errorMessage = Tr::tr("This agent file is not on this computer, or you may not see it.");
        return std::nullopt;
    }
    AgentFile file;
    Agent &a = file.agent;
    a.id = agentId;
    a.registrationNumber = q.value(0).toString();
    a.birthName = q.value(1).toString();
    a.usageName = q.value(2).toString();
    a.firstNames = q.value(3).toString();
    a.orgUnitId = q.value(4).toString();
    a.postTitle = q.value(5).toString();
    a.lineManagerId = q.value(6).toString();
    a.entryDate = toDate(q.value(7));
    a.departureDate = toDate(q.value(8));
    a.hasDetails = q.value(9).toBool();
    a.sex = q.value(10).toString();
    a.birthDate = toDate(q.value(11));
    a.birthPlace = q.value(12).toString();
    a.nationality = q.value(13).toString();
    a.nir = q.value(14).toString();
    a.address = q.value(15).toString();
    a.postcode = q.value(16).toString();
    a.city = q.value(17).toString();
    a.phone = q.value(18).toString();
    a.email = q.value(19).toString();
    a.status = q.value(20).toString();
    a.contractBasis = q.value(21).toString();
    a.contractStart = toDate(q.value(22));
    a.contractEnd = toDate(q.value(23));
    a.departureReason = q.value(24).toString();

    q.prepare(QStringLiteral(
        "SELECT id, effective_date, category, sector, job_framework, grade, echelon, gross_index, "
        "increased_index, reason, decision_reference, updated_by FROM career_steps "
        "WHERE agent_id = ? AND deleted = 0 ORDER BY effective_date, id"));
    q.addBindValue(agentId);
    q.exec();
    while (q.next()) {
        file.careerSteps.append({q.value(0).toString(),
                                 toDate(q.value(1)),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 q.value(4).toString(),
                                 q.value(5).toString(),
                                 q.value(6).toInt(),
                                 q.value(7).toInt(),
                                 q.value(8).toInt(),
                                 q.value(9).toString(),
                                 q.value(10).toString(),
                                 q.value(11).toString()});
    }
    q.prepare(QStringLiteral(
        "SELECT id, position, start_date, end_date, decision_reference, decision_date "
        "FROM statutory_positions WHERE agent_id = ? AND deleted = 0 ORDER BY start_date, id"));
    q.addBindValue(agentId);
    q.exec();
    while (q.next()) {
        file.positions.append({q.value(0).toString(),
                               q.value(1).toString(),
                               toDate(q.value(2)),
                               toDate(q.value(3)),
                               q.value(4).toString(),
                               toDate(q.value(5))});
    }
    q.prepare(QStringLiteral(
        "SELECT id, effective_date, kind, part_time_rate, thirty_fifths, weekly_minutes, "
        "weekly_pattern "
        "FROM working_times WHERE agent_id = ? AND deleted = 0 ORDER BY effective_date, id"));
    q.addBindValue(agentId);
    q.exec();
    while (q.next()) {
        WorkingTime w;
        w.id = q.value(0).toString();
        w.effectiveDate = toDate(q.value(1));
        w.kind = q.value(2).toString();
        w.partTimeRate = q.value(3).toInt();
        w.thirtyFifths = q.value(4).toInt();
        w.weeklyMinutes = q.value(5).toInt();
        WeeklyPattern::fromCode(q.value(6).toString(), &w.pattern);
        file.workingTimes.append(w);
    }
    q.prepare(QStringLiteral(
        "SELECT id, sequence_number, category, title, document_date, file_name, mime_type, "
        "byte_size, content_sha256, withdrawn_on, withdrawal_reason, withdrawal_decision "
        "FROM agent_documents WHERE agent_id = ? AND deleted = 0 ORDER BY sequence_number, id"));
    q.addBindValue(agentId);
    q.exec();
    while (q.next()) {
        AgentDocument d;
        d.id = q.value(0).toString();
        d.sequenceNumber = q.value(1).toInt();
        d.category = q.value(2).toString();
        d.title = q.value(3).toString();
        d.documentDate = toDate(q.value(4));
        d.fileName = q.value(5).toString();
        d.mimeType = q.value(6).toString();
        d.byteSize = q.value(7).toLongLong();
        d.contentSha256 = q.value(8).toString();
        d.withdrawnOn = toDate(q.value(9));
        d.withdrawalReason = q.value(10).toString();
        d.withdrawalDecision = q.value(11).toString();
        file.documents.append(d);
    }
    return file;
}

QByteArray AgentFileStore::documentContent(const QString &documentId) const
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("SELECT content_sha256 FROM agent_documents WHERE id = ?"));
    if (!q.first({documentId}) || q.value(0).isNull())
        return {};
    const Result<QByteArray> content = FileStore(m_database).read(q.text(0));
    return content.ok() ? content.value() : QByteArray();
}

Result<void> AgentFileStore::withdrawDocument(const QString &documentId,
                                              const QString &reason,
                                              const QString &decision)
{
    if (reason.trimmed().isEmpty())
        return Result<void>::failure(Tr::tr("Say why the piece is withdrawn."));
    if (decision.trimmed().isEmpty())
        return Result<void>::failure(
            Tr::tr("Give the reference of the decision that orders the withdrawal."));
    Sql::Statement file(m_database.connection(),
                        QStringLiteral("SELECT content_sha256 FROM agent_documents WHERE id = ?"));
    const QString sha256 = file.first({documentId}) ? file.text(0) : QString();
    file.query().finish();
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("UPDATE agent_documents SET withdrawn_on = ?, "
                                    "withdrawal_reason = ?, withdrawal_decision = ?, "
                                    "content_sha256 = NULL WHERE id = ? AND deleted = 0 "
                                    "AND withdrawn_on IS NULL"));
    if (!q.exec({Sql::isoDate(QDate::currentDate()),
                 reason.trimmed().left(1000),
                 decision.trimmed().left(200),
                 documentId}))
        return q.result();
    if (q.query().numRowsAffected() == 0)
        return Result<void>::failure(Tr::tr("This piece is withdrawn already, or gone."));
    // The bytes leave this desk at once (unless another piece holds the same file).
    const Result<bool> forgotten = FileStore(m_database).forget(sha256);
    if (!forgotten.ok())
        qCWarning(lcStorage) << "withdrawn piece's bytes kept for now:" << forgotten.error();
    return success();
}

bool AgentFileStore::isRegistrationNumberTaken(const QString &number,
                                               const QString &exceptAgentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT 1 FROM agents WHERE registration_number = ? AND id <> ? AND deleted = 0"));
    q.addBindValue(number.trimmed());
    q.addBindValue(Sql::notNull(exceptAgentId)); // NULL would make "id <> ?" never true
    return q.exec() && q.next();
}

QString AgentFileStore::nextRegistrationNumber() const
{
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral("SELECT max(CAST(registration_number AS INTEGER)) FROM agents "
                          "WHERE registration_number NOT GLOB '*[^0-9]*'"));
    const qint64 highest = q.next() ? q.value(0).toLongLong() : 0;
    return QStringLiteral("%1").arg(highest + 1, 6, 10, QLatin1Char('0'));
}

// The server refuses longer texts (database/central/hr/0002): say which field, before saving.
static QStringList tooLongFields(const AgentFile &file)
{
    using namespace TextLimits;
    const Agent &a = file.agent;
    const QList<std::tuple<QString, QString, int>> fields = {
        {Tr::tr("Registration number"), a.registrationNumber, Code},
        {Tr::tr("Birth name"), a.birthName, Name},
        {Tr::tr("Usage name"), a.usageName, Name},
        {Tr::tr("First names"), a.firstNames, Name},
        {Tr::tr("Place of birth"), a.birthPlace, Name},
        {Tr::tr("Nationality"), a.nationality, Nationality},
        {Tr::tr("Social security number (NIR)"), a.nir, Code},
        {Tr::tr("Address"), a.address, Address},
        {Tr::tr("Postcode"), a.postcode, Postcode},
        {Tr::tr("City"), a.city, Name},
        {Tr::tr("Phone"), a.phone, Phone},
        {Tr::tr("Personal e-mail"), a.email, Email},
        {Tr::tr("Contract's legal basis"), a.contractBasis, Name},
        {Tr::tr("Post title"), a.postTitle, Name},
    };
    QStringList problems;
    for (const auto &[label, value, limit] : fields) {
        const QString problem = tooLong(label, value, limit);
        if (!problem.isEmpty())
            problems << problem;
    }
    for (const CareerStep &step : file.careerSteps) {
        for (const QString &problem : {tooLong(Tr::tr("Job framework"), step.jobFramework, Name),
                                       tooLong(Tr::tr("Grade"), step.grade, Name),
                                       tooLong(Tr::tr("Decision"), step.decisionReference, Name)})
            if (!problem.isEmpty())
                problems << problem;
    }
    for (const StatutoryPosition &position : file.positions) {
        const QString problem = tooLong(Tr::tr("Decision"), position.decisionReference, Name);
        if (!problem.isEmpty())
            problems << problem;
    }
    for (const AgentDocument &document : file.documents) {
        for (const QString &problem : {tooLong(Tr::tr("Title"), document.title, Name),
                                       tooLong(Tr::tr("File name"), document.fileName, FileName)})
            if (!problem.isEmpty())
                problems << problem;
    }
    return problems;
}

bool AgentFileStore::check(const AgentFile &edited, QString *errorMessage) const
{
    const QList<AgentFileRules::Problem> problems = AgentFileRules::check(edited);
    QStringList blocking = tooLongFields(edited);
    for (const AgentFileRules::Problem &p : problems) {
        if (p.blocking)
            blocking << p.message;
    }
    if (isRegistrationNumberTaken(edited.agent.registrationNumber, edited.agent.id))
        blocking << Tr::tr("The registration number %1 is already another agent's.")
                        .arg(edited.agent.registrationNumber);
    if (!blocking.isEmpty()) {
        *errorMessage = blocking.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

bool AgentFileStore::write(const AgentFile &original, AgentFile &edited, QString *errorMessage)
{
    const bool isNew = edited.agent.id.isEmpty();
    if (isNew)
        edited.agent.id = newId();
    const bool ok = saveAgent(original.agent, edited.agent, isNew, errorMessage)
                    && saveCareer(original, edited, errorMessage)
                    && savePositions(original, edited, errorMessage)
                    && saveWorkingTimes(original, edited, errorMessage)
                    && saveDocuments(edited, errorMessage);
    if (!ok && isNew)
        edited.agent.id.clear();
    return ok;
}

bool AgentFileStore::save(const AgentFile &original, AgentFile &edited, QString *errorMessage)
{
    if (!check(edited, errorMessage))
        return false;
    QSqlDatabase db = m_database.connection();
    if (const auto begun = Sql::beginWrite(db); !begun.ok()) {
        *errorMessage = begun.error();
        return false;
    }
    const bool isNew = edited.agent.id.isEmpty();
    const bool ok = write(original, edited, errorMessage);
    if (!ok || !db.commit()) {
        if (ok)
            *errorMessage = db.lastError().text();
        db.rollback();
        if (isNew)
            edited.agent.id.clear();
        return false;
    }
    edited.sortHistories();
    return true;
}

bool AgentFileStore::sameContent(const AgentFile &a, const AgentFile &b)
{
    auto same = [](const QVariantMap &x, const QVariantMap &y) {
        if (x.size() != y.size())
            return false;
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            if (!y.contains(it.key()) || !sameValue(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    };
    auto sameRows = [&same](const auto &x, const auto &y, auto columns) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (x.at(i).id != y.at(i).id || !same(columns(x.at(i)), columns(y.at(i))))
                return false;
        }
        return true;
    };
    auto documentColumns = [](const AgentDocument &d) {
        return QVariantMap{{QStringLiteral("sequence_number"), d.sequenceNumber},
                           {QStringLiteral("category"), d.category},
                           {QStringLiteral("title"), d.title},
                           {QStringLiteral("document_date"), Sql::isoDate(d.documentDate)},
                           {QStringLiteral("file_name"), d.fileName},
                           {QStringLiteral("byte_size"), d.byteSize}};
    };
    return a.agent.id == b.agent.id && a.agent.hasDetails == b.agent.hasDetails
           && same(agentColumns(a.agent), agentColumns(b.agent))
           && same(detailColumns(a.agent), detailColumns(b.agent))
           && sameRows(a.careerSteps, b.careerSteps, careerColumns)
           && sameRows(a.positions, b.positions, positionColumns)
           && sameRows(a.workingTimes, b.workingTimes, workingColumns)
           && sameRows(a.documents, b.documents, documentColumns);
}

bool AgentFileStore::saveInTransaction(const AgentFile &original,
                                       AgentFile &edited,
                                       QString *errorMessage)
{
    if (!check(edited, errorMessage) || !write(original, edited, errorMessage))
        return false;
    edited.sortHistories();
    return true;
}

bool AgentFileStore::saveAgent(const Agent &original,
                               const Agent &edited,
                               bool isNew,
                               QString *errorMessage)
{
    Writer writer(m_database.connection());
    if (isNew) {
        return writer.insert(
                   QStringLiteral("agents"), edited.id, agentColumns(edited), errorMessage)
               && writer.insert(
                   QStringLiteral("agent_details"), edited.id, detailColumns(edited), errorMessage);
    }
    if (!writer.update(QStringLiteral("agents"),
                       edited.id,
                       agentColumns(original),
                       agentColumns(edited),
                       errorMessage))
        return false;
    if (!edited.hasDetails)
        return true;
    if (!original.hasDetails)
        return writer.insert(
            QStringLiteral("agent_details"), edited.id, detailColumns(edited), errorMessage);
    return writer.update(QStringLiteral("agent_details"),
                         edited.id,
                         detailColumns(original),
                         detailColumns(edited),
                         errorMessage);
}

bool AgentFileStore::withdraw(const QString &table, const QString &id, QString *errorMessage)
{
    Writer writer(m_database.connection());
    return writer.update(table,
                         id,
                         {{QStringLiteral("deleted"), 0}},
                         {{QStringLiteral("deleted"), 1}},
                         errorMessage);
}

// The three histories are saved the same way: new rows inserted, changed rows updated field by
// field, rows no longer in the edited file withdrawn (a tombstone; the audit keeps them).
template<typename Row, typename Columns>
static bool
saveHistory(Writer &writer,
            const QString &table,
            const QString &agentId,
            const QList<Row> &before,
            QList<Row> &after,
            Columns columns,
            const std::function<bool(const QString &, const QString &, QString *)> &withdraw,
            QString *errorMessage)
{
    QHash<QString, const Row *> old;
    for (const Row &r : before)
        old.insert(r.id, &r);
    for (Row &r : after) {
        if (r.id.isEmpty()) {
            r.id = newId();
            QVariantMap values = columns(r);
            values.insert(QStringLiteral("agent_id"), agentId);
            if (!writer.insert(table, r.id, values, errorMessage))
                return false;
        } else if (const Row *was = old.value(r.id)) {
            if (!writer.update(table, r.id, columns(*was), columns(r), errorMessage))
                return false;
        }
        old.remove(r.id);
    }
    for (auto it = old.begin(); it != old.end(); ++it) {
        if (!withdraw(table, it.key(), errorMessage))
            return false;
    }
    return true;
}

bool AgentFileStore::saveCareer(const AgentFile &original, AgentFile &edited, QString *errorMessage)
{
    Writer writer(m_database.connection());
    auto withdrawRow = [this](const QString &t, const QString &id, QString *e) {
        return withdraw(t, id, e);
    };
    return saveHistory(writer,
                       QStringLiteral("career_steps"),
                       edited.agent.id,
                       original.careerSteps,
                       edited.careerSteps,
                       careerColumns,
                       withdrawRow,
                       errorMessage);
}

bool AgentFileStore::savePositions(const AgentFile &original,
                                   AgentFile &edited,
                                   QString *errorMessage)
{
    Writer writer(m_database.connection());
    auto withdrawRow = [this](const QString &t, const QString &id, QString *e) {
        return withdraw(t, id, e);
    };
    // Shortened positions are written before new ones, so that no moment has two.
    QList<StatutoryPosition> existing;
    QList<StatutoryPosition> added;
    for (const StatutoryPosition &p : std::as_const(edited.positions))
        (p.id.isEmpty() ? added : existing).append(p);
    if (!saveHistory(writer,
                     QStringLiteral("statutory_positions"),
                     edited.agent.id,
                     original.positions,
                     existing,
                     positionColumns,
                     withdrawRow,
                     errorMessage))
        return false;
    QList<StatutoryPosition> none;
    if (!saveHistory(writer,
                     QStringLiteral("statutory_positions"),
                     edited.agent.id,
                     none,
                     added,
                     positionColumns,
                     withdrawRow,
                     errorMessage))
        return false;
    edited.positions = existing + added;
    return true;
}

bool AgentFileStore::saveWorkingTimes(const AgentFile &original,
                                      AgentFile &edited,
                                      QString *errorMessage)
{
    Writer writer(m_database.connection());
    auto withdrawRow = [this](const QString &t, const QString &id, QString *e) {
        return withdraw(t, id, e);
    };
    return saveHistory(writer,
                       QStringLiteral("working_times"),
                       edited.agent.id,
                       original.workingTimes,
                       edited.workingTimes,
                       workingColumns,
                       withdrawRow,
                       errorMessage);
}

bool AgentFileStore::saveDocuments(AgentFile &edited, QString *errorMessage)
{
    Writer writer(m_database.connection());
    QSqlQuery next(m_database.connection());
    next.prepare(QStringLiteral(
        "SELECT coalesce(max(sequence_number), 0) + 1 FROM agent_documents WHERE agent_id = ?"));
    for (AgentDocument &d : edited.documents) {
        if (!d.isNew)
            continue;
        // Numbered from what the file holds now: another desk's pieces may have come since.
        next.addBindValue(edited.agent.id);
        if (!next.exec() || !next.next()) {
            *errorMessage = next.lastError().databaseText();
            return false;
        }
        d.sequenceNumber = next.value(0).toInt();
        d.id = newId();
        if (d.contentSha256.isEmpty()) {
            // Bytes given in memory (an import, the demo): into the file store first.
            const Result<StoredFile> stored
                = FileStore(m_database).addBytes(d.content, documentTypes());
            if (!stored.ok()) {
                *errorMessage = stored.error();
                return false;
            }
            d.contentSha256 = stored.value().sha256;
            d.byteSize = stored.value().byteSize;
            d.mimeType = stored.value().mimeType;
        }
        const QVariantMap values{{QStringLiteral("agent_id"), edited.agent.id},
                                 {QStringLiteral("sequence_number"), d.sequenceNumber},
                                 {QStringLiteral("category"), Sql::notNull(d.category)},
                                 {QStringLiteral("title"), Sql::notNull(d.title.trimmed())},
                                 {QStringLiteral("document_date"), Sql::isoDate(d.documentDate)},
                                 {QStringLiteral("file_name"), Sql::notNull(d.fileName)},
                                 {QStringLiteral("mime_type"), Sql::notNull(d.mimeType)},
                                 {QStringLiteral("byte_size"), d.byteSize},
                                 {QStringLiteral("content_sha256"), d.contentSha256}};
        if (!writer.insert(QStringLiteral("agent_documents"), d.id, values, errorMessage))
            return false;
        d.isNew = false;
        d.content.clear(); // read again from the file when viewed
    }
    return true;
}

bool AgentFileStore::logRead(const QString &agentId, const QString &login)
{
    Writer writer(m_database.connection());
    QString error;
    return writer.insert(
        QStringLiteral("agent_file_reads"),
        newId(),
        {{QStringLiteral("agent_id"), agentId}, {QStringLiteral("read_by"), login}},
        &error);
}

QString AgentFileStore::mimeTypeOf(const QByteArray &content)
{
    return FileType::of(content);
}

QStringList AgentFileStore::documentTypes()
{
    return {FileType::Pdf, FileType::Jpeg, FileType::Png};
}

qint64 AgentFileStore::documentSizeLimit() const
{
    return FileStore(m_database).sizeLimit();
}

Result<void> AgentFileStore::keepOffline(const QString &sha256, bool kept)
{
    return FileStore(m_database).setPinned(sha256, kept);
}

bool AgentFileStore::isKeptOffline(const QString &sha256) const
{
    return FileStore(m_database).isPinned(sha256);
}

bool AgentFileStore::readDocumentFile(const QString &path,
                                      AgentDocument *document,
                                      QString *errorMessage)
{
    const Result<StoredFile> stored = FileStore(m_database).add(path, documentTypes());
    if (!stored.ok()) {
        *errorMessage = QFileInfo(path).fileName() + QStringLiteral(": ") + stored.error();
        return false;
    }
    document->contentSha256 = stored.value().sha256;
    document->byteSize = stored.value().byteSize;
    document->mimeType = stored.value().mimeType;
    document->fileName = QFileInfo(path).fileName();
    document->isNew = true;
    return true;
}

} // namespace Civitas::Hr
