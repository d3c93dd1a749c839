#include "payrollimport.h"
#include <hr/hrtr.h>

#include "agentfilestore.h"
#include <hr/domain/agentfilerules.h>
#include <hr/domain/hrcodes.h>

#include <core/formats/csvreader.h>
#include <core/formats/spreadsheetformula.h>
#include <core/french/validators.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

namespace Civitas::Hr {

namespace {

const QByteArray Bom("\xEF\xBB\xBF");
constexpr int FullTimeMinutes = 37 * 60 + 30;

// Headers and names compared without accents, case, spaces or punctuation: "N° Sécurité
// sociale" and "no securite sociale" are the same column.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// What payroll programs (and the people who tidy their exports) call each column, best
// first. "Nom" alone is ambiguous and is handled apart.
const QList<QStringList> &headerAliases()
{
    static const QList<QStringList> aliases = [] {
        QList<QStringList> a(PayrollImport::FieldCount);
        auto set = [&a](PayrollImport::Field f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                a[f] << QString::fromUtf8(n);
        };
        using F = PayrollImport;
        set(F::RegistrationNumber,
            {"matricule", "matriculeagent", "mat", "numeroagent", "nagent", "noagent", "idagent"});
        set(F::BirthName,
            {"nomdenaissance", "nomnaissance", "nompatronymique", "nomdefamille", "nomjeunefille"});
        set(F::UsageName, {"nomdusage", "nomusage", "nommarital", "nomdepouse", "nomusuel"});
        set(F::FirstNames, {"prenoms", "prenom", "prenomsdelagent"});
        set(F::Sex, {"sexe", "genre", "sex"});
        set(F::BirthDate, {"datedenaissance", "datenaissance", "nele", "neele", "ddn"});
        set(F::BirthPlace,
            {"lieudenaissance", "lieunaissance", "communedenaissance", "villedenaissance"});
        set(F::Nationality, {"nationalite"});
        set(F::Nir,
            {"nir",
             "nsecuritesociale",
             "nosecuritesociale",
             "numerodesecuritesociale",
             "numerosecuritesociale",
             "nss",
             "numss",
             "nsecu",
             "numeroinsee",
             "ninsee",
             "numinsee"});
        set(F::Status, {"statut", "statutagent", "statutdelagent"});
        set(F::OrgUnit,
            {"codeservice",
             "servicecode",
             "codeaffectation",
             "codedeservice",
             "service",
             "serviceaffectation",
             "affectation",
             "libelleservice"});
        set(F::PostTitle,
            {"intituledeposte", "intituleposte", "libelleposte", "poste", "fonction", "emploi"});
        set(F::EntryDate,
            {"datedentree",
             "dateentree",
             "datedentreedanslacollectivite",
             "datearrivee",
             "datedarrivee",
             "datedembauche",
             "dateembauche"});
        set(F::DepartureDate, {"datedesortie", "datesortie", "datededepart", "datedepart"});
        set(F::DepartureReason, {"motifdesortie", "motifsortie", "motifdedepart", "motifdepart"});
        set(F::ContractBasis,
            {"fondementducontrat",
             "fondementcontrat",
             "basecontrat",
             "basejuridique",
             "fondementjuridique",
             "articlederecrutement",
             "motifcontrat"});
        set(F::ContractStart,
            {"datedebutcontrat", "debutcontrat", "datedebutducontrat", "debutducontrat"});
        set(F::ContractEnd, {"datefincontrat", "fincontrat", "datefinducontrat", "finducontrat"});
        set(F::Category, {"categorie", "cat"});
        set(F::Sector, {"filiere"});
        set(F::JobFramework, {"cadredemplois", "cadredemploi", "cadreemplois", "cadreemploi"});
        set(F::Grade, {"grade", "libellegrade"});
        set(F::Echelon, {"echelon", "ech"});
        set(F::GrossIndex, {"ib", "indicebrut"});
        set(F::IncreasedIndex, {"im", "inm", "indicemajore"});
        set(F::CareerDate,
            {"datedeffet",
             "dateeffet",
             "dateeffetechelon",
             "datedeffetechelon",
             "dateechelon",
             "dateeffetgrade"});
        set(F::WorkRate,
            {"quotite", "quotitedetravail", "tauxdactivite", "tauxactivite", "tempsdetravail"});
        set(F::WeeklyHours,
            {"dureehebdomadaire",
             "dureehebdo",
             "heureshebdomadaires",
             "heureshebdo",
             "horairehebdomadaire"});
        set(F::DecisionReference,
            {"referencearrete",
             "referencedelarrete",
             "narrete",
             "noarrete",
             "numeroarrete",
             "numerodarrete",
             "arrete",
             "referencedecision"});
        set(F::DecisionDate,
            {"datearrete", "datedelarrete", "datedarrete", "datedecision", "datedeladecision"});
        return a;
    }();
    return aliases;
}

bool parseDate(const QString &text, QDate *date)
{
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const QRegularExpressionMatch m = french.match(text); m.hasMatch())
        *date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch())
        *date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else
        return false;
    return date->isValid();
}

// "37,5", "37.5", "37h30", "37:30" -> minutes; 0 when unreadable.
int parseHours(const QString &text)
{
    static const QRegularExpression hm(QStringLiteral("^(\\d{1,2})\\s*[hH:]\\s*(\\d{2})?$"));
    if (const QRegularExpressionMatch m = hm.match(text); m.hasMatch()) {
        const int minutes = m.captured(2).toInt();
        return minutes < 60 ? m.captured(1).toInt() * 60 + minutes : 0;
    }
    bool ok = false;
    const double hours = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok && hours > 0 && hours <= 48 ? int(qRound(hours * 60)) : 0;
}

QString departureReasonCode(const QString &text)
{
    static const QHash<QString, QString> french = {
        {QStringLiteral("retraite"), QStringLiteral("retirement")},
        {QStringLiteral("demission"), QStringLiteral("resignation")},
        {QStringLiteral("mutation"), QStringLiteral("transfer")},
        {QStringLiteral("finducontrat"), QStringLiteral("end_of_contract")},
        {QStringLiteral("fincontrat"), QStringLiteral("end_of_contract")},
        {QStringLiteral("findecontrat"), QStringLiteral("end_of_contract")},
        {QStringLiteral("licenciement"), QStringLiteral("dismissal")},
        {QStringLiteral("revocation"), QStringLiteral("dismissal")},
        {QStringLiteral("deces"), QStringLiteral("death")},
        {QStringLiteral("autre"), QStringLiteral("other")},
    };
    const QString code = french.value(folded(text));
    return code.isEmpty() ? HrCodes::codeFor(HrCodes::DepartureReason, text) : code;
}

bool isDigits(const QString &text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

QString withoutLeadingZeros(const QString &number)
{
    qsizetype i = 0;
    while (i < number.size() && number.at(i) == QLatin1Char('0'))
        ++i;
    return number.mid(i);
}

// Registration numbers compared as the file and the local file may write them.
QString registrationKey(const QString &number)
{
    return isDigits(number) ? withoutLeadingZeros(number) : number;
}

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString describeStep(const CareerStep *s)
{
    if (!s)
        return {};
    QString text = QStringLiteral("%1, %2 %3")
                       .arg(s->grade)
                       .arg(PayrollImport::fieldLabel(PayrollImport::Echelon))
                       .arg(s->echelon);
    if (s->grossIndex || s->increasedIndex)
        text += QStringLiteral(", IB %1 / IM %2").arg(s->grossIndex).arg(s->increasedIndex);
    return text + QStringLiteral(" (%1)").arg(shortDate(s->effectiveDate));
}

QString describeWorkingTime(const WorkingTime &w)
{
    QString kind = HrCodes::label(HrCodes::WorkKind, w.kind);
    if (w.kind == QLatin1String("part_time"))
        kind += QStringLiteral(" %1 %").arg(w.partTimeRate);
    else if (w.kind == QLatin1String("non_full_time"))
        kind += QStringLiteral(" %1/35").arg(w.thirtyFifths);
    return QStringLiteral("%1, %2h%3")
        .arg(kind)
        .arg(w.weeklyMinutes / 60)
        .arg(w.weeklyMinutes % 60, 2, 10, QLatin1Char('0'));
}

// Where AgentFileRules' problems belong in the file.
PayrollImport::Field fieldOfRule(const QString &field)
{
    static const QHash<QString, PayrollImport::Field> fields = {
        {QStringLiteral("registrationNumber"), PayrollImport::RegistrationNumber},
        {QStringLiteral("birthName"), PayrollImport::BirthName},
        {QStringLiteral("firstNames"), PayrollImport::FirstNames},
        {QStringLiteral("entryDate"), PayrollImport::EntryDate},
        {QStringLiteral("sex"), PayrollImport::Sex},
        {QStringLiteral("status"), PayrollImport::Status},
        {QStringLiteral("birthDate"), PayrollImport::BirthDate},
        {QStringLiteral("nir"), PayrollImport::Nir},
        {QStringLiteral("contractBasis"), PayrollImport::ContractBasis},
        {QStringLiteral("contractStart"), PayrollImport::ContractStart},
        {QStringLiteral("contractEnd"), PayrollImport::ContractEnd},
        {QStringLiteral("departureDate"), PayrollImport::DepartureDate},
        {QStringLiteral("departureReason"), PayrollImport::DepartureReason},
        {QStringLiteral("careerSteps"), PayrollImport::Grade},
        {QStringLiteral("positions"), PayrollImport::DecisionReference},
        {QStringLiteral("workingTimes"), PayrollImport::WorkRate},
    };
    return fields.value(field, PayrollImport::FieldCount);
}

} // namespace

PayrollImport::PayrollImport(Database &database)
    : m_database(database)
    , m_mapping(FieldCount, -1)
{}

QString PayrollImport::fieldLabel(Field field)
{
    switch (field) {
    case RegistrationNumber:
        return Tr::tr("Registration number");
    case BirthName:
        return Tr::tr("Birth name");
    case UsageName:
        return Tr::tr("Usage name");
    case FirstNames:
        return Tr::tr("First names");
    case Sex:
        return Tr::tr("Sex");
    case BirthDate:
        return Tr::tr("Date of birth");
    case BirthPlace:
        return Tr::tr("Place of birth");
    case Nationality:
        return Tr::tr("Nationality");
    case Nir:
        return Tr::tr("NIR");
    case Status:
        return Tr::tr("Status");
    case OrgUnit:
        return Tr::tr("Unit");
    case PostTitle:
        return Tr::tr("Post title");
    case EntryDate:
        return Tr::tr("Entry date");
    case DepartureDate:
        return Tr::tr("Departure date");
    case DepartureReason:
        return Tr::tr("Departure reason");
    case ContractBasis:
        return Tr::tr("Contract basis");
    case ContractStart:
        return Tr::tr("Contract start");
    case ContractEnd:
        return Tr::tr("Contract end");
    case Category:
        return Tr::tr("Category");
    case Sector:
        return Tr::tr("Sector");
    case JobFramework:
        return Tr::tr("Job framework");
    case Grade:
        return Tr::tr("Grade");
    case Echelon:
        return Tr::tr("Echelon");
    case GrossIndex:
        return Tr::tr("Gross index");
    case IncreasedIndex:
        return Tr::tr("Increased index");
    case CareerDate:
        return Tr::tr("Career effective date");
    case WorkRate:
        return Tr::tr("Working rate");
    case WeeklyHours:
        return Tr::tr("Weekly hours");
    case DecisionReference:
        return Tr::tr("Decision reference");
    case DecisionDate:
        return Tr::tr("Decision date");
    case FieldCount:
        break;
    }
    return {};
}

QString PayrollImport::encodingLabel(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Automatic:
        return Tr::tr("Automatic");
    case Encoding::Utf8:
        return Tr::tr("UTF-8");
    case Encoding::Windows1252:
        return Tr::tr("Windows-1252");
    }
    return {};
}

bool PayrollImport::readFile(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = Tr::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    setData(file.readAll());
    return true;
}

void PayrollImport::setData(const QByteArray &data)
{
    m_data = data;
    parse();
}

void PayrollImport::setEncoding(Encoding encoding)
{
    m_encoding = encoding;
    parse();
}

QString
PayrollImport::decodeUtf8(const QByteArray &bytes, QList<int> *badLines, int *accentedLines) const
{
    // Line by line, so that each bad line is named: a line feed byte is never inside a
    // multi-byte sequence. A fresh decoder per line, so that one error does not taint the next.
    QString text;
    int line = 1;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QByteArrayView slice = QByteArrayView(bytes).sliced(start, end - start);
        text += decoder.decode(slice);
        if (decoder.hasError())
            badLines->append(line);
        else if (accentedLines && std::any_of(slice.begin(), slice.end(), [](char c) {
                     return uchar(c) >= 0x80;
                 }))
            ++*accentedLines;
        start = end;
        ++line;
    }
    return text;
}

void PayrollImport::parse()
{
    m_analysed = false;
    m_readProblems.clear();
    m_badLines.clear();
    m_records.clear();
    const QStringList previousHeader = m_header;
    m_header.clear();

    const bool bom = m_data.startsWith(Bom);
    const QByteArray bytes = bom ? m_data.mid(Bom.size()) : m_data;
    QList<int> badLines;
    QString utf8Text;
    if (bom || m_encoding != Encoding::Windows1252) {
        int accentedLines = 0;
        utf8Text = decodeUtf8(bytes, &badLines, &accentedLines);
        // Automatic, per file: bytes that are not UTF-8 are the Windows-1252 of French payroll
        // exports, unless other lines hold accented letters in valid UTF-8. Then the file is
        // UTF-8 and its odd lines are the errors, named, rather than every accented letter of
        // the file garbled ("PrÃ©nom" in the header, and every line refused for it).
        m_effectiveEncoding = (m_encoding == Encoding::Automatic && !bom && !badLines.isEmpty()
                               && accentedLines == 0)
                                  ? Encoding::Windows1252
                                  : Encoding::Utf8;
    } else {
        m_effectiveEncoding = Encoding::Windows1252;
    }

    CsvReader reader;
    bool parsed = false;
    if (m_effectiveEncoding == Encoding::Utf8) {
        for (int line : std::as_const(badLines)) {
            m_badLines.insert(line);
            m_readProblems.append(
                {line,
                 QString(),
                 Level::Error,
                 m_encoding == Encoding::Automatic
                     ? Tr::tr("wrong encoding: this line is not UTF-8 text as the rest of "
                              "the file is (it may come from a Windows-1252 program): "
                              "correct it in the file, then load the file again.")
                     : Tr::tr("wrong encoding: this line is not valid UTF-8 text. The file "
                              "may be in Windows-1252 (\"ANSI\"): choose that encoding, or "
                              "Automatic.")});
        }
        // The bad bytes became replacement characters: the other lines can still be checked.
        reader.setEncoding(CsvReader::Encoding::Utf8);
        parsed = reader.parse(utf8Text.toUtf8());
    } else {
        if (m_encoding == Encoding::Windows1252) {
            // Valid UTF-8 with accented letters read as Windows-1252 would store "Ã©" in names.
            QList<int> none;
            decodeUtf8(bytes, &none);
            const qsizetype firstHigh
                = std::find_if(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80; })
                  - bytes.begin();
            if (none.isEmpty() && firstHigh < bytes.size()) {
                const int line = int(bytes.left(firstHigh).count('\n')) + 1;
                m_badLines.insert(line);
                m_readProblems.append(
                    {line,
                     QString(),
                     Level::Error,
                     Tr::tr("wrong encoding: this file is UTF-8 text; read as "
                            "Windows-1252, its accented letters would be garbled. "
                            "Choose UTF-8, or Automatic.")});
            }
        }
        reader.setEncoding(CsvReader::Encoding::Windows1252);
        parsed = reader.parse(bytes);
    }
    if (!parsed) {
        m_readProblems.append({reader.errorLine(), QString(), Level::Error, reader.errorString()});
        return;
    }
    m_separator = reader.separator();
    m_header = reader.header();
    for (QString &h : m_header)
        h = h.trimmed();
    for (const CsvReader::Record &r : reader.records())
        m_records.append({r.line, r.fields});
    if (m_header != previousHeader
        || std::all_of(m_mapping.begin(), m_mapping.end(), [](int c) { return c < 0; }))
        guessMapping();
}

void PayrollImport::guessMapping()
{
    m_mapping = QList<int>(FieldCount, -1);
    QStringList headers;
    for (const QString &h : std::as_const(m_header))
        headers << folded(h);
    QSet<int> used;
    auto take = [&](Field field, int index) {
        m_mapping[field] = index;
        used.insert(index);
    };
    const QList<QStringList> &aliases = headerAliases();
    // Exact names first, for every field; then names that start with an alias ("Date d'entrée
    // dans la collectivité"), for aliases long enough not to match by chance.
    for (bool prefix : {false, true}) {
        for (int f = 0; f < FieldCount; ++f) {
            if (m_mapping.at(f) >= 0)
                continue;
            for (const QString &alias : aliases.at(f)) {
                if (prefix && alias.size() < 5)
                    continue;
                int found = -1;
                for (int i = 0; i < headers.size() && found < 0; ++i) {
                    if (!used.contains(i)
                        && (prefix ? headers.at(i).startsWith(alias) : headers.at(i) == alias))
                        found = i;
                }
                if (found >= 0) {
                    take(Field(f), found);
                    break;
                }
            }
        }
    }
    // "Nom" is the birth name, unless another column is: then it is the name in use.
    const int name = int(headers.indexOf(QStringLiteral("nom")));
    if (name >= 0 && !used.contains(name)) {
        if (m_mapping.at(BirthName) < 0)
            take(BirthName, name);
        else if (m_mapping.at(UsageName) < 0)
            take(UsageName, name);
    }
}

void PayrollImport::setColumn(Field field, int column)
{
    if (field < 0 || field >= FieldCount)
        return;
    m_mapping[field] = column >= 0 && column < m_header.size() ? column : -1;
    m_analysed = false;
}

int PayrollImport::recordLine(int record) const
{
    return record >= 0 && record < m_records.size() ? m_records.at(record).line : 0;
}

QString PayrollImport::value(int record, Field field) const
{
    const int c = column(field);
    if (record < 0 || record >= m_records.size() || c < 0)
        return {};
    return m_records.at(record).fields.value(c).trimmed();
}

QString PayrollImport::columnName(Field field) const
{
    const int c = column(field);
    return c >= 0 ? m_header.value(c) : fieldLabel(field);
}

void PayrollImport::loadUnits()
{
    m_units.clear();
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, code, name FROM org_units WHERE deleted = 0 ORDER BY kind DESC, code")))
        // The lines naming a unit are then refused as naming an unknown one.
        qCWarning(lcHr) << "payroll import: the units could not be read:" << q.lastError().text();
    while (q.next())
        m_units.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
}

QString PayrollImport::findUnit(const QString &text) const
{
    // The code first (what payroll exports carry), then the name as users write it.
    for (const Unit &u : m_units) {
        if (u.code.compare(text, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    const QString wanted = folded(text);
    for (const Unit &u : m_units) {
        if (folded(u.name) == wanted)
            return u.id;
    }
    return {};
}

Result<QString> PayrollImport::existingAgentId(const QString &registrationNumber) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM agents WHERE registration_number = ? AND deleted = 0"));
    q.addBindValue(registrationNumber);
    if (!q.exec())
        return Result<QString>::failure(q.lastError().text());
    if (q.next())
        return q.value(0).toString();
    // A spreadsheet that opened the export on its way drops the leading zeros ("000101" -> "101"):
    // the same agent still, not a new one.
    if (!isDigits(registrationNumber))
        return QString();
    q.prepare(QStringLiteral(
        "SELECT id FROM agents WHERE deleted = 0 AND registration_number <> '' "
        "AND registration_number NOT GLOB '*[^0-9]*' AND ltrim(registration_number, '0') = ? "
        "ORDER BY registration_number"));
    q.addBindValue(withoutLeadingZeros(registrationNumber));
    if (!q.exec())
        return Result<QString>::failure(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

struct PayrollImport::LineBuild
{
    LineBuild(const PayrollImport &import,
              int record,
              AgentFile *original,
              AgentFile *edited,
              LineResult *result,
              QList<Problem> *problems)
        : import(import)
        , record(record)
        , line(import.recordLine(record))
        , original(original)
        , edited(edited)
        , result(result)
        , problems(problems)
    {}

    const PayrollImport &import;
    const int record;
    const int line; // of the file, as problems name it
    AgentFile *const original;
    AgentFile *const edited;
    LineResult *const result;
    QList<Problem> *const problems;
    const QDate today = QDate::currentDate();
    bool isNew = false;
    QSet<int> failedFields;
    // What the changes list besides the fields.
    QString careerBefore;
    bool careerChanged = false;
    bool workingAdded = false;
    bool positionAdded = false;

    QString v(Field f) const { return import.value(record, f); }
    void error(Field f, const QString &message)
    {
        problems->append(
            {line, f < FieldCount ? import.columnName(f) : QString(), Level::Error, message});
        failedFields.insert(f);
    }
    void warn(Field f, const QString &message)
    {
        problems->append(
            {line, f < FieldCount ? import.columnName(f) : QString(), Level::Warning, message});
    }
    // An empty cell keeps what the agent file holds: payroll exports leave out what HR typed.
    void setText(Field f, QString &target) const
    {
        if (const QString text = v(f); !text.isEmpty())
            target = text;
    }
    void setCode(Field f, HrCodes::Kind kind, QString &target, const QString &message)
    {
        const QString text = v(f);
        if (text.isEmpty())
            return;
        const QString code = HrCodes::codeFor(kind, text);
        if (code.isEmpty())
            error(f, message.arg(text));
        else
            target = code;
    }
};

bool PayrollImport::buildFile(int record,
                              AgentFile *original,
                              AgentFile *edited,
                              LineResult *result,
                              QList<Problem> *problems) const
{
    LineBuild build(*this, record, original, edited, result, problems);
    if (!loadOriginal(build)) {
        result->outcome = Outcome::Rejected;
        return false;
    }
    rejectFormulas(build);
    readIdentity(build);
    readNir(build);
    readUnit(build);
    if (build.isNew)
        requireForNewAgent(build);
    readCareer(build);
    addWorkingTime(build, readWorkingTime(build));
    readPosition(build);
    checkRules(build);

    if (!build.failedFields.isEmpty()) {
        result->outcome = Outcome::Rejected;
        return false;
    }
    if (build.isNew) {
        result->outcome = Outcome::Create;
        return true;
    }
    listChanges(build);
    result->outcome = result->changes.isEmpty() ? Outcome::Unchanged : Outcome::Update;
    return true;
}

// A cell that would run as a formula once the agent file is exported and opened in a spreadsheet
// (=, +, -, @, tab or CR first; numbers, negative ones included, and phone numbers are not) is
// an error: the line is not imported, and the file names the line and the column.
void PayrollImport::rejectFormulas(LineBuild &build) const
{
    const QStringList &fields = m_records.at(build.record).fields;
    for (int f = 0; f < FieldCount; ++f) {
        const int c = column(Field(f));
        if (c < 0 || c >= fields.size() || !SpreadsheetFormula::isFormulaLike(fields.at(c)))
            continue;
        build.error(Field(f),
                    Tr::tr("column %1 holds \"%2\", which a spreadsheet would run as a "
                           "formula: correct the file; this line is not imported.")
                        .arg(c + 1)
                        .arg(fields.at(c).trimmed().left(40)));
    }
}

// The agent the line updates, as the local file holds them (found by registration number); a new
// agent starts from an empty file. False when the line cannot be applied at all.
bool PayrollImport::loadOriginal(LineBuild &build) const
{
    const QString registration = build.v(RegistrationNumber);
    LineResult *result = build.result;
    result->line = build.line;
    result->registrationNumber = registration;
    *build.original = AgentFile();
    const Result<QString> existing = existingAgentId(registration);
    if (!existing) {
        build.error(RegistrationNumber, existing.error());
        return false;
    }
    result->agentId = *existing;
    build.isNew = result->agentId.isEmpty();
    if (!build.isNew) {
        QString message;
        const std::optional<AgentFile> loaded
            = AgentFileStore(m_database).load(result->agentId, &message);
        if (!loaded) {
            build.error(RegistrationNumber, message);
            return false;
        }
        *build.original = *loaded;
        if (!build.original->agent.hasDetails) {
            build.error(RegistrationNumber,
                        Tr::tr("you may not see the identity of agent %1: the line cannot update "
                               "this file.")
                            .arg(registration));
            return false;
        }
    }
    *build.edited = *build.original;
    if (build.isNew)
        build.edited->agent.registrationNumber = registration;
    return true;
}

// The identity and contract as the line gives them: texts, codes and dates.
void PayrollImport::readIdentity(LineBuild &build) const
{
    Agent &a = build.edited->agent;
    build.setText(BirthName, a.birthName);
    build.setText(UsageName, a.usageName);
    build.setText(FirstNames, a.firstNames);
    build.setText(BirthPlace, a.birthPlace);
    build.setText(Nationality, a.nationality);
    build.setText(PostTitle, a.postTitle);
    build.setText(ContractBasis, a.contractBasis);

    build.setCode(Sex, HrCodes::Sex, a.sex, Tr::tr("unknown sex \"%1\": expected F or M."));
    build.setCode(
        Status,
        HrCodes::Status,
        a.status,
        Tr::tr("unknown status code \"%1\": expected titulaire, stagiaire or contractuel."));

    readDate(build, BirthDate, a.birthDate);
    readDate(build, EntryDate, a.entryDate);
    readDate(build, DepartureDate, a.departureDate);
    readDate(build, ContractStart, a.contractStart);
    readDate(build, ContractEnd, a.contractEnd);

    if (const QString text = build.v(DepartureReason); !text.isEmpty()) {
        const QString code = departureReasonCode(text);
        if (code.isEmpty())
            build.error(DepartureReason, Tr::tr("unknown departure reason \"%1\".").arg(text));
        else
            a.departureReason = code;
    }
}

// The NIR, checked as the agent file checks it; one that disagrees with the identity is only a
// warning: the identity may be what is wrong.
void PayrollImport::readNir(LineBuild &build) const
{
    const QString text = build.v(Nir);
    if (text.isEmpty())
        return;
    Agent &a = build.edited->agent;
    const ValidationResult r = Validators::nir(text);
    if (r.level == ValidationResult::Level::Invalid) {
        build.error(Nir, Tr::tr("invalid NIR \"%1\": %2").arg(text, r.message));
        return;
    }
    a.nir = Validators::normalizedNir(text);
    if (r.level == ValidationResult::Level::Warning)
        build.warn(Nir, r.message);
    const ValidationResult c
        = Validators::nirConsistency(a.nir, a.sex.isEmpty() ? QChar() : a.sex.at(0), a.birthDate);
    if (c.level == ValidationResult::Level::Warning && c.message != r.message)
        build.warn(Nir, c.message);
}

// The unit, by the code payroll exports carry or by its name in the organisation chart.
void PayrollImport::readUnit(LineBuild &build) const
{
    const QString text = build.v(OrgUnit);
    if (text.isEmpty())
        return;
    const QString unit = findUnit(text);
    if (unit.isEmpty())
        build.error(
            OrgUnit,
            Tr::tr("unknown unit \"%1\": no unit of the organisation chart has this code or name.")
                .arg(text));
    else
        build.edited->agent.orgUnitId = unit;
}

// A new agent's file cannot be saved without these: said on the line, with the column to add
// when the file has none.
void PayrollImport::requireForNewAgent(LineBuild &build) const
{
    for (Field f : {BirthName, FirstNames, Sex, Status, EntryDate}) {
        if (build.failedFields.contains(f) || !build.v(f).isEmpty())
            continue;
        if (column(f) < 0)
            build.error(
                f,
                Tr::tr("missing required value: no column gives the %1, which a new agent needs.")
                    .arg(fieldLabel(f).toLower()));
        else
            build.error(f, Tr::tr("missing required value: %1.").arg(fieldLabel(f)));
    }
}

// Career: a new step only when the file's grade, echelon or index differ from the current one.
void PayrollImport::readCareer(LineBuild &build) const
{
    AgentFile *edited = build.edited;
    const CareerStep *current = edited->careerStepOn(build.today);
    if (!current && !edited->careerSteps.isEmpty())
        current = &edited->careerSteps.constLast();
    build.careerBefore = describeStep(current);
    bool hasCareer = false;
    for (Field f : {Category, Sector, JobFramework, Grade, Echelon, GrossIndex, IncreasedIndex})
        hasCareer = hasCareer || !build.v(f).isEmpty();
    if (!hasCareer)
        return;
    const int errorsBefore = int(build.failedFields.size());
    CareerStep step = current ? *current : CareerStep();
    readCareerFields(build, current, step);
    const bool differs
        = !current || step.category != current->category || step.sector != current->sector
          || step.jobFramework != current->jobFramework || step.grade != current->grade
          || step.echelon != current->echelon || step.grossIndex != current->grossIndex
          || step.increasedIndex != current->increasedIndex;
    if (differs && build.failedFields.size() == errorsBefore)
        addCareerStep(build, step, current);
}

// The grade, echelon and indexes the line gives, over the current step's; a first step needs
// them all.
void PayrollImport::readCareerFields(LineBuild &build,
                                     const CareerStep *current,
                                     CareerStep &step) const
{
    build.setCode(Category,
                  HrCodes::Category,
                  step.category,
                  Tr::tr("unknown category \"%1\": expected A, B or C."));
    build.setCode(Sector, HrCodes::Sector, step.sector, Tr::tr("unknown sector (filière) \"%1\"."));
    build.setText(JobFramework, step.jobFramework);
    build.setText(Grade, step.grade);
    readNumber(build, Echelon, step.echelon, 1, 15);
    readNumber(build, GrossIndex, step.grossIndex, 1, 9999);
    readNumber(build, IncreasedIndex, step.increasedIndex, 1, 9999);
    if (current)
        return;
    for (Field f : {Category, Sector, JobFramework, Grade, Echelon}) {
        if (!build.failedFields.contains(f) && build.v(f).isEmpty())
            build.error(f,
                        Tr::tr("missing required value: a first career step needs the %1.")
                            .arg(fieldLabel(f).toLower()));
    }
}

// The new step, from the line's effective date (a new agent's entry, else today); a step on the
// same date is corrected rather than doubled (two steps cannot share a date).
void PayrollImport::addCareerStep(LineBuild &build,
                                  CareerStep step,
                                  const CareerStep *current) const
{
    AgentFile *edited = build.edited;
    QDate effective = build.isNew ? edited->agent.entryDate : build.today;
    readDate(build, CareerDate, effective);
    if (current && effective.isValid() && effective < current->effectiveDate)
        build.warn(CareerDate,
                   Tr::tr("the career step takes effect on %1, before the current one (%2): it "
                          "goes into the history without changing the current grade.")
                       .arg(shortDate(effective), shortDate(current->effectiveDate)));
    step.effectiveDate = effective;
    step.decisionReference = build.v(DecisionReference);
    step.updatedBy.clear();
    auto same = std::find_if(edited->careerSteps.begin(),
                             edited->careerSteps.end(),
                             [&](const CareerStep &s) { return s.effectiveDate == effective; });
    if (same != edited->careerSteps.end()) {
        step.id = same->id;
        step.reason = same->reason;
        *same = step;
    } else {
        step.id.clear();
        step.reason = build.isNew ? QStringLiteral("recruitment") : QStringLiteral("other");
        edited->careerSteps.append(step);
    }
    build.careerChanged = true;
}

// The working time the line's rate and hours describe: full time on five days unless they say
// otherwise.
WorkingTime PayrollImport::readWorkingTime(LineBuild &build) const
{
    const QString rateText = build.v(WorkRate);
    const QString hoursText = build.v(WeeklyHours);
    WorkingTime working;
    working.weeklyMinutes = FullTimeMinutes;
    if (!hoursText.isEmpty()) {
        const int minutes = parseHours(hoursText);
        if (minutes > 0)
            working.weeklyMinutes = minutes;
        else
            build.error(
                WeeklyHours,
                Tr::tr("unreadable weekly hours \"%1\": expected 37,5 or 37h30.").arg(hoursText));
    }
    if (rateText.isEmpty())
        return working;
    static const QRegularExpression fifths(QStringLiteral("^(\\d{1,2})\\s*/\\s*35$"));
    QString rate = rateText;
    rate.remove(QLatin1Char('%')).replace(QLatin1Char(','), QLatin1Char('.'));
    rate = rate.trimmed();
    bool ok = false;
    double percent = rate.toDouble(&ok);
    if (ok && percent > 0 && percent <= 1)
        percent *= 100; // "0,8"
    const int whole = int(qRound(percent));
    if (const QRegularExpressionMatch m = fifths.match(rate);
        m.hasMatch() && m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= 34) {
        working.kind = QStringLiteral("non_full_time");
        working.thirtyFifths = m.captured(1).toInt();
        if (hoursText.isEmpty())
            working.weeklyMinutes = working.thirtyFifths * 60;
    } else if (ok && whole == 100) {
        working.kind = QStringLiteral("full_time");
    } else if (ok && QList<int>{50, 60, 70, 80, 90}.contains(whole)
               && qAbs(percent - whole) < 0.01) {
        working.kind = QStringLiteral("part_time");
        working.partTimeRate = whole;
        if (hoursText.isEmpty())
            working.weeklyMinutes = FullTimeMinutes * whole / 100;
    } else {
        build.error(WorkRate,
                    Tr::tr("unknown working rate \"%1\": expected 100, 50 to 90 %, or n/35.")
                        .arg(rateText));
    }
    return working;
}

// The payroll export does not say which half-days are worked, so a file that has a working time
// keeps it (a difference is only a warning); a file without one gets the line's from entry.
void PayrollImport::addWorkingTime(LineBuild &build, WorkingTime working) const
{
    AgentFile *edited = build.edited;
    const QDate entry = edited->agent.entryDate;
    if (edited->workingTimes.isEmpty()) {
        if (entry.isValid() && !build.failedFields.contains(WorkRate)
            && !build.failedFields.contains(WeeklyHours)) {
            working.effectiveDate = entry;
            edited->workingTimes.append(working);
            build.workingAdded = true;
        }
        return;
    }
    const QString hoursText = build.v(WeeklyHours);
    if (build.v(WorkRate).isEmpty() && hoursText.isEmpty())
        return;
    const WorkingTime *now = edited->workingTimeOn(build.today);
    if (now
        && (now->kind != working.kind || now->partTimeRate != working.partTimeRate
            || now->thirtyFifths != working.thirtyFifths
            || (!hoursText.isEmpty() && now->weeklyMinutes != working.weeklyMinutes)))
        build.warn(
            WorkRate,
            Tr::tr("the working time in the file (%1) differs from the agent file's (%2); the "
                   "import does not change it, since the file does not say which half-days "
                   "are worked: change it in the agent file.")
                .arg(describeWorkingTime(working), describeWorkingTime(*now)));
}

// A statutory position is made by a decision: without its reference, none is created.
void PayrollImport::readPosition(LineBuild &build) const
{
    AgentFile *edited = build.edited;
    const QString reference = build.v(DecisionReference);
    if (reference.isEmpty() || !edited->positions.isEmpty() || !edited->agent.entryDate.isValid())
        return;
    StatutoryPosition p;
    p.position = QStringLiteral("active");
    p.startDate = edited->agent.entryDate;
    p.decisionReference = reference;
    p.decisionDate = edited->agent.entryDate;
    readDate(build, DecisionDate, p.decisionDate);
    edited->positions.append(p);
    build.positionAdded = true;
}

// The file's own rules, as a save would apply them, said on the line.
void PayrollImport::checkRules(LineBuild &build) const
{
    for (const AgentFileRules::Problem &p : AgentFileRules::check(*build.edited)) {
        const Field f = fieldOfRule(p.field);
        if (f == Nir || build.failedFields.contains(f))
            continue; // already said, in the import's words
        if (p.blocking)
            build.error(f, p.message);
        else
            build.warn(f, p.message);
    }
}

// What the line changes in an existing file, before and after, for HR to check.
void PayrollImport::listChanges(LineBuild &build) const
{
    const Agent &a = build.edited->agent;
    const Agent &b = build.original->agent;
    QList<Change> &changes = build.result->changes;
    auto compare = [&](Field f, const QString &before, const QString &after) {
        if (before != after)
            changes.append({fieldLabel(f), before, after});
    };
    auto unitName = [this](const QString &id) {
        for (const Unit &u : m_units) {
            if (u.id == id)
                return u.code;
        }
        return id;
    };
    compare(BirthName, b.birthName, a.birthName);
    compare(UsageName, b.usageName, a.usageName);
    compare(FirstNames, b.firstNames, a.firstNames);
    compare(Sex, b.sex, a.sex);
    compare(BirthDate, shortDate(b.birthDate), shortDate(a.birthDate));
    compare(BirthPlace, b.birthPlace, a.birthPlace);
    compare(Nationality, b.nationality, a.nationality);
    compare(Nir, Validators::normalizedNir(b.nir), Validators::normalizedNir(a.nir));
    compare(Status,
            HrCodes::label(HrCodes::Status, b.status),
            HrCodes::label(HrCodes::Status, a.status));
    compare(OrgUnit, unitName(b.orgUnitId), unitName(a.orgUnitId));
    compare(PostTitle, b.postTitle, a.postTitle);
    compare(EntryDate, shortDate(b.entryDate), shortDate(a.entryDate));
    compare(DepartureDate, shortDate(b.departureDate), shortDate(a.departureDate));
    compare(DepartureReason,
            HrCodes::label(HrCodes::DepartureReason, b.departureReason),
            HrCodes::label(HrCodes::DepartureReason, a.departureReason));
    compare(ContractBasis, b.contractBasis, a.contractBasis);
    compare(ContractStart, shortDate(b.contractStart), shortDate(a.contractStart));
    compare(ContractEnd, shortDate(b.contractEnd), shortDate(a.contractEnd));
    const AgentFile *edited = build.edited;
    if (build.careerChanged)
        changes.append({Tr::tr("Career"),
                        build.careerBefore,
                        describeStep(edited->careerStepOn(build.today))});
    if (build.workingAdded)
        changes.append({Tr::tr("Working time"),
                        QString(),
                        describeWorkingTime(edited->workingTimes.constLast())});
    if (build.positionAdded)
        changes.append({Tr::tr("Statutory position"),
                        QString(),
                        edited->positions.constLast().decisionReference});
}

// Dates as payroll exports write them (dd/mm/yyyy) or ISO; an empty cell keeps the file's.
void PayrollImport::readDate(LineBuild &build, Field field, QDate &target) const
{
    const QString text = build.v(field);
    if (text.isEmpty())
        return;
    QDate date;
    if (parseDate(text, &date))
        target = date;
    else
        build.error(field,
                    Tr::tr("unreadable date \"%1\": expected dd/mm/yyyy or yyyy-mm-dd.").arg(text));
}

// A whole number within the range the agent file accepts; an empty cell keeps the file's.
void PayrollImport::readNumber(
    LineBuild &build, Field field, int &target, int lowest, int highest) const
{
    const QString text = build.v(field);
    if (text.isEmpty())
        return;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && n >= lowest && n <= highest)
        target = n;
    else
        build.error(field,
                    Tr::tr("\"%1\" is not a whole number from %2 to %3.")
                        .arg(text)
                        .arg(lowest)
                        .arg(highest));
}

bool PayrollImport::analyse()
{
    m_problems = m_readProblems;
    m_results.clear();
    m_plannedRecords.clear();
    m_appliedCount = 0;
    m_analysed = true;
    loadUnits();

    if (m_header.isEmpty()) {
        if (m_readProblems.isEmpty())
            m_problems.append(
                {0, QString(), Level::Error, Tr::tr("the file is empty: it has no header line.")});
        return false;
    }
    if (column(RegistrationNumber) < 0) {
        m_problems.append(
            {0,
             QString(),
             Level::Error,
             Tr::tr("no column is mapped to the registration number (matricule): lines "
                    "cannot be matched to agents without it.")});
        return false;
    }

    QHash<QString, int> firstLine; // registration key -> first line holding it
    for (int i = 0; i < m_records.size(); ++i) {
        const Record &record = m_records.at(i);
        LineResult result;
        result.line = record.line;
        result.registrationNumber = value(i, RegistrationNumber);
        const qsizetype fieldCount = record.fields.size();
        const bool extraAreEmpty
            = std::all_of(record.fields.begin() + qMin(fieldCount, m_header.size()),
                          record.fields.end(),
                          [](const QString &f) { return f.trimmed().isEmpty(); });
        bool rejected = true;
        if (m_badLines.contains(record.line)) {
            // Already said when reading.
        } else if (fieldCount < m_header.size() || !extraAreEmpty) {
            m_problems.append(
                {record.line,
                 QString(),
                 Level::Error,
                 Tr::tr("this line has %1 fields where the header has %2: a separator is "
                        "missing or too many.")
                     .arg(fieldCount)
                     .arg(m_header.size())});
        } else if (result.registrationNumber.isEmpty()) {
            m_problems.append(
                {record.line,
                 columnName(RegistrationNumber),
                 Level::Error,
                 Tr::tr("missing required value: %1.").arg(fieldLabel(RegistrationNumber))});
        } else if (firstLine.contains(registrationKey(result.registrationNumber))) {
            m_problems.append(
                {record.line,
                 columnName(RegistrationNumber),
                 Level::Error,
                 Tr::tr("registration number %1 is already on line %2 of the file.")
                     .arg(result.registrationNumber)
                     .arg(firstLine.value(registrationKey(result.registrationNumber)))});
        } else {
            rejected = false;
        }
        if (const QString key = registrationKey(result.registrationNumber);
            !key.isEmpty() && !firstLine.contains(key))
            firstLine.insert(key, record.line);
        if (!rejected) {
            AgentFile original;
            AgentFile edited;
            if (buildFile(i, &original, &edited, &result, &m_problems)
                && result.outcome != Outcome::Unchanged)
                m_plannedRecords.append(i);
        }
        m_results.append(result);
    }
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
        return a.line < b.line;
    });
    return errorCount() == 0;
}

int PayrollImport::createCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(), [](const LineResult &r) {
        return r.outcome == Outcome::Create;
    }));
}

int PayrollImport::updateCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(), [](const LineResult &r) {
        return r.outcome == Outcome::Update;
    }));
}

int PayrollImport::unchangedCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(), [](const LineResult &r) {
        return r.outcome == Outcome::Unchanged;
    }));
}

int PayrollImport::errorCount() const
{
    return int(std::count_if(m_problems.begin(), m_problems.end(), [](const Problem &p) {
        return p.level == Level::Error;
    }));
}

int PayrollImport::warningCount() const
{
    return int(std::count_if(m_problems.begin(), m_problems.end(), [](const Problem &p) {
        return p.level == Level::Warning;
    }));
}

PayrollImport::ApplyResult PayrollImport::apply(const Progress &progress, QString *errorMessage)
{
    m_appliedCount = 0;
    if (!canApply()) {
        *errorMessage = m_analysed ? Tr::tr("The file has blocking problems: nothing was written.")
                                   : Tr::tr("The file has not been analysed: nothing was written.");
        return ApplyResult::Failed;
    }
    QSqlDatabase db = m_database.connection();
    if (const auto begun = Sql::beginWrite(db); !begun.ok()) {
        *errorMessage = begun.error();
        return ApplyResult::Failed;
    }
    loadUnits();
    AgentFileStore store(m_database);
    const int total = int(m_plannedRecords.size());
    int done = 0;
    for (int record : std::as_const(m_plannedRecords)) {
        AgentFile original;
        AgentFile edited;
        LineResult result;
        QList<Problem> problems;
        QString message;
        // Built again inside the transaction: the file may have changed since the analysis.
        bool ok = buildFile(record, &original, &edited, &result, &problems);
        if (!ok) {
            for (const Problem &p : std::as_const(problems)) {
                if (p.level == Level::Error) {
                    message = p.message;
                    break;
                }
            }
        } else if (result.outcome != Outcome::Unchanged) {
            ok = store.saveInTransaction(original, edited, &message);
        }
        if (!ok) {
            db.rollback();
            *errorMessage
                = Tr::tr("Line %1: %2 Nothing was written.").arg(recordLine(record)).arg(message);
            return ApplyResult::Failed;
        }
        ++done;
        if (progress && !progress(done, total)) {
            db.rollback();
            *errorMessage = Tr::tr("Import cancelled: nothing was written.");
            return ApplyResult::Cancelled;
        }
    }
    if (!db.commit()) {
        *errorMessage = db.lastError().text();
        db.rollback();
        return ApplyResult::Failed;
    }
    m_appliedCount = done;
    return ApplyResult::Applied;
}

} // namespace Civitas::Hr
