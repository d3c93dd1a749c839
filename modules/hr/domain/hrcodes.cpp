#include "hrcodes.h"

#include <QHash>

namespace Civitas::Hr {

QList<HrCodes::Code> HrCodes::codes(Kind kind)
{
    switch (kind) {
    case Sex:
        return {{QStringLiteral("F"), tr("Female")}, {QStringLiteral("M"), tr("Male")}};
    case Status:
        return {{QStringLiteral("tenured"), tr("Tenured")},
                {QStringLiteral("trainee"), tr("Trainee")},
                {QStringLiteral("contract"), tr("Contract agent")}};
    case Category:
        return {{QStringLiteral("A"), tr("Category A")},
                {QStringLiteral("B"), tr("Category B")},
                {QStringLiteral("C"), tr("Category C")}};
    case Sector:
        return {{QStringLiteral("administrative"), tr("Administrative")},
                {QStringLiteral("technical"), tr("Technical")},
                {QStringLiteral("cultural"), tr("Cultural")},
                {QStringLiteral("sports"), tr("Sports")},
                {QStringLiteral("social"), tr("Social")},
                {QStringLiteral("medico_social"), tr("Medico-social")},
                {QStringLiteral("animation"), tr("Community activities")},
                {QStringLiteral("municipal_police"), tr("Municipal police")},
                {QStringLiteral("fire"), tr("Fire and rescue")}};
    case Position:
        return {{QStringLiteral("active"), tr("Active")},
                {QStringLiteral("made_available"), tr("Active, made available")},
                {QStringLiteral("secondment"), tr("Secondment")},
                {QStringLiteral("leave_of_absence"), tr("Leave of absence")},
                {QStringLiteral("parental_leave"), tr("Parental leave")}};
    case WorkKind:
        return {{QStringLiteral("full_time"), tr("Full time")},
                {QStringLiteral("part_time"), tr("Part time")},
                {QStringLiteral("non_full_time"), tr("Non-full-time post")}};
    case DepartureReason:
        return {{QStringLiteral("retirement"), tr("Retirement")},
                {QStringLiteral("resignation"), tr("Resignation")},
                {QStringLiteral("transfer"), tr("Transfer to another employer")},
                {QStringLiteral("end_of_contract"), tr("End of contract")},
                {QStringLiteral("dismissal"), tr("Dismissal")},
                {QStringLiteral("death"), tr("Death")},
                {QStringLiteral("other"), tr("Other")}};
    case DocumentCategory:
        return {{QStringLiteral("identity"), tr("Identity and civil status")},
                {QStringLiteral("diplomas"), tr("Diplomas and qualifications")},
                {QStringLiteral("career_decisions"), tr("Career decisions")},
                {QStringLiteral("evaluations"), tr("Evaluations")},
                {QStringLiteral("training"), tr("Training")},
                {QStringLiteral("absences"), tr("Absence decisions")},
                {QStringLiteral("other"), tr("Other")}};
    case CareerReason:
        return {{QStringLiteral("recruitment"), tr("Recruitment")},
                {QStringLiteral("appointment"), tr("Appointment")},
                {QStringLiteral("tenure"), tr("Tenure")},
                {QStringLiteral("echelon_advancement"), tr("Echelon advancement")},
                {QStringLiteral("grade_advancement"), tr("Grade advancement")},
                {QStringLiteral("promotion"), tr("Promotion")},
                {QStringLiteral("other"), tr("Other")}};
    }
    return {};
}

QString HrCodes::label(Kind kind, const QString &code)
{
    for (const Code &c : codes(kind)) {
        if (c.code == code)
            return c.label;
    }
    return code;
}

bool HrCodes::isKnown(Kind kind, const QString &code)
{
    for (const Code &c : codes(kind)) {
        if (c.code == code)
            return true;
    }
    return false;
}

static QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing && c != QLatin1Char(' ') && c != QLatin1Char('-')
            && c != QLatin1Char('_') && c != QLatin1Char('.'))
            out += c.toLower();
    }
    return out;
}

QString HrCodes::codeFor(Kind kind, const QString &text)
{
    const QString wanted = folded(text);
    if (wanted.isEmpty())
        return {};
    for (const Code &c : codes(kind)) {
        if (folded(c.code) == wanted || folded(c.label) == wanted)
            return c.code;
    }
    // What French payroll exports write, whatever the interface language.
    static const QHash<QString, QString> french = {
        {QStringLiteral("titulaire"), QStringLiteral("tenured")},
        {QStringLiteral("tit"), QStringLiteral("tenured")},
        {QStringLiteral("stagiaire"), QStringLiteral("trainee")},
        {QStringLiteral("stag"), QStringLiteral("trainee")},
        {QStringLiteral("contractuel"), QStringLiteral("contract")},
        {QStringLiteral("contractuelle"), QStringLiteral("contract")},
        {QStringLiteral("cont"), QStringLiteral("contract")},
        {QStringLiteral("cdd"), QStringLiteral("contract")},
        {QStringLiteral("cdi"), QStringLiteral("contract")},
        {QStringLiteral("administrative"), QStringLiteral("administrative")},
        {QStringLiteral("technique"), QStringLiteral("technical")},
        {QStringLiteral("culturelle"), QStringLiteral("cultural")},
        {QStringLiteral("sportive"), QStringLiteral("sports")},
        {QStringLiteral("sociale"), QStringLiteral("social")},
        {QStringLiteral("medicosociale"), QStringLiteral("medico_social")},
        {QStringLiteral("animation"), QStringLiteral("animation")},
        {QStringLiteral("policemunicipale"), QStringLiteral("municipal_police")},
        {QStringLiteral("incendie"), QStringLiteral("fire")},
        {QStringLiteral("f"), QStringLiteral("F")},
        {QStringLiteral("femme"), QStringLiteral("F")},
        {QStringLiteral("2"), QStringLiteral("F")},
        {QStringLiteral("m"), QStringLiteral("M")},
        {QStringLiteral("h"), QStringLiteral("M")},
        {QStringLiteral("homme"), QStringLiteral("M")},
        {QStringLiteral("1"), QStringLiteral("M")},
        {QStringLiteral("a"), QStringLiteral("A")},
        {QStringLiteral("b"), QStringLiteral("B")},
        {QStringLiteral("c"), QStringLiteral("C")},
    };
    const QString code = french.value(wanted);
    return isKnown(kind, code) ? code : QString();
}

} // namespace Civitas::Hr
