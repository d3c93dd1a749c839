#include "hrcli.h"
#include <hr/hrtr.h>

#include <hr/store/payrollimport.h>

#include <core/storage/database.h>

#include <QFileInfo>
#include <QTextStream>

namespace Civitas::Hr {

QList<CliCommand> HrCli::commands()
{
    return {{QStringLiteral("hr"),
             QStringLiteral(
                 "hr import FILE --db PATH [--dry-run] [--encoding auto|utf-8|windows-1252]"),
             Tr::tr("import agents from a payroll CSV export (all lines or none)"),
             &HrCli::run}};
}

int HrCli::usage(CliContext &context, const QString &problem)
{
    context.err << "civitas-admin: hr: " << problem << " " << Tr::tr("(see civitas-admin --help)")
                << Qt::endl;
    return 2;
}

int HrCli::run(const QStringList &arguments, CliContext &context)
{
    if (arguments.isEmpty())
        return usage(context, Tr::tr("a subcommand is needed: import."));
    if (arguments.first() == QLatin1String("import"))
        return import(arguments.mid(1), context);
    return usage(context, Tr::tr("unknown subcommand \"%1\".").arg(arguments.first()));
}

int HrCli::import(QStringList arguments, CliContext &context)
{
    const bool dryRun = arguments.removeAll(QStringLiteral("--dry-run")) > 0;
    PayrollImport::Encoding encoding = PayrollImport::Encoding::Automatic;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--encoding")); i >= 0) {
        const QString name = arguments.value(i + 1).toLower();
        if (name == QLatin1String("auto"))
            encoding = PayrollImport::Encoding::Automatic;
        else if (name == QLatin1String("utf-8") || name == QLatin1String("utf8"))
            encoding = PayrollImport::Encoding::Utf8;
        else if (name == QLatin1String("windows-1252") || name == QLatin1String("cp1252"))
            encoding = PayrollImport::Encoding::Windows1252;
        else
            return usage(context, Tr::tr("--encoding is auto, utf-8 or windows-1252."));
        arguments.remove(i, 2);
    }
    for (const QString &a : std::as_const(arguments)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(context, Tr::tr("unknown option %1.").arg(a));
    }
    if (arguments.size() != 1)
        return usage(context, Tr::tr("hr import needs one FILE."));
    if (!context.database)
        return usage(context, Tr::tr("--db PATH is required."));

    const QString path = arguments.first();
    PayrollImport import(*context.database);
    import.setEncoding(encoding);
    QString error;
    if (!QFileInfo(path).isFile() || !import.readFile(path, &error)) {
        context.err << "civitas-admin: "
                    << (error.isEmpty() ? Tr::tr("%1 does not exist.").arg(path) : error)
                    << Qt::endl;
        return 1;
    }
    import.analyse();
    for (const PayrollImport::Problem &p : import.problems()) {
        QString where = p.line > 0 ? Tr::tr("line %1").arg(p.line) : Tr::tr("file");
        if (!p.column.isEmpty())
            where += QStringLiteral(", ") + Tr::tr("column %1").arg(p.column);
        const QString level
            = p.level == PayrollImport::Level::Warning ? Tr::tr("warning: ") : QString();
        context.err << where << ": " << level
                    << QString(p.message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    }
    const QString counts
        = Tr::tr("%n agent(s) to create", nullptr, import.createCount()) + QStringLiteral(", ")
          + Tr::tr("%n to update", nullptr, import.updateCount()) + QStringLiteral(", ")
          + Tr::tr("%n unchanged", nullptr, import.unchangedCount());
    if (!import.canApply()) {
        context.out << counts << QStringLiteral("; ")
                    << Tr::tr(
                           "%n blocking error(s): nothing written.", nullptr, import.errorCount())
                    << Qt::endl;
        return 1;
    }
    if (dryRun) {
        context.out << counts << QStringLiteral("; ") << Tr::tr("dry run: nothing written.")
                    << Qt::endl;
        return 0;
    }
    const PayrollImport::ApplyResult result = import.apply({}, &error);
    if (result != PayrollImport::ApplyResult::Applied) {
        context.err << "civitas-admin: " << Tr::tr("error:") << " " << error << Qt::endl;
        return 1;
    }
    context.out << counts << QStringLiteral("; ")
                << Tr::tr("written (%1 encoding).")
                       .arg(PayrollImport::encodingLabel(import.effectiveEncoding()))
                << Qt::endl;
    return 0;
}

} // namespace Civitas::Hr
