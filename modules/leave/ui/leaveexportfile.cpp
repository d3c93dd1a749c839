#include "leaveexportfile.h"
#include <leave/leavetr.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Civitas::Leave::Internal::LeaveExportFile {

QFileDialog *askPath(QWidget *parent,
                     const QString &objectName,
                     const QString &title,
                     const QString &fileName,
                     const QString &filter,
                     const std::function<void(const QString &path)> &save)
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QDir::homePath();
    auto *dialog = new QFileDialog(parent, title, directory, filter);
    dialog->setObjectName(objectName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QFileInfo(fileName).suffix());
    dialog->selectFile(fileName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [save](const QString &path) {
        if (!path.isEmpty())
            save(path);
    });
    dialog->open();
    return dialog;
}

bool write(const QString &path,
           const std::function<bool(QIODevice *, QString *)> &writeTo,
           QString *error)
{
    QSaveFile file(path);
    QString reason;
    bool ok = file.open(QIODevice::WriteOnly);
    if (!ok) {
        reason = file.errorString();
    } else if (!writeTo(&file, &reason)) {
        ok = false;
        file.cancelWriting();
        if (reason.isEmpty())
            reason = file.errorString();
    } else if (!file.commit()) {
        ok = false;
        reason = file.errorString();
    }
    if (!ok && error)
        *error = Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
    return ok;
}

QString fileNamePart(const QString &text)
{
    // Accents off first, so that "Équipe" gives "Equipe" rather than "-quipe".
    QString part;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            part += c;
        else if (c.category() != QChar::Mark_NonSpacing)
            part += QLatin1Char('-');
    }
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    part.replace(dashes, QStringLiteral("-"));
    while (part.startsWith(QLatin1Char('-')))
        part.remove(0, 1);
    while (part.endsWith(QLatin1Char('-')))
        part.chop(1);
    return part;
}

} // namespace Civitas::Leave::Internal::LeaveExportFile
