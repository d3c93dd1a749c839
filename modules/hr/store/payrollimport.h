#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// Imports agents from the CSV file a payroll program exports: reads the file (encoding and
// separator detected), maps its columns to the agent file's fields (guessed from the French
// headers, changeable), analyses every line against the local file without writing anything,
// then writes all the lines in one transaction, or none. Lines are matched to agents by
// registration number, so importing the same file again updates instead of duplicating.
// Writes go through AgentFileStore, so the file's rules and change capture apply.
class CIVITAS_HR_EXPORT PayrollImport
{
public:
    enum class Encoding {
        Automatic, // UTF-8 when the bytes are valid UTF-8 (or start with a BOM), else Windows-1252
        Utf8,
        Windows1252, // what French payroll programs and Excel write
    };

    enum Field {
        RegistrationNumber,
        BirthName,
        UsageName,
        FirstNames,
        Sex,
        BirthDate,
        BirthPlace,
        Nationality,
        Nir,
        Status,
        OrgUnit,
        PostTitle,
        EntryDate,
        DepartureDate,
        DepartureReason,
        ContractBasis,
        ContractStart,
        ContractEnd,
        Category,
        Sector,
        JobFramework,
        Grade,
        Echelon,
        GrossIndex,
        IncreasedIndex,
        CareerDate,
        WorkRate,
        WeeklyHours,
        DecisionReference,
        DecisionDate,
        FieldCount
    };

    enum class Outcome { Create, Update, Unchanged, Rejected };
    enum class Level { Error, Warning };

    struct Problem
    {
        int line = 0;   // 1-based line of the file; 0 for the file as a whole
        QString column; // the column's header as the file writes it; may be empty
        Level level = Level::Error;
        QString message;
    };

    struct Change
    {
        QString what; // translated field name
        QString before;
        QString after;
    };

    struct LineResult
    {
        int line = 0;
        QString registrationNumber;
        Outcome outcome = Outcome::Rejected;
        QString agentId; // the agent updated; empty for a new one
        QList<Change> changes;
    };

    enum class ApplyResult { Applied, Cancelled, Failed };
    // Called after each line written, with the lines done and the total; false cancels.
    using Progress = std::function<bool(int done, int total)>;

    explicit PayrollImport(Database &database);

    // The file to import. Reading it parses the header and guesses the mapping.
    bool readFile(const QString &path, QString *errorMessage);
    void setData(const QByteArray &data);
    // Reads the bytes again with this encoding (the mapping is kept if the header is the same).
    void setEncoding(Encoding encoding);
    Encoding encoding() const { return m_encoding; }
    // The encoding the bytes were read with: Utf8 or Windows1252, never Automatic.
    Encoding effectiveEncoding() const { return m_effectiveEncoding; }
    QChar separator() const { return m_separator; }

    QStringList header() const { return m_header; }
    int recordCount() const { return int(m_records.size()); }
    int recordLine(int record) const;
    // The value of `field` in a record as the mapping reads it, trimmed.
    QString value(int record, Field field) const;

    // Column index of the file for each field; -1 when the field is not in the file.
    int column(Field field) const { return m_mapping.value(field, -1); }
    void setColumn(Field field, int column);
    void guessMapping();
    static QString fieldLabel(Field field);
    static bool isRequired(Field field) { return field == RegistrationNumber; }
    static QString encodingLabel(Encoding encoding);

    // Checks every line against the local file; writes nothing. False when it found a
    // blocking problem (problems() says which).
    bool analyse();
    bool isAnalysed() const { return m_analysed; }
    QList<Problem> problems() const { return m_problems; }
    QList<LineResult> results() const { return m_results; }
    int createCount() const;
    int updateCount() const;
    int unchangedCount() const;
    int errorCount() const;
    int warningCount() const;
    bool canApply() const { return m_analysed && errorCount() == 0; }

    // Writes what analyse() found, in one transaction: all lines or none. Refused unless the
    // analysis found no blocking problem. Each line is checked again against the file as it
    // is now (a sync may have come since the analysis).
    ApplyResult apply(const Progress &progress, QString *errorMessage);
    int appliedCount() const { return m_appliedCount; }

private:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };
    struct Unit
    {
        QString id;
        QString code;
        QString name;
    };

    void parse();
    // `accentedLines`, when given, counts the lines with letters beyond ASCII that are valid
    // UTF-8: the evidence that a file is UTF-8 even if one line is not.
    QString
    decodeUtf8(const QByteArray &bytes, QList<int> *badLines, int *accentedLines = nullptr) const;
    void loadUnits();
    QString findUnit(const QString &text) const;
    QString columnName(Field field) const;
    // Builds the file as it will be saved for one record: `original` as the local file holds it
    // (default for a new agent), `edited` with the line's values. Adds the line's problems.
    bool buildFile(int record,
                   AgentFile *original,
                   AgentFile *edited,
                   LineResult *result,
                   QList<Problem> *problems) const;
    // One record being built into an agent file (defined in the .cpp).
    struct LineBuild;
    bool loadOriginal(LineBuild &build) const;
    void rejectFormulas(LineBuild &build) const;
    void readIdentity(LineBuild &build) const;
    void readNir(LineBuild &build) const;
    void readUnit(LineBuild &build) const;
    void requireForNewAgent(LineBuild &build) const;
    void readCareer(LineBuild &build) const;
    void readCareerFields(LineBuild &build, const CareerStep *current, CareerStep &step) const;
    void addCareerStep(LineBuild &build, CareerStep step, const CareerStep *current) const;
    WorkingTime readWorkingTime(LineBuild &build) const;
    void addWorkingTime(LineBuild &build, WorkingTime working) const;
    void readPosition(LineBuild &build) const;
    void checkRules(LineBuild &build) const;
    void listChanges(LineBuild &build) const;
    void readDate(LineBuild &build, Field field, QDate &target) const;
    void readNumber(LineBuild &build, Field field, int &target, int lowest, int highest) const;
    // The agent a registration number names; empty for none; a failure when it cannot be read.
    Result<QString> existingAgentId(const QString &registrationNumber) const;

    Database &m_database;
    QByteArray m_data;
    Encoding m_encoding = Encoding::Automatic;
    Encoding m_effectiveEncoding = Encoding::Utf8;
    QChar m_separator;
    QStringList m_header;
    QList<Record> m_records;
    QList<Problem> m_readProblems; // encoding and CSV syntax: found when reading
    QSet<int> m_badLines;          // lines whose bytes are not in the encoding
    QList<int> m_mapping;
    QList<Unit> m_units;

    bool m_analysed = false;
    QList<Problem> m_problems;
    QList<LineResult> m_results;
    QList<int> m_plannedRecords; // records to write, in file order
    int m_appliedCount = 0;
};

} // namespace Civitas::Hr
